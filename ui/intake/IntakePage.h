// The "Permohonan Baru" area: a walk-in or assisted request in three steps, all from the keyboard.
//   1. Pemohon   — the resident by NIK (live check, lookup, new-resident form) or by name search;
//   2. Layanan   — the service by typing part of its name or code, its standard, the papers received,
//                  the purpose and other fields, the channel, the duplicate warning, handouts;
//   3. Ringkasan — the summary, "incomplete" when a mandatory paper is missing, submit, then the
//                  tracking number, due date and the receipt (preview, a named printer or PDF).
// Enter moves forward, Esc goes back a step; every step keeps what was typed. Core checks every
// value and its message is shown in the banner; nothing is stored before the final submit, which
// stores the resident (new or edited) and the request in one transaction.
#pragma once

#include "auth/Session.h"
#include "IntakeResultPanel.h"
#include "intake/IntakeTypes.h"

#include <QWidget>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTextBrowser;

namespace loket {
class AppServices;
}

namespace loket::ui {

class ExtraFieldsEditor;
class MessageBanner;
class RequirementChecklist;
class ResidentForm;
class ResidentSearch;
class ServicePicker;

class IntakePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakePage)

public:
    enum Step { ResidentStep, ServiceStep, SummaryStep };

    IntakePage(AppServices &services, const Session &session, QWidget *parent = nullptr);

    void setDialogs(const IntakeDialogs &dialogs);
    int currentStep() const;
    // What Enter does: the next field that is still needed, the next step, or submit.
    void goForward();
    // What Esc does: one step back, keeping everything typed. Nothing after a submit.
    void goBack();
    // Empties the page for the next resident.
    void reset();
    const std::optional<Submission> &submission() const { return m_submission; }
    // loket.ini of this PC, where the scan dialog remembers the last scanner.
    void setSettingsFile(const QString &settingsFile);
    // After submitting: scan or add the papers of the chosen requirement, or view those attached.
    void scanPapers();
    void viewPapers();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildResidentStep();
    QWidget *buildServiceStep();
    QWidget *buildSummaryStep();
    void showStep(int step);
    // Puts the cursor where the current step's typing starts.
    void focusStep();
    bool advanceFromResident();
    bool advanceFromService();
    void onServiceChosen(const ServiceType &service);
    void onResidentPicked(const Resident &resident);
    void refreshDuplicateWarning();
    void refreshSummary();
    void updateSubmitState();
    QString missingMandatoryText() const;
    QMap<QString, QString> formFields() const;
    void submit();
    void showResult();
    void printStandard();
    void printLeaflet();

    AppServices &m_services;
    Session m_session;
    IntakeDialogs m_dialogs;
    std::optional<Submission> m_submission;

    QList<QLabel *> m_stepLabels;
    MessageBanner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_nextButton = nullptr;

    // 1. Pemohon
    ResidentForm *m_form = nullptr;
    ResidentSearch *m_search = nullptr;

    // 2. Layanan
    ServicePicker *m_picker = nullptr;
    QLabel *m_chosenService = nullptr;
    QTextBrowser *m_standard = nullptr;
    RequirementChecklist *m_checklist = nullptr;
    QLineEdit *m_purpose = nullptr;
    ExtraFieldsEditor *m_extraFields = nullptr;
    QRadioButton *m_walkIn = nullptr;
    QRadioButton *m_assisted = nullptr;
    QLabel *m_duplicate = nullptr;
    QPushButton *m_printStandard = nullptr;
    QPushButton *m_printLeaflet = nullptr;

    // 3. Ringkasan
    QTextBrowser *m_summary = nullptr;
    QCheckBox *m_incomplete = nullptr;
    QLabel *m_missingHint = nullptr;
    QPushButton *m_submitButton = nullptr;
    IntakeResultPanel *m_result = nullptr;
};

} // namespace loket::ui
