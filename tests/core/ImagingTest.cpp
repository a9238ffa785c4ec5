// Page processing, compression and NIK OCR on pages and cards the test draws itself: text pages
// rotated onto a darker scanner bed with noise, blank pages, a KTP-like card, a letter.
#include "common/Error.h"
#include "imaging/ImageTools.h"
#include "imaging/ManualCrop.h"
#include "imaging/NikOcr.h"
#include "imaging/PageCompression.h"
#include "imaging/PageProcessing.h"

#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <random>

using namespace loket;

namespace {

constexpr int kScanDpi = 150;   // keeps the tests quick; the benchmark uses 300

int px(double mm, int dpi)
{
    return int(std::lround(mm / 25.4 * dpi));
}

QFont font(double points, int dpi, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, int(std::lround(points / 72.0 * dpi))));
    f.setBold(bold);
    return f;
}

const QStringList kParagraph = {
    QStringLiteral("Yang bertanda tangan di bawah ini Kepala Desa Karangwangkal, Kecamatan"),
    QStringLiteral("Purwokerto Utara, Kabupaten Banyumas, menerangkan dengan sebenarnya bahwa"),
    QStringLiteral("warga tersebut di atas adalah benar penduduk desa kami dan berdomisili"),
    QStringLiteral("di alamat tersebut sejak tahun 2015 sampai dengan sekarang."),
    QStringLiteral("Surat keterangan ini dibuat untuk keperluan permohonan Kartu Keluarga"),
    QStringLiteral("baru dan dapat dipergunakan sebagaimana mestinya."),
    QStringLiteral("Demikian surat keterangan ini kami buat agar dapat dipergunakan seperlunya,"),
    QStringLiteral("dan kepada pihak yang berkepentingan harap menjadi maklum."),
};

// An A4 text page: a heading, `lines` lines of text at 11 pt, and a black 8 mm square whose
// top-left corner is 20 mm from the left and 15 mm from the top edge (to check crops with).
QImage renderTextPage(int dpi, int lines = 36)
{
    QImage page(px(210, dpi), px(297, dpi), QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(QRect(px(20, dpi), px(15, dpi), px(8, dpi), px(8, dpi)), Qt::black);
    p.setPen(Qt::black);
    p.setFont(font(14, dpi, true));
    p.drawText(QPoint(px(25, dpi), px(40, dpi)), QStringLiteral("SURAT KETERANGAN DOMISILI"));
    p.setFont(font(11, dpi));
    const double step = 11 / 72.0 * dpi * 1.6;
    for (int i = 0; i < lines; ++i)
        p.drawText(QPointF(px(25, dpi), px(55, dpi) + i * step), kParagraph[i % kParagraph.size()]);
    return page;
}

// Adds grey noise (σ = sigma levels) and a few dark specks of dust, reproducibly.
void addNoise(QImage &image, double sigma, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0, float(sigma));
    std::uniform_int_distribution<int> speck(0, 40000);
    for (int y = 0; y < image.height(); ++y) {
        QRgb *row = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int d = speck(rng) == 0 ? -120 : int(std::lround(noise(rng)));
            const auto ch = [d](int v) { return std::clamp(v + d, 0, 255); };
            row[x] = qRgb(ch(qRed(row[x])), ch(qGreen(row[x])), ch(qBlue(row[x])));
        }
    }
}

// The page as a flatbed would see it: turned by `degrees` around its centre, which lies
// `offset` pixels from the bed's centre, on a darker grey bed with light noise.
QImage onScannerBed(const QImage &page, double degrees, QPoint offset, unsigned seed)
{
    QImage bed(page.width() + 360, page.height() + 300, QImage::Format_RGB32);
    bed.fill(QColor(72, 72, 76));
    {
        QPainter p(&bed);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(QPointF(bed.width() / 2.0 + offset.x(), bed.height() / 2.0 + offset.y()));
        p.rotate(degrees);
        p.drawImage(QPointF(-page.width() / 2.0, -page.height() / 2.0), page);
    }
    addNoise(bed, 5, seed);
    return bed;
}

