// GUI tests of the administrator's settings tabs: office identity and logo, counters, signers
// and users, each driven through its real widgets and checked against what core stored.
#include "GuiTestHelpers.h"
#include "TestSupport.h"

#include "common/Error.h"
#include "settings/BackupRunner.h"
#include "settings/BackupSettingsWidget.h"
#include "settings/CountersWidget.h"
#include "settings/HolidaysWidget.h"
#include "settings/OfficeSettingsWidget.h"
#include "settings/SignersWidget.h"
#include "settings/UsersWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace loket;
using namespace loket::test;

namespace {

void showAndWait(QWidget *widget)
{
    widget->resize(1000, 700);
    widget->show();
    REQUIRE(QTest::qWaitForWindowExposed(widget));
}

} // namespace

TEST_CASE("office settings: identity is saved, a bad e-mail is refused inline")
{
    DemoDb db;
    ui::OfficeSettingsWidget page(db.services(), db.login(QStringLiteral("admin")));
    showAndWait(&page);
    CHECK(child<QLineEdit>(&page, QStringLiteral("officeNameLineEdit"))->text() == QStringLiteral("KECAMATAN PURWOKERTO UTARA"));
    CHECK(child<QLineEdit>(&page, QStringLiteral("officeCodeLineEdit"))->isReadOnly());

    retype(child<QLineEdit>(&page, QStringLiteral("phoneLineEdit")), QStringLiteral("(0281) 123456"));
    auto *letterhead = child<QPlainTextEdit>(&page, QStringLiteral("letterheadPlainTextEdit"));
    letterhead->setPlainText(QStringLiteral("PEMERINTAH KABUPATEN BANYUMAS\nKECAMATAN PURWOKERTO UTARA\n\nJl. Contoh 1"));
    retype(child<QLineEdit>(&page, QStringLiteral("statusUrlLineEdit")), QStringLiteral("https://contoh.go.id/lacak"));
    click(child<QPushButton>(&page, QStringLiteral("saveOfficeButton")));
    Office office = db.services().office().office();
    CHECK(office.phone == QStringLiteral("(0281) 123456"));
    CHECK(office.statusUrl == QStringLiteral("https://contoh.go.id/lacak"));
    CHECK(office.letterheadLines == QStringList{QStringLiteral("PEMERINTAH KABUPATEN BANYUMAS"),
                                                QStringLiteral("KECAMATAN PURWOKERTO UTARA"), QStringLiteral("Jl. Contoh 1")});

    retype(child<QLineEdit>(&page, QStringLiteral("emailLineEdit")), QStringLiteral("bukan-email"));
    retype(child<QLineEdit>(&page, QStringLiteral("phoneLineEdit")), QStringLiteral("999"));
    click(child<QPushButton>(&page, QStringLiteral("saveOfficeButton")));
    auto *error = child<QLabel>(&page, QStringLiteral("officeErrorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("bukan-email")));
    office = db.services().office().office();
    CHECK(office.phone == QStringLiteral("(0281) 123456"));
    CHECK(office.email == QStringLiteral("kec.purwokertoutara@banyumaskab.go.id"));
}

TEST_CASE("office settings: a logo is stored and previewed, then removed")
{
    DemoDb db;
    ui::OfficeSettingsWidget page(db.services(), db.login(QStringLiteral("admin")));
    showAndWait(&page);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("logo.png"));
    QImage image(64, 80, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    REQUIRE(image.save(png));

    page.setLogoFromFile(png);
    CHECK_FALSE(db.services().office().logo().isEmpty());
    auto *preview = child<QLabel>(&page, QStringLiteral("logoPreviewLabel"));
    CHECK_FALSE(preview->pixmap().isNull());

    const QString notAnImage = dir.filePath(QStringLiteral("catatan.png"));
    QFile text(notAnImage);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("bukan gambar");
    text.close();
    page.setLogoFromFile(notAnImage);
    CHECK(child<QLabel>(&page, QStringLiteral("officeErrorLabel"))->isVisible());
    CHECK_FALSE(db.services().office().logo().isEmpty()); // the old logo stays

    click(child<QPushButton>(&page, QStringLiteral("removeLogoButton")));
    CHECK(db.services().office().logo().isEmpty());
    CHECK(preview->pixmap().isNull());
}

TEST_CASE("counters: add one, rename it, the code stays fixed")
{
    DemoDb db;
    ui::CountersWidget page(db.services(), db.login(QStringLiteral("admin")));
    showAndWait(&page);
    auto *table = child<QTableWidget>(&page, QStringLiteral("countersTableWidget"));
    CHECK(table->rowCount() == 2);

    click(child<QPushButton>(&page, QStringLiteral("newCounterButton")));
    retype(child<QLineEdit>(&page, QStringLiteral("counterCodeLineEdit")), QStringLiteral("L3"));
    retype(child<QLineEdit>(&page, QStringLiteral("counterNameLineEdit")), QStringLiteral("Loket Prioritas"));
    click(child<QPushButton>(&page, QStringLiteral("saveCounterButton")));
    CHECK(table->rowCount() == 3);
    CHECK(child<QLineEdit>(&page, QStringLiteral("counterCodeLineEdit"))->isReadOnly());

    retype(child<QLineEdit>(&page, QStringLiteral("counterNameLineEdit")), QStringLiteral("Loket 3 (prioritas)"));
    toggle(child<QCheckBox>(&page, QStringLiteral("counterActiveCheckBox")));
    click(child<QPushButton>(&page, QStringLiteral("saveCounterButton")));
    bool found = false;
    for (const Counter &c : db.services().office().counters()) {
        if (c.code == QStringLiteral("L3")) {
            found = true;
            CHECK(c.name == QStringLiteral("Loket 3 (prioritas)"));
            CHECK_FALSE(c.active);
        }
    }
    CHECK(found);

    click(child<QPushButton>(&page, QStringLiteral("newCounterButton")));
    retype(child<QLineEdit>(&page, QStringLiteral("counterCodeLineEdit")), QStringLiteral("L1"));
    retype(child<QLineEdit>(&page, QStringLiteral("counterNameLineEdit")), QStringLiteral("Kembar"));
    click(child<QPushButton>(&page, QStringLiteral("saveCounterButton")));
    CHECK(child<QLabel>(&page, QStringLiteral("counterErrorLabel"))->text().contains(QStringLiteral("L1")));
    CHECK(db.services().office().counters().size() == 3);
}

TEST_CASE("signers: a delegated signer needs the principal's title")
{
    DemoDb db;
    ui::SignersWidget page(db.services(), db.login(QStringLiteral("admin")));
    showAndWait(&page);
    const qsizetype before = db.services().office().signers().size();

    click(child<QPushButton>(&page, QStringLiteral("newSignerButton")));
    retype(child<QLineEdit>(&page, QStringLiteral("signerNameLineEdit")), QStringLiteral("Budi Santoso, S.IP."));
    retype(child<QLineEdit>(&page, QStringLiteral("signerNipLineEdit")), QStringLiteral("198101012006041001"));
    retype(child<QLineEdit>(&page, QStringLiteral("signerTitleLineEdit")), QStringLiteral("Kepala Seksi Pelayanan"));
    auto *delegation = child<QComboBox>(&page, QStringLiteral("signerDelegationComboBox"));
    delegation->setCurrentIndex(delegation->findData(QStringLiteral("u.b.")));
    click(child<QPushButton>(&page, QStringLiteral("saveSignerButton")));
    CHECK(child<QLabel>(&page, QStringLiteral("signerErrorLabel"))->isVisible());
    CHECK(db.services().office().signers().size() == before);

    retype(child<QLineEdit>(&page, QStringLiteral("signerPrincipalTitleLineEdit")), QStringLiteral("CAMAT PURWOKERTO UTARA"));
    click(child<QPushButton>(&page, QStringLiteral("saveSignerButton")));
    CHECK_FALSE(child<QLabel>(&page, QStringLiteral("signerErrorLabel"))->isVisible());
    REQUIRE(db.services().office().signers().size() == before + 1);
    bool found = false;
    for (const Signer &s : db.services().office().signers()) {
        if (s.fullName == QStringLiteral("Budi Santoso, S.IP.")) {
            found = true;
            CHECK(s.delegation == QStringLiteral("u.b."));
            CHECK(s.principalTitle == QStringLiteral("CAMAT PURWOKERTO UTARA"));
        }
    }
    CHECK(found);
}

TEST_CASE("users: create with roles, passwords must match, deactivate and reset")
{
    DemoDb db;
    ui::UsersWidget page(db.services(), db.login(QStringLiteral("admin")));
    showAndWait(&page);
    auto *table = child<QTableWidget>(&page, QStringLiteral("usersTableWidget"));
    const int before = table->rowCount();
    auto *error = child<QLabel>(&page, QStringLiteral("userErrorLabel"));

    click(child<QPushButton>(&page, QStringLiteral("newUserButton")));
    retype(child<QLineEdit>(&page, QStringLiteral("userUsernameLineEdit")), QStringLiteral("dewi"));
    retype(child<QLineEdit>(&page, QStringLiteral("userFullNameLineEdit")), QStringLiteral("Dewi Anggraini"));
    toggle(child<QCheckBox>(&page, QStringLiteral("roleVerifierCheckBox")));
    retype(child<QLineEdit>(&page, QStringLiteral("userPasswordLineEdit")), QStringLiteral("rahasia-dewi-1"));
    retype(child<QLineEdit>(&page, QStringLiteral("userPasswordRepeatLineEdit")), QStringLiteral("rahasia-dewi-2"));
    click(child<QPushButton>(&page, QStringLiteral("saveUserButton")));
    CHECK(error->isVisible());
    CHECK(table->rowCount() == before);

    retype(child<QLineEdit>(&page, QStringLiteral("userPasswordRepeatLineEdit")), QStringLiteral("rahasia-dewi-1"));
    click(child<QPushButton>(&page, QStringLiteral("saveUserButton")));
    CHECK_FALSE(error->isVisible());
    CHECK(table->rowCount() == before + 1);
    Session dewi = db.services().users().login(QStringLiteral("dewi"), QStringLiteral("rahasia-dewi-1"));
    CHECK(dewi.has(Role::Officer)); // ticked by default for a new user
    CHECK(dewi.has(Role::Verifier));
    CHECK_FALSE(dewi.has(Role::Admin));

    // Still selected after saving: reset the password, then deactivate.
    retype(child<QLineEdit>(&page, QStringLiteral("userPasswordLineEdit")), QStringLiteral("sandi-baru-123"));
    retype(child<QLineEdit>(&page, QStringLiteral("userPasswordRepeatLineEdit")), QStringLiteral("sandi-baru-123"));
    click(child<QPushButton>(&page, QStringLiteral("resetPasswordButton")));
    CHECK_FALSE(error->isVisible());
    CHECK_NOTHROW(db.services().users().login(QStringLiteral("dewi"), QStringLiteral("sandi-baru-123")));

    click(child<QPushButton>(&page, QStringLiteral("toggleActiveButton")));
    CHECK_THROWS_AS(db.services().users().login(QStringLiteral("dewi"), QStringLiteral("sandi-baru-123")), Error);
    CHECK(child<QPushButton>(&page, QStringLiteral("toggleActiveButton"))->text() == QStringLiteral("Aktifkan"));

    // Core refuses an admin deactivating themself; the message shows inline.
    REQUIRE(clickRow(table, QStringLiteral("admin")));
    click(child<QPushButton>(&page, QStringLiteral("toggleActiveButton")));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("sendiri")));
}

