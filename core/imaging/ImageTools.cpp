#include "ImageTools.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace loket {

namespace {

constexpr double kInchesPerMetre = 1.0 / 0.0254;
constexpr double kBilevelStrokeMm = 1.5;        // ink strokes up to twice this wide are seen as ink
constexpr int kBilevelContrastPercent = 30;     // ink: this much darker than the paper around it

// Formats that smooth scaling and painting handle directly; others are converted first.
QImage normalisedForScaling(const QImage &image)
{
    switch (image.format()) {
    case QImage::Format_Grayscale8:
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        return image;
    default:
        return image.allGray() ? toGrey8(image) : image.convertToFormat(QImage::Format_RGB32);
    }
}

// Source pixels and their weights (16.16 fixed point, summing to 65536) that make up each output
// pixel of an area-averaging reduction from `from` to `to` pixels along one axis.
struct Taps
{
    std::vector<int> first;
    std::vector<std::vector<int>> weights;
};

Taps areaTaps(int from, int to)
{
    Taps taps;
    const double step = double(from) / to;
    for (int o = 0; o < to; ++o) {
        const double begin = o * step, end = std::min(double(from), (o + 1) * step);
        const int first = int(std::floor(begin));
        const int last = std::min(from - 1, int(std::ceil(end)) - 1);
        std::vector<int> w;
        int sum = 0;
        for (int i = first; i <= last; ++i) {
            const double cover = std::min(end, i + 1.0) - std::max(begin, double(i));
            const int weight = int(std::lround(cover / (end - begin) * 65536));
            w.push_back(weight);
            sum += weight;
        }
        w.back() += 65536 - sum;
        taps.first.push_back(first);
        taps.weights.push_back(std::move(w));
    }
    return taps;
}

// Area-averaging reduction of a Grayscale8 image (what a coarser scanner sensor would see).
QImage areaDownscaleGrey(const QImage &grey8, const QSize &size)
{
    const Taps across = areaTaps(grey8.width(), size.width());
    const Taps down = areaTaps(grey8.height(), size.height());
    std::vector<quint32> rows(size_t(grey8.height()) * size_t(size.width()));   // 8.16 fixed point
    for (int y = 0; y < grey8.height(); ++y) {
        const uchar *in = grey8.constScanLine(y);
        quint32 *out = &rows[size_t(y) * size_t(size.width())];
        for (int x = 0; x < size.width(); ++x) {
            const uchar *src = in + across.first[size_t(x)];
            quint32 acc = 0;
            for (size_t k = 0; k < across.weights[size_t(x)].size(); ++k)
                acc += quint32(src[k]) * quint32(across.weights[size_t(x)][k]);
            out[x] = acc;
        }
    }
    QImage result(size, QImage::Format_Grayscale8);
    std::vector<quint64> acc(size_t(size.width()));
    for (int y = 0; y < size.height(); ++y) {
        std::fill(acc.begin(), acc.end(), 0);
        for (size_t k = 0; k < down.weights[size_t(y)].size(); ++k) {
            const quint32 *row = &rows[size_t(down.first[size_t(y)] + int(k)) * size_t(size.width())];
            const quint64 w = quint64(down.weights[size_t(y)][k]);
            for (int x = 0; x < size.width(); ++x)
                acc[size_t(x)] += row[x] * w;
        }
        uchar *out = result.scanLine(y);
        for (int x = 0; x < size.width(); ++x)
            out[x] = uchar(std::min<quint64>(255, (acc[size_t(x)] + (quint64(1) << 31)) >> 32));
    }
    return result;
}

// A grey raster as plain bytes, for the morphology below.
struct Grid
{
    int width = 0, height = 0;
    std::vector<uchar> px;
};

Grid gridOf(const QImage &grey8)
{
    Grid g{grey8.width(), grey8.height(), std::vector<uchar>(size_t(grey8.width()) * size_t(grey8.height()))};
    for (int y = 0; y < g.height; ++y)
        std::memcpy(&g.px[size_t(y) * size_t(g.width)], grey8.constScanLine(y), size_t(g.width));
    return g;
}

Grid transposed(const Grid &in)
{
    constexpr int kTile = 32;
    Grid out{in.height, in.width, std::vector<uchar>(in.px.size())};
    for (int y0 = 0; y0 < in.height; y0 += kTile)
        for (int x0 = 0; x0 < in.width; x0 += kTile)
            for (int y = y0; y < std::min(in.height, y0 + kTile); ++y)
                for (int x = x0; x < std::min(in.width, x0 + kTile); ++x)
                    out.px[size_t(x) * size_t(out.width) + size_t(y)] = in.px[size_t(y) * size_t(in.width) + size_t(x)];
    return out;
}

// Running maximum (or minimum) over 2r+1 pixels along each row, by van Herk/Gil-Werman: block
// prefix and suffix extremes on a row padded with r neutral pixels at each end.
void filterRows(Grid &g, int r, bool maximum)
{
    const int window = 2 * r + 1;
    const int n = g.width + 2 * r;
    const uchar neutral = maximum ? 0 : 255;
    auto pick = [maximum](uchar a, uchar b) { return maximum ? std::max(a, b) : std::min(a, b); };
    const size_t len = static_cast<size_t>(n);
    std::vector<uchar> line(len), prefix(len), suffix(len);
    for (int y = 0; y < g.height; ++y) {
        uchar *row = &g.px[size_t(y) * size_t(g.width)];
        std::fill(line.begin(), line.end(), neutral);
        std::memcpy(&line[size_t(r)], row, size_t(g.width));
        for (int i = 0; i < n; ++i)
            prefix[size_t(i)] = i % window == 0 ? line[size_t(i)] : pick(prefix[size_t(i) - 1], line[size_t(i)]);
        for (int i = n - 1; i >= 0; --i)
            suffix[size_t(i)] = (i % window == window - 1 || i == n - 1) ? line[size_t(i)] : pick(suffix[size_t(i) + 1], line[size_t(i)]);
        for (int x = 0; x < g.width; ++x)   // window [x, x + 2r] in padded coordinates
            row[x] = pick(suffix[size_t(x)], prefix[size_t(x) + 2 * size_t(r)]);
    }
}

// Grey closing (maximum, then minimum, over a (2r+1)² square): the paper as it would look without
// the ink strokes narrower than 2r, with the edges of larger areas (shading, boxes) kept in place.
Grid closing(const QImage &grey8, int r)
{
    Grid g = gridOf(grey8);
    filterRows(g, r, true);
    g = transposed(g);
    filterRows(g, r, true);
    filterRows(g, r, false);
    g = transposed(g);
    filterRows(g, r, false);
    return g;
}

} // namespace