// Centre of the dark pixels within `window` of a page (the registration square).
QPointF darkCentroid(const QImage &page, const QRect &window)
{
    const QImage grey = toGrey8(page);
    double sx = 0, sy = 0, n = 0;
    const QRect r = window.intersected(grey.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (grey.constScanLine(y)[x] < 100) {
                sx += x + 0.5;
                sy += y + 0.5;
                ++n;
            }
    return n > 0 ? QPointF(sx / n, sy / n) : QPointF(-1, -1);
}

bool sameBilevelPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return false;
    const QImage ga = a.convertToFormat(QImage::Format_Grayscale8);
    const QImage gb = b.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < ga.height(); ++y)
        if (std::memcmp(ga.constScanLine(y), gb.constScanLine(y), size_t(ga.width())) != 0)
            return false;
    return true;
}

QImage decode(const QByteArray &bytes)
{
    QImage image;
    image.loadFromData(bytes);
    return image;
}

// A KTP-like card at 300 dpi (85.6 × 54 mm, light blue, header, NIK in bold 13 pt, a few fields,
// a photo box), turned by `degrees` on a slightly larger light scanner background.
// *nikCentre receives where the NIK's digits are centred on the returned image.
QImage renderKtp(const QString &nik, double degrees, QPointF *nikCentre = nullptr)
{
    constexpr int dpi = 300;
    QImage card(px(85.6, dpi), px(54, dpi), QImage::Format_RGB32);
    QRectF digits;
    {
        QPainter p(&card);
        p.setRenderHint(QPainter::Antialiasing);
        QLinearGradient g(0, 0, card.width(), card.height());
        g.setColorAt(0, QColor(205, 228, 247));
        g.setColorAt(1, QColor(186, 214, 240));
        p.fillRect(card.rect(), g);
        p.setPen(Qt::black);
        p.setFont(font(9.5, dpi, true));
        p.drawText(QRect(0, px(2.5, dpi), card.width(), px(5, dpi)), Qt::AlignHCenter, QStringLiteral("PROVINSI JAWA TENGAH"));
        p.drawText(QRect(0, px(7, dpi), card.width(), px(5, dpi)), Qt::AlignHCenter, QStringLiteral("KABUPATEN BANYUMAS"));
        p.setFont(font(13, dpi, true));
        const QString label = QStringLiteral("NIK  :  ");
        const QPointF base(px(4, dpi), px(18, dpi));
        p.drawText(base, label + nik);
        const QFontMetricsF m(p.font());
        digits = QRectF(base.x() + m.horizontalAdvance(label), base.y() - m.ascent(), m.horizontalAdvance(nik), m.height());
        p.setFont(font(7.5, dpi));
        const QStringList fields = {
            QStringLiteral("Nama                    : SITI RAHAYU"),
            QStringLiteral("Tempat/Tgl Lahir   : BANYUMAS, 15-05-1990"),
            QStringLiteral("Jenis Kelamin        : PEREMPUAN"),
            QStringLiteral("Alamat                  : JL. MERDEKA NO. 12"),
            QStringLiteral("RT/RW                   : 003/005"),
            QStringLiteral("Kecamatan            : PURWOKERTO UTARA"),
            QStringLiteral("Agama                   : ISLAM"),
            QStringLiteral("Berlaku Hingga      : SEUMUR HIDUP"),
        };
        for (int i = 0; i < fields.size(); ++i)
            p.drawText(QPointF(px(4, dpi), px(24.5, dpi) + i * px(3.6, dpi)), fields[i]);
        p.fillRect(QRectF(px(63, dpi), px(22, dpi), px(19, dpi), px(25, dpi)), QColor(150, 150, 160));
    }
    QImage scan(card.width() + 140, card.height() + 140, QImage::Format_RGB32);
    scan.fill(QColor(238, 238, 236));
    QTransform t;
    t.translate(scan.width() / 2.0, scan.height() / 2.0);
    t.rotate(degrees);
    t.translate(-card.width() / 2.0, -card.height() / 2.0);
    {
        QPainter p(&scan);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setRenderHint(QPainter::Antialiasing);
        p.setTransform(t);
        p.drawImage(0, 0, card);
    }
    addNoise(scan, 3, 7);
    if (nikCentre)
        *nikCentre = t.map(digits.center());
    setDpi(scan, dpi);
    return scan;
}

