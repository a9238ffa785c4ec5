#include "PageProcessing.h"

#include "ImageTools.h"
#include "common/Error.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numbers>
#include <vector>

namespace loket {

namespace {

constexpr int kMinSide = 32;           // smaller images are passed through unmeasured
constexpr int kMaxAspect = 20;         // longer strips are too: no page has that shape
constexpr int kSkewWorkSide = 1600;    // long side of the copy the skew is measured on
constexpr int kPaperWorkSide = 800;    // ... the paper is looked for on
constexpr int kBlankWorkSide = 1000;   // ... ink is counted on
constexpr double kMaxSkew = 10.0;
constexpr int kMinPaperContrast = 40;  // grey levels between paper and scanner bed

bool measurable(const QImage &image)
{
    const int shortSide = std::min(image.width(), image.height());
    const int longSide = std::max(image.width(), image.height());
    return !image.isNull() && shortSide >= kMinSide && longSide <= kMaxAspect * shortSide;
}

// ---- skew ------------------------------------------------------------------------------------

// Dark pixels (at or below Otsu's level) of a grey image, one byte per pixel; none when the image
// has no clear dark/light split.
std::vector<uchar> darkMask(const QImage &grey)
{
    const int w = grey.width(), h = grey.height();
    std::vector<uchar> mask(size_t(w) * size_t(h), 0);
    const GreyHistogram hist = greyHistogram(grey);
    const int t = otsuThreshold(hist);
    if (histogramPercentile(hist, 0.95) - t < 24)
        return mask;
    for (int y = 0; y < h; ++y) {
        const uchar *row = grey.constScanLine(y);
        for (int x = 0; x < w; ++x)
            mask[size_t(y) * size_t(w) + size_t(x)] = row[x] <= t ? 1 : 0;
    }
    return mask;
}

// Clears the set pixels of the mask that are 8-connected to the image border (a dark bed).
void clearBorderConnected(std::vector<uchar> &mask, int w, int h)
{
    std::vector<int> stack;
    auto seed = [&](int x, int y) {
        const size_t i = size_t(y) * size_t(w) + size_t(x);
        if (mask[i]) {
            mask[i] = 0;
            stack.push_back(int(i));
        }
    };
    for (int x = 0; x < w; ++x) {
        seed(x, 0);
        seed(x, h - 1);
    }
    for (int y = 0; y < h; ++y) {
        seed(0, y);
        seed(w - 1, y);
    }
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        const int x = i % w, y = i / w;
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx) {
                const int nx = x + dx, ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < w && ny < h)
                    seed(nx, ny);
            }
    }
}

// Ink pixel positions relative to the image centre, at most kMaxPoints of them (evenly thinned).
struct InkPoints
{
    std::vector<float> x, y;
    int diagonal = 0;
};

InkPoints inkPoints(const QImage &grey)
{
    constexpr size_t kMaxPoints = 200000;
    const int w = grey.width(), h = grey.height();
    std::vector<uchar> mask = darkMask(grey);
    clearBorderConnected(mask, w, h);
    const size_t count = size_t(std::count(mask.begin(), mask.end(), uchar(1)));
    const size_t stride = std::max<size_t>(1, count / kMaxPoints + 1);
    InkPoints p;
    p.diagonal = int(std::ceil(std::hypot(w, h))) + 2;
    size_t seen = 0;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            if (mask[size_t(y) * size_t(w) + size_t(x)] && seen++ % stride == 0) {
                p.x.push_back(float(x - w / 2.0));
                p.y.push_back(float(y - h / 2.0));
            }
    return p;
}

// Every n-th point, for the coarse search.
InkPoints thinned(const InkPoints &p, size_t n)
{
    InkPoints t;
    t.diagonal = p.diagonal;
    for (size_t i = 0; i < p.x.size(); i += n) {
        t.x.push_back(p.x[i]);
        t.y.push_back(p.y[i]);
    }
    return t;
}

