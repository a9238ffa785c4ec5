#include "SaneFrames.h"

#include <cmath>
#include <cstring>

namespace loket {

QImage assembleFrames(const QList<SaneFrame> &frames, int dpi)
{
    const SANE_Parameters &p = frames.constLast().params;
    const qsizetype bpl = p.bytes_per_line;
    const int width = p.pixels_per_line;
    const int depth = p.depth;
    int lines = int(frames.constFirst().data.size() / bpl);
    for (const SaneFrame &f : frames)
        lines = std::min(lines, int(f.data.size() / bpl));
    if (lines <= 0 || width <= 0)
        return {};

    auto sample = [depth](const uchar *row, int i) -> uchar {
        if (depth == 16) {
            quint16 v;
            std::memcpy(&v, row + 2 * i, 2);   // native byte order, as SANE sends it
            return uchar(v >> 8);
        }
        if (depth == 1)
            return (row[i / 8] & (0x80 >> (i % 8))) ? 255 : 0;
        return row[i];
    };

    QImage image;
    if (frames.size() == 1 && p.format == SANE_FRAME_GRAY && depth == 1) {
        image = QImage(width, lines, QImage::Format_Mono);
        image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});   // SANE line art: 1 is black
        const qsizetype rowBytes = (width + 7) / 8;
        for (int y = 0; y < lines; ++y)
            std::memcpy(image.scanLine(y), frames.constFirst().data.constData() + y * bpl, size_t(rowBytes));
    } else if (frames.size() == 1 && p.format == SANE_FRAME_GRAY) {
        image = QImage(width, lines, QImage::Format_Grayscale8);
        for (int y = 0; y < lines; ++y) {
            const auto *row = reinterpret_cast<const uchar *>(frames.constFirst().data.constData() + y * bpl);
            uchar *out = image.scanLine(y);
            for (int x = 0; x < width; ++x)
                out[x] = sample(row, x);
        }
    } else if (frames.size() == 1 && p.format == SANE_FRAME_RGB) {
        image = QImage(width, lines, QImage::Format_RGB888);
        for (int y = 0; y < lines; ++y) {
            const auto *row = reinterpret_cast<const uchar *>(frames.constFirst().data.constData() + y * bpl);
            uchar *out = image.scanLine(y);
            for (int x = 0; x < width * 3; ++x)
                out[x] = sample(row, x);
        }
    } else {
        // Three-pass colour: one frame per channel, in the order the device sent them.
        image = QImage(width, lines, QImage::Format_RGB888);
        image.fill(Qt::black);
        for (const SaneFrame &f : frames) {
            const int channel = f.params.format == SANE_FRAME_RED ? 0 : f.params.format == SANE_FRAME_GREEN ? 1 : 2;
            for (int y = 0; y < lines; ++y) {
                const auto *row = reinterpret_cast<const uchar *>(f.data.constData() + y * bpl);
                uchar *out = image.scanLine(y);
                for (int x = 0; x < width; ++x)
                    out[3 * x + channel] = sample(row, x);
            }
        }
    }
    const int dotsPerMetre = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    return image;
}

bool validFrameParameters(const SANE_Parameters &p)
{
    if (p.depth != 1 && p.depth != 8 && p.depth != 16)
        return false;
    if (p.pixels_per_line <= 0 || p.pixels_per_line > 100000 || p.bytes_per_line <= 0 || p.lines > 200000)
        return false;
    const qint64 channels = p.format == SANE_FRAME_RGB ? 3 : 1;
    return qint64(p.bytes_per_line) * 8 >= qint64(p.pixels_per_line) * p.depth * channels;
}

} // namespace loket