// A letter full of numbers that are not a NIK: dates, phone numbers, a letter number.
QImage renderLetter(const QStringList &extraLines = {})
{
    constexpr int dpi = 200;
    QImage page(px(210, dpi), px(148, dpi), QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(Qt::black);
    p.setFont(font(11, dpi));
    QStringList lines = {
        QStringLiteral("Nomor : 470/123/2024"),
        QStringLiteral("Purwokerto, 12 Maret 2024"),
        QStringLiteral("Kepada Yth. Bapak Camat Purwokerto Utara"),
        QStringLiteral("Mohon bantuan untuk pengurusan akta kelahiran anak kami."),
        QStringLiteral("Hubungi kami di 0812-3456-7890 atau (0281) 635 292."),
        QStringLiteral("Rapat tanggal 15-05-1990 pukul 09.30 di balai desa."),
    };
    lines << extraLines;
    for (int i = 0; i < lines.size(); ++i)
        p.drawText(QPointF(px(20, dpi), px(25, dpi) + i * px(9, dpi)), lines[i]);
    return page;
}

// Restores an environment variable when it goes out of scope.
class EnvGuard
{
public:
    explicit EnvGuard(const char *name) : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_value(qgetenv(name)) {}
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_value);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_value;
};

} // namespace

TEST_CASE("Skew of a text page is measured within a tenth of a degree")
{
    const QImage page = renderTextPage(kScanDpi);
    CHECK(std::abs(estimateSkewDegrees(page)) < 0.1);
    for (double angle : {-4.0, -1.5, 0.7, 2.5, 6.0}) {
        QImage turned(page.size(), QImage::Format_RGB32);
        turned.fill(Qt::white);
        QPainter p(&turned);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setTransform(deskewTransform(page.size(), -angle));
        p.drawImage(0, 0, page);
        p.end();
        const double measured = estimateSkewDegrees(turned);
        INFO("turned by " << angle << "°, measured " << measured << "°");
        CHECK(std::abs(measured - angle) < 0.1);
        // Straightening with the measured angle leaves no measurable skew.
        CHECK(std::abs(estimateSkewDegrees(deskew(turned, measured))) < 0.15);
    }
}

TEST_CASE("Deskew and auto-crop bring scans on a darker bed back within 0.5° and to the paper's edges")
{
    const QImage page = renderTextPage(kScanDpi);
    const QPointF squareCentre(px(20, kScanDpi) + px(8, kScanDpi) / 2.0, px(15, kScanDpi) + px(8, kScanDpi) / 2.0);
    const int tolerance = px(1, kScanDpi);   // 1 mm
    struct Case
    {
        double degrees;
        QPoint offset;
    };
    for (const Case &c : {Case{-4, {25, -20}}, Case{-1.5, {-30, 10}}, Case{2.5, {0, 35}}, Case{6, {-10, -5}}}) {
        const QImage scan = onScannerBed(page, c.degrees, c.offset, unsigned(100 + c.degrees * 10));
        ProcessOptions options;
        options.targetDpi = 0;
        const ProcessedPage out = process(scan, kScanDpi, options);
        INFO("turned by " << c.degrees << "°: measured " << out.skewDegrees << "°, page "
                          << out.image.width() << "×" << out.image.height() << ", paper " << page.width() << "×"
                          << page.height());
        CHECK(std::abs(out.skewDegrees - c.degrees) < 0.5);
        CHECK(std::abs(out.image.width() - page.width()) <= tolerance);
        CHECK(std::abs(out.image.height() - page.height()) <= tolerance);
        const QPointF found = darkCentroid(out.image, QRect(px(12, kScanDpi), px(8, kScanDpi), px(22, kScanDpi), px(22, kScanDpi)));
        INFO("registration square at " << found.x() << "," << found.y() << ", drawn at " << squareCentre.x() << ","
                                       << squareCentre.y());
        CHECK(std::abs(found.x() - squareCentre.x()) <= tolerance);
        CHECK(std::abs(found.y() - squareCentre.y()) <= tolerance);
        CHECK(out.image.format() == QImage::Format_Grayscale8);
        CHECK(dpiOf(out.image) == kScanDpi);
        CHECK_FALSE(out.blank);
        // The crop is reported in the straightened scan: the paper's size at the scan's resolution.
        CHECK(std::abs(out.crop.width() - page.width()) <= tolerance);
        CHECK(std::abs(out.crop.height() - page.height()) <= tolerance);
    }
}

