// The frames between the app and loket-scan-worker: messages survive being cut anywhere by the
// pipe, pages come back pixel for pixel in every format a scanner gives, settings and
// capabilities round-trip, and a corrupt stream is noticed instead of misread.
#include "scan/ScanWire.h"

#include <QPainter>
#include <QtEndian>
#include <catch2/catch.hpp>

using namespace loket;

TEST_CASE("Scan worker frames arrive whole however the pipe cuts them", "[scan][wire]")
{
    const wire::Message first{QStringLiteral("progress"), {{QStringLiteral("index"), 2}, {QStringLiteral("fraction"), 0.5}}, {}};
    const wire::Message second{QStringLiteral("failed"), {{QStringLiteral("message"), QStringLiteral("Kertas macet")}}, QByteArray(5000, 'x')};
    const QByteArray stream = wire::encode(first) + wire::encode(second);
    for (qsizetype cut : {qsizetype(1), qsizetype(3), qsizetype(7), qsizetype(64), stream.size()}) {
        wire::FrameReader reader;
        QList<wire::Message> got;
        for (qsizetype at = 0; at < stream.size(); at += cut) {
            reader.append(stream.mid(at, cut));
            while (auto m = reader.next())
                got << *m;
        }
        REQUIRE(got.size() == 2);
        CHECK(got[0].type == QStringLiteral("progress"));
        CHECK(got[0].fields.value(QStringLiteral("fraction")).toDouble() == 0.5);
        CHECK(got[1].fields.value(QStringLiteral("message")).toString() == QStringLiteral("Kertas macet"));
        CHECK(got[1].blob == second.blob);
        CHECK_FALSE(reader.isCorrupt());
    }

    // A length beyond any page, or bytes that are no message, end the stream as corrupt.
    wire::FrameReader huge;
    QByteArray length(4, Qt::Uninitialized);
    qToBigEndian<quint32>(wire::kMaxFrameBytes + 1, length.data());
    huge.append(length);
    CHECK_FALSE(huge.next());
    CHECK(huge.isCorrupt());
    wire::FrameReader garbage;
    qToBigEndian<quint32>(6, length.data());
    garbage.append(length + QByteArray("\xff\xff\xff\xff\x00\x01", 6));
    CHECK_FALSE(garbage.next());
    CHECK(garbage.isCorrupt());
}

TEST_CASE("Pages, settings and capabilities cross to the app unchanged", "[scan][wire]")
{
    QImage grey(123, 77, QImage::Format_Grayscale8);   // odd width: padded lines
    grey.fill(200);
    QImage colour(50, 40, QImage::Format_RGB888);
    colour.fill(QColor(10, 120, 230));
    QImage mono(101, 33, QImage::Format_Mono);
    mono.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    mono.fill(0);
    for (int x = 0; x < 101; x += 3)
        mono.setPixel(x, 5, 1);
    for (const QImage &image : {grey, colour, mono}) {
        wire::FrameReader reader;
        reader.append(wire::encode(wire::pageMessage(image, 300, 4)));
        const auto m = reader.next();
        REQUIRE(m);
        const QImage back = wire::pageImage(*m);
        CHECK(back == image);
        CHECK(back.format() == image.format());
        CHECK(qRound(back.dotsPerMeterX() * 0.0254) == 300);
        CHECK(m->fields.value(QStringLiteral("index")).toInt() == 4);
    }
    // Fields that do not match the pixels give no page.
    wire::Message bad = wire::pageMessage(grey, 300, 0);
    bad.blob.chop(10);
    CHECK(wire::pageImage(bad).isNull());
    bad = wire::pageMessage(grey, 300, 0);
    bad.fields.insert(QStringLiteral("format"), 999);
    CHECK(wire::pageImage(bad).isNull());

    ScanSettings s;
    s.source = QStringLiteral("adf");
    s.mode = QStringLiteral("lineart");
    s.resolution = 300;
    s.pageSize = QStringLiteral("f4");
    s.extraOptions = {{QStringLiteral("read-delay"), QStringLiteral("yes")}};
    const ScanSettings t = wire::settingsFromMap(wire::toMap(s));
    CHECK(t.source == s.source);
    CHECK(t.mode == s.mode);
    CHECK(t.resolution == s.resolution);
    CHECK(t.pageSize == s.pageSize);
    CHECK(t.extraOptions == s.extraOptions);

    ScanCapabilities c;
    c.sources = {QStringLiteral("flatbed")};
    c.modes = {QStringLiteral("gray"), QStringLiteral("lineart")};
    c.resolutions = {150, 300};
    c.minResolution = 75;
    c.maxResolution = 600;
    c.resolutionRange = true;
    c.maxAreaMm = QSizeF(216, 297);
    c.pageSizes = {QStringLiteral("a4"), QStringLiteral("id-card")};
    const ScanCapabilities d = wire::capabilitiesFromMap(wire::toMap(c));
    CHECK(d.sources == c.sources);
    CHECK(d.modes == c.modes);
    CHECK(d.resolutions == c.resolutions);
    CHECK(d.minResolution == 75);
    CHECK(d.maxResolution == 600);
    CHECK(d.resolutionRange);
    CHECK(d.maxAreaMm == c.maxAreaMm);
    CHECK(d.pageSizes == c.pageSizes);

    const QList<ScanDevice> devices{{QStringLiteral("test:0"), QStringLiteral("Noname"), QStringLiteral("frontend-tester"),
                                     QStringLiteral("virtual device")}};
    const QList<ScanDevice> back = wire::devicesFromList(wire::toList(devices));
    REQUIRE(back.size() == 1);
    CHECK(back[0].name == QStringLiteral("test:0"));
    CHECK(back[0].type == QStringLiteral("virtual device"));
}
