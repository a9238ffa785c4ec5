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
    auto q = sql::exec(db, QStringLiteral("SELECT id, type, role, node_id, hlc, at, payload FROM request_event "
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
        auto r = sql::exec(db, QStringLiteral("SELECT q.submitted_date, s.time_limit_days FROM request q "
                                                   "JOIN service_type s ON s.id = q.service_id WHERE q.id = ?"), {requestId});
        if (r.next())
            *dueDate = state.dueDate(calendar, QDate::fromString(r.value(0).toString(), Qt::ISODate), r.value(1).toInt());
    }
    return state;
}

QDate WorkflowService::foldDate(const QSqlDatabase &db, const QString &requestId)
{
    const QDate latest = QDateTime::fromString(sql::scalar(db, QStringLiteral("SELECT MAX(at) FROM request_event WHERE request_id = ? "
                                                                               "AND deleted = 0"), {requestId}).toString(),
                                               Qt::ISODate).date();
    return latest.isValid() ? latest : QDate::currentDate();
}

WorkflowState WorkflowService::refresh(ChangeSet &changes, const QString &requestId)
{
    QDate due;
    const WorkflowState state = derive(changes.db(), requestId, foldDate(changes.db(), requestId), &due);
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
    if (action == QStringLiteral("sign"))
        throw Error::invalid(tr("Permohonan ditandatangani dengan menerbitkan suratnya (Tandatangani surat, atau loket-cli letter issue)."));
    if (action == QStringLiteral("revoke-letter"))
        throw Error::invalid(tr("Surat ditarik kembali dengan mencabutnya atau membatalkan nomornya (loket-cli letter revoke)."));
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
    QJsonObject payload{{QStringLiteral("action"), action}, {QStringLiteral("reason"), reason.trimmed()},
                        {QStringLiteral("note"), note.trimmed()}};
    if (action == QStringLiteral("complete")) {
        // Which letter, and which print of it, was handed over.
        auto l = sql::exec(changes.db(), QStringLiteral(
            "SELECT l.id, l.number, (SELECT p.id FROM letter_print p WHERE p.letter_id = l.id AND p.deleted = 0 "
            "ORDER BY p.hlc DESC LIMIT 1) FROM letter l WHERE l.request_id = ? AND l.deleted = 0 "
            "AND NOT EXISTS (SELECT 1 FROM letter_revocation v WHERE v.letter_id = l.id AND v.deleted = 0) "
            "AND NOT EXISTS (SELECT 1 FROM letter_number n WHERE n.letter_id = l.id AND n.state = 'voided') "
            "ORDER BY l.hlc DESC LIMIT 1"), {requestId});
        if (l.next()) {
            payload.insert(QStringLiteral("letter_id"), l.value(0).toString());
            payload.insert(QStringLiteral("number"), l.value(1).toString());
            payload.insert(QStringLiteral("print_id"), l.value(2).toString());
        }
    }
    appendEvent(changes, requestId, RequestStateMachine::eventType(action), text, payload);
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
    auto u = sql::exec(m_store.db(), QStringLiteral("SELECT id, roles, active FROM app_user WHERE username = ? AND deleted = 0"),
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

namespace {

// The SQL of each order's sort columns (the request id breaks ties). Plain columns, so that an
// index on them serves the order and the keyset condition of the next page.
QStringList orderColumns(QueueOrder order)
{
    switch (order) {
    case QueueOrder::Due: return {QStringLiteral("q.due_date"), QStringLiteral("q.submitted_at")};
    case QueueOrder::Tracking: return {QStringLiteral("q.tracking")};
    case QueueOrder::Status: {
        // The order of the workflow, not the alphabet.
        QString cases;
        const QStringList statuses = RequestStateMachine::statuses();
        for (int i = 0; i < statuses.size(); ++i)
            cases += QStringLiteral(" WHEN '%1' THEN %2").arg(statuses.at(i)).arg(i);
        return {QStringLiteral("CASE q.status%1 ELSE 99 END").arg(cases)};
    }
    case QueueOrder::Channel: return {QStringLiteral("q.channel")};
    case QueueOrder::Service: return {QStringLiteral("q.service_code")};
    case QueueOrder::Resident: return {QStringLiteral("lower(r.full_name)")};
    case QueueOrder::Submitted: return {QStringLiteral("q.submitted_at")};
    case QueueOrder::Assigned: return {QStringLiteral("COALESCE(u.username, '')")};
    }
    return {QStringLiteral("q.due_date")};
}

// The filter's conditions on request q, with their values. Only the conditions that filter are
// written, so that SQLite can use the status index.
QString filterWhere(const QueueFilter &f, const QString &today, QVariantList &values)
{
    QStringList conditions{QStringLiteral("q.deleted = 0")};
    const auto add = [&](const QString &condition, const QVariant &value) {
        conditions << condition;
        values << value;
    };
    if (!f.status.isEmpty())
        add(QStringLiteral("q.status = ?"), f.status);
    if (!f.channel.isEmpty())
        add(QStringLiteral("q.channel = ?"), f.channel);
    if (!f.serviceCode.isEmpty())
        add(QStringLiteral("q.service_code = ?"), f.serviceCode.toUpper());
    if (!f.assignedTo.isEmpty())
        add(QStringLiteral("q.assigned_to = ?"), f.assignedTo);
    if (f.overdueOnly)
        add(QStringLiteral("q.due_date < ? AND q.status NOT IN ('completed', 'rejected', 'cancelled')"), today);
    return conditions.join(QStringLiteral(" AND "));
}

bool overdueOn(const QString &status, const QDate &due, const QDate &today)
{
    return !RequestStateMachine::isFinal(status) && due.isValid() && due < today;
}

// One page of the queue. The page is chosen on the request table alone (joining only what the
// order needs), then the rows of that page are joined with their residents and users: with
// hundreds of thousands of requests, joining every row before sorting would dominate.
QList<QueueItem> selectQueue(const QSqlDatabase &db, const QueueFilter &f, const QDate &today, const QString &extraWhere,
                             const QVariantList &extraValues)
{
    const QStringList columns = orderColumns(f.order);
    const QString dir = f.descending ? QStringLiteral(" DESC") : QString();
    QString joins;
    if (f.order == QueueOrder::Resident)
        joins += QStringLiteral(" JOIN resident r ON r.id = q.resident_id");
    if (f.order == QueueOrder::Assigned)
        joins += QStringLiteral(" LEFT JOIN app_user u ON u.id = q.assigned_to");
    QStringList keys, keyColumns, innerOrder, outerOrder;
    for (int i = 0; i < columns.size(); ++i) {
        keys << QStringLiteral("%1 AS k%2").arg(columns.at(i)).arg(i);
        keyColumns << QStringLiteral("p.k%1").arg(i);
        innerOrder << columns.at(i) + dir;
        outerOrder << QStringLiteral("p.k%1").arg(i) + dir;
    }
    innerOrder << QStringLiteral("q.id") + dir;
    outerOrder << QStringLiteral("p.id") + dir;

    QVariantList values;
    QString where = filterWhere(f, today.toString(Qt::ISODate), values) + extraWhere;
    values << extraValues;
    if (f.after && f.after->keys.size() == columns.size()) {
        QStringList marks;
        for (const QVariant &key : std::as_const(f.after->keys)) {
            marks << QStringLiteral("?");
            values << key;
        }
        marks << QStringLiteral("?");
        values << f.after->id;
        where += QStringLiteral(" AND (%1, q.id) %2 (%3)")
                     .arg(columns.join(QStringLiteral(", ")), f.descending ? QStringLiteral("<") : QStringLiteral(">"),
                          marks.join(QStringLiteral(", ")));
    }
    values << f.limit;
    const QString statement = QStringLiteral(
        "SELECT p.id, p.tracking, p.status, p.channel, p.service_code, r.full_name, p.submitted_at, p.due_date, "
        "COALESCE(u.username, ''), %1 "
        "FROM (SELECT q.id, q.tracking, q.status, q.channel, q.service_code, q.resident_id, q.submitted_at, q.due_date, "
        "q.assigned_to, %2 FROM request q%3 WHERE %4 ORDER BY %5 LIMIT ?) p "
        "JOIN resident r ON r.id = p.resident_id LEFT JOIN app_user u ON u.id = p.assigned_to "
        "ORDER BY %6").arg(keyColumns.join(QStringLiteral(", ")), keys.join(QStringLiteral(", ")), joins, where,
                          innerOrder.join(QStringLiteral(", ")), outerOrder.join(QStringLiteral(", ")));
    auto q = sql::execList(db, statement, values);
    const int firstKey = 9;
    QList<QueueItem> out;
    while (q.next()) {
        QueueItem item{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                       q.value(5).toString(), q.value(6).toString(), QDate::fromString(q.value(7).toString(), Qt::ISODate),
                       q.value(8).toString(), false, q.value(0).toString(), {}};
        for (int i = 0; i < columns.size(); ++i)
            item.position.keys << q.value(firstKey + i);
        item.position.id = item.id;
        item.overdue = overdueOn(item.status, item.dueDate, today);
        out.append(item);
    }
    return out;
}

} // namespace

QList<QueueItem> WorkflowService::queue(const Session &session, const QueueFilter &f) const
{
    session.any();
    if (f.limit < 1 || f.limit > 10000)
        throw Error::invalid(tr("Batas daftar harus 1–10000."));
    return selectQueue(m_store.db(), f, QDateTime::fromMSecsSinceEpoch(m_store.clock()()).date(), QString(), {});
}

int WorkflowService::queueCount(const Session &session, const QueueFilter &f) const
{
    session.any();
    QVariantList values;
    const QString today = QDateTime::fromMSecsSinceEpoch(m_store.clock()()).date().toString(Qt::ISODate);
    const QString where = filterWhere(f, today, values);
    auto q = sql::execList(m_store.db(), QStringLiteral("SELECT COUNT(*) FROM request q WHERE ") + where, values);
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<QueueItem> WorkflowService::queueItem(const Session &session, const QString &tracking) const
{
    session.any();
    QueueFilter f;
    f.limit = 1;
    const QList<QueueItem> items = selectQueue(m_store.db(), f, QDateTime::fromMSecsSinceEpoch(m_store.clock()()).date(),
                                               QStringLiteral(" AND q.tracking = ?"), {TrackingNumber::canonical(tracking)});
    if (items.isEmpty())
        return std::nullopt;
    return items.first();
}

bool WorkflowService::isOverdue(const QString &status, const QDate &dueDate) const
{
    return overdueOn(status, dueDate, QDateTime::fromMSecsSinceEpoch(m_store.clock()()).date());
}

} // namespace loket
