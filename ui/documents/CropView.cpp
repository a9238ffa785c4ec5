#include "CropView.h"

#include "imaging/ManualCrop.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace loket::ui {

namespace {

constexpr int kMargin = 10;        // room around the page so handles on its edge can be grabbed
constexpr double kGrab = 7.0;      // how near an edge the mouse grabs it, in widget pixels
constexpr double kHandle = 9.0;    // side of the square handles drawn
const QColor kFrame(0x1e, 0x88, 0xe5);

QImage viewable(const QImage &page)
{
    if (page.format() == QImage::Format_Mono || page.format() == QImage::Format_MonoLSB)
        return page.convertToFormat(QImage::Format_Grayscale8);
    return page;
}

} // namespace

CropView::CropView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cropView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(240, 240);
    setAccessibleName(tr("Area pangkas"));
    setAccessibleDescription(tr("Panah menggeser kotak, Shift+panah mengubah ukurannya; Ctrl untuk langkah 10 mm."));
}

void CropView::setPage(const QImage &page, int dpi)
{
    m_page = viewable(page);
    m_dpi = dpi;
    m_minimum = minimumCropSize(m_page.size(), m_dpi);
    m_scaled = {};
    m_crop = m_page.rect();
    update();
    emit cropChanged(m_crop);
}

void CropView::setCropRect(const QRect &rect)
{
    const QRect kept = clampCropRect(rect, m_page.size(), m_minimum);
    change(kept.isNull() ? m_page.rect() : kept);
}

double CropView::scale() const
{
    if (m_page.isNull())
        return 1.0;
    const double sx = double(width() - 2 * kMargin) / m_page.width();
    const double sy = double(height() - 2 * kMargin) / m_page.height();
    return std::max(1e-3, std::min(sx, sy));
}

QPointF CropView::offset() const
{
    const double s = scale();
    return {(width() - m_page.width() * s) / 2.0, (height() - m_page.height() * s) / 2.0};
}

QPointF CropView::toWidget(const QPointF &pagePoint) const
{
    return offset() + pagePoint * scale();
}

QPointF CropView::toPage(const QPointF &widgetPoint) const
{
    return (widgetPoint - offset()) / scale();
}

QRectF CropView::cropOnWidget() const
{
    return {toWidget(m_crop.topLeft()), toWidget(QPointF(m_crop.x() + m_crop.width(), m_crop.y() + m_crop.height()))};
}

QSize CropView::sizeHint() const
{
    return {520, 640};
}

Qt::Edges CropView::edgesAt(const QPointF &p) const
{
    const QRectF r = cropOnWidget();
    Qt::Edges edges;
    const bool acrossY = p.y() >= r.top() - kGrab && p.y() <= r.bottom() + kGrab;
    const bool acrossX = p.x() >= r.left() - kGrab && p.x() <= r.right() + kGrab;
    // On a narrow rectangle the nearer edge wins.
    const double dl = std::abs(p.x() - r.left());
    const double dr = std::abs(p.x() - r.right());
    const double dt = std::abs(p.y() - r.top());
    const double db = std::abs(p.y() - r.bottom());
    if (acrossY && std::min(dl, dr) <= kGrab)
        edges |= dl <= dr ? Qt::LeftEdge : Qt::RightEdge;
    if (acrossX && std::min(dt, db) <= kGrab)
        edges |= dt <= db ? Qt::TopEdge : Qt::BottomEdge;
    return edges;
}

void CropView::updateCursor(const QPointF &p)
{
    const Qt::Edges edges = edgesAt(p);
    if (edges == (Qt::LeftEdge | Qt::TopEdge) || edges == (Qt::RightEdge | Qt::BottomEdge))
        setCursor(Qt::SizeFDiagCursor);
    else if (edges == (Qt::RightEdge | Qt::TopEdge) || edges == (Qt::LeftEdge | Qt::BottomEdge))
        setCursor(Qt::SizeBDiagCursor);
    else if (edges & (Qt::LeftEdge | Qt::RightEdge))
        setCursor(Qt::SizeHorCursor);
    else if (edges)
        setCursor(Qt::SizeVerCursor);
    else if (cropOnWidget().contains(p))
        setCursor(Qt::SizeAllCursor);
    else
        setCursor(Qt::CrossCursor);
}

void CropView::change(const QRect &rect)
{
    if (rect == m_crop || rect.isNull())
        return;
    m_crop = rect;
    update();
    emit cropChanged(m_crop);
}

