// The hand-drawn crop of one page: the page as the editor shows it (cleaned or as scanned,
// turned) with the rectangle to keep, set with the mouse, with the arrow keys, or in millimetres
// in the fields below it. "Setel ulang" selects the whole page again, which removes the crop.
#pragma once

#include <QDialog>
#include <QImage>
#include <QRect>

class QDoubleSpinBox;
class QLabel;

namespace loket::ui {

class CropView;

class CropDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CropDialog)

public:
    // `crop` is the rectangle kept so far, in the page's pixels (null: the whole page).
    CropDialog(const QImage &page, int dpi, const QRect &crop, QWidget *parent = nullptr);

    // The rectangle to keep, in the page's pixels; the whole page when nothing is cut away.
    QRect cropRect() const;
    void setCropRect(const QRect &rect);
    // Back to the whole page.
    void reset();
    CropView *view() const { return m_view; }

private:
    void showRect(const QRect &rect);
    void fieldEdited(QDoubleSpinBox *field);
    double toMm(int pixels) const;
    int toPixels(double mm) const;

    int m_dpi = 0;
    CropView *m_view = nullptr;
    QDoubleSpinBox *m_left = nullptr;
    QDoubleSpinBox *m_top = nullptr;
    QDoubleSpinBox *m_width = nullptr;
    QDoubleSpinBox *m_height = nullptr;
    QLabel *m_sizeLabel = nullptr;
};

} // namespace loket::ui