TEST_CASE("holidays: an administrator adds one, due dates skip it, and removes it")
{
    DemoDb db;
    ui::HolidaysWidget page(db.services(), db.login(QStringLiteral("admin")));
    showAndWait(&page);
    auto *table = child<QTableWidget>(&page, QStringLiteral("holidayTable"));

    child<QDateEdit>(&page, QStringLiteral("holidayDateEdit"))->setDate(QDate(2027, 3, 10));
    retype(child<QLineEdit>(&page, QStringLiteral("holidayNameEdit")), QStringLiteral("Hari Raya Nyepi"));
    QTest::keyClick(child<QLineEdit>(&page, QStringLiteral("holidayNameEdit")), Qt::Key_Return);
    CHECK(child<QSpinBox>(&page, QStringLiteral("holidayYearSpinBox"))->value() == 2027);
    REQUIRE(clickRow(table, QStringLiteral("Rabu, 10 Maret 2027")));
    CHECK(table->item(table->currentRow(), 1)->text() == QStringLiteral("Hari Raya Nyepi"));
    CHECK_FALSE(db.services().holidays().calendar().isWorkingDay(QDate(2027, 3, 10)));

    // An empty name is refused inline and nothing is added.
    const int rows = table->rowCount();
    retype(child<QLineEdit>(&page, QStringLiteral("holidayNameEdit")), QString());
    click(child<QPushButton>(&page, QStringLiteral("addHolidayButton")));
    CHECK_FALSE(child<QLabel>(&page, QStringLiteral("holidayBanner"))->text().isEmpty());
    CHECK(table->rowCount() == rows);

    REQUIRE(clickRow(table, QStringLiteral("Rabu, 10 Maret 2027")));
    click(child<QPushButton>(&page, QStringLiteral("removeHolidayButton")));
    CHECK(db.services().holidays().calendar().isWorkingDay(QDate(2027, 3, 10)));
}

