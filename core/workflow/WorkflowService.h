// Moves requests through the one workflow: each action is checked against the state machine
// and the user's roles in core, recorded as an immutable event (also an audit entry), and the
// request's cached status and due date are re-derived from all its events.
#pragma once

#include "RequestFold.h"
#include "auth/Session.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <optional>

namespace loket {

class ChangeSet;

// The order of the queue; each is a column of the queue screen. Ties are broken by the request id.
enum class QueueOrder { Due, Tracking, Status, Channel, Service, Resident, Submitted, Assigned };

// A position in the queue for keyset paging: the sort values and id of the last row already shown.
struct QueueCursor
{
    QVariantList keys;   // as read from the database (their types matter to the comparison)
    QString id;
};

struct QueueFilter
{
    QString status;
    QString channel;
    QString serviceCode;
    bool overdueOnly = false;
    QString assignedTo;   // user id; "mine" is the caller's
    int limit = 100;
    QueueOrder order = QueueOrder::Due;   // due date, then submission time
    bool descending = false;
    // Only the rows after this one in the order (the next page); stable while rows are added.
    std::optional<QueueCursor> after;
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
    QString id;
    QueueCursor position;   // pass as QueueFilter::after to get the rows that follow this one
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
    // At most filter.limit rows in filter.order, after filter.after when set.
    QList<QueueItem> queue(const Session &session, const QueueFilter &filter) const;
    // How many requests match the filter (limit, order and cursor ignored).
    int queueCount(const Session &session, const QueueFilter &filter) const;
    // The queue row of one request (tracking as typed), to refresh it after a change.
    std::optional<QueueItem> queueItem(const Session &session, const QString &tracking) const;
    // Past its due date and not finished, by the store's clock (as the queue marks it).
    bool isOverdue(const QString &status, const QDate &dueDate) const;

    // The day a request's stored due date is derived for: the day of its latest event, so every
    // counter holding the same events stores the same row.
    static QDate foldDate(const QSqlDatabase &db, const QString &requestId);
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
