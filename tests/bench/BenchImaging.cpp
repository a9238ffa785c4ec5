// Page processing of one A4 text page scanned at 300 dpi (turned 2° on a darker bed with noise):
// milliseconds per step (median of 5) and in total, bytes stored per page at the defaults (grey
// JPEG, bilevel PNG) next to the same page as 8-bit grey PNG, reading a NIK off a KTP (upright and
// turned), and drawing a resident's 10-page PDF for the viewer (a page, the thumbnails).
#include "documents/PdfDocument.h"
#include "imaging/ImageTools.h"
#include "imaging/NikOcr.h"
#include "imaging/PageCompression.h"
#include "imaging/PageProcessing.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <vector>

using namespace loket;

namespace {

constexpr int kScanDpi = 300;
constexpr int kRuns = 5;

int px(double mm, int dpi)
{
    return int(std::lround(mm / 25.4 * dpi));
}

QFont font(double points, int dpi, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(int(std::lround(points / 72.0 * dpi)));
    f.setBold(bold);
    return f;
}

// A full A4 letter: heading and 40 lines of 11 pt text.
QImage renderTextPage(int dpi)
{
    const QStringList text = {
        QStringLiteral("Yang bertanda tangan di bawah ini Kepala Desa Karangwangkal, Kecamatan"),
        QStringLiteral("Purwokerto Utara, Kabupaten Banyumas, menerangkan dengan sebenarnya bahwa"),
        QStringLiteral("warga tersebut di atas adalah benar penduduk desa kami dan berdomisili"),
        QStringLiteral("di alamat tersebut sejak tahun 2015 sampai dengan sekarang."),
        QStringLiteral("Surat keterangan ini dibuat untuk keperluan permohonan Kartu Keluarga"),
        QStringLiteral("baru dan dapat dipergunakan sebagaimana mestinya. Demikian surat ini"),
        QStringLiteral("kami buat agar dapat dipergunakan seperlunya, dan kepada pihak yang"),
        QStringLiteral("berkepentingan harap menjadi maklum."),
    };
    QImage page(px(210, dpi), px(297, dpi), QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(Qt::black);
    p.setFont(font(14, dpi, true));
    p.drawText(QPoint(px(25, dpi), px(30, dpi)), QStringLiteral("SURAT KETERANGAN DOMISILI"));
    p.setFont(font(11, dpi));
    for (int i = 0; i < 40; ++i)
        p.drawText(QPointF(px(25, dpi), px(45, dpi) + i * 11 / 72.0 * dpi * 1.5), text[i % text.size()]);
    return page;
}

void addNoise(QImage &image, double sigma, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0, float(sigma));
    for (int y = 0; y < image.height(); ++y) {
        QRgb *row = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int d = int(std::lround(noise(rng)));
            row[x] = qRgb(std::clamp(qRed(row[x]) + d, 0, 255), std::clamp(qGreen(row[x]) + d, 0, 255),
                          std::clamp(qBlue(row[x]) + d, 0, 255));
        }
    }
}

QImage onScannerBed(const QImage &page, double degrees)
{
    QImage bed(page.width() + 200, page.height() + 160, QImage::Format_RGB32);
    bed.fill(QColor(72, 72, 76));
    QPainter p(&bed);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(bed.width() / 2.0, bed.height() / 2.0);
    p.rotate(degrees);
    p.drawImage(QPointF(-page.width() / 2.0, -page.height() / 2.0), page);
    p.end();
    addNoise(bed, 5, 1);
    return bed;
}