// How sharply the ink lines up in rows when the page is turned back by `degrees`: the sum of the
// squared row counts of the projection profile (largest when text lines fall into few rows).
double profileScore(const InkPoints &p, double degrees, std::vector<int> &bins)
{
    const double a = degrees * std::numbers::pi / 180.0;
    const float s = float(std::sin(a)), c = float(std::cos(a));
    const int offset = p.diagonal / 2;
    std::fill(bins.begin(), bins.end(), 0);
    for (size_t i = 0; i < p.x.size(); ++i) {
        const int row = int(std::floor(p.y[i] * c - p.x[i] * s)) + offset;
        ++bins[size_t(std::clamp(row, 0, p.diagonal - 1))];
    }
    double score = 0;
    for (int n : bins)
        score += double(n) * double(n);
    return score;
}

// Best angle in [from, to] by `step`; *bestScore receives its score, *scores all of them.
double bestAngle(const InkPoints &p, double from, double to, double step, std::vector<int> &bins,
                 double *bestScore, std::vector<double> *scores = nullptr)
{
    double best = 0;
    *bestScore = -1;
    const int n = int(std::lround((to - from) / step));
    for (int i = 0; i <= n; ++i) {
        const double angle = from + i * step;
        const double score = profileScore(p, angle, bins);
        if (scores)
            scores->push_back(score);
        if (score > *bestScore) {
            *bestScore = score;
            best = angle;
        }
    }
    return best;
}

// ---- rotation ----------------------------------------------------------------------------------