TEST_CASE("The paper is found on a scanner bed, and a scan without a bed is kept whole")
{
    const QImage page = renderTextPage(kScanDpi, 10);
    const QImage scan = onScannerBed(page, 0, {40, -30}, 11);
    const QRect paper = findPaper(scan);
    const QRect expected(QPoint((scan.width() - page.width()) / 2 + 40, (scan.height() - page.height()) / 2 - 30), page.size());
    INFO("found " << paper.x() << "," << paper.y() << " " << paper.width() << "×" << paper.height());
    CHECK(std::abs(paper.left() - expected.left()) <= 2);
    CHECK(std::abs(paper.top() - expected.top()) <= 2);
    CHECK(std::abs(paper.right() - expected.right()) <= 2);
    CHECK(std::abs(paper.bottom() - expected.bottom()) <= 2);
    CHECK(autoCrop(scan).size() == paper.size());

    QImage feeder = page.copy();
    addNoise(feeder, 5, 12);
    CHECK(findPaper(feeder) == feeder.rect());
    ProcessOptions options;
    options.targetDpi = 0;
    CHECK(process(feeder, kScanDpi, options).image.size() == feeder.size());
}

TEST_CASE("A white page with scanner noise is blank, a page with one short line is not")
{
    QImage white(px(210, kScanDpi), px(297, kScanDpi), QImage::Format_RGB32);
    white.fill(QColor(246, 246, 244));
    QImage noisy = white.copy();
    addNoise(noisy, 6, 21);
    double ratio = -1;
    CHECK(isBlank(noisy, &ratio));
    INFO("ink ratio of the noisy white page " << ratio);
    CHECK(ratio < kBlankInkRatio);

    QImage oneLine = white.copy();
    {
        QPainter p(&oneLine);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setPen(Qt::black);
        p.setFont(font(11, kScanDpi));
        p.drawText(QPointF(px(25, kScanDpi), px(60, kScanDpi)), QStringLiteral("Halaman ini sengaja dikosongkan."));
    }
    addNoise(oneLine, 6, 22);
    double lineRatio = -1;
    CHECK_FALSE(isBlank(oneLine, &lineRatio));
    INFO("ink ratio of the one-line page " << lineRatio);
    CHECK(lineRatio > kBlankInkRatio);

    // A blank page is flagged, not dropped.
    const ProcessedPage processed = process(onScannerBed(white, 2, {}, 23), kScanDpi);
    CHECK(processed.blank);
    CHECK_FALSE(processed.image.isNull());
}

TEST_CASE("Quarter turns are lossless and keep format and resolution")
{
    QImage page = renderTextPage(100, 5).convertToFormat(QImage::Format_Grayscale8);
    setDpi(page, 100);
    page.setDotsPerMeterY(page.dotsPerMeterX() * 2);
    const QImage once = rotate90(page, 1);
    CHECK(once.size() == page.size().transposed());
    CHECK(once.format() == QImage::Format_Grayscale8);
    CHECK(once.dotsPerMeterX() == page.dotsPerMeterY());
    const QPoint inSquare(px(22, 100), px(17, 100));
    REQUIRE(qGray(page.pixel(inSquare)) < 50);
    CHECK(once.pixel(once.width() - 1 - inSquare.y(), inSquare.x()) == page.pixel(inSquare));   // clockwise
    CHECK(qGray(once.pixel(inSquare)) > 200);
    CHECK(rotate90(rotate90(once, 2), 1) == page);
    CHECK(rotate90(page, -1) == rotate90(page, 3));
    CHECK(rotate90(page, 4) == page);

    const QImage mono = toBilevel(page);
    const QImage monoTurned = rotate90(mono, 1);
    CHECK(monoTurned.format() == QImage::Format_Mono);
    CHECK(rotate90(monoTurned, 3) == mono);
}

