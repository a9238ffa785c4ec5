// A page fitted into the widget with the rectangle to keep drawn over it (the rest dimmed). The
// mouse drags the rectangle (inside), its edges or corners (the handles), or draws a new one
// (outside); the keyboard moves it with the arrow keys and resizes it with Shift+arrows (the
// right and bottom edges), by 1 mm a step or 10 mm with Ctrl. The rectangle stays on the page and
// is never smaller than minimumCropSize(). Coordinates are the page image's pixels.
#pragma once

#include <QImage>
#include <QPixmap>
#include <QRect>
#include <QWidget>

namespace loket::ui {

class CropView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CropView)

public:
    explicit CropView(QWidget *parent = nullptr);

    // The page and its resolution (for the minimum size and the keyboard steps); the rectangle
    // becomes the whole page.
    void setPage(const QImage &page, int dpi);
    QSize pageSize() const { return m_page.size(); }
    QSize minimumCrop() const { return m_minimum; }
    QRect cropRect() const { return m_crop; }
    // Kept on the page and at least the minimum; a null rect selects the whole page.
    void setCropRect(const QRect &rect);

    // Where a point of the page is drawn in the widget, and the reverse (for tests and hit tests).
    QPointF toWidget(const QPointF &pagePoint) const;
    QPointF toPage(const QPointF &widgetPoint) const;
    // The rectangle as drawn in the widget.
    QRectF cropOnWidget() const;

    QSize sizeHint() const override;

signals:
    // The rectangle changed through the mouse, the keyboard or setCropRect.
    void cropChanged(const QRect &rect);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Drag { None, Move, Resize, Draw };

    double scale() const;
    QPointF offset() const;
    // The edges under a widget point: one edge, a corner (two), or none.
    Qt::Edges edgesAt(const QPointF &widgetPoint) const;
    void updateCursor(const QPointF &widgetPoint);
    void change(const QRect &rect);

    QImage m_page;
    int m_dpi = 0;
    QSize m_minimum;
    QRect m_crop;

    Drag m_drag = Drag::None;
    Qt::Edges m_edges;
    QPointF m_pressWidget;   // where the drag began, in the widget
    QPoint m_anchor;         // Draw: the fixed corner, in the page
    QRect m_pressCrop;       // the rectangle when the drag began
    QPixmap m_scaled;        // the page at the size it is drawn
};

} // namespace loket::ui
