#include "IntakeResultPanel.h"

#include "IntakeWidgets.h"
#include "common/Error.h"
#include "common/MessageBanner.h"
#include "documents/DocumentViewer.h"
#include "documents/ScanDialog.h"
#include "print/IndonesianDate.h"
#include "print/ReceiptDocument.h"
#include "setup/AppServices.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

using intake::button;
using intake::heading;
using intake::kWarningStyle;

IntakeResultPanel::IntakeResultPanel(AppServices &services, const Session &session, MessageBanner *banner,
                                     const IntakeDialogs &dialogs, QWidget *parent)
    : QFrame(parent)
    , m_services(services)
    , m_session(session)
    , m_banner(banner)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("resultPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *result = new QVBoxLayout(this);
    result->addWidget(new QLabel(tr("Nomor pelacakan:"), this));
    m_tracking = new QLabel(this);
    m_tracking->setObjectName(QStringLiteral("trackingNumberLabel"));
    m_tracking->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont huge = m_tracking->font();
    huge.setPointSizeF(huge.pointSizeF() * 2.6);
    huge.setBold(true);
    huge.setFamily(QStringLiteral("monospace"));
    m_tracking->setFont(huge);
    result->addWidget(m_tracking);
    for (QLabel **label : {&m_due, &m_status, &m_missingPapers, &m_submissionWarnings}) {
        *label = new QLabel(this);
        (*label)->setWordWrap(true);
        (*label)->setTextFormat(Qt::PlainText);
        result->addWidget(*label);
    }
    m_due->setObjectName(QStringLiteral("dueDateLabel"));
    QFont dueFont = m_due->font();
    dueFont.setPointSizeF(dueFont.pointSizeF() * 1.2);
    dueFont.setBold(true);
    m_due->setFont(dueFont);
    m_status->setObjectName(QStringLiteral("submissionStatusLabel"));
    m_missingPapers->setObjectName(QStringLiteral("missingPapersLabel"));
    m_missingPapers->setStyleSheet(QString::fromLatin1(kWarningStyle));
    m_submissionWarnings->setObjectName(QStringLiteral("submissionWarningLabel"));
    m_submissionWarnings->setStyleSheet(QString::fromLatin1(kWarningStyle));

    result->addWidget(heading(tr("Tanda terima"), this, 1.0));
    auto *paperRow = new QHBoxLayout;
    auto *paperLabel = new QLabel(tr("Kertas:"), this);
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paperComboBox"));
    m_paper->addItem(tr("A5"), QStringLiteral("a5"));
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    paperLabel->setBuddy(m_paper);
    paperRow->addWidget(paperLabel);
    paperRow->addWidget(m_paper);
    paperRow->addStretch(1);
    result->addLayout(paperRow);
    m_previewReceipt = button(tr("Pratinjau dan cetak…"), QStringLiteral("printReceiptButton"), this);
    result->addWidget(m_previewReceipt);
    auto *printerRow = new QHBoxLayout;
    auto *printerLabel = new QLabel(tr("Printer:"), this);
    printerRow->addWidget(printerLabel);
    m_printer = new QComboBox(this);
    m_printer->setObjectName(QStringLiteral("printerComboBox"));
    m_printer->setMinimumContentsLength(12);
    printerLabel->setBuddy(m_printer);
    m_printReceipt = button(tr("Cetak ke printer ini"), QStringLiteral("printToPrinterButton"), this);
    printerRow->addWidget(m_printer, 1);
    printerRow->addWidget(m_printReceipt);
    result->addLayout(printerRow);
    m_saveReceipt = button(tr("Simpan sebagai PDF…"), QStringLiteral("saveReceiptPdfButton"), this);
    result->addWidget(m_saveReceipt);

    // The resident's papers, scanned or added from files into the request's requirement slots.
    result->addWidget(heading(tr("Berkas pemohon"), this, 1.0));
    m_paperSlot = new QComboBox(this);
    m_paperSlot->setObjectName(QStringLiteral("paperSlotComboBox"));
    result->addWidget(m_paperSlot);
    auto *papersRow = new QHBoxLayout;
    m_scanPapers = button(tr("Pindai / tambah berkas…"), QStringLiteral("scanPapersButton"), this);
    m_viewPapers = button(tr("Lihat berkas"), QStringLiteral("viewPapersButton"), this);
    papersRow->addWidget(m_scanPapers);
    papersRow->addWidget(m_viewPapers);
    result->addLayout(papersRow);
    m_papersLabel = new QLabel(this);
    m_papersLabel->setObjectName(QStringLiteral("papersLabel"));
    m_papersLabel->setWordWrap(true);
    result->addWidget(m_papersLabel);
    result->addStretch(1);
    m_newRequest = button(tr("&Permohonan baru"), QStringLiteral("newRequestButton"), this);
    result->addWidget(m_newRequest);

    connect(m_previewReceipt, &QPushButton::clicked, this, &IntakeResultPanel::previewReceipt);
    connect(m_printReceipt, &QPushButton::clicked, this, &IntakeResultPanel::printReceiptToPrinter);
    connect(m_saveReceipt, &QPushButton::clicked, this, &IntakeResultPanel::saveReceiptPdf);
    connect(m_newRequest, &QPushButton::clicked, this, &IntakeResultPanel::newRequestRequested);
    connect(m_scanPapers, &QPushButton::clicked, this, &IntakeResultPanel::scanPapers);
    connect(m_viewPapers, &QPushButton::clicked, this, &IntakeResultPanel::viewPapers);
}

