#include "ManualCrop.h"

#include <algorithm>
#include <cmath>

namespace loket {

int mmToPixels(double mm, int dpi)
{
    return std::max(1, int(std::lround(mm / 25.4 * std::max(dpi, 1))));
}

QSize minimumCropSize(const QSize &page, int dpi)
{
    const int side = mmToPixels(kMinCropMm, dpi);
    return {std::min(side, std::max(page.width(), 1)), std::min(side, std::max(page.height(), 1))};
}

QRect turnCropRect(const QRect &rect, const QSize &page, int quarterTurns)
{
    if (rect.isNull())
        return rect;
    const int turns = ((quarterTurns % 4) + 4) % 4;
    QRect r = rect;
    QSize size = page;
    for (int i = 0; i < turns; ++i) {
        // Clockwise: pixel (x, y) of a W×H page goes to (H - 1 - y, x) of the H×W page.
        r = QRect(size.height() - r.y() - r.height(), r.x(), r.height(), r.width());
        size.transpose();
    }
    return r;
}

QRect clampCropRect(const QRect &rect, const QSize &page, const QSize &minimum)
{
    if (rect.isEmpty() || page.isEmpty())
        return {};
    QRect r = rect.intersected(QRect(QPoint(0, 0), page));
    if (r.isEmpty())
        return {};
    const int minW = std::clamp(minimum.width(), 1, page.width());
    const int minH = std::clamp(minimum.height(), 1, page.height());
    if (r.width() < minW) {
        const int left = std::clamp(r.x() - (minW - r.width()) / 2, 0, page.width() - minW);
        r.setX(left);
        r.setWidth(minW);
    }
    if (r.height() < minH) {
        const int top = std::clamp(r.y() - (minH - r.height()) / 2, 0, page.height() - minH);
        r.setY(top);
        r.setHeight(minH);
    }
    return r;
}

QRect moveCropRect(const QRect &rect, const QPoint &delta, const QSize &page)
{
    if (rect.isEmpty())
        return rect;
    const int w = std::min(rect.width(), page.width());
    const int h = std::min(rect.height(), page.height());
    const int x = std::clamp(rect.x() + delta.x(), 0, page.width() - w);
    const int y = std::clamp(rect.y() + delta.y(), 0, page.height() - h);
    return {x, y, w, h};
}

QRect resizeCropRect(const QRect &rect, Qt::Edges edges, const QPoint &delta, const QSize &page,
                     const QSize &minimum)
{
    if (rect.isEmpty())
        return rect;
    const int minW = std::clamp(minimum.width(), 1, page.width());
    const int minH = std::clamp(minimum.height(), 1, page.height());
    // Edges as positions between pixels: [left, right) × [top, bottom).
    int left = rect.x();
    int right = rect.x() + rect.width();
    int top = rect.y();
    int bottom = rect.y() + rect.height();
    if (edges & Qt::LeftEdge)
        left = std::clamp(left + delta.x(), 0, std::max(0, right - minW));
    if (edges & Qt::RightEdge)
        right = std::clamp(right + delta.x(), std::min(page.width(), left + minW), page.width());
    if (edges & Qt::TopEdge)
        top = std::clamp(top + delta.y(), 0, std::max(0, bottom - minH));
    if (edges & Qt::BottomEdge)
        bottom = std::clamp(bottom + delta.y(), std::min(page.height(), top + minH), page.height());
    return clampCropRect(QRect(left, top, right - left, bottom - top), page, minimum);
}

bool cropsPage(const QRect &rect, const QSize &page)
{
    if (rect.isNull())
        return false;
    return !rect.contains(QRect(QPoint(0, 0), page));
}

QImage cropPage(const QImage &page, const QRect &rect)
{
    if (page.isNull() || !cropsPage(rect, page.size()))
        return page;
    const QRect kept = rect.intersected(page.rect());
    if (kept.isEmpty())
        return page;
    return page.copy(kept);   // copy() keeps the resolution and the colour table
}

} // namespace loket
