// Moves requests through the one workflow: each action is checked against the state machine
// and the user's roles in core, recorded as an immutable event (also an audit entry), and the
// request's cached status and due date are re-derived from all its events.
#pragma once

#include "RequestFold.h"
#include "auth/Session.h"
#include "storage/Store.h"

#include <QCoreApplication>

namespace loket {

class ChangeSet;

struct QueueFilter
{
    QString status;
    QString channel;
    QString serviceCode;
    bool overdueOnly = false;
    QString assignedTo;   // user id; "mine" is the caller's
    int limit = 100;
};

struct QueueItem
{
    QString tracking;
    QString status;
    QString channel;
    QString serviceCode;
    QString residentName;
    QString submittedAt;
    QDate dueDate;
    QString assignedTo;
    bool overdue = false;
};

class WorkflowService
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowService)

public:
    explicit WorkflowService(Store &store);

    // Returns the new status. Throws Error::invalid/denied naming the status or role; records nothing then.
    QString advance(const Session &session, const QString &tracking, const QString &action, const QString &reason,
                    const QString &note = QString());
    void assign(const Session &session, const QString &tracking, const QString &username);
    // An officer settles a conflict: the conflicting event stays in the history, not applied,
    // and is no longer shown as open. The note says what was done about it.
    void resolveConflict(const Session &session, const QString &tracking, const QString &eventId, const QString &note);
    QList<QueueItem> queue(const Session &session, const QueueFilter &filter) const;

    // Folds the request's events; the due date (with pauses) when asked.
    static WorkflowState derive(const QSqlDatabase &db, const QString &requestId, const QDate &today, QDate *dueDate = nullptr);
    // The same, writing the derived status and due date to the request row (inside changes).
    static WorkflowState refresh(ChangeSet &changes, const QString &requestId);
    static void appendEvent(ChangeSet &changes, const QString &requestId, const QString &type, const QString &note,
                            const QJsonObject &payload);

private:
    Store &m_store;
};

} // namespace loket
