// Sends a PDF to a CUPS queue (libcups), the one print path of core: what is printed is the very
// PDF that was rendered, on the paper it was rendered for.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace loket {

class CupsPrinter
{
    Q_DECLARE_TR_FUNCTIONS(CupsPrinter)

public:
    // The queues CUPS knows, the default one first.
    static QStringList printers();
    static QString defaultPrinter();
    // Prints pdf on printer (empty: the default) and returns the CUPS job id. `media` is a CUPS
    // media name (A4, or Custom.215x330mm for F4). Throws Error::device naming the printer and what
    // CUPS said; Error::invalid for copies outside 1–20.
    static int print(const QString &printer, const QByteArray &pdf, const QString &title, int copies, const QString &media);
    static QString media(const QString &paper);
};

} // namespace loket
