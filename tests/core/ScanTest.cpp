// Scanning through the real libsane with the SANE `test` backend (configured by the test itself):
// flatbed, feeder until empty, colour/grey/1-bit, 16-bit, three-pass, hand scanner, cancel in the
// middle of a slow page, and the device states an officer must understand.
#include "TestSupport.h"

#include "common/Error.h"
#include "scan/SaneScanner.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>
#include <thread>

using namespace loket;

namespace {

const QString kDevice = QStringLiteral("test:0");

ScanSettings settings(const QString &source, const QString &mode, int dpi = 75)
{
    ScanSettings s;
    s.source = source;
    s.mode = mode;
    s.resolution = dpi;
    s.pageSize = QStringLiteral("a4");
    // The test device keeps its options from one scan to the next (as many real ones do), so
    // every scan states the ones the tests change.
    s.extraOptions.insert(QStringLiteral("test-picture"), QStringLiteral("Color pattern"));
    s.extraOptions.insert(QStringLiteral("hand-scanner"), QStringLiteral("no"));
    s.extraOptions.insert(QStringLiteral("read-limit"), QStringLiteral("no"));
    s.extraOptions.insert(QStringLiteral("read-delay"), QStringLiteral("no"));
    s.extraOptions.insert(QStringLiteral("read-return-value"), QStringLiteral("Default"));
    if (mode == QStringLiteral("color"))
        s.extraOptions.insert(QStringLiteral("three-pass"), QStringLiteral("no"));
    return s;
}

ErrorKind kindOf(const std::function<void()> &f, QString *message)
{
    try {
        f();
    } catch (const Error &e) {
        *message = e.message();
        return e.kind();
    }
    FAIL("no error was thrown");
    return ErrorKind::Invalid;
}

} // namespace

TEST_CASE("The SANE test device is discovered", "[scan]")
{
    test::useSaneTestBackend();
    const QList<ScanDevice> devices = SaneScanner::devices();
    bool found = false;
    for (const ScanDevice &d : devices)
        found |= d.name == kDevice;
    CHECK(found);
    SaneScanner scanner(kDevice);
    CHECK(scanner.sources().size() == 2);
    CHECK(scanner.resolutions().contains(200));
}

TEST_CASE("A flatbed scan gives one page of the paper size at the resolution asked", "[scan]")
{
    test::useSaneTestBackend();
    SaneScanner scanner(kDevice);
    int pagesDone = 0;
    double lastFraction = 0;
    ScanCallbacks callbacks;
    callbacks.progress = [&](int, double f) { lastFraction = f; };
    callbacks.pageDone = [&](const ScannedPage &, int) { ++pagesDone; };

    const ScanOutcome gray = scanner.scan(settings(QStringLiteral("flatbed"), QStringLiteral("gray")), callbacks);
    REQUIRE(gray.pages.size() == 1);
    CHECK_FALSE(gray.cancelled);
    CHECK(pagesDone == 1);
    CHECK(lastFraction == Approx(1.0));
    const QImage &page = gray.pages.constFirst().image;
    CHECK(page.format() == QImage::Format_Grayscale8);
    CHECK(gray.pages.constFirst().dpi == 75);
    CHECK(std::abs(page.width() - 620) <= 2);     // 210 mm at 75 dpi
    CHECK(std::abs(page.height() - 877) <= 2);    // 297 mm
    CHECK(std::lround(page.dotsPerMeterX() * 0.0254) == 75);

    const ScanOutcome color = scanner.scan(settings(QStringLiteral("flatbed"), QStringLiteral("color")));
    REQUIRE(color.pages.size() == 1);
    CHECK(color.pages.constFirst().image.format() == QImage::Format_RGB888);
    CHECK_FALSE(color.pages.constFirst().image.isGrayscale());

    const ScanOutcome lineart = scanner.scan(settings(QStringLiteral("flatbed"), QStringLiteral("lineart")));
    REQUIRE(lineart.pages.size() == 1);
    CHECK(lineart.pages.constFirst().image.format() == QImage::Format_Mono);

    ScanSettings f4 = settings(QStringLiteral("flatbed"), QStringLiteral("gray"));
    f4.pageSize = QStringLiteral("f4");
    const QImage folio = scanner.scan(f4).pages.value(0).image;
    CHECK(std::abs(folio.height() - 975) <= 2);   // 330 mm at 75 dpi

    ScanSettings card = settings(QStringLiteral("flatbed"), QStringLiteral("color"), 300);
    card.pageSize = QStringLiteral("id-card");
    const QImage ktp = scanner.scan(card).pages.value(0).image;
    CHECK(std::abs(ktp.width() - 1011) <= 12);    // 85.6 mm at 300 dpi (the device rounds to whole mm)
    CHECK(std::abs(ktp.height() - 638) <= 12);
}

