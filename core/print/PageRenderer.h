// One printed page on the office letterhead: the kop surat (logo, centred lines, double rule)
// drawn with QPainter, then an HTML body laid out by QTextDocument and shrunk until it fits.
// Paints on any QPagedPaintDevice: a QPdfWriter here, a QPrinter in the UI.
#pragma once

#include "office/OfficeService.h"

#include <QImage>
#include <QMap>
#include <QPageSize>
#include <QPagedPaintDevice>

class QPainter;

namespace loket {

struct PageContent
{
    QString html;
    QMap<QString, QImage> images;   // referenced in the HTML as <img src="NAME">
    double baseFontPt = 11;
    double minFontPt = 7;
};

class PageRenderer
{
public:
    // Millimetres to device pixels for a device at `dpi`.
    static double mm(double millimetres, int dpi) { return millimetres * dpi / 25.4; }
    // Image sizes in the HTML body are CSS pixels (96 per inch); QTextDocument scales them to the device.
    static int htmlPixels(double millimetres) { return int(millimetres * 96 / 25.4 + 0.5); }
    // The margins of every printed page (left/right 18 mm, top/bottom 12 mm), for PDFs and printers alike.
    static QMarginsF margins() { return QMarginsF(18, 12, 18, 12); }

    // Draws the kop surat (logo, centred lines, double rule) across `width` device pixels at the
    // painter's origin and returns the height it takes, with the space under it.
    static double paintLetterhead(QPainter &p, double width, int dpi, const Office &office, const QByteArray &logo);
    static void paint(QPagedPaintDevice *device, const Office &office, const QByteArray &logo, const PageContent &content);
    static QByteArray pdf(const QPageSize &pageSize, const QString &title, const Office &office, const QByteArray &logo,
                          const PageContent &content);
    // HTML-escaped text.
    static QString esc(const QString &text);
};

} // namespace loket