QImage rotationSource(const QImage &page)
{
    switch (page.format()) {
    case QImage::Format_Grayscale8:
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        return page;
    default:
        if (page.allGray())
            return toGrey8(page);
        return page.convertToFormat(page.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    }
}

// Bilinear resampling of src through `forward` (source → target coordinates), same size and
// format; `channels` is 1 (grey) or 4 (32-bit). Pixels from outside the source take `fill`.
// Source positions advance by a constant step along each output row; weights are 8-bit fixed
// point.
QImage resampleAffine(const QImage &src, const QTransform &forward, const uchar fill[4], int channels)
{
    const QTransform inv = forward.inverted();
    const int w = src.width(), h = src.height();
    QImage out(w, h, src.format());
    auto sample = [&](int x, int y, int ch) -> int {
        if (x < 0 || y < 0 || x >= w || y >= h)
            return fill[ch];
        return src.constScanLine(y)[x * channels + ch];
    };
    for (int y = 0; y < h; ++y) {
        uchar *row = out.scanLine(y);
        // Source position of pixel centre (0.5, y + 0.5), relative to source pixel centres.
        double u = inv.m11() * 0.5 + inv.m21() * (y + 0.5) + inv.dx() - 0.5;
        double v = inv.m12() * 0.5 + inv.m22() * (y + 0.5) + inv.dy() - 0.5;
        for (int x = 0; x < w; ++x, u += inv.m11(), v += inv.m12()) {
            const int x0 = int(std::floor(u)), y0 = int(std::floor(v));
            const int fx = int((u - x0) * 256), fy = int((v - y0) * 256);
            uchar *o = row + x * channels;
            if (x0 >= 0 && y0 >= 0 && x0 + 1 < w && y0 + 1 < h) {
                const uchar *a = src.constScanLine(y0) + x0 * channels;
                const uchar *b = src.constScanLine(y0 + 1) + x0 * channels;
                for (int ch = 0; ch < channels; ++ch) {
                    const int top = a[ch] * (256 - fx) + a[ch + channels] * fx;
                    const int bottom = b[ch] * (256 - fx) + b[ch + channels] * fx;
                    o[ch] = uchar((top * (256 - fy) + bottom * fy + (1 << 15)) >> 16);
                }
            } else {
                for (int ch = 0; ch < channels; ++ch) {
                    const int top = sample(x0, y0, ch) * (256 - fx) + sample(x0 + 1, y0, ch) * fx;
                    const int bottom = sample(x0, y0 + 1, ch) * (256 - fx) + sample(x0 + 1, y0 + 1, ch) * fx;
                    o[ch] = uchar((top * (256 - fy) + bottom * fy + (1 << 15)) >> 16);
                }
            }
        }
    }
    out.setDotsPerMeterX(src.dotsPerMeterX());
    out.setDotsPerMeterY(src.dotsPerMeterY());
    return out;
}

// ---- paper -------------------------------------------------------------------------------------

struct PaperLevels
{
    bool hasBackground = false;
    int paper = 255;
    int background = 0;
    int threshold = 128;   // brighter is paper
};

// Paper: the bright end of the centre; background: the median of the darker pixels on the rim,
// when there are enough of them.
PaperLevels paperLevels(const QImage &grey)
{
    PaperLevels levels;
    const int w = grey.width(), h = grey.height();
    const QRect centre(w / 4, h / 4, std::max(1, w / 2), std::max(1, h / 2));
    levels.paper = histogramPercentile(greyHistogram(grey, centre), 0.9);
    const int rim = std::max(2, std::min(w, h) / 50);
    GreyHistogram dark{};
    qint64 rimCount = 0, darkCount = 0;
    for (int y = 0; y < h; ++y) {
        const uchar *row = grey.constScanLine(y);
        const bool rimRow = y < rim || y >= h - rim;
        for (int x = 0; x < w; ++x) {
            if (!rimRow && x >= rim && x < w - rim)
                continue;
            ++rimCount;
            if (row[x] < levels.paper - kMinPaperContrast) {
                ++dark[row[x]];
                ++darkCount;
            }
        }
    }
    if (darkCount * 20 < rimCount)
        return levels;
    levels.hasBackground = true;
    levels.background = histogramPercentile(dark, 0.5);
    levels.threshold = (levels.paper + levels.background) / 2;
    return levels;
}

// Bounding box of the largest 4-connected region brighter than `threshold`; null when it covers
// less than a twentieth of the image.
QRect largestBrightRegion(const QImage &grey, int threshold)
{
    const int w = grey.width(), h = grey.height();
    std::vector<int> label(size_t(w) * size_t(h), 0);
    std::vector<int> stack;
    QRect best;
    qint64 bestArea = 0;
    int next = 0;
    for (int y0 = 0; y0 < h; ++y0)
        for (int x0 = 0; x0 < w; ++x0) {
            if (label[size_t(y0) * size_t(w) + size_t(x0)] || grey.constScanLine(y0)[x0] <= threshold)
                continue;
            ++next;
            int left = x0, right = x0, top = y0, bottom = y0;
            qint64 area = 0;
            stack.assign(1, y0 * w + x0);
            label[size_t(y0) * size_t(w) + size_t(x0)] = next;
            while (!stack.empty()) {
                const int i = stack.back();
                stack.pop_back();
                const int x = i % w, y = i / w;
                ++area;
                left = std::min(left, x), right = std::max(right, x);
                top = std::min(top, y), bottom = std::max(bottom, y);
                const int nx[4] = {x - 1, x + 1, x, x}, ny[4] = {y, y, y - 1, y + 1};
                for (int k = 0; k < 4; ++k) {
                    if (nx[k] < 0 || ny[k] < 0 || nx[k] >= w || ny[k] >= h)
                        continue;
                    const size_t j = size_t(ny[k]) * size_t(w) + size_t(nx[k]);
                    if (!label[j] && grey.constScanLine(ny[k])[nx[k]] > threshold) {
                        label[j] = next;
                        stack.push_back(int(j));
                    }
                }
            }
            if (area > bestArea) {
                bestArea = area;
                best = QRect(QPoint(left, top), QPoint(right, bottom));
            }
        }
    return bestArea * 20 < qint64(w) * h ? QRect() : best;
}

// Pixels brighter than threshold in column x (rows first..last) or row y (columns first..last).
int brightInColumn(const QImage &grey, int x, int first, int last, int threshold)
{
    int n = 0;
    for (int y = first; y <= last; ++y)
        n += grey.constScanLine(y)[x] > threshold ? 1 : 0;
    return n;
}

int brightInRow(const QImage &grey, int y, int first, int last, int threshold)
{
    const uchar *row = grey.constScanLine(y);
    int n = 0;
    for (int x = first; x <= last; ++x)
        n += row[x] > threshold ? 1 : 0;
    return n;
}

// Walks from `outer` towards `inner` and returns the first line where the paper covers a tenth of
// the span; `outer` itself when none does.
template<typename Count>
int refineEdge(int outer, int inner, int span, Count count)
{
    const int needed = std::max(2, span / 10);
    const int step = inner >= outer ? 1 : -1;
    for (int i = outer; i != inner + step; i += step)
        if (count(i) >= needed)
            return i;
    return outer;
}

QRect refinePaper(const QImage &grey, const QRect &coarse, int margin, int threshold)
{
    const QRect bounds = grey.rect();
    const int l0 = std::max(0, coarse.left() - margin), l1 = std::min(bounds.right(), coarse.left() + margin);
    const int r0 = std::min(bounds.right(), coarse.right() + margin), r1 = std::max(0, coarse.right() - margin);
    const int t0 = std::max(0, coarse.top() - margin), t1 = std::min(bounds.bottom(), coarse.top() + margin);
    const int b0 = std::min(bounds.bottom(), coarse.bottom() + margin), b1 = std::max(0, coarse.bottom() - margin);
    const int top = coarse.top(), bottom = coarse.bottom();
    auto column = [&](int x) { return brightInColumn(grey, x, top, bottom, threshold); };
    const int left = refineEdge(l0, l1, coarse.height(), column);
    const int right = refineEdge(r0, r1, coarse.height(), column);
    auto row = [&](int y) { return brightInRow(grey, y, left, right, threshold); };
    const int newTop = refineEdge(t0, t1, right - left + 1, row);
    const int newBottom = refineEdge(b0, b1, right - left + 1, row);
    const QRect refined(QPoint(left, newTop), QPoint(right, newBottom));
    return refined.isValid() ? refined : coarse;
}

// The paper rectangle and the levels it was told apart by.
QRect locatePaper(const QImage &scan, PaperLevels *levelsOut)
{
    if (!measurable(scan))
        return scan.rect();
    const QImage grey = toGrey8(scan);
    double f = 1;
    const QImage small = downscaledToFit(grey, kPaperWorkSide, &f);
    const PaperLevels levels = paperLevels(small);
    if (levelsOut)
        *levelsOut = levels;
    if (!levels.hasBackground)
        return scan.rect();
    const QRect region = largestBrightRegion(small, levels.threshold);
    if (region.isNull())
        return scan.rect();
    const QRect coarse(QPoint(int(std::floor(region.left() / f)), int(std::floor(region.top() / f))),
                       QPoint(std::min(scan.width() - 1, int(std::ceil((region.right() + 1) / f)) - 1),
                              std::min(scan.height() - 1, int(std::ceil((region.bottom() + 1) / f)) - 1)));
    return refinePaper(grey, coarse, int(std::ceil(1 / f)) + 2, levels.threshold);
}

// ---- blank ---------------------------------------------------------------------------------------

// Ink pixels in `area` with at least two ink neighbours (lone specks of dust do not count).
qint64 countInk(const QImage &grey, const QRect &area, int inkLevel)
{
    auto ink = [&](int x, int y) { return grey.constScanLine(y)[x] < inkLevel; };
    qint64 n = 0;
    for (int y = std::max(1, area.top()); y <= std::min(grey.height() - 2, area.bottom()); ++y)
        for (int x = std::max(1, area.left()); x <= std::min(grey.width() - 2, area.right()); ++x) {
            if (!ink(x, y))
                continue;
            int neighbours = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    neighbours += (dx || dy) && ink(x + dx, y + dy) ? 1 : 0;
            n += neighbours >= 2 ? 1 : 0;
        }
    return n;
}

// ---- process -------------------------------------------------------------------------------------

QImage workingImage(const QImage &scan, ColorMode mode)
{
    if (mode != ColorMode::Color)
        return toGrey8(scan);
    return toRgb32(scan);
}

QImage inMode(const QImage &page, ColorMode mode, bool clean)
{
    switch (mode) {
    case ColorMode::Color:
        return page.convertToFormat(QImage::Format_RGB32);
    case ColorMode::Gray:
        return clean ? whitenBackground(page) : toGrey8(page);
    case ColorMode::BlackWhite:
        return toBilevel(clean ? whitenBackground(page) : page);
    }
    return page;
}

} // namespace