TEST_CASE("The document feeder is scanned until it is empty", "[scan]")
{
    test::useSaneTestBackend();
    SaneScanner scanner(kDevice);
    QList<int> doneIndexes;
    ScanCallbacks callbacks;
    callbacks.pageDone = [&](const ScannedPage &, int index) { doneIndexes << index; };
    const ScanOutcome outcome = scanner.scan(settings(QStringLiteral("adf"), QStringLiteral("gray"), 50), callbacks);
    CHECK(outcome.pages.size() == 10);   // the test device's feeder holds ten sheets
    CHECK(doneIndexes.size() == 10);
    CHECK(doneIndexes.constLast() == 9);
    // The feeder refills for the next batch, as a real one does when the officer loads it again.
    CHECK(scanner.scan(settings(QStringLiteral("adf"), QStringLiteral("gray"), 50)).pages.size() == 10);
}

TEST_CASE("16-bit, three-pass colour and hand scanners still produce pages", "[scan]")
{
    test::useSaneTestBackend();
    SaneScanner scanner(kDevice);

    ScanSettings deep = settings(QStringLiteral("flatbed"), QStringLiteral("gray"), 50);
    deep.extraOptions.insert(QStringLiteral("depth"), QStringLiteral("16"));
    const QImage deepPage = scanner.scan(deep).pages.value(0).image;
    CHECK(deepPage.format() == QImage::Format_Grayscale8);
    CHECK(deepPage.width() > 400);

    ScanSettings threePass = settings(QStringLiteral("flatbed"), QStringLiteral("color"), 50);
    threePass.extraOptions.insert(QStringLiteral("three-pass"), QStringLiteral("yes"));
    const ScanOutcome tp = scanner.scan(threePass);
    REQUIRE(tp.pages.size() == 1);
    const QImage tpImage = tp.pages.constFirst().image;
    CHECK(tpImage.format() == QImage::Format_RGB888);
    CHECK_FALSE(tpImage.isGrayscale());

    ScanSettings hand = settings(QStringLiteral("flatbed"), QStringLiteral("gray"), 50);
    hand.extraOptions.insert(QStringLiteral("hand-scanner"), QStringLiteral("yes"));
    double fraction = 0;
    ScanCallbacks callbacks;
    callbacks.progress = [&](int, double f) { fraction = f; };
    const ScanOutcome handOutcome = scanner.scan(hand, callbacks);
    REQUIRE(handOutcome.pages.size() == 1);
    CHECK(handOutcome.pages.constFirst().image.height() > 0);
    CHECK(fraction == -1);   // the height was unknown: progress cannot be a fraction
}

