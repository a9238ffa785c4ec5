// Cleaning a scanned page before it is stored: straighten it (deskew), cut it to the paper on the
// darker scanner bed (auto-crop), turn it by quarter turns, and flag blank pages for the officer
// to review (never drop them). Pure functions on QImage: no state, safe from any thread.
//
// Angles follow QTransform::rotate: positive is clockwise as seen on screen (y grows downwards).
// Sizes in pixels; a page's resolution travels in its dots-per-metre fields (see ImageTools.h).
#pragma once

#include "ColorMode.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QRect>
#include <QTransform>

namespace loket {

// The skew of the text lines, in degrees within ±10: deskew(page, estimateSkewDegrees(page))
// straightens the page. Found by projection profiles (the angle at which the rows of ink pixels
// line up best) on a downscaled, thresholded copy, coarse then fine to about 0.02°; ink connected
// to the image border (a dark scanner bed) is ignored. 0 when no text lines stand out (blank page,
// photo) and for images too small to tell (under 32 pixels a side).
double estimateSkewDegrees(const QImage &page);

// What deskew(…, degrees) does to coordinates: a turn by -degrees around the image centre.
QTransform deskewTransform(const QSize &size, double degrees);

// The page turned back by `degrees` around its centre (bilinear), keeping its size, with the
// corners that come from outside filled with `fill`. Grey stays grey; any other format comes back
// as 32-bit colour (a bilevel page comes back grey). A null image stays null.
QImage deskew(const QImage &page, double degrees, const QColor &fill = Qt::white);

// The paper's rectangle on a darker scanner background: the bounding box of the largest bright
// region found on a downscaled copy (so specks and noise do not count), each edge then refined at
// full resolution to where the paper covers a tenth of the side. The whole image when no darker
// background is seen (a feeder scan, a photo, a page that fills the bed); a null QRect for a null
// image. Best called on a straightened scan: for a skewed paper it is the paper's bounding box.
QRect findPaper(const QImage &scan);
// scan.copy(findPaper(scan)), with the resolution kept.
QImage autoCrop(const QImage &scan);

// A page with (almost) no ink: pixels clearly darker than the paper, away from a 4 % border
// (shadows, punch holes) and not lone specks of dust, cover less than kBlankInkRatio of the page.
// *inkRatio receives the measured share (0..1). For a cropped page; a null image is blank.
constexpr double kBlankInkRatio = 0.0005;
bool isBlank(const QImage &page, double *inkRatio = nullptr);

// The page turned clockwise by quarterTurns × 90° (negative turns anticlockwise), lossless, with
// the format and the resolution kept (x and y resolution swap on odd turns).
QImage rotate90(const QImage &page, int quarterTurns);

// Paper white becomes pure white and ink pure black, linearly in between: the white point sits
// below all but 2 % of the paper's pixels, so scanner noise on the paper vanishes (and costs
// nothing to store); the black point is the median of the ink. A page without a light paper level
// (a photo, a dark page) is only made grey. For grey and black-and-white documents; returns
// Grayscale8.
QImage whitenBackground(const QImage &page);

struct ProcessOptions
{
    bool deskew = true;
    bool autoCrop = true;
    ColorMode mode = ColorMode::Gray;
    int targetDpi = kDefaultStorageDpi;   // downsample to this; 0 keeps the scan's resolution
    bool cleanBackground = true;          // grey and black-and-white: whitenBackground()
};

struct ProcessedPage
{
    QImage image;             // Color: RGB32, Gray: Grayscale8, BlackWhite: Mono; resolution set
    int dpi = 0;              // of image: min(scan dpi, target dpi)
    double skewDegrees = 0;   // the skew measured and corrected (0 when deskew is off)
    QRect crop;               // the part kept, in the straightened scan at the scan's resolution
    bool blank = false;       // flag for review, the page is kept
    double inkRatio = 0;      // see isBlank()
};

class PageProcessor
{
    Q_DECLARE_TR_FUNCTIONS(PageProcessor)

public:
    // Downsample, find the paper, straighten, crop, flag a blank page, then convert to the mode.
    // Images under 32 pixels a side (or of extreme shape) are only converted. Throws
    // Error::invalid for a null image or a resolution that is not positive.
    static ProcessedPage process(const QImage &scan, int scanDpi, const ProcessOptions &options = {});
};

// Shorthand for PageProcessor::process.
inline ProcessedPage process(const QImage &scan, int scanDpi, const ProcessOptions &options = {})
{
    return PageProcessor::process(scan, scanDpi, options);
}

} // namespace loket