QImage toGrey8(const QImage &image)
{
    if (image.isNull() || image.format() == QImage::Format_Grayscale8)
        return image;
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_Grayscale8);
    return toRgb32(image).convertToFormat(QImage::Format_Grayscale8);
}

QImage toRgb32(const QImage &image)
{
    if (image.isNull() || image.format() == QImage::Format_RGB32)
        return image;
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGB32);
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter p(&flat);
        p.drawImage(0, 0, image);
    }
    flat.setDotsPerMeterX(image.dotsPerMeterX());
    flat.setDotsPerMeterY(image.dotsPerMeterY());
    return flat;
}

GreyHistogram greyHistogram(const QImage &grey8, const QRect &area)
{
    GreyHistogram h{};
    if (grey8.isNull())
        return h;
    const QRect r = area.isNull() ? grey8.rect() : area.intersected(grey8.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const uchar *row = grey8.constScanLine(y);
        for (int x = r.left(); x <= r.right(); ++x)
            ++h[row[x]];
    }
    return h;
}

int histogramPercentile(const GreyHistogram &histogram, double fraction)
{
    qint64 total = 0;
    for (qint64 n : histogram)
        total += n;
    if (total == 0)
        return 0;
    const double wanted = std::clamp(fraction, 0.0, 1.0) * double(total);
    qint64 seen = 0;
    for (int level = 0; level < 256; ++level) {
        seen += histogram[size_t(level)];
        if (double(seen) >= wanted && seen > 0)
            return level;
    }
    return 255;
}

