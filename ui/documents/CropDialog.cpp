#include "CropDialog.h"

#include "CropView.h"
#include "imaging/ManualCrop.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace loket::ui {

CropDialog::CropDialog(const QImage &page, int dpi, const QRect &crop, QWidget *parent)
    : QDialog(parent)
    , m_dpi(dpi > 0 ? dpi : 200)
{
    setObjectName(QStringLiteral("cropDialog"));
    setWindowTitle(tr("Pangkas halaman"));
    auto *layout = new QVBoxLayout(this);

    auto *hint = new QLabel(tr("Seret kotak, sisi atau sudutnya dengan tetikus, atau gambar kotak baru di luarnya. "
                               "Panah menggeser kotak, Shift+panah mengubah ukurannya (Ctrl: langkah 10 mm). "
                               "Bagian yang gelap dibuang."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_view = new CropView(this);
    m_view->setPage(page, m_dpi);
    layout->addWidget(m_view, 1);

    const QSizeF pageMm(toMm(page.width()), toMm(page.height()));
    const QSize minimum = m_view->minimumCrop();
    auto field = [this](const QString &name, double min, double max) {
        auto *spin = new QDoubleSpinBox(this);
        spin->setObjectName(name);
        spin->setDecimals(1);
        spin->setSingleStep(1.0);
        spin->setRange(min, max);
        spin->setSuffix(tr(" mm"));
        spin->setKeyboardTracking(false);   // applied when the officer leaves the field or steps it
        spin->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
        spin->setAlignment(Qt::AlignRight);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, spin] { fieldEdited(spin); });
        return spin;
    };
    m_left = field(QStringLiteral("cropLeftSpinBox"), 0, pageMm.width());
    m_top = field(QStringLiteral("cropTopSpinBox"), 0, pageMm.height());
    m_width = field(QStringLiteral("cropWidthSpinBox"), toMm(minimum.width()), pageMm.width());
    m_height = field(QStringLiteral("cropHeightSpinBox"), toMm(minimum.height()), pageMm.height());
    auto *grid = new QGridLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("&Kiri:"), m_left), 0, 0);
    grid->addWidget(m_left, 0, 1);
    grid->addWidget(label(tr("&Atas:"), m_top), 0, 2);
    grid->addWidget(m_top, 0, 3);
    grid->addWidget(label(tr("&Lebar:"), m_width), 1, 0);
    grid->addWidget(m_width, 1, 1);
    grid->addWidget(label(tr("&Tinggi:"), m_height), 1, 2);
    grid->addWidget(m_height, 1, 3);
    grid->setColumnStretch(4, 1);
    layout->addLayout(grid);
    m_sizeLabel = new QLabel(this);
    m_sizeLabel->setObjectName(QStringLiteral("cropSizeLabel"));
    layout->addWidget(m_sizeLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("cropOkButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cropCancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Batal"));
    auto *reset = buttons->addButton(tr("Setel &ulang"), QDialogButtonBox::ResetRole);
    reset->setObjectName(QStringLiteral("resetCropButton"));
    reset->setToolTip(tr("Pakai seluruh halaman (tanpa pangkas)"));
    reset->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reset, &QPushButton::clicked, this, &CropDialog::reset);
    connect(m_view, &CropView::cropChanged, this, &CropDialog::showRect);

    m_view->setCropRect(crop);
    showRect(m_view->cropRect());
    m_view->setFocus();
    resize(600, 760);
}

QRect CropDialog::cropRect() const
{
    return m_view->cropRect();
}

void CropDialog::setCropRect(const QRect &rect)
{
    m_view->setCropRect(rect);
}

void CropDialog::reset()
{
    m_view->setCropRect({});
}

double CropDialog::toMm(int pixels) const
{
    return pixels * 25.4 / m_dpi;
}

int CropDialog::toPixels(double mm) const
{
    return int(std::lround(mm / 25.4 * m_dpi));
}

void CropDialog::showRect(const QRect &rect)
{
    for (auto [spin, pixels] : {std::pair{m_left, rect.x()}, std::pair{m_top, rect.y()},
                                std::pair{m_width, rect.width()}, std::pair{m_height, rect.height()}}) {
        const QSignalBlocker block(spin);
        spin->setValue(toMm(pixels));
    }
    const QLocale locale;
    m_sizeLabel->setText(tr("Bagian yang disimpan: %1 × %2 mm (%3 × %4 piksel)")
                             .arg(locale.toString(toMm(rect.width()), 'f', 1), locale.toString(toMm(rect.height()), 'f', 1),
                                  locale.toString(rect.width()), locale.toString(rect.height())));
}

void CropDialog::fieldEdited(QDoubleSpinBox *field)
{
    const QRect r = m_view->cropRect();
    const QSize page = m_view->pageSize();
    const int value = toPixels(field->value());
    if (field == m_left)
        m_view->setCropRect(moveCropRect(r, QPoint(value - r.x(), 0), page));
    else if (field == m_top)
        m_view->setCropRect(moveCropRect(r, QPoint(0, value - r.y()), page));
    else if (field == m_width)
        m_view->setCropRect(resizeCropRect(r, Qt::RightEdge, QPoint(value - r.width(), 0), page, m_view->minimumCrop()));
    else
        m_view->setCropRect(resizeCropRect(r, Qt::BottomEdge, QPoint(0, value - r.height()), page, m_view->minimumCrop()));
    // A value the page does not allow shows the rectangle as it is kept.
    showRect(m_view->cropRect());
}

} // namespace loket::ui
