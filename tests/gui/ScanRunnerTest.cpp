// The scan dialog's runner drives libsane through loket-scan-worker processes. These tests use the
// real worker and the SANE test backend, and the faults a wedged backend shows, asked of the worker
// on demand (LOKET_SCAN_WORKER_FAULT): the app is told at once, never waits on a wedged worker,
// and the next scan works with a fresh one.
#include "GuiTestHelpers.h"
#include "TestSupport.h"

#include "documents/ScanRunner.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTranslator>

using namespace loket;
using namespace loket::test;
using loket::ui::ScanRunner;

namespace {

constexpr int kWaitMs = 60000;
const QString kDevice = QStringLiteral("test:0");

ScanSettings greySettings(const QString &readReturn = QStringLiteral("Default"), bool slow = false)
{
    ScanSettings s;
    s.mode = QStringLiteral("gray");
    s.resolution = 50;
    s.extraOptions = {{QStringLiteral("test-picture"), QStringLiteral("Grid")},
                      {QStringLiteral("hand-scanner"), QStringLiteral("no")},
                      {QStringLiteral("read-limit"), QStringLiteral("no")},
                      {QStringLiteral("read-delay"), slow ? QStringLiteral("yes") : QStringLiteral("no")},
                      {QStringLiteral("read-return-value"), readReturn}};
    if (slow)
        s.extraOptions.insert(QStringLiteral("read-delay-duration"), QStringLiteral("100000"));
    return s;
}

// Sets a worker fault for the workers started while it lives.
struct Fault
{
    explicit Fault(const char *name) { qputenv("LOKET_SCAN_WORKER_FAULT", name); }
    ~Fault() { qunsetenv("LOKET_SCAN_WORKER_FAULT"); }
};

// A normal scan with the runner: one page, not cancelled.
void scanOnePage(ScanRunner &runner)
{
    QSignalSpy pages(&runner, &ScanRunner::pageScanned);
    QSignalSpy finished(&runner, &ScanRunner::finished);
    QSignalSpy failed(&runner, &ScanRunner::failed);
    REQUIRE(runner.start(kDevice, greySettings()));
    REQUIRE(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kWaitMs));
    INFO("failed: " << (failed.isEmpty() ? std::string() : failed.first().at(0).toString().toStdString()));
    REQUIRE(finished.size() == 1);
    CHECK_FALSE(finished.first().at(0).toBool());
    CHECK(finished.first().at(1).toInt() == 1);
    REQUIRE(pages.size() == 1);
    const QImage page = pages.first().at(0).value<QImage>();
    CHECK(page.width() == Approx(210 / 25.4 * 50).margin(2));
    CHECK(page.format() == QImage::Format_Grayscale8);
    CHECK(pages.first().at(1).toInt() == 50);
}

} // namespace

TEST_CASE("scan worker: devices are found, a page comes back whole, a device error is said in words")
{
    useSaneTestBackend();
    ScanRunner runner;
    QSignalSpy devices(&runner, &ScanRunner::devicesFound);
    runner.findDevices();
    REQUIRE(QTest::qWaitFor([&] { return !devices.isEmpty(); }, kWaitMs));
    CHECK(devices.first().at(1).toString().isEmpty());
    const auto found = devices.first().at(0).value<QList<ScanDevice>>();
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found.first().name == kDevice);

    QSignalSpy capabilities(&runner, &ScanRunner::capabilitiesFound);
    runner.queryCapabilities(kDevice);
    REQUIRE(QTest::qWaitFor([&] { return !capabilities.isEmpty(); }, kWaitMs));
    CHECK(capabilities.first().at(0).toString() == kDevice);
    CHECK(capabilities.first().at(1).value<ScanCapabilities>().hasSource(QStringLiteral("adf")));

    scanOnePage(runner);
    CHECK(runner.scanWorkersStarted() == 1);   // the same worker served the question and the scan

    QSignalSpy failed(&runner, &ScanRunner::failed);
    REQUIRE(runner.start(kDevice, greySettings(QStringLiteral("SANE_STATUS_COVER_OPEN"))));
    REQUIRE(QTest::qWaitFor([&] { return !failed.isEmpty(); }, kWaitMs));
    CHECK(failed.first().at(0).toString().contains(QStringLiteral("Penutup")));
    CHECK_FALSE(runner.isScanning());
    scanOnePage(runner);
    CHECK(runner.scanWorkersStarted() == 2);   // replaced after the device error
}

TEST_CASE("scan worker: a jam is reported at once although the worker wedges stopping the device")
{
    useSaneTestBackend();
    ScanRunner runner;
    {
        const Fault wedge("wedge-after-failing");
        QSignalSpy failed(&runner, &ScanRunner::failed);
        REQUIRE(runner.start(kDevice, greySettings(QStringLiteral("SANE_STATUS_JAMMED"))));
        REQUIRE(QTest::qWaitFor([&] { return !failed.isEmpty(); }, kWaitMs));
        CHECK(failed.first().at(0).toString().contains(QStringLiteral("macet")));
        CHECK_FALSE(runner.isScanning());
    }
    // The wedged worker was let go; a fresh one scans.
    scanOnePage(runner);
    CHECK(runner.scanWorkersStarted() == 2);
}

