#include "PageRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace loket {

namespace {

constexpr int kDpi = 300;

} // namespace

double PageRenderer::paintLetterhead(QPainter &p, double width, int dpi, const Office &office, const QByteArray &logoBytes)
{
    const double logoSize = PageRenderer::mm(24, dpi);
    QImage logo;
    if (!logoBytes.isEmpty())
        logo.loadFromData(logoBytes);
    if (!logo.isNull()) {
        const QImage scaled = logo.scaled(int(logoSize), int(logoSize), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        p.drawImage(QPointF(0, 0), scaled);
    }
    QStringList lines = office.letterheadLines;
    if (lines.isEmpty())
        lines = OfficeService::defaultLetterhead(office);
    const double textLeft = logo.isNull() ? 0 : logoSize + PageRenderer::mm(3, dpi);
    const double textWidth = width - 2 * textLeft;   // keep the text centred on the page
    double y = 0;
    for (int i = 0; i < lines.size(); ++i) {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(i == 0 ? 12.5 : i == 1 ? 14.5 : 8.5);
        f.setBold(i <= 1);
        p.setFont(f);
        const QRectF box(textLeft, y, textWidth, 10000);
        const QRectF used = p.boundingRect(box, Qt::AlignHCenter | Qt::TextWordWrap, lines[i]);
        p.drawText(box, Qt::AlignHCenter | Qt::TextWordWrap, lines[i]);
        y += used.height();
    }
    y = qMax(y, logo.isNull() ? 0.0 : logoSize) + PageRenderer::mm(1.5, dpi);
    // Double rule under the letterhead: a thick line over a thin one.
    p.setPen(QPen(Qt::black, PageRenderer::mm(0.8, dpi)));
    p.drawLine(QPointF(0, y), QPointF(width, y));
    y += PageRenderer::mm(1.1, dpi);
    p.setPen(QPen(Qt::black, PageRenderer::mm(0.25, dpi)));
    p.drawLine(QPointF(0, y), QPointF(width, y));
    return y + PageRenderer::mm(4, dpi);
}

QString PageRenderer::esc(const QString &text)
{
    return text.toHtmlEscaped();
}

void PageRenderer::paint(QPagedPaintDevice *device, const Office &office, const QByteArray &logo, const PageContent &content)
{
    const int dpi = device->logicalDpiY();
    const QRectF page = device->pageLayout().paintRectPixels(dpi);
    QPainter p(device);
    p.setRenderHint(QPainter::Antialiasing);
    const double top = paintLetterhead(p, page.width(), dpi, office, logo);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    doc.setDocumentMargin(0);
    for (auto it = content.images.cbegin(); it != content.images.cend(); ++it)
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    const double available = page.height() - top;
    // Shrink the text until the body fits on the one page (a receipt never spills over).
    for (double pt = content.baseFontPt; pt >= content.minFontPt; pt -= 0.5) {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(pt);
        doc.setDefaultFont(f);
        doc.setHtml(content.html);
        doc.setTextWidth(page.width());
        if (doc.size().height() <= available)
            break;
    }
    p.translate(0, top);
    doc.drawContents(&p, QRectF(0, 0, page.width(), available));
}

QByteArray PageRenderer::pdf(const QPageSize &pageSize, const QString &title, const Office &office, const QByteArray &logo,
                             const PageContent &content)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageSize(pageSize);
        writer.setPageMargins(margins(), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Loket"));
        paint(&writer, office, logo, content);
    }
    return bytes;
}

} // namespace loket
