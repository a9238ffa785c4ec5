// The desktop app and the hub (issue 14), offscreen against the real PostgreSQL: the status bar
// names the hub and what waits; "Sinkronkan sekarang" brings another counter's walk-in into the
// queue on screen; a hub out of reach at start-up leaves the app serving and the status says why;
// the app and a `loket-cli sync --watch` process share one database for a minute without a failure.
#include "GuiTestHelpers.h"
#include "TestSupport.h"

#include "common/LanguageSwitcher.h"
#include "shell/MainWindow.h"
#include "settings/HubSettingsWidget.h"
#include "shell/SyncRunner.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QProcess>
#include <QTableView>
#include <QToolButton>

using namespace loket;
using namespace loket::test;
using loket::ui::MainWindow;

namespace {

QString submitWalkIn(DemoDb &db, int n)
{
    NewRequest req;
    req.resident = sampleResident();
    req.nik = req.resident->nik.left(12) + QStringLiteral("%1").arg(3 + n, 4, 10, QLatin1Char('0'));
    req.resident->nik = req.nik;
    req.serviceCode = QStringLiteral("SKTM");
    req.received = {QStringLiteral("ktp"), QStringLiteral("kk"), QStringLiteral("pengantar_kelurahan")};
    return db.services().intake().submit(db.login(QStringLiteral("petugas")), req).tracking;
}

bool queueShows(QWidget *window, const QString &tracking)
{
    auto *view = child<QTableView>(window, QStringLiteral("queueTableView"));
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data().toString() == tracking)
            return true;
    return false;
}

// Counter 1 linked to a fresh hub, counter 2 joined to it.
struct TwoCounters
{
    HubDb hub;
    DemoDb l1;
    DemoDb l2{false};
    TwoCounters()
    {
        l1.services().sync().linkHub(l1.login(QStringLiteral("admin")), hub.uri());
        l1.services().sync().sync();
        l2.services().sync().join(hub.uri(), QStringLiteral("L2"));
    }
};

} // namespace

TEST_CASE("status bar: the hub and what waits are shown - Sinkronkan sekarang brings another counter's walk-in into the queue")
{
    TwoCounters office;
    DemoDb &l1 = office.l1;
    DemoDb &l2 = office.l2;

    ui::LanguageSwitcher languages(settingsFileOf(l1.dir()));
    MainWindow window(l1.services(), l1.login(QStringLiteral("petugas")), &languages);
    window.resize(1440, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *runner = child<ui::SyncRunner>(&window, QStringLiteral("syncRunner"));
    auto *label = child<QLabel>(&window, QStringLiteral("syncStatusLabel"));
    auto *button = child<QToolButton>(&window, QStringLiteral("syncNowButton"));
    CHECK(label->isVisible());
    CHECK(button->text() == QStringLiteral("Sinkronkan sekarang"));

    const QString tracking = submitWalkIn(l2, 1);
    l2.services().sync().sync();
    CHECK_FALSE(queueShows(&window, tracking));
    REQUIRE(QTest::qWaitFor([&] { return !runner->isRunning(); }, 30000));   // the start-up round
    click(button);
    runner->waitForFinished();
    CHECK(QTest::qWaitFor([&] { return queueShows(&window, tracking); }, 5000));
    CHECK(label->text().contains(QStringLiteral("Hub tersambung")));

    // Work done here waits to be sent, and the status says so.
    submitWalkIn(l1, 2);
    CHECK(QTest::qWaitFor([&] { return label->text().contains(QStringLiteral("menunggu dikirim")); }, 5000));
}

TEST_CASE("status bar: a hub out of reach at start-up leaves the app serving - the status says why")
{
    DemoDb db;
    sql::exec(db.services().store().db(), QStringLiteral("UPDATE sync_state SET hub_uri = 'postgresql://loket@127.0.0.1:1/loket_hub'"));
    ui::LanguageSwitcher languages(settingsFileOf(db.dir()));
    MainWindow window(db.services(), db.login(QStringLiteral("petugas")), &languages);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *runner = child<ui::SyncRunner>(&window, QStringLiteral("syncRunner"));
    // Serving while the hub is tried: an intake goes through and shows in the queue.
    const QString tracking = submitWalkIn(db, 1);
    CHECK(QTest::qWaitFor([&] { return queueShows(&window, tracking); }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return !runner->isRunning() && db.services().sync().status().failing(); }, 30000));
    QCoreApplication::processEvents();
    auto *label = child<QLabel>(&window, QStringLiteral("syncStatusLabel"));
    CHECK(label->text().contains(QStringLiteral("Hub tidak terhubung")));
    CHECK(label->toolTip().contains(QStringLiteral("tidak dapat dihubungi")));
}

