#include "PageCompression.h"

#include "ImageTools.h"
#include "common/Error.h"

#include <QBuffer>
#include <QImageWriter>
#include <algorithm>
#include <memory>

#include <leptonica/allheaders.h>

namespace loket {

namespace {

constexpr double kA4SquareInches = (210.0 / 25.4) * (297.0 / 25.4);
constexpr int kBlock = 16;                  // block size for looksLikeText
constexpr int kPictorialBlockShare = 50;    // % of mid-grey pixels that make a block pictorial
constexpr int kPictorialPageShare = 2;      // % of pictorial blocks that make a page pictorial
constexpr int kPngQuality = 20;             // Qt's PNG "quality" 20 is zlib level 7: within 5 % of
                                            // level 9's size at a fifth of its time

bool isBilevel(const QImage &image)
{
    return image.format() == QImage::Format_Mono || image.format() == QImage::Format_MonoLSB;
}

// The byte budget of a grey page: kGreyA4Budget for A4 and anything smaller, pro rata above.
qint64 greyBudget(const QSize &pixels, int dpi)
{
    const double squareInches = double(pixels.width()) * pixels.height() / (double(dpi) * dpi);
    return qint64(double(kGreyA4Budget) * std::max(1.0, squareInches / kA4SquareInches));
}

QByteArray writeWithQt(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    if (!writer.write(image))
        throw Error::storage(PageCompression::tr("Halaman tidak bisa disimpan sebagai %1: %2")
                                 .arg(QString::fromLatin1(format).toUpper(), writer.errorString()));
    return bytes;
}

// Grey image reduced to `levels` evenly spaced grey levels, as an 8-bit palette image.
QImage posterised(const QImage &grey8, int levels)
{
    QImage out(grey8.size(), QImage::Format_Indexed8);
    QList<QRgb> table;
    for (int i = 0; i < levels; ++i) {
        const int v = i * 255 / (levels - 1);
        table << qRgb(v, v, v);
    }
    out.setColorTable(table);
    uchar lut[256];
    for (int v = 0; v < 256; ++v)
        lut[v] = uchar((v * (levels - 1) + 127) / 255);
    for (int y = 0; y < grey8.height(); ++y) {
        const uchar *in = grey8.constScanLine(y);
        uchar *o = out.scanLine(y);
        for (int x = 0; x < grey8.width(); ++x)
            o[x] = lut[in[x]];
    }
    out.setDotsPerMeterX(grey8.dotsPerMeterX());
    out.setDotsPerMeterY(grey8.dotsPerMeterY());
    return out;
}

// ---- TIFF G4 through Leptonica ------------------------------------------------------------------

struct PixDeleter
{
    void operator()(PIX *pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

// Leptonica 1 bpp: 1 is black, pixels MSB first in 32-bit words stored in the machine's order.
PixPtr pixFromMono(const QImage &mono, int dpi)
{
    const QImage msb = mono.format() == QImage::Format_Mono ? mono : mono.convertToFormat(QImage::Format_Mono);
    const bool oneIsBlack = msb.colorCount() < 2 || qGray(msb.color(1)) < qGray(msb.color(0));
    PixPtr pix(pixCreate(msb.width(), msb.height(), 1));
    if (!pix)
        return pix;
    const int wpl = pixGetWpl(pix.get());
    l_uint32 *data = pixGetData(pix.get());
    const int usedBytes = (msb.width() + 7) / 8;
    const int tailBits = msb.width() % 8;
    for (int y = 0; y < msb.height(); ++y) {
        const uchar *row = msb.constScanLine(y);
        l_uint32 *words = data + size_t(y) * size_t(wpl);
        for (int i = 0; i < wpl * 4; ++i) {
            uchar b = i < usedBytes ? row[i] : 0;
            if (!oneIsBlack && i < usedBytes)
                b = uchar(~b);
            if (i == usedBytes - 1 && tailBits)
                b &= uchar(0xff << (8 - tailBits));
            if (i % 4 == 0)
                words[i / 4] = 0;
            words[i / 4] |= l_uint32(b) << (24 - 8 * (i % 4));
        }
    }
    pixSetResolution(pix.get(), dpi, dpi);
    return pix;
}

QByteArray writeG4Tiff(const QImage &mono, int dpi)
{
    const PixPtr pix = pixFromMono(mono, dpi);
    l_uint8 *data = nullptr;
    size_t size = 0;
    if (!pix || pixWriteMemTiff(&data, &size, pix.get(), IFF_TIFF_G4) != 0 || !data)
        throw Error::storage(PageCompression::tr("Halaman hitam-putih tidak bisa disimpan sebagai TIFF G4."));
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    lept_free(data);
    return bytes;
}

QImage imageFromPix(PIX *pix)
{
    const int w = pixGetWidth(pix), h = pixGetHeight(pix);
    QImage out;
    if (pixGetDepth(pix) == 1) {
        out = QImage(w, h, QImage::Format_Mono);
        out.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
        const int wpl = pixGetWpl(pix);
        const l_uint32 *data = pixGetData(pix);
        for (int y = 0; y < h; ++y) {
            uchar *row = out.scanLine(y);
            for (int i = 0; i < (w + 7) / 8; ++i)
                row[i] = uchar(data[size_t(y) * size_t(wpl) + size_t(i / 4)] >> (24 - 8 * (i % 4)));
        }
    } else {
        const PixPtr rgb(pixConvertTo32(pix));
        if (!rgb)
            return {};
        out = QImage(w, h, QImage::Format_RGB32);
        const int wpl = pixGetWpl(rgb.get());
        const l_uint32 *data = pixGetData(rgb.get());
        for (int y = 0; y < h; ++y) {
            QRgb *row = reinterpret_cast<QRgb *>(out.scanLine(y));
            for (int x = 0; x < w; ++x) {
                const l_uint32 v = data[size_t(y) * size_t(wpl) + size_t(x)];
                row[x] = qRgb(int(v >> 24) & 0xff, int(v >> 16) & 0xff, int(v >> 8) & 0xff);
            }
        }
    }
    setDpi(out, pixGetXRes(pix));
    return out;
}

bool isTiff(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("II*\0")) || bytes.startsWith(QByteArrayLiteral("MM\0*"));
}

// ---- encoding per mode ----------------------------------------------------------------------------

void encodeGrey(const QImage &page, int forcedQuality, EncodedPage *out)
{
    QImage grey = toGrey8(page);
    setDpi(grey, out->dpi);
    const qint64 budget = greyBudget(grey.size(), out->dpi);
    if (forcedQuality == 0 && PageCompression::looksLikeText(grey)) {
        for (int levels : {kGreyTextLevels, kMinGreyTextLevels}) {
            out->greyLevels = levels;
            out->bytes = writeWithQt(posterised(grey, levels), "png", kPngQuality);
            out->mime = QStringLiteral("image/png");
            if (out->bytes.size() <= budget)
                return;
        }
        out->greyLevels = 0;   // a very dense page: JPEG after all
    }
    out->jpegQuality = forcedQuality > 0 ? forcedQuality : kGreyJpegQuality;
    out->bytes = writeWithQt(grey, "jpeg", out->jpegQuality);
    while (forcedQuality == 0 && out->bytes.size() > budget && out->jpegQuality > kMinGreyJpegQuality) {
        out->jpegQuality = std::max(kMinGreyJpegQuality, out->jpegQuality - 5);
        out->bytes = writeWithQt(grey, "jpeg", out->jpegQuality);
    }
    out->mime = QStringLiteral("image/jpeg");
}

} // namespace

EncodedPage PageCompression::encode(const QImage &page, int dpi, ColorMode mode, int targetDpi, int jpegQuality)
{
    if (page.isNull())
        throw Error::invalid(tr("Gambar halaman kosong: tidak ada yang bisa disimpan."));
    if (dpi <= 0)
        throw Error::invalid(tr("Resolusi halaman harus lebih dari 0 dpi (tertulis %1).").arg(dpi));
    if (jpegQuality < 0 || jpegQuality > 100)
        throw Error::invalid(tr("Mutu JPEG harus 1–100 (tertulis %1).").arg(jpegQuality));

    EncodedPage out;
    out.mode = mode;
    out.dpi = targetDpi > 0 ? std::min(dpi, targetDpi) : dpi;
    QImage image = resampledToDpi(page, dpi, out.dpi);
    switch (mode) {
    case ColorMode::Color:
        image = toRgb32(image);
        setDpi(image, out.dpi);
        out.jpegQuality = jpegQuality > 0 ? jpegQuality : kColorJpegQuality;
        out.bytes = writeWithQt(image, "jpeg", out.jpegQuality);
        out.mime = QStringLiteral("image/jpeg");
        break;
    case ColorMode::Gray:
        encodeGrey(image, jpegQuality, &out);
        break;
    case ColorMode::BlackWhite:
        if (!isBilevel(image))
            image = toBilevel(image);
        out.bytes = writeG4Tiff(image, out.dpi);
        out.mime = QStringLiteral("image/tiff");
        break;
    }
    out.pixels = image.size();
    return out;
}

bool PageCompression::looksLikeText(const QImage &page)
{
    const QImage grey = toGrey8(page);
    if (grey.isNull())
        return true;
    qint64 blocks = 0, pictorial = 0;
    for (int by = 0; by + kBlock <= grey.height(); by += kBlock)
        for (int bx = 0; bx + kBlock <= grey.width(); bx += kBlock) {
            int mid = 0;
            for (int y = by; y < by + kBlock; ++y) {
                const uchar *row = grey.constScanLine(y);
                for (int x = bx; x < bx + kBlock; ++x)
                    mid += row[x] >= 64 && row[x] < 192 ? 1 : 0;
            }
            ++blocks;
            pictorial += mid * 100 > kPictorialBlockShare * kBlock * kBlock ? 1 : 0;
        }
    return pictorial * 100 <= kPictorialPageShare * blocks;
}

QImage PageCompression::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    if (!isTiff(bytes))
        return QImage::fromData(bytes);
    const PixPtr pix(pixReadMemTiff(reinterpret_cast<const l_uint8 *>(bytes.constData()), size_t(bytes.size()), 0));
    return pix ? imageFromPix(pix.get()) : QImage();
}

} // namespace loket