int otsuThreshold(const GreyHistogram &histogram)
{
    double total = 0, sumAll = 0;
    for (int i = 0; i < 256; ++i) {
        total += double(histogram[size_t(i)]);
        sumAll += double(i) * double(histogram[size_t(i)]);
    }
    if (total == 0)
        return 127;
    double weightDark = 0, sumDark = 0, bestVariance = -1;
    int best = 127;
    for (int t = 0; t < 255; ++t) {
        weightDark += double(histogram[size_t(t)]);
        sumDark += double(t) * double(histogram[size_t(t)]);
        const double weightLight = total - weightDark;
        if (weightDark == 0)
            continue;
        if (weightLight == 0)
            break;
        const double meanDark = sumDark / weightDark;
        const double meanLight = (sumAll - sumDark) / weightLight;
        const double variance = weightDark * weightLight * (meanDark - meanLight) * (meanDark - meanLight);
        if (variance > bestVariance) {
            bestVariance = variance;
            best = t;
        }
    }
    return best;
}

QImage downscaledToFit(const QImage &image, int maxSide, double *factor)
{
    if (factor)
        *factor = 1.0;
    const int longSide = std::max(image.width(), image.height());
    if (image.isNull() || maxSide <= 0 || longSide <= maxSide)
        return image;
    const double f = double(maxSide) / double(longSide);
    const QSize size(std::max(1, int(std::lround(image.width() * f))), std::max(1, int(std::lround(image.height() * f))));
    const QImage source = normalisedForScaling(image);
    QImage scaled = source.format() == QImage::Format_Grayscale8
        ? areaDownscaleGrey(source, size)
        : source.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (scaled.format() != source.format())
        scaled = scaled.convertToFormat(source.format());
    if (factor)
        *factor = double(size.width()) / double(image.width());
    return scaled;
}

QImage resampledToDpi(const QImage &image, int fromDpi, int toDpi)
{
    if (image.isNull())
        return image;
    QImage out = image;
    if (fromDpi > 0 && toDpi > 0 && toDpi < fromDpi) {
        const double f = double(toDpi) / double(fromDpi);
        const int longSide = std::max(image.width(), image.height());
        out = downscaledToFit(image, std::max(1, int(std::lround(longSide * f))));
        setDpi(out, toDpi);
    } else if (fromDpi > 0) {
        setDpi(out, fromDpi);
    }
    return out;
}

void setDpi(QImage &image, int dpi)
{
    if (image.isNull() || dpi <= 0)
        return;
    const int dpm = int(std::lround(dpi * kInchesPerMetre));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
}

int dpiOf(const QImage &image)
{
    return int(std::lround(image.dotsPerMeterX() / kInchesPerMetre));
}

QImage toBilevel(const QImage &image)
{
    if (image.isNull())
        return image;
    const QImage grey = toGrey8(image);
    const int darkLevel = otsuThreshold(greyHistogram(grey)) * 6 / 10;   // surely ink, whatever around it
    int dpi = dpiOf(image);
    if (dpi < 50 || dpi > 2400)
        dpi = 200;
    const int radius = std::max(2, int(std::lround(kBilevelStrokeMm / 25.4 * dpi)));
    const Grid paper = closing(grey, radius);

    const int w = grey.width(), h = grey.height();
    QImage out(w, h, QImage::Format_Mono);
    out.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    out.fill(0);
    for (int y = 0; y < h; ++y) {
        const uchar *in = grey.constScanLine(y);
        const uchar *bg = &paper.px[size_t(y) * size_t(w)];
        uchar *bits = out.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const bool ink = in[x] < darkLevel || int(in[x]) * 100 < int(bg[x]) * (100 - kBilevelContrastPercent);
            if (ink)
                bits[x >> 3] |= uchar(0x80 >> (x & 7));
        }
    }
    out.setDotsPerMeterX(image.dotsPerMeterX());
    out.setDotsPerMeterY(image.dotsPerMeterY());
    return out;
}

} // namespace loket