double estimateSkewDegrees(const QImage &page)
{
    if (!measurable(page))
        return 0;
    const QImage small = downscaledToFit(toGrey8(page), kSkewWorkSide);
    const InkPoints points = inkPoints(small);
    if (points.x.size() < 200)
        return 0;
    std::vector<int> bins(size_t(points.diagonal), 0);
    std::vector<double> coarseScores;
    double score = 0;
    double best = bestAngle(thinned(points, 4), -kMaxSkew, kMaxSkew, 0.25, bins, &score, &coarseScores);
    // No line structure: the best angle stands barely above the typical one.
    std::nth_element(coarseScores.begin(), coarseScores.begin() + long(coarseScores.size() / 2), coarseScores.end());
    if (score < coarseScores[coarseScores.size() / 2] * 1.05)
        return 0;
    best = bestAngle(points, best - 0.25, best + 0.25, 0.05, bins, &score);
    best = bestAngle(points, best - 0.05, best + 0.05, 0.01, bins, &score);
    // Parabola through the best fine step and its neighbours.
    const double left = profileScore(points, best - 0.01, bins), right = profileScore(points, best + 0.01, bins);
    const double curvature = left - 2 * score + right;
    if (curvature < 0)
        best += 0.01 * 0.5 * (left - right) / curvature;
    return std::clamp(best, -kMaxSkew, kMaxSkew);
}

