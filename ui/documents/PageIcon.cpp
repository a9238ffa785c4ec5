#include "PageIcon.h"

#include <QCoreApplication>
#include <QPainter>

namespace loket::ui {

QPixmap pageIcon(const QImage &thumbnail, int side, PageMark mark, bool processing)
{
    QPixmap canvas(side, side);
    canvas.fill(Qt::transparent);
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::Antialiasing);
    const QSize fitted = thumbnail.size().scaled(QSize(side - 8, side - 8), Qt::KeepAspectRatio);
    const QRect target(QPoint((side - fitted.width()) / 2, (side - fitted.height()) / 2), fitted);
    painter.drawImage(target, thumbnail);
    painter.setPen(QPen(QColor(0x90, 0x90, 0x90), 1));
    painter.drawRect(target.adjusted(0, 0, -1, -1));
    auto badge = [&](const QString &text, const QColor &background, bool top) {
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(12);
        painter.setFont(font);
        const QRect band(target.left(), top ? target.top() : target.bottom() - 18, target.width(), 18);
        painter.fillRect(band, background);
        painter.setPen(Qt::white);
        painter.drawText(band, Qt::AlignCenter, text);
    };
    if (mark == PageMark::Failed) {
        painter.setPen(QPen(QColor(0xc6, 0x28, 0x28), 3));
        painter.drawRect(target.adjusted(1, 1, -2, -2));
        badge(QCoreApplication::translate("loket::ui::PageEditor", "GAGAL"), QColor(0xc6, 0x28, 0x28), true);
    } else if (mark == PageMark::Blank) {
        painter.setPen(QPen(QColor(0xef, 0x6c, 0x00), 3));
        painter.drawRect(target.adjusted(1, 1, -2, -2));
        badge(QCoreApplication::translate("loket::ui::PageEditor", "KOSONG?"), QColor(0xef, 0x6c, 0x00), true);
    }
    if (processing && mark != PageMark::Failed)
        badge(QCoreApplication::translate("loket::ui::PageEditor", "memproses…"), QColor(0x45, 0x5a, 0x64), false);
    painter.end();
    return canvas;
}

} // namespace loket::ui