void CropView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Mid));
    if (m_page.isNull())
        return;
    const QRectF pageRect(toWidget(QPointF(0, 0)), toWidget(QPointF(m_page.width(), m_page.height())));
    const QSize drawn = pageRect.size().toSize();
    if (m_scaled.size() != drawn)
        m_scaled = QPixmap::fromImage(m_page.scaled(drawn, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    p.drawPixmap(pageRect.topLeft(), m_scaled);

    // The part cut away dimmed, the part kept framed, with a handle at each corner and edge.
    const QRectF kept = cropOnWidget();
    QPainterPath outside;
    outside.addRect(pageRect);
    outside.addRect(kept);
    outside.setFillRule(Qt::OddEvenFill);
    p.fillPath(outside, QColor(0, 0, 0, 120));
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(kFrame, hasFocus() ? 3 : 2));
    p.drawRect(kept);
    p.setPen(QPen(kFrame, 1));
    p.setBrush(Qt::white);
    const QList<QPointF> handles = {kept.topLeft(), QPointF(kept.center().x(), kept.top()), kept.topRight(),
                                    QPointF(kept.right(), kept.center().y()), kept.bottomRight(),
                                    QPointF(kept.center().x(), kept.bottom()), kept.bottomLeft(),
                                    QPointF(kept.left(), kept.center().y())};
    for (const QPointF &h : handles)
        p.drawRect(QRectF(h - QPointF(kHandle / 2, kHandle / 2), QSizeF(kHandle, kHandle)));
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void CropView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_page.isNull()) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF at = event->position();
    m_pressWidget = at;
    m_pressCrop = m_crop;
    m_edges = edgesAt(at);
    if (m_edges) {
        m_drag = Drag::Resize;
    } else if (cropOnWidget().contains(at)) {
        m_drag = Drag::Move;
    } else {
        // Outside the rectangle: a new one is drawn from here.
        const QPointF page = toPage(at);
        m_anchor = QPoint(std::clamp(int(std::lround(page.x())), 0, m_page.width()),
                          std::clamp(int(std::lround(page.y())), 0, m_page.height()));
        m_drag = Drag::Draw;
    }
    setFocus(Qt::MouseFocusReason);
    event->accept();
}

void CropView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF at = event->position();
    if (m_drag == Drag::None || !(event->buttons() & Qt::LeftButton)) {
        updateCursor(at);
        return;
    }
    const QPointF moved = (at - m_pressWidget) / scale();
    const QPoint delta(int(std::lround(moved.x())), int(std::lround(moved.y())));
    switch (m_drag) {
    case Drag::Move:
        change(moveCropRect(m_pressCrop, delta, m_page.size()));
        break;
    case Drag::Resize:
        change(resizeCropRect(m_pressCrop, m_edges, delta, m_page.size(), m_minimum));
        break;
    case Drag::Draw: {
        const QPointF page = toPage(at);
        const int x = std::clamp(int(std::lround(page.x())), 0, m_page.width());
        const int y = std::clamp(int(std::lround(page.y())), 0, m_page.height());
        const QRect drawn(QPoint(std::min(x, m_anchor.x()), std::min(y, m_anchor.y())),
                          QSize(std::abs(x - m_anchor.x()), std::abs(y - m_anchor.y())));
        // A click without a drag leaves the rectangle as it was.
        if (drawn.width() > 0 || drawn.height() > 0)
            change(clampCropRect(drawn.adjusted(0, 0, drawn.width() ? 0 : 1, drawn.height() ? 0 : 1), m_page.size(),
                                 m_minimum));
        break;
    }
    case Drag::None:
        break;
    }
    event->accept();
}

void CropView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_drag != Drag::None) {
        m_drag = Drag::None;
        updateCursor(event->position());
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void CropView::keyPressEvent(QKeyEvent *event)
{
    QPoint direction;
    switch (event->key()) {
    case Qt::Key_Left: direction = {-1, 0}; break;
    case Qt::Key_Right: direction = {1, 0}; break;
    case Qt::Key_Up: direction = {0, -1}; break;
    case Qt::Key_Down: direction = {0, 1}; break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    const int step = mmToPixels(event->modifiers() & Qt::ControlModifier ? 10.0 : 1.0, m_dpi);
    const QPoint delta = direction * step;
    if (event->modifiers() & Qt::ShiftModifier)
        change(resizeCropRect(m_crop, Qt::RightEdge | Qt::BottomEdge, delta, m_page.size(), m_minimum));
    else
        change(moveCropRect(m_crop, delta, m_page.size()));
    event->accept();
}

} // namespace loket::ui