TEST_CASE("A scan can be cancelled in the middle of a slow page", "[scan]")
{
    test::useSaneTestBackend();
    SaneScanner scanner(kDevice);
    ScanSettings slow = settings(QStringLiteral("flatbed"), QStringLiteral("gray"), 200);
    slow.extraOptions.insert(QStringLiteral("read-limit"), QStringLiteral("yes"));
    slow.extraOptions.insert(QStringLiteral("read-limit-size"), QStringLiteral("16384"));
    slow.extraOptions.insert(QStringLiteral("read-delay"), QStringLiteral("yes"));
    slow.extraOptions.insert(QStringLiteral("read-delay-duration"), QStringLiteral("20000"));
    std::atomic<double> progress{0};
    std::atomic<int> reads{0};
    ScanCallbacks callbacks;
    callbacks.progress = [&](int, double f) {
        progress = f;
        ++reads;
    };
    std::thread canceller([&] {
        for (int i = 0; i < 1000 && reads.load() < 3; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        scanner.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    const ScanOutcome outcome = scanner.scan(slow, callbacks);
    canceller.join();
    CHECK(outcome.cancelled);
    CHECK(outcome.pages.isEmpty());
    CHECK(progress.load() > 0.0);
    CHECK(progress.load() < 1.0);
    // The device is usable again after the cancel.
    CHECK(scanner.scan(settings(QStringLiteral("flatbed"), QStringLiteral("gray"), 50)).pages.size() == 1);
}

// The device states (jammed, no paper, cover open, I/O error, busy) are checked through loket-cli in
// tests/cli/DocumentCliTest.cpp, one child process per injected error: the SANE test backend cancels
// its reader thread asynchronously after such an error and can leave a malloc lock held, which
// would hang this whole binary at the next scan. What follows involves no cancelled reader thread.
TEST_CASE("A missing scanner and settings it cannot use are refused in plain words", "[scan]")
{
    test::useSaneTestBackend();
    QString message;
    CHECK(kindOf([] { SaneScanner gone(QStringLiteral("test:7")); }, &message) == ErrorKind::NotFound);
    CHECK(message.contains(QStringLiteral("tidak ditemukan")));

    SaneScanner scanner(kDevice);
    ScanSettings bad = settings(QStringLiteral("flatbed"), QStringLiteral("sepia"));
    CHECK(kindOf([&] { scanner.scan(bad); }, &message) == ErrorKind::Invalid);
    CHECK(message.contains(QStringLiteral("sepia")));
    bad = settings(QStringLiteral("flatbed"), QStringLiteral("gray"));
    bad.extraOptions.insert(QStringLiteral("no-such-option"), QStringLiteral("1"));
    CHECK(kindOf([&] { scanner.scan(bad); }, &message) == ErrorKind::Invalid);
    CHECK(message.contains(QStringLiteral("no-such-option")));
    // Refused before anything was read: the device scans as asked.
    CHECK(scanner.scan(settings(QStringLiteral("flatbed"), QStringLiteral("gray"), 50)).pages.size() == 1);
}

TEST_CASE("The test device reports both sources and three modes with its resolutions and paper sizes", "[scan]")
{
    test::useSaneTestBackend();
    SaneScanner scanner(kDevice);
    const ScanCapabilities caps = scanner.capabilities();
    CHECK(caps.sources == QStringList{QStringLiteral("flatbed"), QStringLiteral("adf")});
    // The device has "Gray" and "Color" only: line art is grey at 1 bit, as scan() does it.
    CHECK(caps.modes == QStringList{QStringLiteral("color"), QStringLiteral("gray"), QStringLiteral("lineart")});
    CHECK(caps.resolutionRange);
    CHECK(caps.minResolution == 1);
    CHECK(caps.maxResolution == 1200);
    CHECK(caps.resolutions == QList<int>{75, 100, 150, 200, 300, 400, 600, 1200});
    CHECK(caps.maxAreaMm == QSizeF(400, 400));   // geometry_max in the test configuration
    CHECK(caps.pageSizes == QStringList{QStringLiteral("a4"), QStringLiteral("f4"), QStringLiteral("id-card")});
    CHECK(caps.nearestResolution(250) == 200);

    // What it reports is what it scans: line art comes back 1-bit.
    const ScanOutcome lineart = scanner.scan(settings(QStringLiteral("flatbed"), QStringLiteral("lineart"), 50));
    REQUIRE(lineart.pages.size() == 1);
    CHECK(lineart.pages.constFirst().image.format() == QImage::Format_Mono);
}

TEST_CASE("Paper sizes fit a scan area with a millimetre to spare", "[scan]")
{
    // A common A4 flatbed (216 × 297 mm): no F4; an unknown area offers every size.
    CHECK(ScanCapabilities::pageSizesFitting({216, 297}) == QStringList{QStringLiteral("a4"), QStringLiteral("id-card")});
    CHECK(ScanCapabilities::pageSizesFitting({215.9, 296.4}).contains(QStringLiteral("a4")));
    CHECK(ScanCapabilities::pageSizesFitting({100, 80}) == QStringList{QStringLiteral("id-card")});
    CHECK(ScanCapabilities::pageSizesFitting({}).size() == 3);
}