QImage renderKtp()
{
    constexpr int dpi = 300;
    QImage card(px(85.6, dpi), px(54, dpi), QImage::Format_RGB32);
    card.fill(QColor(200, 224, 245));
    QPainter p(&card);
    p.setPen(Qt::black);
    p.setFont(font(9.5, dpi, true));
    p.drawText(QRect(0, px(2.5, dpi), card.width(), px(5, dpi)), Qt::AlignHCenter, QStringLiteral("PROVINSI JAWA TENGAH"));
    p.drawText(QRect(0, px(7, dpi), card.width(), px(5, dpi)), Qt::AlignHCenter, QStringLiteral("KABUPATEN BANYUMAS"));
    p.setFont(font(13, dpi, true));
    p.drawText(QPointF(px(4, dpi), px(18, dpi)), QStringLiteral("NIK  :  3302275505900003"));
    p.setFont(font(7.5, dpi));
    p.drawText(QPointF(px(4, dpi), px(24.5, dpi)), QStringLiteral("Nama                    : SITI RAHAYU"));
    p.drawText(QPointF(px(4, dpi), px(28, dpi)), QStringLiteral("Tempat/Tgl Lahir   : BANYUMAS, 15-05-1990"));
    p.fillRect(QRectF(px(63, dpi), px(22, dpi), px(19, dpi), px(25, dpi)), QColor(150, 150, 160));
    p.end();
    QImage scan(card.width() + 140, card.height() + 140, QImage::Format_RGB32);
    scan.fill(QColor(238, 238, 236));
    QPainter s(&scan);
    s.setRenderHint(QPainter::SmoothPixmapTransform);
    s.translate(scan.width() / 2.0, scan.height() / 2.0);
    s.rotate(1.5);
    s.drawImage(QPointF(-card.width() / 2.0, -card.height() / 2.0), card);
    s.end();
    addNoise(scan, 3, 2);
    return scan;
}

