#include "CupsPrinter.h"

#include "common/Error.h"

#include <QTemporaryFile>
#include <cups/cups.h>

namespace loket {

QStringList CupsPrinter::printers()
{
    cups_dest_t *dests = nullptr;
    const int n = cupsGetDests2(CUPS_HTTP_DEFAULT, &dests);
    QStringList out;
    for (int i = 0; i < n; ++i) {
        const QString name = QString::fromUtf8(dests[i].name);
        if (dests[i].instance)
            continue;
        if (dests[i].is_default)
            out.prepend(name);
        else
            out.append(name);
    }
    cupsFreeDests(n, dests);
    return out;
}

QString CupsPrinter::defaultPrinter()
{
    cups_dest_t *dests = nullptr;
    const int n = cupsGetDests2(CUPS_HTTP_DEFAULT, &dests);
    QString name;
    if (cups_dest_t *d = cupsGetDest(nullptr, nullptr, n, dests))
        name = QString::fromUtf8(d->name);
    cupsFreeDests(n, dests);
    return name;
}

QString CupsPrinter::media(const QString &paper)
{
    return paper == QStringLiteral("f4") ? QStringLiteral("Custom.215x330mm") : QStringLiteral("A4");
}

int CupsPrinter::print(const QString &printer, const QByteArray &pdf, const QString &title, int copies, const QString &media)
{
    if (copies < 1 || copies > 20)
        throw Error::invalid(tr("Jumlah salinan harus 1–20."));
    const QString target = printer.isEmpty() ? defaultPrinter() : printer;
    if (target.isEmpty())
        throw Error::device(tr("Tidak ada printer bawaan: pilih printer."));
    if (!printers().contains(target))
        throw Error::device(tr("Printer \"%1\" tidak dikenal oleh CUPS.").arg(target.left(80)));
    QTemporaryFile file;
    if (!file.open() || file.write(pdf) != pdf.size() || !file.flush())
        throw Error::device(tr("Berkas cetak sementara tidak dapat ditulis."));
    cups_option_t *options = nullptr;
    int count = 0;
    count = cupsAddOption("copies", QByteArray::number(copies).constData(), count, &options);
    count = cupsAddOption("media", media.toUtf8().constData(), count, &options);
    count = cupsAddOption("fit-to-page", "false", count, &options);
    const int job = cupsPrintFile2(CUPS_HTTP_DEFAULT, target.toUtf8().constData(), file.fileName().toUtf8().constData(),
                                   title.toUtf8().constData(), count, options);
    cupsFreeOptions(count, options);
    if (job <= 0)
        throw Error::device(tr("Printer \"%1\" menolak pekerjaan cetak: %2").arg(target, QString::fromUtf8(cupsLastErrorString())));
    return job;
}

} // namespace loket
