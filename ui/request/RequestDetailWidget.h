// One request as the counter works on it: the resident, the service standard, the requirement
// checklist with the attached documents (papers scanned or added and viewed there), the form
// fields, the timeline of events, open conflicts (settled here with a note) and only the actions
// the signed-in user may take now. Return and reject ask for the reason and then offer the notice
// for the resident (print or PDF).
// Core refuses what the user may not do; errors are shown in the page's banner.
#pragma once

#include "auth/Session.h"
#include "intake/IntakeTypes.h"
#include "letters/LetterDialog.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QFrame;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;
class QFormLayout;

namespace loket {
class AppServices;
}

namespace loket::ui {

class MessageBanner;
class RequirementsPanel;

class RequestDetailWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDetailWidget)

public:
    // banner: where errors from core (and confirmations) are shown; owned by the page.
    // settingsFile: the per-PC loket.ini where the scan dialog remembers the scanner (may be empty).
    RequestDetailWidget(AppServices &services, const Session &session, MessageBanner *banner,
                        const QString &settingsFile = QString(), QWidget *parent = nullptr);

    // Shows a request (tracking number as typed). On failure the banner says why and the request
    // shown before stays on screen.
    bool showRequest(const QString &tracking);
    // Reads the request shown again (after a change made elsewhere).
    bool reload();
    // The same, after a change noticed in the background: the banner's message is left as it is.
    void followChange();
    bool hasRequest() const { return !m_details.tracking.isEmpty(); }
    const RequestDetails &details() const { return m_details; }

    // Object name of an action's button: "verify" -> "verifyActionButton",
    // "to-signature" -> "toSignatureActionButton".
    static QString actionButtonName(const QString &action);

signals:
    // The request was changed here (action, assignment, conflict settled, papers attached): its
    // queue row is stale.
    void requestChanged(const QString &tracking);

private:
    QWidget *buildHeader();
    QWidget *buildBody();
    void render();
    void renderActions();
    void renderConflicts();
    void renderFields();
    void renderTimeline();

    void runAction(const QString &action);
    void openLetter(LetterDialog::Mode mode);
    void takeRequest();
    void assignToChosen();
    void resolveConflict(const QString &eventId);
    void printNotice();
    void saveNoticePdf();
    void afterChange(const QString &tracking, const QString &info);
    // Reads and shows a request; throws loket::Error with nothing changed.
    void read(const QString &tracking);
    void afterDocumentAttached();
    void refreshQuietly();
    std::optional<QString> askText(const QString &title, const QString &prompt, const QString &acceptText);

    AppServices &m_services;
    Session m_session;
    MessageBanner *m_banner;
    QString m_settingsFile;
    RequestDetails m_details;
    QString m_assignedTo;        // username, empty when nobody
    bool m_offerNotice = false;  // just returned or rejected here: the notice is offered

    QStackedWidget *m_stack = nullptr;
    QLabel *m_trackingLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_dueLabel = nullptr;
    QLabel *m_overdueBadge = nullptr;
    QLabel *m_assignedLabel = nullptr;
    QWidget *m_actionsBar = nullptr;
    QHBoxLayout *m_actionsLayout = nullptr;
    QPushButton *m_takeButton = nullptr;
    QComboBox *m_assigneeCombo = nullptr;
    QPushButton *m_assignButton = nullptr;
    QFrame *m_noticeBar = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QPushButton *m_printNoticeButton = nullptr;
    QPushButton *m_saveNoticeButton = nullptr;

    QGroupBox *m_conflictsBox = nullptr;
    QVBoxLayout *m_conflictsLayout = nullptr;
    QLabel *m_residentName = nullptr;
    QLabel *m_residentNik = nullptr;
    QLabel *m_residentAddress = nullptr;
    QLabel *m_channelLabel = nullptr;
    QLabel *m_submittedLabel = nullptr;
    QLabel *m_serviceLabel = nullptr;
    QLabel *m_serviceStandardLabel = nullptr;
    RequirementsPanel *m_requirements = nullptr;
    QFormLayout *m_fieldsLayout = nullptr;
    QVBoxLayout *m_timelineLayout = nullptr;
};

} // namespace loket::ui