QTransform deskewTransform(const QSize &size, double degrees)
{
    QTransform t;
    t.translate(size.width() / 2.0, size.height() / 2.0);
    t.rotate(-degrees);
    t.translate(-size.width() / 2.0, -size.height() / 2.0);
    return t;
}

QImage deskew(const QImage &page, double degrees, const QColor &fill)
{
    if (page.isNull())
        return page;
    const QImage src = rotationSource(page);
    if (std::abs(degrees) < 0.005)
        return src;
    const QRgb rgb = fill.rgba();
    if (src.format() == QImage::Format_Grayscale8) {
        const uchar grey[4] = {uchar(qGray(rgb)), 0, 0, 0};
        return resampleAffine(src, deskewTransform(src.size(), degrees), grey, 1);
    }
    // 32-bit pixels are B, G, R, A in memory on little-endian machines.
    const QRgb stored = src.format() == QImage::Format_ARGB32_Premultiplied ? qPremultiply(rgb) : rgb;
    uchar bytes[4];
    std::memcpy(bytes, &stored, 4);
    return resampleAffine(src, deskewTransform(src.size(), degrees), bytes, 4);
}

QRect findPaper(const QImage &scan)
{
    if (scan.isNull())
        return {};
    return locatePaper(scan, nullptr);
}

QImage autoCrop(const QImage &scan)
{
    if (scan.isNull())
        return scan;
    QImage cropped = scan.copy(findPaper(scan));
    cropped.setDotsPerMeterX(scan.dotsPerMeterX());
    cropped.setDotsPerMeterY(scan.dotsPerMeterY());
    return cropped;
}

bool isBlank(const QImage &page, double *inkRatio)
{
    if (inkRatio)
        *inkRatio = 0;
    if (page.isNull())
        return true;
    const QImage grey = downscaledToFit(toGrey8(page), kBlankWorkSide);
    const int mx = grey.width() * 4 / 100, my = grey.height() * 4 / 100;
    const QRect inner = grey.rect().adjusted(mx, my, -mx, -my);
    if (inner.width() < 3 || inner.height() < 3)
        return true;
    const int paper = histogramPercentile(greyHistogram(grey, inner), 0.95);
    const qint64 ink = countInk(grey, inner, paper * 7 / 10);
    const double ratio = double(ink) / (double(inner.width()) * inner.height());
    if (inkRatio)
        *inkRatio = ratio;
    return ratio < kBlankInkRatio;
}

QImage rotate90(const QImage &page, int quarterTurns)
{
    const int turns = ((quarterTurns % 4) + 4) % 4;
    if (page.isNull() || turns == 0)
        return page;
    const bool bilevel = page.format() == QImage::Format_Mono || page.format() == QImage::Format_MonoLSB;
    const QImage src = bilevel ? page.convertToFormat(QImage::Format_Grayscale8) : page;
    QImage out = src.transformed(QTransform().rotate(90.0 * turns));
    if (bilevel)
        out = out.convertToFormat(page.format(), page.colorTable(), Qt::ThresholdDither);
    else if (out.format() != page.format())
        out = out.convertToFormat(page.format());
    const bool swap = turns % 2 == 1;
    out.setDotsPerMeterX(swap ? page.dotsPerMeterY() : page.dotsPerMeterX());
    out.setDotsPerMeterY(swap ? page.dotsPerMeterX() : page.dotsPerMeterY());
    return out;
}

