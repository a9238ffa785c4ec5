#include "Printing.h"

#include "common/Error.h"
#include "print/PrintoutService.h"
#include "setup/AppServices.h"

#include <QCoreApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>

namespace loket::ui {

namespace {

QString trPrint(const char *text)
{
    return QCoreApplication::translate("Printing", text);
}

void setUp(QPrinter &printer, const PrintJob &job)
{
    printer.setDocName(job.title);
    printer.setCreator(QStringLiteral("Loket"));
    printer.setPageSize(job.pageSize);
    printer.setPageMargins(PageRenderer::margins(), QPageLayout::Millimeter);
}

void paintOn(AppServices &services, QPrinter *printer, const PrintJob &job)
{
    const OfficeService &office = services.office();
    PageRenderer::paint(printer, office.office(), office.logo(), job.content);
}

} // namespace

QStringList printerNames()
{
    QStringList names;
    const QString preferred = QPrinterInfo::defaultPrinterName();
    if (!preferred.isEmpty())
        names << preferred;
    const QStringList all = QPrinterInfo::availablePrinterNames();
    for (const QString &name : all)
        if (name != preferred)
            names << name;
    return names;
}

bool previewAndPrint(AppServices &services, QWidget *parent, const PrintJob &job)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, job);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(trPrint("Pratinjau cetak — %1").arg(job.title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&services, &job](QPrinter *target) { paintOn(services, target, job); });
    return dialog.exec() == QDialog::Accepted;
}

void printTo(AppServices &services, const QString &printerName, const PrintJob &job)
{
    const QString name = printerName.isEmpty() ? QPrinterInfo::defaultPrinterName() : printerName;
    if (name.isEmpty())
        throw Error::invalid(trPrint("Belum ada printer yang terpasang di komputer ini."));
    if (!QPrinterInfo::availablePrinterNames().contains(name))
        throw Error::notFound(trPrint("Printer \"%1\" tidak ditemukan.").arg(name.left(80)));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(name);
    if (!printer.isValid())
        throw Error::invalid(trPrint("Printer \"%1\" tidak dapat dipakai.").arg(name.left(80)));
    setUp(printer, job);
    paintOn(services, &printer, job);
    if (printer.printerState() == QPrinter::Error)
        throw Error::storage(trPrint("Pencetakan ke \"%1\" gagal.").arg(name.left(80)));
}

void saveAsPdf(AppServices &services, const QString &path, const PrintJob &job)
{
    const OfficeService &office = services.office();
    PrintoutService::writeFile(path, PageRenderer::pdf(job.pageSize, job.title, office.office(), office.logo(), job.content));
}

} // namespace loket::ui