void IntakeResultPanel::showSubmission(const Submission &submission)
{
    m_submission = submission;
    const Submission &s = *m_submission;
    m_tracking->setText(s.tracking);
    m_due->setText(tr("Perkiraan selesai: %1").arg(IndonesianDate::formatWithWeekday(s.dueDate)));
    m_status->setText(tr("Status: %1").arg(ReceiptDocument::statusLabel(s.status)));
    QStringList missing;   // the mandatory papers; an optional one not brought is not owed
    for (const RequirementState &r : s.missing())
        if (r.mandatory)
            missing << r.label;
    m_missingPapers->setText(tr("Berkas yang harus dibawa menyusul: %1").arg(missing.join(QStringLiteral("; "))));
    m_missingPapers->setVisible(!missing.isEmpty());
    m_submissionWarnings->setText(s.warnings.join(u'\n'));
    m_submissionWarnings->setVisible(!s.warnings.isEmpty());

    m_printer->clear();
    m_printer->addItems(printerNames());
    m_printReceipt->setEnabled(m_printer->count() > 0);
    if (m_printer->count() == 0)
        m_printer->setPlaceholderText(tr("tidak ada printer"));

    updatePapers();
    show();
}

void IntakeResultPanel::clear()
{
    m_submission.reset();
    m_tracking->clear();
    m_paperSlot->clear();
    hide();
}

void IntakeResultPanel::focusReceipt()
{
    m_previewReceipt->setFocus();
}

void IntakeResultPanel::scanPapers()
{
    if (!m_submission || m_paperSlot->currentIndex() < 0)
        return;
    const QString key = m_paperSlot->currentData().toString();
    ScanDialog dialog(m_services, m_session, m_submission->tracking, key, m_paperSlot->currentText(), this);
    if (!m_settingsFile.isEmpty())
        dialog.setSettingsFile(m_settingsFile);
    if (dialog.exec() == QDialog::Accepted)
        updatePapers();
}

void IntakeResultPanel::viewPapers()
{
    if (!m_submission)
        return;
    DocumentViewerDialog dialog(m_services, m_session, m_submission->tracking, this);
    dialog.exec();
}

void IntakeResultPanel::updatePapers()
{
    m_paperSlot->clear();
    if (!m_submission)
        return;
    for (const RequirementState &r : m_submission->requirements)
        m_paperSlot->addItem(r.label, r.key);
    int documents = 0;
    m_banner->attempt([&] { documents = int(m_services.documents().list(m_session, m_submission->tracking).size()); });
    m_papersLabel->setText(documents == 0 ? tr("Belum ada berkas yang dilampirkan.")
                                          : tr("%n berkas terlampir.", nullptr, documents));
    m_viewPapers->setEnabled(documents > 0);
}

std::optional<PrintJob> IntakeResultPanel::receiptJob()
{
    if (!m_submission)
        return std::nullopt;
    PrintJob job;
    const bool ok = m_banner->attempt([&] {
        job.pageSize = PrintoutService::pageSize(m_paper->currentData().toString());
        job.content = m_services.printouts().receipt(m_session, m_submission->tracking);
        job.title = tr("Tanda terima %1").arg(m_submission->tracking);
    });
    if (!ok)
        return std::nullopt;
    return job;
}

void IntakeResultPanel::previewReceipt()
{
    if (const auto job = receiptJob())
        m_dialogs.preview(*job);
}

void IntakeResultPanel::printReceiptToPrinter()
{
    const QString printer = m_printer->currentText();
    if (printer.isEmpty()) {
        m_banner->showError(tr("Belum ada printer yang terpasang: simpan tanda terima sebagai PDF, atau pasang printer dulu."));
        return;
    }
    const auto job = receiptJob();
    if (!job)
        return;
    if (m_banner->attempt([&] { printTo(m_services, printer, *job); }))
        m_banner->showInfo(tr("Tanda terima %1 dikirim ke printer %2.").arg(m_submission->tracking, printer));
}

void IntakeResultPanel::saveReceiptPdf()
{
    if (!m_submission)
        return;
    const QString suggested = QDir::home().filePath(QStringLiteral("tanda-terima-%1.pdf").arg(m_submission->tracking));
    const QString path = m_dialogs.savePath(suggested);
    if (path.isEmpty())
        return;
    const auto job = receiptJob();
    if (!job)
        return;
    if (m_banner->attempt([&] { saveAsPdf(m_services, path, *job); }))
        m_banner->showInfo(tr("Tanda terima disimpan: %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace loket::ui