TEST_CASE("backup settings: the folder is stored, Cadangkan sekarang backs up off the GUI thread and shows the result")
{
    DemoDb db;
    QTemporaryDir target;
    const QString folder = target.filePath(QStringLiteral("cadangan"));
    ui::BackupSettingsWidget page(db.services(), db.login(QStringLiteral("admin")));
    showAndWait(&page);
    auto *last = child<QLabel>(&page, QStringLiteral("lastBackupLabel"));
    CHECK(last->text().contains(QStringLiteral("Belum ada cadangan")));

    retype(child<QLineEdit>(&page, QStringLiteral("backupFolderLineEdit")), QStringLiteral("relatif/bukan"));
    click(child<QPushButton>(&page, QStringLiteral("saveBackupSettingsButton")));
    CHECK(child<QLabel>(&page, QStringLiteral("backupBanner"))->text().contains(QStringLiteral("relatif/bukan")));
    CHECK(db.services().backups().status().settings.folder.isEmpty());   // refused, nothing stored

    retype(child<QLineEdit>(&page, QStringLiteral("backupFolderLineEdit")), folder);
    child<QSpinBox>(&page, QStringLiteral("backupKeepSpinBox"))->setValue(3);
    auto *runner = page.findChild<ui::BackupRunner *>();
    REQUIRE(runner);
    QSignalSpy finished(runner, &ui::BackupRunner::finished);
    click(child<QPushButton>(&page, QStringLiteral("backupNowButton")));   // saves the changed form first
    CHECK(db.services().backups().status().settings.folder == folder);
    CHECK(db.services().backups().status().settings.keep == 3);
    REQUIRE((finished.count() > 0 || finished.wait(60000)));
    CHECK(finished.first().at(0).toBool());
    CHECK(child<QPushButton>(&page, QStringLiteral("backupNowButton"))->isEnabled());

    const QStringList made = BackupService::completeBackups(folder);
    REQUIRE(made.size() == 1);
    CHECK(BackupService::verify(made.first()).ok());
    CHECK(last->text().contains(QStringLiteral("Cadangan terakhir yang baik")));
    CHECK(last->text().contains(made.first()));
    CHECK(child<QLabel>(&page, QStringLiteral("backupBanner"))->text().contains(QStringLiteral("diperiksa")));
    CHECK_FALSE(db.services().backups().status().dailyDue(QDateTime::currentDateTimeUtc()));
    CHECK(db.services().backups().status().dailyDue(QDateTime::currentDateTimeUtc().addDays(1)));
}

TEST_CASE("backup settings: an officer sees the last backup but cannot change or start one")
{
    DemoDb db;
    ui::BackupSettingsWidget page(db.services(), db.login(QStringLiteral("petugas")));
    showAndWait(&page);
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("backupNowButton"))->isEnabled());
    CHECK_FALSE(child<QLineEdit>(&page, QStringLiteral("backupFolderLineEdit"))->isEnabled());
    CHECK(child<QLabel>(&page, QStringLiteral("lastBackupLabel"))->isVisible());
}
