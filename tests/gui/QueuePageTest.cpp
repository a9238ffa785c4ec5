// GUI tests of the queue area: the requests of the office in a sortable table, the filters, and
// a request opened by its tracking number as typed (or refused inline when mistyped). The request
// detail itself is tested in RequestDetailTest.cpp.
#include "GuiTestHelpers.h"
#include "TestSupport.h"

#include "common/LanguageSwitcher.h"
#include "intake/IntakeTypes.h"
#include "print/ReceiptDocument.h"
#include "queue/QueuePage.h"
#include "shell/MainWindow.h"
#include "storage/Sql.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace loket;
using namespace loket::test;
using loket::ui::MainWindow;

namespace {

QString submitLegalisasi(AppServices &services, const Session &officer, const QString &channel)
{
    NewRequest req;
    req.nik = test::sampleResident().nik;
    req.serviceCode = QStringLiteral("LEGALISASI");
    req.channel = channel;
    req.incomplete = true;
    req.resident = test::sampleResident();
    return services.intake().submit(officer, req).tracking;
}

QStringList shownTrackings(QTableView *view)
{
    QStringList out;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        out << view->model()->index(row, 0).data().toString();
    return out;
}

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QString withWrongCheckCharacter(const QString &tracking)
{
    const QChar wrong = tracking.back() == u'A' ? u'B' : u'A';
    return tracking.chopped(1) + wrong;
}

} // namespace

TEST_CASE("queue page: lists requests, filters them and opens one by its tracking number")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString walkIn = submitLegalisasi(services, officer, QStringLiteral("walk_in"));
    const QString assisted = submitLegalisasi(services, officer, QStringLiteral("assisted"));
    REQUIRE(walkIn != assisted);

    ui::LanguageSwitcher languages(settingsFileOf(db.dir()));
    MainWindow window(services, officer, &languages);
    window.resize(1200, 750);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    clickArea(&window, MainWindow::Queue);
    auto *page = child<QWidget>(&window, QStringLiteral("queuePage"));
    REQUIRE(qobject_cast<ui::QueuePage *>(page) != nullptr);
    CHECK(page->isVisible());

    auto *view = child<QTableView>(page, QStringLiteral("queueTableView"));
    CHECK(view->isSortingEnabled());
    CHECK(view->model()->columnCount() == 8);
    CHECK(view->model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Nomor pelacakan"));
    CHECK(view->model()->headerData(6, Qt::Horizontal).toString() == QStringLiteral("Target selesai"));
    REQUIRE(view->model()->rowCount() == 2);
    QStringList both = shownTrackings(view);
    both.sort();
    QStringList expected{walkIn, assisted};
    expected.sort();
    CHECK(both == expected);

    SECTION("the channel filter narrows the list to the assisted request")
    {
        auto *channel = child<QComboBox>(page, QStringLiteral("channelComboBox"));
        CHECK(channel->itemText(0) == QStringLiteral("Semua"));
        selectData(channel, QStringLiteral("assisted"));
        CHECK(channel->currentText() == QStringLiteral("Dibantu petugas"));
        CHECK(shownTrackings(view) == QStringList{assisted});
        selectData(channel, QString());
        CHECK(view->model()->rowCount() == 2);
    }

    SECTION("a tracking number typed in lower case opens the request, a mistyped one is refused inline")
    {
        auto *tracking = child<QLineEdit>(page, QStringLiteral("trackingLineEdit"));
        auto *shownTracking = child<QLabel>(page, QStringLiteral("detailTrackingLabel"));
        auto *banner = child<QLabel>(page, QStringLiteral("queueErrorBanner"));
        CHECK(tracking->placeholderText() == QStringLiteral("Ketik nomor pelacakan lalu Enter"));

        retype(tracking, walkIn.toLower());
        QTest::keyClick(tracking, Qt::Key_Return);
        CHECK_FALSE(banner->isVisible());
        CHECK(shownTracking->isVisible());
        CHECK(shownTracking->text() == walkIn);
        CHECK(child<QLabel>(page, QStringLiteral("detailResidentNameLabel"))->text() == QStringLiteral("Siti Nur'aini"));
        // The status as a person reads it, not the stored code.
        const QString status = services.intake().find(officer, walkIn).status;
        CHECK(child<QLabel>(page, QStringLiteral("detailStatusLabel"))->text() == ReceiptDocument::statusLabel(status));
        // The timeline names who acted.
        bool named = false;
        for (QLabel *entry : page->findChildren<QLabel *>(QStringLiteral("timelineEntryLabel")))
            named |= entry->text().contains(officer.fullName);
        CHECK(named);

        retype(tracking, withWrongCheckCharacter(walkIn));
        QTest::keyClick(tracking, Qt::Key_Return);
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(QStringLiteral("salah ketik")));
        // The last good request stays on screen.
        CHECK(shownTracking->text() == walkIn);

        // Picking a row shows that request instead, and clears the old error.
        REQUIRE(clickRow(view, assisted));
        CHECK(shownTracking->text() == assisted);
        CHECK_FALSE(banner->isVisible());
    }

    SECTION("an overdue request is marked and the overdue filter shows only it")
    {
        sql::exec(services.store().db(), QStringLiteral("UPDATE request SET due_date = '2020-01-01' WHERE tracking = ?"), {walkIn});
        click(child<QPushButton>(page, QStringLiteral("refreshButton")));
        REQUIRE(view->model()->rowCount() == 2);

        auto *overdue = child<QCheckBox>(page, QStringLiteral("overdueCheckBox"));
        CHECK(overdue->text() == QStringLiteral("Hanya yang terlambat"));
        toggle(overdue);
        REQUIRE(overdue->isChecked());
        REQUIRE(shownTrackings(view) == QStringList{walkIn});
        const QModelIndex due = view->model()->index(0, 6);
        CHECK(due.data().toString().contains(QStringLiteral("Terlambat")));
        CHECK(due.data(Qt::FontRole).value<QFont>().bold());
        CHECK(due.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0x8b, 0x00, 0x00));

        toggle(overdue);
        CHECK(view->model()->rowCount() == 2);
    }
}

TEST_CASE("queue page: only my tasks shows nothing until a request is assigned to me")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    submitLegalisasi(services, officer, QStringLiteral("walk_in"));

    ui::QueuePage page(services, officer);
    page.resize(1100, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *view = child<QTableView>(&page, QStringLiteral("queueTableView"));
    CHECK(view->model()->rowCount() == 1);
    auto *mine = child<QCheckBox>(&page, QStringLiteral("mineCheckBox"));
    toggle(mine);
    REQUIRE(mine->isChecked());
    CHECK(view->model()->rowCount() == 0);
}
