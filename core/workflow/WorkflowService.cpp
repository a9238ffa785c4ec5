#include "WorkflowService.h"

#include "RequestStateMachine.h"
#include "common/Error.h"
#include "intake/HolidayCalendar.h"
#include "intake/TrackingNumber.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <algorithm>

namespace loket {

WorkflowService::WorkflowService(Store &store)
    : m_store(store)
{
}

void WorkflowService::appendEvent(ChangeSet &changes, const QString &requestId, const QString &type, const QString &note,
                                  const QJsonObject &payload)
{
    changes.insert(QStringLiteral("request_event"),
                   {{QStringLiteral("request_id"), requestId},
                    {QStringLiteral("type"), type},
                    {QStringLiteral("actor_id"), changes.actor().userId},
                    {QStringLiteral("actor_name"), changes.actor().username},
                    {QStringLiteral("role"), changes.actor().role},
                    {QStringLiteral("node_id"), changes.node().nodeId},
                    {QStringLiteral("node_code"), changes.node().nodeCode},
                    {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(changes.wallClockMs()).toString(Qt::ISODate)},
                    {QStringLiteral("note"), note},
                    {QStringLiteral("payload"), QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))}},
                   QStringLiteral("request.") + type);
}

WorkflowState WorkflowService::derive(const QSqlDatabase &db, const QString &requestId, const QDate &today, QDate *dueDate)
{
    QList<WorkflowEvent> events;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, type, role, node_id, hlc, at, payload FROM request_event "
                                               "WHERE request_id = ? AND deleted = 0"), {requestId});
    while (q.next()) {
        WorkflowEvent e{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toLongLong(), QDateTime::fromString(q.value(5).toString(), Qt::ISODate).date(), QString()};
        if (e.type == QStringLiteral("conflict_resolved"))
            e.refersTo = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object().value(QStringLiteral("event_id")).toString();
        events.append(e);
    }
    const WorkingCalendar calendar = HolidayCalendar::calendar(db);
    const WorkflowState state = RequestFold::fold(events, calendar, today);
    if (dueDate) {
        QSqlQuery r = sql::exec(db, QStringLiteral("SELECT q.submitted_date, s.time_limit_days FROM request q "
                                                   "JOIN service_type s ON s.id = q.service_id WHERE q.id = ?"), {requestId});
        if (r.next())
            *dueDate = state.dueDate(calendar, QDate::fromString(r.value(0).toString(), Qt::ISODate), r.value(1).toInt());
    }
    return state;
}

WorkflowState WorkflowService::refresh(ChangeSet &changes, const QString &requestId)
{
    QDate due;
    const WorkflowState state = derive(changes.db(), requestId, QDateTime::fromMSecsSinceEpoch(changes.wallClockMs()).date(), &due);
    changes.update(QStringLiteral("request"), requestId,
                   {{QStringLiteral("status"), state.status}, {QStringLiteral("due_date"), due.toString(Qt::ISODate)}},
                   QStringLiteral("request.status"));   // writes and audits only what changed
    return state;
}

QString WorkflowService::advance(const Session &session, const QString &tracking, const QString &action, const QString &reason,
                                 const QString &note)
{
    session.any();
    const QString canonical = TrackingNumber::canonical(tracking);
    if (reason.size() > 2000 || note.size() > 2000)
        throw Error::invalid(tr("Alasan atau catatan terlalu panjang: paling banyak 2000 karakter."));
    const QString requestId = sql::scalar(m_store.db(), QStringLiteral("SELECT id FROM request WHERE tracking = ? AND deleted = 0"),
                                          {canonical}).toString();
    if (requestId.isEmpty())
        throw Error::notFound(tr("Permohonan %1 tidak ditemukan.").arg(canonical));

    // Checked before taking the write lock (to know the role acted in) and again inside it, so
    // two officers acting at once cannot both pass.
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_store.clock()()).date();
    const Role role = RequestStateMachine::check(action, derive(m_store.db(), requestId, today).status, session.roles, reason).role;
    ChangeSet changes(m_store, session.require(role));
    RequestStateMachine::check(action, derive(changes.db(), requestId, today).status, session.roles, reason);
    QString text = reason.trimmed();
    if (!note.trimmed().isEmpty())
        text = text.isEmpty() ? note.trimmed() : text + QStringLiteral(" — ") + note.trimmed();
    appendEvent(changes, requestId, RequestStateMachine::eventType(action), text,
                {{QStringLiteral("action"), action}, {QStringLiteral("reason"), reason.trimmed()}, {QStringLiteral("note"), note.trimmed()}});
    const WorkflowState after = refresh(changes, requestId);
    changes.commit();
    return after.status;
}

