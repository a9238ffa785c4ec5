// GUI tests of the residents area (search as you type, edit, register) and of the main window
// showing the real intake and residents pages.
#include "GuiTestHelpers.h"
#include "IntakeTestHelpers.h"
#include "TestSupport.h"

#include "common/LanguageSwitcher.h"
#include "intake/IntakePage.h"
#include "residents/ResidentsPage.h"
#include "shell/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace loket;
using namespace loket::test;
using loket::ui::IntakePage;

TEST_CASE("residents page: search as you type, open, edit and save, register a new resident")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    services.residents().save(officer, knownResident());
    ui::ResidentsPage page(services, officer);
    showActive(&page);
    auto *banner = child<QLabel>(&page, QStringLiteral("residentsErrorBanner"));

    auto *search = child<QLineEdit>(&page, QStringLiteral("residentSearchLineEdit"));
    search->setFocus();
    typeText(QStringLiteral("ali"));
    auto *results = child<QListWidget>(&page, QStringLiteral("residentSearchResultsList"));
    // The search runs after a short pause in typing.
    REQUIRE(QTest::qWaitFor([results] { return results->count() > 0; }, 2000));
    CHECK(results->count() == 1);
    press(Qt::Key_Return);
    auto *nik = child<QLineEdit>(&page, QStringLiteral("nikLineEdit"));
    CHECK(nik->text() == knownResident().nik);
    CHECK(nik->isReadOnly());
    retype(child<QLineEdit>(&page, QStringLiteral("occupationLineEdit")), QStringLiteral("Guru"));
    press(Qt::Key_Return);
    CHECK(banner->text().contains(QStringLiteral("disimpan")));
    CHECK(services.residents().findByNik(officer, knownResident().nik)->occupation == QStringLiteral("Guru"));

    click(child<QPushButton>(&page, QStringLiteral("newResidentButton")));
    CHECK_FALSE(nik->isReadOnly());
    CHECK(focusedName() == QStringLiteral("nikLineEdit"));
    typeText(kNewNik);
    CHECK(child<QLineEdit>(&page, QStringLiteral("birthDateLineEdit"))->text() == QStringLiteral("15-05-1990"));
    retype(child<QLineEdit>(&page, QStringLiteral("fullNameLineEdit")), QStringLiteral("Nur"));
    press(Qt::Key_Return);
    CHECK(banner->text().contains(QStringLiteral("Tempat lahir")));   // refused, form kept
    CHECK(child<QLineEdit>(&page, QStringLiteral("fullNameLineEdit"))->text() == QStringLiteral("Nur"));
    retype(child<QLineEdit>(&page, QStringLiteral("birthPlaceLineEdit")), QStringLiteral("Cilacap"));
    press(Qt::Key_Return);
    CHECK(banner->text().contains(QStringLiteral("terdaftar")));
    const auto stored = services.residents().findByNik(officer, kNewNik);
    REQUIRE(stored.has_value());
    CHECK(stored->fullName == QStringLiteral("Nur"));
    CHECK(stored->sex == QStringLiteral("F"));
}

TEST_CASE("main window: the intake and residents areas are the real pages")
{
    DemoDb db;
    const Session officer = db.login(QStringLiteral("petugas"));
    ui::LanguageSwitcher languages(settingsFileOf(db.dir()));
    ui::MainWindow window(db.services(), officer, &languages);
    showActive(&window);
    clickArea(&window, ui::MainWindow::Intake);
    auto *intake = child<QWidget>(&window, QStringLiteral("intakePage"));
    CHECK(qobject_cast<IntakePage *>(intake) != nullptr);
    CHECK(intake->isVisible());
    CHECK(intake->findChild<QLabel *>(QStringLiteral("laterStageLabel")) == nullptr);
    clickArea(&window, ui::MainWindow::Residents);
    auto *residents = child<QWidget>(&window, QStringLiteral("residentsPage"));
    CHECK(qobject_cast<ui::ResidentsPage *>(residents) != nullptr);
    CHECK(residents->isVisible());
}