TEST_CASE("A hand-drawn crop follows the page through quarter turns and keeps the same part of it")
{
    QImage page = renderTextPage(100, 5).convertToFormat(QImage::Format_Grayscale8);
    setDpi(page, 100);
    // Around the black square (20 mm from the left, 15 mm from the top, 8 mm a side), off centre.
    const QRect crop(px(15, 100), px(10, 100), px(40, 100), px(25, 100));
    const QImage cropped = cropPage(page, crop);
    CHECK(cropped.size() == crop.size());
    CHECK(dpiOf(cropped) == 100);
    CHECK(cropped.format() == QImage::Format_Grayscale8);
    CHECK(qGray(cropped.pixel(px(7, 100), px(7, 100))) < 50);   // the square, 5 mm in
    for (int turns : {1, 2, 3, -1, 5}) {
        INFO("turns " << turns);
        const QRect turned = turnCropRect(crop, page.size(), turns);
        CHECK(cropPage(rotate90(page, turns), turned) == rotate90(cropped, turns));
    }
    CHECK(turnCropRect(crop, page.size(), 4) == crop);
    CHECK(turnCropRect(turnCropRect(crop, page.size(), 1), page.size().transposed(), 3) == crop);
    CHECK(turnCropRect(QRect(), page.size(), 1).isNull());

    // Black and white pages are cut at any pixel, not only at whole bytes.
    const QImage mono = toBilevel(page);
    const QRect odd(px(15, 100) + 3, px(10, 100), px(40, 100) + 5, px(25, 100));
    const QImage monoCropped = cropPage(mono, odd);
    CHECK(monoCropped.format() == QImage::Format_Mono);
    CHECK(monoCropped.size() == odd.size());
    CHECK(monoCropped.convertToFormat(QImage::Format_Grayscale8) == mono.convertToFormat(QImage::Format_Grayscale8).copy(odd));

    // No crop, or one keeping the whole page, gives the page back untouched.
    CHECK(cropPage(page, QRect()) == page);
    CHECK(cropPage(page, QRect(-5, -5, page.width() + 10, page.height() + 10)) == page);
    CHECK_FALSE(cropsPage(page.rect(), page.size()));
    CHECK(cropsPage(crop, page.size()));
}

TEST_CASE("A hand-drawn crop stays on the page and never gets smaller than 10 mm")
{
    const QSize page(827, 1169);   // A4 at 100 dpi
    const QSize minimum = minimumCropSize(page, 100);
    CHECK(minimum == QSize(39, 39));   // 10 mm
    CHECK(minimumCropSize(QSize(20, 500), 100) == QSize(20, 39));   // a strip narrower than 10 mm
    CHECK(mmToPixels(25.4, 200) == 200);

    // Cut to the page, grown to the minimum around its centre.
    CHECK(clampCropRect(QRect(-20, -20, 100, 100), page, minimum) == QRect(0, 0, 80, 80));
    CHECK(clampCropRect(QRect(400, 600, 10, 4), page, minimum) == QRect(386, 583, 39, 39));
    CHECK(clampCropRect(QRect(820, 1160, 5, 5), page, minimum) == QRect(788, 1130, 39, 39));
    CHECK(clampCropRect(QRect(900, 10, 50, 50), page, minimum).isNull());   // off the page
    CHECK(clampCropRect(QRect(), page, minimum).isNull());

    // Moved, it stops at the edges with its size kept.
    const QRect r(100, 200, 300, 400);
    CHECK(moveCropRect(r, QPoint(-500, 10), page) == QRect(0, 210, 300, 400));
    CHECK(moveCropRect(r, QPoint(1000, 1000), page) == QRect(527, 769, 300, 400));

    // Resized, an edge stops at the page and at the minimum from the opposite edge.
    CHECK(resizeCropRect(r, Qt::LeftEdge, QPoint(-150, 0), page, minimum) == QRect(0, 200, 400, 400));
    CHECK(resizeCropRect(r, Qt::LeftEdge, QPoint(1000, 0), page, minimum) == QRect(361, 200, 39, 400));
    CHECK(resizeCropRect(r, Qt::RightEdge | Qt::BottomEdge, QPoint(1000, 1000), page, minimum)
          == QRect(100, 200, 727, 969));
    CHECK(resizeCropRect(r, Qt::RightEdge | Qt::BottomEdge, QPoint(-1000, -1000), page, minimum)
          == QRect(100, 200, 39, 39));
    CHECK(resizeCropRect(r, Qt::TopEdge, QPoint(0, 50), page, minimum) == QRect(100, 250, 300, 350));
}

