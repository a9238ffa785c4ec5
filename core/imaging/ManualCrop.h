// The geometry of a crop the officer draws on a page: a rectangle in the pixels of the page as it
// is shown (cleaned or raw, turned). Pure functions: the rectangle follows the page through
// quarter turns, stays on the page, and never gets smaller than a minimum (kMinCropMm a side, or
// the whole page when that is smaller).
#pragma once

#include <QImage>
#include <QPoint>
#include <QRect>
#include <QSize>

namespace loket {

constexpr double kMinCropMm = 10.0;

// Pixels of `mm` at `dpi` (rounded, at least 1).
int mmToPixels(double mm, int dpi);
// The smallest crop allowed on a page of `page` pixels at `dpi`: kMinCropMm a side, capped to the
// page.
QSize minimumCropSize(const QSize &page, int dpi);

// The same part of the page after the page (of `page` pixels, before turning) is turned clockwise
// by quarterTurns × 90° (negative: anticlockwise). A null rect stays null.
QRect turnCropRect(const QRect &rect, const QSize &page, int quarterTurns);

// The rectangle cut to the page and grown (around its centre, staying on the page) to at least
// `minimum`. A null or empty rect, or one off the page, gives a null rect: no crop.
QRect clampCropRect(const QRect &rect, const QSize &page, const QSize &minimum);
// The rectangle moved by `delta`, stopping at the page's edges (its size is kept).
QRect moveCropRect(const QRect &rect, const QPoint &delta, const QSize &page);
// The given edges of the rectangle moved by `delta` (Qt::LeftEdge … as in QWidget resizing),
// each stopping at the page's edge and where the opposite edge is `minimum` away.
QRect resizeCropRect(const QRect &rect, Qt::Edges edges, const QPoint &delta, const QSize &page,
                     const QSize &minimum);

// True when the rectangle keeps less than the whole page.
bool cropsPage(const QRect &rect, const QSize &page);
// The part of the page inside the rectangle (cut to the page), resolution and format kept; the
// page itself for a null rect or one that keeps it all.
QImage cropPage(const QImage &page, const QRect &rect);

} // namespace loket
