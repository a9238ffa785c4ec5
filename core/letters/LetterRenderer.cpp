#include "LetterRenderer.h"

#include "common/Error.h"
#include "print/IndonesianDate.h"
#include "print/PageRenderer.h"
#include "print/QrCode.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <cmath>

namespace loket {

namespace {

constexpr int kDpi = 300;
constexpr double kFontPt = 11;

QFont font(double pt, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

QString e(const QString &text)
{
    return text.toHtmlEscaped();
}

QString numberText(const LetterContent &c)
{
    return c.number.isEmpty() ? QStringLiteral("[diberikan saat ditandatangani]") : c.number;
}

// The flowing part: title and number (or the dinas letter's head), then the body.
QString flowHtml(const LetterContent &c)
{
    QString html;
    if (c.kind == QStringLiteral("surat")) {
        const auto row = [](const QString &label, const QString &value) {
            return QStringLiteral("<tr><td width=\"24%\" valign=\"top\">%1</td><td width=\"4%\" valign=\"top\">:</td><td valign=\"top\">%2</td></tr>").arg(label, value);
        };
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"60%\" valign=\"top\">"
                               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">%1%2%3%4</table></td>"
                               "<td width=\"40%\" valign=\"top\" align=\"right\">%5, %6</td></tr></table>")
                    .arg(row(QStringLiteral("Nomor"), e(numberText(c))), row(QStringLiteral("Sifat"), QStringLiteral("Biasa")),
                         row(QStringLiteral("Lampiran"), e(c.attachment.isEmpty() ? QStringLiteral("-") : c.attachment)),
                         row(QStringLiteral("Perihal"), QStringLiteral("<b>%1</b>").arg(e(c.subject))), e(c.place),
                         e(IndonesianDate::format(c.date)));
        if (!c.addressee.isEmpty())
            html += QStringLiteral("<p style=\"margin-top:12px\">%1<br>Yth. %2</p>")
                        .arg(QStringLiteral("Kepada"), e(c.addressee).replace(u'\n', QStringLiteral("<br>")));
    } else {
        html += QStringLiteral("<p align=\"center\" style=\"margin-bottom:10px\"><span style=\"font-size:%1pt\"><b><u>%2</u></b></span>"
                               "<br>%3: %4</p>")
                    .arg(kFontPt + 1).arg(e(c.title), QStringLiteral("Nomor"), e(numberText(c)));
    }
    html += c.bodyHtml;
    return html;
}

// The signature block's text (right-hand column), centred line by line; the space for the wet
// signature and stamp is the top margin of the name's paragraph.
QString signatureHtml(const LetterContent &c, double spacePx)
{
    QStringList top;
    if (c.kind != QStringLiteral("surat"))
        top << QStringLiteral("%1, %2").arg(e(c.place), e(IndonesianDate::format(c.date)));
    for (const QString &line : LetterRenderer::titleLines(c))
        top << e(line);
    QStringList bottom{QStringLiteral("<b><u>%1</u></b>").arg(e(c.signer.fullName))};
    if (!c.signer.rankGrade.isEmpty())
        bottom << e(c.signer.rankGrade);
    if (!c.signer.nip.isEmpty())
        bottom << QStringLiteral("NIP. ") + e(c.signer.nip);
    return QStringLiteral("<p align=\"center\" style=\"margin:0\">%1</p><p align=\"center\" style=\"margin-top:%2px\">%3</p>")
        .arg(top.join(QStringLiteral("<br>"))).arg(int(spacePx)).arg(bottom.join(QStringLiteral("<br>")));
}

void paintMark(QPainter &p, const QRectF &page, LetterMark mark, int dpi)
{
    if (mark == LetterMark::None)
        return;
    const QString text = mark == LetterMark::Draft ? QStringLiteral("KONSEP") : QStringLiteral("SALINAN");
    p.save();
    // A boxed word in the footer at the left, read by anyone and by pdftotext ...
    p.setFont(font(11, true));
    p.setPen(QPen(Qt::black, PageRenderer::mm(0.4, dpi)));
    const QRectF box = p.boundingRect(QRectF(0, 0, page.width(), page.height()), Qt::AlignLeft | Qt::AlignTop, text)
                           .adjusted(0, 0, PageRenderer::mm(4, dpi), PageRenderer::mm(1.5, dpi));
    const QRectF placed = box.translated(0, page.height() - box.height());
    p.drawRect(placed);
    p.drawText(placed, Qt::AlignCenter, text);
    // ... and large and faint across the page, so a photocopy shows it too.
    p.setPen(QColor(0, 0, 0, 40));
    p.setFont(font(72, true));
    p.translate(page.width() / 2, page.height() / 2);
    p.rotate(-35);
    p.drawText(QRectF(-page.width(), -page.height() / 4, 2 * page.width(), page.height() / 2), Qt::AlignCenter, text);
    p.restore();
}

} // namespace

QPageSize LetterRenderer::pageSize(const QString &paper)
{
    if (paper == QStringLiteral("a4"))
        return QPageSize(QPageSize::A4);
    if (paper == QStringLiteral("f4"))
        return QPageSize(QSizeF(215, 330), QPageSize::Millimeter, QStringLiteral("F4"), QPageSize::ExactMatch);
    throw Error::invalid(tr("Kertas \"%1\" tidak dikenal: a4 atau f4.").arg(paper.left(10)));
}

QStringList LetterRenderer::titleLines(const LetterContent &c)
{
    QStringList lines;
    if (!c.authority.isEmpty())
        lines << c.authority;
    const LetterSignature &s = c.signer;
    if ((s.delegation == QStringLiteral("a.n.") || s.delegation == QStringLiteral("u.b.")) && !s.principalTitle.isEmpty()) {
        lines << s.delegation + u' ' + s.principalTitle;
        lines << s.title;
    } else if (s.delegation == QStringLiteral("Plt.") || s.delegation == QStringLiteral("Plh.")) {
        lines << s.delegation + u' ' + s.title.toUpper();
    } else {
        lines << s.title.toUpper();
    }
    return lines;
}

int LetterRenderer::paint(QPagedPaintDevice *device, const LetterContent &c, const QString &sealUrl, const Office &office,
                          const QByteArray &logo, LetterMark mark)
{
    const int dpi = device->logicalDpiY();
    const QRectF page = device->pageLayout().paintRectPixels(dpi);
    const double width = page.width();
    const auto mm = [dpi](double v) { return PageRenderer::mm(v, dpi); };
    QPainter p(device);
    p.setRenderHint(QPainter::Antialiasing);
    const double top = PageRenderer::paintLetterhead(p, width, dpi, office, logo);
    const double footer = mm(9);
    const double bodyHeight = page.height() - top - footer;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(font(kFontPt));
    doc.setHtml(flowHtml(c));
    doc.setPageSize(QSizeF(width, bodyHeight));   // paginated: no line is cut at a page edge
    const int bodyPages = qMax(1, doc.pageCount());
    const double bottom = doc.documentLayout()->blockBoundingRect(doc.lastBlock()).bottom();

    // The signature block: the titles and name on the right, the QR seal on the left.
    QImage qr;
    double qrSize = mm(kMinQrMm);
    if (!sealUrl.isEmpty()) {
        const QImage modules = QrCode::image(sealUrl);
        // Whole device pixels a module, at least 0.4 mm (about 3 pixels of a 200-dpi scan) and the
        // whole code at least kMinQrMm wide; scaled here without smoothing, so that no viewer or
        // printer has to enlarge (and blur) it.
        const int perModule = qMax(int(std::ceil(mm(0.4))), int(std::ceil(qrSize / modules.width())));
        qr = modules.scaled(modules.width() * perModule, modules.height() * perModule, Qt::IgnoreAspectRatio, Qt::FastTransformation);
        qrSize = qr.width();
    }
    QTextDocument sig;
    sig.documentLayout()->setPaintDevice(device);
    sig.setDocumentMargin(0);
    sig.setDefaultFont(font(kFontPt));
    sig.setHtml(signatureHtml(c, mm(24) * 96.0 / dpi));
    sig.setTextWidth(width * 0.5);
    QTextDocument caption;
    caption.documentLayout()->setPaintDevice(device);
    caption.setDocumentMargin(0);
    caption.setDefaultFont(font(7));
    caption.setHtml(sealUrl.isEmpty()
                        ? QStringLiteral("<p align=\"center\">Segel QR dibubuhkan saat surat ditandatangani.</p>")
                        : QStringLiteral("<p align=\"center\">Pindai untuk memeriksa keaslian surat.<br>%1</p>").arg(e(c.number)));
    caption.setTextWidth(qMax(qrSize, mm(40)));
    const double gap = mm(6);
    const double blockHeight = qMax(sig.size().height(), qrSize + mm(1) + caption.size().height());

    int sigPage = bodyPages - 1;
    double sigTop = bottom - sigPage * bodyHeight + gap;
    if (sigTop + blockHeight > bodyHeight) {   // not enough room under the text: a page of its own
        sigPage = bodyPages;
        sigTop = 0;
    }
    const int pages = sigPage + 1;

    for (int i = 0; i < pages; ++i) {
        if (i > 0) {
            device->newPage();
            // Later pages: the letter's number and the page, over a rule, where the kop surat was.
            p.setFont(font(9));
            p.setPen(Qt::black);
            const QRectF head(0, 0, width, mm(8));
            p.drawText(head, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Nomor: %1").arg(numberText(c)));
            p.drawText(head, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Halaman %1 dari %2").arg(i + 1).arg(pages));
            p.setPen(QPen(Qt::black, mm(0.25)));
            p.drawLine(QPointF(0, mm(9)), QPointF(width, mm(9)));
        }
        if (i < bodyPages) {
            p.save();
            p.translate(0, top - i * bodyHeight);
            doc.drawContents(&p, QRectF(0, i * bodyHeight, width, bodyHeight));
            p.restore();
        }
        if (i == sigPage) {
            const double y = top + sigTop;
            p.save();
            p.translate(width - sig.textWidth(), y);
            sig.drawContents(&p);
            p.restore();
            const double qrLeft = mm(2);
            const double qrTop = y + qMax(0.0, (sig.size().height() - qrSize - caption.size().height()) / 2);
            if (!qr.isNull()) {
                p.save();
                p.setRenderHint(QPainter::SmoothPixmapTransform, false);
                p.drawImage(QRectF(qrLeft, qrTop, qrSize, qrSize), qr);
                p.restore();
            } else {
                p.setPen(QPen(Qt::black, mm(0.3), Qt::DashLine));
                p.drawRect(QRectF(qrLeft, qrTop, qrSize, qrSize));
            }
            p.save();
            p.translate(qrLeft + qrSize / 2 - caption.textWidth() / 2, qrTop + qrSize + mm(1));
            caption.drawContents(&p);
            p.restore();
        }
        if (pages > 1) {
            p.setFont(font(8));
            p.setPen(Qt::black);
            p.drawText(QRectF(0, page.height() - mm(6), width, mm(6)), Qt::AlignHCenter | Qt::AlignBottom,
                       QStringLiteral("Halaman %1 dari %2").arg(i + 1).arg(pages));
        }
        paintMark(p, page, mark, dpi);
    }
    return pages;
}

QByteArray LetterRenderer::pdf(const LetterContent &content, const QString &sealUrl, const Office &office, const QByteArray &logo,
                               LetterMark mark, int *pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageSize(pageSize(content.paper));
        writer.setPageMargins(PageRenderer::margins(), QPageLayout::Millimeter);
        writer.setTitle(content.number.isEmpty() ? content.subject : content.subject + QStringLiteral(" ") + content.number);
        writer.setCreator(QStringLiteral("Loket"));
        const int n = paint(&writer, content, sealUrl, office, logo, mark);
        if (pages)
            *pages = n;
    }
    return bytes;
}

} // namespace loket