QImage whitenBackground(const QImage &page)
{
    const QImage grey = toGrey8(page);
    if (grey.isNull())
        return grey;
    const GreyHistogram hist = greyHistogram(grey);
    // The paper: the highest peak among the light levels, smoothed over 5 levels.
    int paper = -1;
    qint64 peak = 0, total = 0;
    for (int level = 0; level < 256; ++level)
        total += hist[size_t(level)];
    for (int level = 96; level < 256; ++level) {
        qint64 n = 0;
        for (int k = std::max(0, level - 2); k <= std::min(255, level + 2); ++k)
            n += hist[size_t(k)];
        if (n > peak) {
            peak = n;
            paper = level;
        }
    }
    if (paper < 0 || peak * 5 < total)
        return grey;   // no paper to speak of: a photo, a dark page
    // White point: 2 % of the paper's pixels (those within 48 levels of its peak) lie below it, so
    // all but the darkest grains of noise become white, even when the scanner clipped the paper
    // at 255 and the peak's shape says nothing about the noise.
    GreyHistogram near{};
    for (int level = std::max(0, paper - 48); level < 256; ++level)
        near[size_t(level)] = hist[size_t(level)];
    const int white = std::clamp(histogramPercentile(near, 0.02), std::max(1, paper - 60), std::max(1, paper));
    // Black point: the median of the ink (pixels over 96 levels darker than the paper), when
    // there is enough ink to tell (0.05 % of the page).
    GreyHistogram ink{};
    qint64 inkCount = 0;
    for (int level = 0; level < paper - 96; ++level) {
        ink[size_t(level)] = hist[size_t(level)];
        inkCount += hist[size_t(level)];
    }
    const int black = inkCount * 2000 >= total ? std::min(histogramPercentile(ink, 0.5), white / 2) : 0;
    uchar lut[256];
    for (int v = 0; v < 256; ++v)
        lut[v] = uchar(v >= white ? 255 : v <= black ? 0 : (v - black) * 255 / (white - black));
    QImage out = grey.copy();
    for (int y = 0; y < out.height(); ++y) {
        uchar *row = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            row[x] = lut[row[x]];
    }
    return out;
}

ProcessedPage PageProcessor::process(const QImage &scan, int scanDpi, const ProcessOptions &options)
{
    if (scan.isNull())
        throw Error::invalid(tr("Gambar halaman kosong: tidak ada yang bisa diolah."));
    if (scanDpi <= 0)
        throw Error::invalid(tr("Resolusi pindaian harus lebih dari 0 dpi (tertulis %1).").arg(scanDpi));

    ProcessedPage out;
    out.dpi = options.targetDpi > 0 ? std::min(scanDpi, options.targetDpi) : scanDpi;
    QImage work = resampledToDpi(workingImage(scan, options.mode), scanDpi, out.dpi);
    const double toScan = double(scan.width()) / work.width();
    out.crop = scan.rect();

    if (measurable(work) && (options.deskew || options.autoCrop)) {
        PaperLevels levels;
        QRect region = work.rect();
        if (options.autoCrop) {
            const QRect paper = locatePaper(work, &levels);
            const int margin = std::max(work.width(), work.height()) / 33;
            region = paper.adjusted(-margin, -margin, margin, margin).intersected(work.rect());
        }
        QImage part = work.copy(region);
        QPointF offset = region.topLeft();
        if (options.deskew) {
            out.skewDegrees = estimateSkewDegrees(part);
            const int fill = levels.hasBackground ? levels.background : 255;
            part = deskew(part, out.skewDegrees, QColor(fill, fill, fill));
            // Where the part's origin lands when the whole (resampled) scan is straightened.
            const QPointF partCentre(region.width() / 2.0, region.height() / 2.0);
            offset = deskewTransform(work.size(), out.skewDegrees).map(region.topLeft() + partCentre) - partCentre;
        }
        QRect kept = part.rect();
        if (options.autoCrop) {
            kept = findPaper(part);
            part = part.copy(kept);
        }
        const QRectF inScan(QPointF(kept.topLeft()) + offset, QSizeF(kept.size()));
        out.crop = QRectF(inScan.topLeft() * toScan, inScan.size() * toScan).toRect();
        work = part;
    }

    out.blank = isBlank(work, &out.inkRatio);
    out.image = inMode(work, options.mode, options.cleanBackground);
    setDpi(out.image, out.dpi);
    return out;
}

} // namespace loket