TEST_CASE("A grey A4 text page at 200 dpi is stored in at most 150 KB, bilevel in 50 KB, losslessly")
{
    constexpr int dpi = 200;
    QImage noisy = renderTextPage(dpi);
    addNoise(noisy, 4, 31);
    const QImage cleaned = whitenBackground(noisy);
    REQUIRE(PageCompression::looksLikeText(cleaned));

    // Grey text: 8 grey levels in a PNG, each pixel within half a level step of the cleaned page.
    const EncodedPage grey = encodeForStorage(cleaned, dpi, ColorMode::Gray);
    INFO("grey " << grey.mime.toStdString() << " " << grey.greyLevels << " levels " << grey.bytes.size() << " bytes");
    CHECK(grey.mime == QStringLiteral("image/png"));
    CHECK(grey.bytes.size() <= 150 * 1024);
    const QImage greyBack = toGrey8(decodeStoredPage(grey.bytes));
    REQUIRE(greyBack.size() == cleaned.size());
    CHECK(grey.pixels == cleaned.size());
    CHECK(dpiOf(decodeStoredPage(grey.bytes)) == dpi);
    int worst = 0;
    for (int y = 0; y < cleaned.height(); ++y)
        for (int x = 0; x < cleaned.width(); ++x)
            worst = std::max(worst, std::abs(int(cleaned.constScanLine(y)[x]) - int(greyBack.constScanLine(y)[x])));
    CHECK(worst <= 255 / (kGreyTextLevels - 1) / 2 + 1);

    // Bilevel: CCITT G4 TIFF, 1 bit, exactly the thresholded page.
    const EncodedPage bw = encodeForStorage(cleaned, dpi, ColorMode::BlackWhite);
    INFO("bilevel " << bw.mime.toStdString() << " " << bw.bytes.size() << " bytes");
    CHECK(bw.mime == QStringLiteral("image/tiff"));
    CHECK(bw.bytes.size() <= 50 * 1024);
    const QImage bwBack = decodeStoredPage(bw.bytes);
    CHECK(bwBack.depth() == 1);
    CHECK(dpiOf(bwBack) == dpi);
    CHECK(sameBilevelPixels(bwBack, toBilevel(cleaned)));
    // A 1-bit page from elsewhere (black as colour 0) is stored as it is.
    const QImage qtMono = toGrey8(cleaned).convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
    CHECK(sameBilevelPixels(decodeStoredPage(encodeForStorage(qtMono, dpi, ColorMode::BlackWhite).bytes), qtMono));

    // A page with a photo on it goes to JPEG; a 300 dpi page is stored at 200 dpi.
    QImage withPhoto = renderTextPage(300, 8);
    {
        QPainter p(&withPhoto);
        QLinearGradient g(0, 0, px(80, 300), px(60, 300));
        g.setColorAt(0, QColor(60, 90, 140));
        g.setColorAt(1, QColor(200, 170, 120));
        p.fillRect(QRect(px(100, 300), px(150, 300), px(80, 300), px(60, 300)), g);
    }
    REQUIRE_FALSE(PageCompression::looksLikeText(withPhoto));
    const EncodedPage photo = encodeForStorage(withPhoto, 300, ColorMode::Gray);
    CHECK(photo.mime == QStringLiteral("image/jpeg"));
    CHECK(photo.dpi == 200);
    CHECK(photo.jpegQuality >= kMinGreyJpegQuality);
    const QImage photoBack = decodeStoredPage(photo.bytes);
    CHECK(std::abs(photoBack.width() - withPhoto.width() * 2 / 3) <= 1);
    CHECK(photoBack.isGrayscale());
    CHECK(dpiOf(photoBack) == 200);
    const EncodedPage colour = encodeForStorage(withPhoto, 300, ColorMode::Color);
    CHECK(colour.mime == QStringLiteral("image/jpeg"));
    CHECK(colour.jpegQuality == kColorJpegQuality);
    CHECK_FALSE(decodeStoredPage(colour.bytes).isGrayscale());

    CHECK(decodeStoredPage(QByteArray()).isNull());
    CHECK(decodeStoredPage(QByteArrayLiteral("II*\0garbage")).isNull());
}