// Median milliseconds of kRuns calls.
double medianMs(const std::function<void()> &step, int runs = kRuns)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        step();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// PNG at zlib's strongest setting: 8-bit grey, or 1-bit for a Mono image.
QByteArray greyPng(const QImage &page)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setQuality(0);
    writer.write(page.depth() == 1 ? page : toGrey8(page));
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    const QImage scan = onScannerBed(renderTextPage(kScanDpi), 2.0);
    const int dpi = kDefaultStorageDpi;

    // The steps of process() one by one, on the images each step gets there.
    QImage work;
    const double tResample = medianMs([&] { work = resampledToDpi(toGrey8(scan), kScanDpi, dpi); });
    QRect paper;
    const double tFind = medianMs([&] { paper = findPaper(work); });
    const QImage part = work.copy(paper.adjusted(-60, -60, 60, 60).intersected(work.rect()));
    double skew = 0;
    const double tSkew = medianMs([&] { skew = estimateSkewDegrees(part); });
    QImage straight;
    const double tDeskew = medianMs([&] { straight = deskew(part, skew, QColor(72, 72, 76)); });
    QImage cropped;
    const double tCrop = medianMs([&] { cropped = autoCrop(straight); });
    bool blank = false;
    const double tBlank = medianMs([&] { blank = isBlank(cropped); });
    QImage clean;
    const double tClean = medianMs([&] { clean = whitenBackground(cropped); });
    EncodedPage grey, bw;
    const double tGrey = medianMs([&] { grey = encodeForStorage(clean, dpi, ColorMode::Gray); });
    const double tBw = medianMs([&] { bw = encodeForStorage(clean, dpi, ColorMode::BlackWhite); });
    QByteArray png;
    const double tPng = medianMs([&] { png = greyPng(clean); });
    const EncodedPage jpeg75 = PageCompression::encode(clean, dpi, ColorMode::Gray, dpi, kGreyJpegQuality);
    const QByteArray bilevelPng = greyPng(toBilevel(clean).convertToFormat(QImage::Format_Mono));
    const double tTotalGrey = medianMs([&] { encodeForStorage(process(scan, kScanDpi).image, dpi, ColorMode::Gray); });

    std::printf("one A4 text page scanned at %d dpi (%d×%d, turned 2° on a dark bed, noise), stored at %d dpi\n",
                kScanDpi, scan.width(), scan.height(), dpi);
    std::printf("  step                          ms (median of %d)\n", kRuns);
    std::printf("  resample %d→%d dpi, grey    %8.1f\n", kScanDpi, dpi, tResample);
    std::printf("  find paper                   %8.1f\n", tFind);
    std::printf("  measure skew                 %8.1f   (%.2f°)\n", tSkew, skew);
    std::printf("  deskew                       %8.1f\n", tDeskew);
    std::printf("  crop to paper                %8.1f   (%d×%d)\n", tCrop, cropped.width(), cropped.height());
    std::printf("  blank check                  %8.1f   (%s)\n", tBlank, blank ? "blank" : "not blank");
    std::printf("  whiten background            %8.1f\n", tClean);
    std::printf("  encode grey (default)        %8.1f\n", tGrey);
    std::printf("  encode bilevel G4 TIFF       %8.1f   (threshold included)\n", tBw);
    std::printf("  encode grey 8-bit PNG        %8.1f   (for comparison)\n", tPng);
    std::printf("  total process() + encode grey %8.1f\n", tTotalGrey);
    std::printf("stored bytes per A4 text page at %d dpi\n", dpi);
    const QString greyKind = grey.greyLevels > 0 ? QStringLiteral("%1-level PNG").arg(grey.greyLevels)
                                                 : QStringLiteral("JPEG q%1").arg(grey.jpegQuality);
    std::printf("  grey, default (%-13s)  %8.1f KB   target <= 150 KB\n", qPrintable(greyKind), grey.bytes.size() / 1024.0);
    std::printf("  bilevel, default (G4 TIFF)   %8.1f KB   target <=  50 KB\n", bw.bytes.size() / 1024.0);
    std::printf("  grey JPEG q%d                %8.1f KB   (for comparison)\n", kGreyJpegQuality, jpeg75.bytes.size() / 1024.0);
    std::printf("  bilevel 1-bit PNG            %8.1f KB   (for comparison)\n", bilevelPng.size() / 1024.0);
    std::printf("  grey 8-bit PNG (lossless)    %8.1f KB   (for comparison)\n", png.size() / 1024.0);

    const QImage ktp = renderKtp();
    std::optional<NikReading> nik;
    const double tOcr = medianMs([&] { nik = readNik(ktp); }, 3);
    std::printf("NIK OCR on a KTP-like card at 300 dpi (%d×%d, turned 1.5°)\n", ktp.width(), ktp.height());
    std::printf("  %8.1f ms (median of 3), %s, confidence %.2f\n", tOcr,
                nik ? qPrintable(nik->nik) : "nothing found", nik ? nik->confidence : 0.0);
    const QImage sideways = rotate90(ktp, 3);
    const double tOcrTurned = medianMs([&] { nik = readNik(sideways); }, 3);
    std::printf("  %8.1f ms (median of 3) for the same card photographed turned a quarter anticlockwise, %s\n",
                tOcrTurned, nik ? qPrintable(nik->nik) : "nothing found");

    // A resident's 10-page PDF (text pages, as a letter from the kelurahan), drawn for the viewer.
    QByteArray pdfBytes;
    {
        QBuffer buffer(&pdfBytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        for (int i = 0; i < 10; ++i) {
            if (i > 0)
                writer.newPage();
            QFont font(QStringLiteral("DejaVu Serif"));
            font.setPointSize(11);
            painter.setFont(font);
            for (int line = 0; line < 45; ++line)
                painter.drawText(0, 60 * (line + 1), QStringLiteral("Halaman %1, baris %2: Yang bertanda tangan di bawah ini "
                                                                    "Lurah Purwanegara menerangkan bahwa").arg(i + 1).arg(line + 1));
        }
    }
    std::unique_ptr<PdfDocument> pdf;
    const double tOpen = medianMs([&] { pdf = std::make_unique<PdfDocument>(pdfBytes); });
    QImage drawn;
    const double tPage = medianMs([&] { drawn = pdf->render(0, 150); });
    const double tThumbs = medianMs([&] {
        for (int i = 0; i < pdf->pageCount(); ++i)
            pdf->renderToFit(i, QSize(110, 110));
    });
    std::printf("a 10-page text PDF (%.0f KB) in the viewer\n", pdfBytes.size() / 1024.0);
    std::printf("  open and count pages          %8.1f ms\n", tOpen);
    std::printf("  draw one page at 150 dpi      %8.1f ms   (%d×%d)\n", tPage, drawn.width(), drawn.height());
    std::printf("  draw all 10 thumbnails        %8.1f ms\n", tThumbs);
    return 0;
}
