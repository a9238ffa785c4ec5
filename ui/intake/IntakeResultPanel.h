// What the counter hands the resident once a request is recorded: the tracking number in large
// type, the due date, the status and the papers still owed; the receipt (preview with a choice of
// printer, straight to a named printer, or saved as PDF, on A5 or A4); and the resident's papers,
// scanned or added into a requirement slot, or viewed once attached.
#pragma once

#include "auth/Session.h"
#include "common/Printing.h"
#include "intake/IntakeTypes.h"

#include <QFrame>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace loket {
class AppServices;
}

namespace loket::ui {

class MessageBanner;

// The two places the intake screen would block on a modal dialog; tests replace them.
struct IntakeDialogs
{
    // Shows a print preview (choose printer, paper, or save as PDF); true when printed.
    std::function<bool(const PrintJob &job)> preview;
    // Asks where to save a PDF; an empty string cancels.
    std::function<QString(const QString &suggestedPath)> savePath;
};

class IntakeResultPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeResultPanel)

public:
    // banner: where errors and confirmations are shown; dialogs: owned by the page, read when used.
    IntakeResultPanel(AppServices &services, const Session &session, MessageBanner *banner, const IntakeDialogs &dialogs,
                      QWidget *parent = nullptr);

    // Shows the request just recorded.
    void showSubmission(const Submission &submission);
    void clear();
    // loket.ini of this PC, where the scan dialog remembers the last scanner.
    void setSettingsFile(const QString &settingsFile) { m_settingsFile = settingsFile; }
    // Scan or add the papers of the chosen requirement; view those attached.
    void scanPapers();
    void viewPapers();
    // Where the cursor goes when the panel appears: the receipt.
    void focusReceipt();

signals:
    void newRequestRequested();

private:
    void updatePapers();
    std::optional<PrintJob> receiptJob();
    void previewReceipt();
    void printReceiptToPrinter();
    void saveReceiptPdf();

    AppServices &m_services;
    Session m_session;
    MessageBanner *m_banner;
    const IntakeDialogs &m_dialogs;
    std::optional<Submission> m_submission;
    QString m_settingsFile;

    QLabel *m_tracking = nullptr;
    QLabel *m_due = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_missingPapers = nullptr;
    QLabel *m_submissionWarnings = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_printer = nullptr;
    QPushButton *m_previewReceipt = nullptr;
    QPushButton *m_printReceipt = nullptr;
    QPushButton *m_saveReceipt = nullptr;
    QComboBox *m_paperSlot = nullptr;
    QPushButton *m_scanPapers = nullptr;
    QPushButton *m_viewPapers = nullptr;
    QLabel *m_papersLabel = nullptr;
    QPushButton *m_newRequest = nullptr;
};

} // namespace loket::ui