TEST_CASE("Bilevel conversion keeps text black and shaded paper white")
{
    QImage page = renderTextPage(100, 10);
    {
        // Shade the right third of the page as a book's spine does.
        QPainter p(&page);
        p.setCompositionMode(QPainter::CompositionMode_Multiply);
        p.fillRect(QRect(page.width() * 2 / 3, 0, page.width() / 3, page.height()), QColor(150, 150, 150));
    }
    const QImage bw = toBilevel(page);
    REQUIRE(bw.format() == QImage::Format_Mono);
    const QImage grey = bw.convertToFormat(QImage::Format_Grayscale8);
    auto inkShare = [&](const QRect &r) {
        qint64 ink = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                ink += grey.constScanLine(y)[x] == 0 ? 1 : 0;
        return double(ink) / (double(r.width()) * r.height());
    };
    // Empty paper below the text, plain and shaded, stays white.
    CHECK(inkShare(QRect(10, page.height() - 60, page.width() / 2, 50)) < 0.001);
    CHECK(inkShare(QRect(page.width() * 2 / 3 + 10, page.height() - 60, page.width() / 3 - 20, 50)) < 0.001);
    // The registration square is solid black.
    CHECK(inkShare(QRect(px(21, 100), px(16, 100), px(6, 100), px(6, 100))) > 0.99);
}

TEST_CASE("OCR reads the NIK off a KTP-like card, slightly rotated")
{
    QPointF nikCentre;
    const QImage ktp = renderKtp(QStringLiteral("3302275505900003"), 1.5, &nikCentre);
    const std::optional<NikReading> reading = readNik(ktp);
    REQUIRE(reading);
    INFO("confidence " << reading->confidence);
    CHECK(reading->nik == QStringLiteral("3302275505900003"));
    CHECK(reading->labelled);
    CHECK(reading->confidence > 0.5);
    CHECK(reading->confidence <= 1.0);
    CHECK(reading->where.contains(nikCentre.toPoint()));

    // A NIK typed in a letter, next to its label.
    const std::optional<NikReading> inLetter = readNik(renderLetter({QStringLiteral("NIK : 3302271505900003")}));
    REQUIRE(inLetter);
    CHECK(inLetter->nik == QStringLiteral("3302271505900003"));

    // The same card photographed small (a phone picture, no resolution) and turned the other way.
    const QImage small = renderKtp(QStringLiteral("3302271505900003"), -1.0).scaledToWidth(700, Qt::SmoothTransformation);
    const std::optional<NikReading> fromSmall = readNik(small);
    REQUIRE(fromSmall);
    CHECK(fromSmall->nik == QStringLiteral("3302271505900003"));

    // Photographed with the phone held sideways, and upside down: still read, and the box points
    // at the number on the picture as given.
    for (const int turns : {1, 2, 3}) {
        INFO("quarter turns " << turns);
        const QImage turned = rotate90(ktp, turns);
        const std::optional<NikReading> sideways = readNik(turned);
        REQUIRE(sideways);
        CHECK(sideways->nik == QStringLiteral("3302275505900003"));
        const QPointF centre = turns == 1 ? QPointF(ktp.height() - nikCentre.y(), nikCentre.x())
                             : turns == 2 ? QPointF(ktp.width() - nikCentre.x(), ktp.height() - nikCentre.y())
                                          : QPointF(nikCentre.y(), ktp.width() - nikCentre.x());
        CHECK(sideways->where.contains(centre.toPoint()));
    }
}