TEST_CASE("scan worker: a cancel the device never answers ends the scan after the grace period")
{
    useSaneTestBackend();
    ScanRunner runner;
    runner.setCancelGraceMs(1500);
    {
        const Fault wedge("wedge-on-cancel");
        QSignalSpy progress(&runner, &ScanRunner::progress);
        QSignalSpy finished(&runner, &ScanRunner::finished);
        REQUIRE(runner.start(kDevice, greySettings(QStringLiteral("Default"), true)));
        REQUIRE(QTest::qWaitFor([&] { return !progress.isEmpty(); }, kWaitMs));
        runner.cancel();
        REQUIRE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitMs));
        CHECK(finished.first().at(0).toBool());   // cancelled
        CHECK(finished.first().at(1).toInt() == 0);
        CHECK_FALSE(runner.isScanning());
    }
    scanOnePage(runner);
    CHECK(runner.scanWorkersStarted() == 2);
}

TEST_CASE("scan worker: a worker that cannot start, or dies, is reported in words")
{
    useSaneTestBackend();
    {
        qputenv("LOKET_SCAN_WORKER", "/nonexistent/loket-scan-worker");
        ScanRunner runner;
        QSignalSpy devices(&runner, &ScanRunner::devicesFound);
        QSignalSpy failed(&runner, &ScanRunner::failed);
        runner.findDevices();
        REQUIRE(runner.start(kDevice, greySettings()));
        REQUIRE(QTest::qWaitFor([&] { return !devices.isEmpty() && !failed.isEmpty(); }, kWaitMs));
        CHECK(devices.first().at(1).toString().contains(QStringLiteral("tidak dapat dijalankan")));
        CHECK(failed.first().at(0).toString().contains(QStringLiteral("tidak dapat dijalankan")));
        CHECK_FALSE(runner.isScanning());
        CHECK_FALSE(runner.isFindingDevices());
        qunsetenv("LOKET_SCAN_WORKER");
    }
    {
        // A worker that dies in the middle of a page (a crashing backend).
        ScanRunner runner;
        QSignalSpy progress(&runner, &ScanRunner::progress);
        QSignalSpy failed(&runner, &ScanRunner::failed);
        REQUIRE(runner.start(kDevice, greySettings(QStringLiteral("Default"), true)));
        REQUIRE(QTest::qWaitFor([&] { return !progress.isEmpty(); }, kWaitMs));
        QProcess::execute(QStringLiteral("pkill"), {QStringLiteral("-KILL"), QStringLiteral("-P"),
                                                     QString::number(QCoreApplication::applicationPid()),
                                                     QStringLiteral("-f"), QStringLiteral("loket-scan-worker")});
        REQUIRE(QTest::qWaitFor([&] { return !failed.isEmpty(); }, kWaitMs));
        CHECK(failed.first().at(0).toString().contains(QStringLiteral("berhenti")));
        CHECK_FALSE(runner.isScanning());
        scanOnePage(runner);
    }
}

TEST_CASE("scan worker: a page damaged on the way, or a worker of another version, is said - never a page silently lost")
{
    useSaneTestBackend();
    ScanRunner runner;
    {
        const Fault damaged("bad-page");
        QSignalSpy pages(&runner, &ScanRunner::pageScanned);
        QSignalSpy failed(&runner, &ScanRunner::failed);
        REQUIRE(runner.start(kDevice, greySettings()));
        REQUIRE(QTest::qWaitFor([&] { return !failed.isEmpty(); }, kWaitMs));
        CHECK(failed.first().at(0).toString().contains(QStringLiteral("rusak")));
        CHECK(pages.isEmpty());
        CHECK_FALSE(runner.isScanning());
    }
    {
        const Fault old("old-version");
        QSignalSpy failed(&runner, &ScanRunner::failed);
        REQUIRE(runner.start(kDevice, greySettings()));
        REQUIRE(QTest::qWaitFor([&] { return !failed.isEmpty(); }, kWaitMs));
        CHECK(failed.first().at(0).toString().contains(QStringLiteral("tidak cocok")));
        CHECK_FALSE(runner.isScanning());
    }
    scanOnePage(runner);
    CHECK(runner.scanWorkersStarted() == 3);
}

TEST_CASE("scan worker: its messages are in the app's language")
{
    useSaneTestBackend();
    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/i18n/loket_en.qm")));
    QCoreApplication::installTranslator(&english);
    ScanRunner runner;
    QSignalSpy failed(&runner, &ScanRunner::failed);
    REQUIRE(runner.start(kDevice, greySettings(QStringLiteral("SANE_STATUS_JAMMED"))));
    const bool answered = QTest::qWaitFor([&] { return !failed.isEmpty(); }, kWaitMs);
    QCoreApplication::removeTranslator(&english);
    REQUIRE(answered);
    CHECK(failed.first().at(0).toString().contains(QStringLiteral("Paper jam")));
}