TEST_CASE("the desktop app and a sync --watch process share one database for a minute - no failure, nothing lost")
{
    TwoCounters office;
    DemoDb &l1 = office.l1;
    DemoDb &l2 = office.l2;

    ui::LanguageSwitcher languages(settingsFileOf(l1.dir()));
    MainWindow window(l1.services(), l1.login(QStringLiteral("petugas")), &languages);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *runner = child<ui::SyncRunner>(&window, QStringLiteral("syncRunner"));

    QProcess watch;
    watch.setProcessChannelMode(QProcess::MergedChannels);
    watch.start(QStringLiteral(LOKET_CLI_PATH), {QStringLiteral("--db"), l1.path(), QStringLiteral("--json"), QStringLiteral("sync"),
                                                 QStringLiteral("--watch"), QStringLiteral("--interval"), QStringLiteral("1")});
    REQUIRE(watch.waitForStarted());
    QStringList taken;
    QElapsedTimer clock;
    clock.start();
    for (int n = 0; clock.elapsed() < 60000; ++n) {
        taken << submitWalkIn(n % 2 ? l1 : l2, n);   // here, on the app's database, and at the other counter
        if (n % 2 == 0)
            l2.services().sync().sync();
        if (n % 5 == 0)
            runner->syncNow();
        QTest::qWait(400);
    }
    runner->waitForFinished();
    watch.kill();
    watch.waitForFinished();
    const QString log = QString::fromUtf8(watch.readAll());
    INFO(log.toStdString());
    CHECK_FALSE(log.contains(QStringLiteral("\"error\"")));
    CHECK(log.count(QStringLiteral("\"pushed\"")) >= 30);   // a round a second or so

    l1.services().sync().sync();
    l2.services().sync().sync();
    l1.services().sync().sync();
    for (const QString &t : std::as_const(taken)) {
        CHECK(sql::scalar(l1.services().store().db(), QStringLiteral("SELECT count(*) FROM request WHERE tracking = ?"), {t}).toInt() == 1);
        CHECK(sql::scalar(l2.services().store().db(), QStringLiteral("SELECT count(*) FROM request WHERE tracking = ?"), {t}).toInt() == 1);
    }
    CHECK(QTest::qWaitFor([&] { return queueShows(&window, taken.last()); }, 5000));
    CHECK(l1.services().sync().status().lastError.isEmpty());
}

TEST_CASE("Settings › Hub: a wrong password is refused and kept nowhere - the right one links the counter and is kept for this user only")
{
    HubDb hub;
    QTemporaryDir home;
    const QString pgpass = home.filePath(QStringLiteral("pgpass"));
    // The password comes from the form alone, and goes to a password file of the test's own.
    struct Environment
    {
        Environment(const QString &file)
        {
            qunsetenv("LOKET_HUB_PASSWORD");
            qputenv("PGPASSFILE", file.toLocal8Bit());
        }
        ~Environment()
        {
            qputenv("LOKET_HUB_PASSWORD", "loket-test");
            qunsetenv("PGPASSFILE");
        }
    } environment(pgpass);

    DemoDb db;
    ui::HubSettingsWidget widget(db.services(), db.login(QStringLiteral("admin")));
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    auto *uri = child<QLineEdit>(&widget, QStringLiteral("hubUriLineEdit"));
    auto *password = child<QLineEdit>(&widget, QStringLiteral("hubPasswordLineEdit"));
    auto *banner = child<QLabel>(&widget, QStringLiteral("hubBanner"));
    CHECK(password->echoMode() == QLineEdit::Password);
    CHECK(child<QLabel>(&widget, QStringLiteral("hubLinkedLabel"))->text().contains(QStringLiteral("belum terhubung")));

    uri->setText(hub.uri());
    password->setText(QStringLiteral("bukan-sandinya"));
    click(child<QPushButton>(&widget, QStringLiteral("connectHubButton")));
    widget.waitForFinished();
    CHECK(banner->text().contains(QStringLiteral("menolak")));
    CHECK_FALSE(QFile::exists(pgpass));
    CHECK(db.services().sync().status().hubUri.isEmpty());

    password->setText(QStringLiteral("loket-test"));
    click(child<QPushButton>(&widget, QStringLiteral("connectHubButton")));
    widget.waitForFinished();
    CHECK(banner->text().contains(QStringLiteral("siap")));
    CHECK(password->text().isEmpty());
    CHECK(db.services().sync().status().hubUri == hub.uri());
    CHECK(child<QLabel>(&widget, QStringLiteral("hubLinkedLabel"))->text().contains(hub.uri()));
    REQUIRE(QFile::exists(pgpass));
    const QFileDevice::Permissions mode = QFile::permissions(pgpass);
    CHECK(mode.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    CHECK_FALSE(mode & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
                        | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther));
    QFile file(pgpass);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).trimmed() == QStringLiteral("127.0.0.1:5432:%1:loket:loket-test").arg(hub.name()));
    // libpq finds it there: the next sync needs no password from anywhere else.
    CHECK(db.services().sync().sync().push.pushed > 0);
}
