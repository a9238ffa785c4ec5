#include "ImageHeader.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QSet>

namespace loket {

namespace {

class TiffBytes
{
public:
    TiffBytes(const QByteArray &b, bool bigEndian)
        : m_b(b), m_big(bigEndian)
    {
    }
    bool has(qint64 offset, qint64 size) const { return offset >= 0 && size >= 0 && offset + size <= m_b.size(); }
    quint32 u16(qint64 o) const { return m_big ? (byte(o) << 8) | byte(o + 1) : byte(o) | (byte(o + 1) << 8); }
    quint32 u32(qint64 o) const
    {
        return m_big ? (byte(o) << 24) | (byte(o + 1) << 16) | (byte(o + 2) << 8) | byte(o + 3)
                     : byte(o) | (byte(o + 1) << 8) | (byte(o + 2) << 16) | (byte(o + 3) << 24);
    }

private:
    quint32 byte(qint64 o) const { return quint8(m_b.at(qsizetype(o))); }
    const QByteArray &m_b;
    bool m_big;
};

constexpr int kShort = 3;
constexpr int kLong = 4;

} // namespace

DeclaredImage ImageHeader::readTiff(const QByteArray &bytes, int maxPages)
{
    DeclaredImage out;
    if (bytes.size() < 8 || !(bytes.startsWith("II") || bytes.startsWith("MM"))) {
        out.error = QStringLiteral("header");
        return out;
    }
    const TiffBytes t(bytes, bytes.startsWith("MM"));
    if (t.u16(2) != 42) {
        out.error = QStringLiteral("header");
        return out;
    }
    // First the chain alone (two reads per directory), so a file declaring thousands of pages is
    // counted without looking into any of them.
    QList<qint64> directories;
    QSet<qint64> seen;
    qint64 offset = t.u32(4);
    while (offset != 0 && directories.size() <= kMaxCountedPages) {
        if (!t.has(offset, 2) || seen.contains(offset)) {
            out.error = seen.contains(offset) ? QStringLiteral("loop") : QStringLiteral("directory");
            return out;
        }
        const qint64 entries = t.u16(offset);
        if (!t.has(offset + 2, entries * 12 + 4)) {
            out.error = QStringLiteral("directory");
            return out;
        }
        seen.insert(offset);
        directories << offset;
        offset = t.u32(offset + 2 + entries * 12);
    }
    out.pageCount = int(directories.size());
    if (directories.isEmpty()) {
        out.error = QStringLiteral("directory");
        return out;
    }
    if (out.pageCount > maxPages)
        return out;
    for (const qint64 dir : std::as_const(directories)) {
        const qint64 entries = t.u16(dir);
        qint64 width = 0, height = 0, samples = 1, bits = 1;
        for (qint64 e = 0; e < entries; ++e) {
            const qint64 entry = dir + 2 + e * 12;
            const quint32 tag = t.u16(entry);
            const quint32 type = t.u16(entry + 2);
            const quint32 count = t.u32(entry + 4);
            // The first value: inline for one SHORT or LONG, and for up to two SHORTs.
            qint64 value = -1;
            if (type == kShort && count >= 1 && count <= 2)
                value = t.u16(entry + 8);
            else if (type == kLong && count == 1)
                value = t.u32(entry + 8);
            else if (type == kShort && count > 2 && t.has(t.u32(entry + 8), 2))
                value = t.u16(t.u32(entry + 8));   // BitsPerSample of RGB: the values sit elsewhere
            if (tag == 256)
                width = value;
            else if (tag == 257)
                height = value;
            else if (tag == 258)
                bits = value;
            else if (tag == 277)
                samples = value;
        }
        if (width <= 0 || height <= 0 || width > 0x7fffffff || height > 0x7fffffff) {
            out.error = QStringLiteral("size");
            return out;
        }
        DeclaredPage page;
        page.size = QSize(int(width), int(height));
        if (samples == 1 && bits == 1)
            page.bitsPerPixel = 1;
        else if (samples == 1 && bits <= 8)
            page.bitsPerPixel = 8;
        else if (samples == 1)
            page.bitsPerPixel = 16;
        else
            page.bitsPerPixel = bits > 8 ? 64 : 32;
        out.pages << page;
    }
    return out;
}

DeclaredImage ImageHeader::read(const QByteArray &bytes, const QString &mime, int maxPages)
{
    if (mime == QStringLiteral("image/tiff"))
        return readTiff(bytes, maxPages);
    // JPEG and PNG hold one image; Qt reads its size and format from the header (SOF, IHDR).
    DeclaredImage out;
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, mime == QStringLiteral("image/png") ? QByteArrayLiteral("png") : QByteArrayLiteral("jpeg"));
    DeclaredPage page;
    page.size = reader.size();
    if (!page.size.isValid() || page.size.isEmpty()) {
        out.error = QStringLiteral("size");
        return out;
    }
    const QImage::Format format = reader.imageFormat();
    if (format != QImage::Format_Invalid)
        page.bitsPerPixel = std::max(int(QImage::toPixelFormat(format).bitsPerPixel()), 1);
    out.pageCount = 1;
    out.pages << page;
    return out;
}

} // namespace loket