TEST_CASE("OCR returns nothing rather than a wrong NIK")
{
    // A letter with dates, phone numbers and a letter number.
    CHECK_FALSE(readNik(renderLetter()));
    // 16 digits next to a NIK label that break the rules (month 13).
    CHECK_FALSE(readNik(renderKtp(QStringLiteral("3302271513900001"), 1.0)));
    // A family card number (which passes the NIK rules) next to its label.
    CHECK_FALSE(readNik(renderLetter({QStringLiteral("No. KK : 3302271505900003")})));
    // A blank page.
    QImage white(800, 600, QImage::Format_RGB32);
    white.fill(Qt::white);
    CHECK_FALSE(readNik(white));
}

TEST_CASE("OCR without the Indonesian language data fails with a clear message")
{
    QTemporaryDir empty;
    REQUIRE(empty.isValid());
    EnvGuard guard("TESSDATA_PREFIX");
    qputenv("TESSDATA_PREFIX", QFile::encodeName(empty.path()));
    try {
        (void)readNik(renderKtp(QStringLiteral("3302275505900003"), 0));
        FAIL("no error");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Storage);
        CHECK(e.message().contains(QStringLiteral("ind.traineddata")));
        CHECK(e.message().contains(empty.path()));
    }
}

TEST_CASE("Bad images: null, one pixel, extreme shapes")
{
    const QImage null;
    CHECK_THROWS_AS(process(null, 200), Error);
    CHECK_THROWS_AS(encodeForStorage(null, 200, ColorMode::Gray), Error);
    CHECK(estimateSkewDegrees(null) == 0);
    CHECK(findPaper(null).isNull());
    CHECK(autoCrop(null).isNull());
    CHECK(isBlank(null));
    CHECK(deskew(null, 3).isNull());
    CHECK(rotate90(null, 1).isNull());
    CHECK(toBilevel(null).isNull());
    CHECK_FALSE(readNik(null));

    QImage dot(1, 1, QImage::Format_RGB32);
    dot.fill(Qt::black);
    CHECK_THROWS_AS(process(dot, 0), Error);
    for (ColorMode mode : {ColorMode::Color, ColorMode::Gray, ColorMode::BlackWhite}) {
        ProcessOptions options;
        options.mode = mode;
        const ProcessedPage out = process(dot, 300, options);
        CHECK(out.image.size() == QSize(1, 1));
        const EncodedPage encoded = encodeForStorage(out.image, out.dpi, mode);
        CHECK(decode(encoded.bytes).size() == QSize(1, 1));
    }
    CHECK(findPaper(dot) == dot.rect());
    CHECK_FALSE(readNik(dot));

    for (const QSize size : {QSize(6000, 40), QSize(40, 6000), QSize(3000, 1)}) {
        QImage strip(size, QImage::Format_Grayscale8);
        strip.fill(200);
        CHECK(estimateSkewDegrees(strip) == 0);
        CHECK(findPaper(strip) == strip.rect());
        const ProcessedPage out = process(strip, 300);
        CHECK_FALSE(out.image.isNull());
        CHECK(deskew(strip, 2).size() == size);
        CHECK_FALSE(encodeForStorage(strip, 300, ColorMode::BlackWhite).bytes.isEmpty());
    }
}

TEST_CASE("Colour mode names match the scan modes")
{
    for (ColorMode mode : {ColorMode::Color, ColorMode::Gray, ColorMode::BlackWhite})
        CHECK(colorModeFromName(colorModeName(mode)) == mode);
    CHECK(colorModeFromName(QStringLiteral("Grey")) == ColorMode::Gray);
    CHECK_FALSE(colorModeFromName(QStringLiteral("sepia")));
}
