// Building blocks shared by page processing, compression and OCR: grey conversion, histograms
// and thresholds, resampling, bilevel conversion and the resolution kept inside an image.
// All are pure functions on QImage; a null image gives a null image (or an empty result).
#pragma once

#include <QImage>
#include <QRect>
#include <array>

namespace loket {

using GreyHistogram = std::array<qint64, 256>;

// 8-bit grey (Format_Grayscale8) of any image; transparent parts are laid over white paper.
QImage toGrey8(const QImage &image);
// 32-bit colour (Format_RGB32) of any image, transparent parts laid over white paper.
QImage toRgb32(const QImage &image);

// Histogram of a Grayscale8 image, of `area` only when given (clipped to the image).
GreyHistogram greyHistogram(const QImage &grey8, const QRect &area = {});
// The grey level at `fraction` (0..1) of the pixels counted from black; 0 for an empty histogram.
int histogramPercentile(const GreyHistogram &histogram, double fraction);
// Otsu's threshold: the level t that best splits the histogram into dark (<= t) and light (> t).
int otsuThreshold(const GreyHistogram &histogram);

// A smooth (area-averaging) downscale so that neither side exceeds maxSide; never upscales.
// *factor, when given, receives new size / old size (1 when unchanged).
QImage downscaledToFit(const QImage &image, int maxSide, double *factor = nullptr);
// The image resampled from fromDpi to toDpi (smooth; downscaling only, a lower fromDpi is kept),
// with the resulting resolution written into it.
QImage resampledToDpi(const QImage &image, int fromDpi, int toDpi);

// Resolution kept in the image's dots-per-metre fields (what PDF export and viewers use).
void setDpi(QImage &image, int dpi);
int dpiOf(const QImage &image);

// Black and white (Format_Mono, colour 0 white, colour 1 black) by an adaptive threshold: a pixel
// is ink when it is 30 % darker than the paper around it, or darker than well below the page's
// Otsu level (so large dark areas stay black). The paper around it is the grey closing over
// 3 mm (at the image's resolution, 200 dpi when it has none): strokes vanish from it, while
// shading near a book's spine, a dim corner or a grey box keep their level and their edges, so
// they stay white instead of turning into black bands. The resolution is kept.
QImage toBilevel(const QImage &image);

} // namespace loket
