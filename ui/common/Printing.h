// Printing one page on the office letterhead from the desktop app: a preview in which the officer
// chooses the printer (or "Save as PDF"), or a direct print to a named CUPS queue. The page itself
// is drawn by core's PageRenderer, so what is printed matches the PDFs of loket-cli exactly.
#pragma once

#include "print/PageRenderer.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

class QWidget;

namespace loket {
class AppServices;
}

namespace loket::ui {

struct PrintJob
{
    QString title;            // the document name in the print queue, e.g. "Tanda terima L1-…"
    PageContent content;
    QPageSize pageSize = QPageSize(QPageSize::A4);
};

// Names of the printers Qt sees through CUPS, the default one first.
QStringList printerNames();

// Shows a print preview; the officer may change the printer, the paper or save as PDF.
// Returns true when the job was sent.
bool previewAndPrint(AppServices &services, QWidget *parent, const PrintJob &job);

// Prints without any dialog to `printerName` (empty: the default printer). Throws loket::Error when
// the printer is unknown or the job cannot be started.
void printTo(AppServices &services, const QString &printerName, const PrintJob &job);

// Writes the page as a PDF file (atomically). Throws loket::Error when the file cannot be written.
void saveAsPdf(AppServices &services, const QString &path, const PrintJob &job);

} // namespace loket::ui