void WorkflowService::resolveConflict(const Session &session, const QString &tracking, const QString &eventId, const QString &note)
{
    const Actor actor = session.requireAny({Role::Officer, Role::Verifier, Role::Approver, Role::Admin});
    if (note.trimmed().isEmpty() || note.size() > 2000)
        throw Error::invalid(tr("Tuliskan bagaimana konflik diselesaikan (paling banyak 2000 karakter)."));
    const QString canonical = TrackingNumber::canonical(tracking);
    ChangeSet changes(m_store, actor);
    const QString requestId = sql::scalar(changes.db(), QStringLiteral("SELECT id FROM request WHERE tracking = ? AND deleted = 0"),
                                          {canonical}).toString();
    if (requestId.isEmpty())
        throw Error::notFound(tr("Permohonan %1 tidak ditemukan.").arg(canonical));
    const WorkflowState state = derive(changes.db(), requestId, QDateTime::fromMSecsSinceEpoch(changes.wallClockMs()).date());
    const bool open = std::any_of(state.conflicts.cbegin(), state.conflicts.cend(),
                                  [&](const WorkflowConflict &c) { return c.eventId == eventId; });
    if (!open)
        throw Error::invalid(tr("Permohonan %1 tidak memiliki konflik terbuka dengan peristiwa %2.").arg(canonical, eventId.left(40)));
    appendEvent(changes, requestId, QStringLiteral("conflict_resolved"), note.trimmed(), {{QStringLiteral("event_id"), eventId}});
    refresh(changes, requestId);
    changes.commit();
}

void WorkflowService::assign(const Session &session, const QString &tracking, const QString &username)
{
    const Actor actor = session.requireAny({Role::Officer, Role::Verifier, Role::Approver, Role::Admin});
    const QString canonical = TrackingNumber::canonical(tracking);
    QSqlQuery u = sql::exec(m_store.db(), QStringLiteral("SELECT id, roles, active FROM app_user WHERE username = ? AND deleted = 0"),
                            {username.trimmed()});
    if (!u.next() || !u.value(2).toBool())
        throw Error::notFound(tr("Pengguna aktif %1 tidak ditemukan.").arg(username.left(40)));
    const QString userId = u.value(0).toString();
    if (userId != session.userId && !session.has(Role::Admin) && !session.has(Role::Approver) && !session.has(Role::Verifier))
        throw Error::denied(tr("Petugas hanya dapat mengambil permohonan untuk dirinya sendiri."));
    ChangeSet changes(m_store, actor);
    const QString requestId = sql::scalar(changes.db(), QStringLiteral("SELECT id FROM request WHERE tracking = ? AND deleted = 0"),
                                          {canonical}).toString();
    if (requestId.isEmpty())
        throw Error::notFound(tr("Permohonan %1 tidak ditemukan.").arg(canonical));
    if (changes.update(QStringLiteral("request"), requestId, {{QStringLiteral("assigned_to"), userId}}, QStringLiteral("request.assign")))
        appendEvent(changes, requestId, QStringLiteral("assigned"), username.trimmed(), {{QStringLiteral("user_id"), userId}});
    changes.commit();
}

QList<QueueItem> WorkflowService::queue(const Session &session, const QueueFilter &f) const
{
    session.any();
    if (f.limit < 1 || f.limit > 10000)
        throw Error::invalid(tr("Batas daftar harus 1–10000."));
    const QString today = QDateTime::fromMSecsSinceEpoch(m_store.clock()()).date().toString(Qt::ISODate);
    QSqlQuery q = sql::exec(m_store.db(), QStringLiteral(
        "SELECT q.tracking, q.status, q.channel, q.service_code, r.full_name, q.submitted_at, q.due_date, COALESCE(u.username, '') "
        "FROM request q JOIN resident r ON r.id = q.resident_id LEFT JOIN app_user u ON u.id = q.assigned_to "
        "WHERE q.deleted = 0 AND (? = '' OR q.status = ?) AND (? = '' OR q.channel = ?) AND (? = '' OR q.service_code = ?) "
        "AND (? = '' OR q.assigned_to = ?) "
        "AND (? = 0 OR (q.due_date < ? AND q.status NOT IN ('completed', 'rejected', 'cancelled'))) "
        "ORDER BY q.due_date, q.submitted_at LIMIT ?"),
        {f.status, f.status, f.channel, f.channel, f.serviceCode.toUpper(), f.serviceCode.toUpper(), f.assignedTo, f.assignedTo,
         f.overdueOnly ? 1 : 0, today, f.limit});
    QList<QueueItem> out;
    while (q.next()) {
        QueueItem item{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), QDate::fromString(q.value(6).toString(), Qt::ISODate),
                       q.value(7).toString(), false};
        item.overdue = !RequestStateMachine::isFinal(item.status) && item.dueDate.toString(Qt::ISODate) < today;
        out.append(item);
    }
    return out;
}

} // namespace loket
