#include "ChangeApplier.h"

#include "audit/AuditLog.h"
#include "common/Error.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"
#include "workflow/WorkflowService.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace loket {

namespace {

// A field's clock: the HLC of the write that set it, then the writing node (the tie-break).
struct Clock
{
    qint64 hlc = 0;
    QString node;
    bool operator>(const Clock &o) const { return hlc != o.hlc ? hlc > o.hlc : node > o.node; }
};

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toInteger() == b.toInteger() && a.toDouble() == b.toDouble();
    if (a.isBool() || b.isBool())   // a flag read back from SQLite is 0 or 1
        return (a.isBool() ? int(a.toBool()) : a.toInt()) == (b.isBool() ? int(b.toBool()) : b.toInt());
    return a == b;
}

QString textOf(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).chopped(1).mid(1);
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Columns a merge never takes from an edit: a request's status and due date are folded from its
// events, and the row's own stamp follows the newest write.
bool derivedField(const QString &table, const QString &field)
{
    if (field == QStringLiteral("id") || field == QStringLiteral("hlc") || field == QStringLiteral("changed_by")
        || field == QStringLiteral("changed_node"))
        return true;
    return table == QStringLiteral("request") && (field == QStringLiteral("status") || field == QStringLiteral("due_date"));
}

} // namespace

ChangeApplier::ChangeApplier(ChangeSet &changes)
    : m_changes(changes)
{
}

const QStringList &ChangeApplier::replicatedTables()
{
    // In an order in which every table's references come first (bootstrap checks use it).
    static const QStringList tables{
        QStringLiteral("office"),        QStringLiteral("node"),           QStringLiteral("app_user"),
        QStringLiteral("signer"),        QStringLiteral("service_type"),   QStringLiteral("holiday"),
        QStringLiteral("resident"),      QStringLiteral("request"),        QStringLiteral("request_event"),
        QStringLiteral("document"),      QStringLiteral("document_page"),  QStringLiteral("letter_template"),
        QStringLiteral("signing_key"),   QStringLiteral("letter_draft"),   QStringLiteral("letter"),
        QStringLiteral("letter_number"), QStringLiteral("letter_revocation"), QStringLiteral("letter_print"),
        QStringLiteral("audit_log"),
    };
    return tables;
}

const ChangeApplier::TableInfo &ChangeApplier::table(const QString &name)
{
    auto found = m_tables.constFind(name);
    if (found != m_tables.cend())
        return *found;
    TableInfo info;
    const QSqlDatabase db = m_changes.db();
    {
        auto q = sql::exec(db, QStringLiteral("SELECT name, upper(type) FROM pragma_table_info(?)"), {name});
        while (q.next())
            info.columns.insert(q.value(0).toString(), {q.value(0).toString(), q.value(1).toString() == QStringLiteral("BLOB")});
    }
    QStringList indexes;
    {
        auto q = sql::exec(db, QStringLiteral("SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND origin <> 'pk'"), {name});
        while (q.next())
            indexes << q.value(0).toString();
    }
    for (const QString &index : std::as_const(indexes)) {
        QStringList key;
        auto q = sql::exec(db, QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"), {index});
        while (q.next())
            key << q.value(0).toString();
        if (key != QStringList{QStringLiteral("id")})
            info.uniqueKeys.append(key);
    }
    return *m_tables.insert(name, info);
}

QVariant ChangeApplier::toColumn(const Column &column, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (column.blob)
        return QByteArray::fromBase64(value.toString().toLatin1());
    if (value.isBool())
        return int(value.toBool());
    if (value.isDouble()) {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        return double(i) == d ? QVariant(i) : QVariant(d);
    }
    return value.toString();
}

void ChangeApplier::apply(const HubChange &change)
{
    if (change.nodeId == m_changes.node().nodeId) {   // this counter's own change, back from the hub
        ++m_counts.unchanged;
        return;
    }
    if (!replicatedTables().contains(change.entity))
        throw Error::invalid(tr("Hub memuat perubahan tabel \"%1\" yang tidak dikenal Loket versi ini (perubahan hub nomor %2): "
                                "perbarui Loket di komputer ini.").arg(change.entity.left(60)).arg(change.serverSeq));
    const bool append = change.entity == QStringLiteral("audit_log");
    if (append != (change.op == QStringLiteral("append"))
        || (!append && change.op != QStringLiteral("upsert") && change.op != QStringLiteral("tombstone")))
        throw Error::invalid(tr("Perubahan hub nomor %1 tidak dapat dibaca: operasi \"%2\" pada tabel %3.")
                                 .arg(change.serverSeq).arg(change.op.left(20), change.entity));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(change.payload.toUtf8(), &parseError);
    const QJsonObject row = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || row.value(QStringLiteral("id")).toString() != change.entityId)
        throw Error::invalid(tr("Perubahan hub nomor %1 tidak dapat dibaca: isinya bukan baris %2 yang sah.")
                                 .arg(change.serverSeq).arg(change.entity));
    m_changes.observeClock(change.hlc);

    const QVariantMap local = [&] {
        QVariantMap out;
        auto q = sql::exec(m_changes.db(), QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(change.entity), {change.entityId});
        if (q.next())
            for (int i = 0; i < q.columns().size(); ++i)
                out.insert(q.columns()[i], q.value(i));
        return out;
    }();
    if (local.isEmpty())
        insertRow(change.entity, row, change);
    else if (!append)
        mergeRow(change.entity, local, row, change);   // an edit, or a creation seen again (or made on two counters at once)
    else
        ++m_counts.unchanged;   // an audit entry held already
    touched(change.entity, change.entityId, row);
}

void ChangeApplier::insertRow(const QString &tableName, const QJsonObject &row, const HubChange &change)
{
    const TableInfo &info = table(tableName);
    const QSqlDatabase db = m_changes.db();
    for (const QStringList &key : info.uniqueKeys) {
        QStringList where;
        QVariantList bound;
        for (const QString &column : key) {
            where << column + QStringLiteral(" = ?");
            bound << toColumn(info.columns.value(column), row.value(column));
        }
        auto found = sql::execList(db, QStringLiteral("SELECT id FROM %1 WHERE %2 LIMIT 1").arg(tableName, where.join(QStringLiteral(" AND "))),
                                   bound);
        if (found.next()) {
            const QString holder = found.value(0).toString();
            // Kept aside, not applied: which of the two stands is an officer's decision.
            QJsonObject values;
            for (const QString &column : key)
                values.insert(column, row.value(column));
            recordConflict(QStringLiteral("duplicate"), tableName, change.entityId, key.join(u','), holder, 0, QString(),
                           values, change.hlc, change.nodeId, change.payload);
            return;
        }
    }
    QStringList columns, marks;
    QVariantList bound;
    for (auto it = row.begin(); it != row.end(); ++it) {
        const auto column = info.columns.constFind(it.key());
        if (column == info.columns.cend())
            continue;   // a column a newer Loket added: kept on the hub, not here
        columns << it.key();
        marks << QStringLiteral("?");
        bound << (it.key() == QStringLiteral("hlc") ? QVariant(change.hlc) : toColumn(*column, it.value()));
    }
    sql::execList(db, QStringLiteral("%1 INTO %2 (%3) VALUES (%4)")
                          .arg(tableName == QStringLiteral("audit_log") ? QStringLiteral("INSERT OR IGNORE") : QStringLiteral("INSERT"),
                               tableName, columns.join(u','), marks.join(u',')),
                  bound);
    // Every field carries the clock of the write that brought it: the creation's (field '*'),
    // or, for an edit of a row this counter never had, the edit's for what it changed.
    if (tableName != QStringLiteral("audit_log")) {
        const QJsonObject base = row.value(ChangeSet::kBaseKey).toObject();
        QStringList fields(base.keys());
        if (fields.isEmpty())
            fields << QStringLiteral("*");
        for (const QString &field : std::as_const(fields))
            sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO sync_field_clock(entity, entity_id, field, hlc, node_id) VALUES (?, ?, ?, ?, ?)"),
                      {tableName, change.entityId, field, change.hlc, change.nodeId});
    }
    m_changes.noteWritten(tableName);
    ++m_counts.applied;
}

void ChangeApplier::mergeRow(const QString &tableName, const QVariantMap &local, const QJsonObject &row, const HubChange &change)
{
    const TableInfo &info = table(tableName);
    const QSqlDatabase db = m_changes.db();
    QHash<QString, Clock> clocks;
    {
        auto q = sql::exec(db, QStringLiteral("SELECT field, hlc, node_id FROM sync_field_clock WHERE entity = ? AND entity_id = ?"),
                           {tableName, change.entityId});
        while (q.next())
            clocks.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString()});
    }
    const Clock incoming{change.hlc, change.nodeId};
    // An edit names the fields it changed and what they were. A creation of a row this counter
    // holds already is the same creation sent again (nothing differs) or one made on two counters
    // at once under a derived id: every field it sets differently is then a concurrent edit.
    const bool creation = !row.contains(ChangeSet::kBaseKey);
    const Clock created = clocks.value(QStringLiteral("*"));
    if (creation && created.hlc == incoming.hlc && created.node == incoming.node) {
        ++m_counts.unchanged;   // this very creation, held already
        return;
    }
    QJsonObject base = row.value(ChangeSet::kBaseKey).toObject();
    if (creation)
        for (auto it = row.begin(); it != row.end(); ++it)
            base.insert(it.key(), QJsonValue::Null);
    QStringList assignments;
    QVariantList bound;
    const auto setClock = [&](const QString &field) {
        sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO sync_field_clock(entity, entity_id, field, hlc, node_id) VALUES (?, ?, ?, ?, ?)"),
                  {tableName, change.entityId, field, change.hlc, change.nodeId});
    };
    for (auto it = base.begin(); it != base.end(); ++it) {
        const QString &field = it.key();
        const auto column = info.columns.constFind(field);
        if (column == info.columns.cend() || derivedField(tableName, field))
            continue;
        const QJsonValue theirs = row.value(field);
        const QJsonValue mine = ChangeSet::payloadValue(local.value(field));
        const Clock held = clocks.value(field, created);
        const bool newer = incoming > held;
        if (sameValue(mine, theirs)) {
            if (newer && !creation)
                setClock(field);
            continue;
        }
        const bool concurrent = creation || !sameValue(mine, it.value());
        if (newer) {
            assignments << field + QStringLiteral(" = ?");
            bound << toColumn(*column, theirs);
            setClock(field);
        }
        if (concurrent) {
            if (newer)
                recordConflict(QStringLiteral("field"), tableName, change.entityId, field, theirs, incoming.hlc, incoming.node,
                               mine, held.hlc, held.node);
            else
                recordConflict(QStringLiteral("field"), tableName, change.entityId, field, mine, held.hlc, held.node,
                               theirs, incoming.hlc, incoming.node);
        } else if (newer) {
            // Made on top of what this counter holds: it settles the field's earlier conflicts.
            sql::exec(db, QStringLiteral("UPDATE sync_conflict SET settled_at = ? WHERE entity = ? AND entity_id = ? AND field = ? "
                                         "AND settled_at IS NULL AND kept_hlc < ? AND other_hlc < ?"),
                      {nowIso(), tableName, change.entityId, field, change.hlc, change.hlc});
        }
    }
    // The row's stamp is the newest write's, whichever order the writes came in.
    const Clock stamp{local.value(QStringLiteral("hlc")).toLongLong(), local.value(QStringLiteral("changed_node")).toString()};
    if (incoming > stamp) {
        assignments << QStringLiteral("hlc = ?") << QStringLiteral("changed_by = ?") << QStringLiteral("changed_node = ?");
        bound << change.hlc << toColumn(info.columns.value(QStringLiteral("changed_by")), row.value(QStringLiteral("changed_by")))
              << toColumn(info.columns.value(QStringLiteral("changed_node")), row.value(QStringLiteral("changed_node")));
    }
    if (assignments.isEmpty()) {
        ++m_counts.unchanged;
        return;
    }
    bound << change.entityId;
    sql::execList(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(tableName, assignments.join(u',')), bound);
    m_changes.noteWritten(tableName);
    ++m_counts.applied;
}

void ChangeApplier::recordConflict(const QString &kind, const QString &tableName, const QString &id, const QString &field,
                                   const QJsonValue &kept, qint64 keptHlc, const QString &keptNode, const QJsonValue &other,
                                   qint64 otherHlc, const QString &otherNode, const QString &payload)
{
    // Derived from what collided, so each counter meeting the same pair records it once.
    const QByteArray key = QStringList{kind, tableName, id, field, QString::number(keptHlc), keptNode, QString::number(otherHlc), otherNode}
                               .join(u'\x1f').toUtf8();
    const QString conflictId = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
    auto q = sql::exec(m_changes.db(), QStringLiteral("INSERT OR IGNORE INTO sync_conflict(id, kind, entity, entity_id, field, kept_value, "
                                                      "kept_hlc, kept_node, other_value, other_hlc, other_node, payload, found_at) "
                                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {conflictId, kind, tableName, id, field, textOf(kept), keptHlc, keptNode, textOf(other), otherHlc, otherNode,
                        payload, nowIso()});
    if (q.numRowsAffected() == 1) {
        ++m_counts.conflicts;
        m_changes.noteWritten(QStringLiteral("sync_conflict"));
    }
}

void ChangeApplier::touched(const QString &tableName, const QString &id, const QJsonObject &row)
{
    if (tableName == QStringLiteral("request"))
        m_requests.insert(id);
    else if (tableName == QStringLiteral("request_event"))
        m_requests.insert(row.value(QStringLiteral("request_id")).toString());
    if (AuditLog::isProtected(tableName))
        m_protected.insert({tableName, id});
    else if (tableName == QStringLiteral("audit_log") && AuditLog::isProtected(row.value(QStringLiteral("entity")).toString()))
        m_protected.insert({row.value(QStringLiteral("entity")).toString(), row.value(QStringLiteral("entity_id")).toString()});
}

void ChangeApplier::finish()
{
    const QSqlDatabase db = m_changes.db();
    for (const QString &requestId : std::as_const(m_requests)) {
        if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM request WHERE id = ?"), {requestId}).isValid())
            continue;   // its events came before it (it collided and was kept aside)
        QDate due;
        const WorkflowState state = WorkflowService::derive(db, requestId, WorkflowService::foldDate(db, requestId), &due);
        auto q = sql::exec(db, QStringLiteral("UPDATE request SET status = ?, due_date = ? WHERE id = ? AND (status <> ? OR due_date <> ?)"),
                           {state.status, due.toString(Qt::ISODate), requestId, state.status, due.toString(Qt::ISODate)});
        if (q.numRowsAffected() > 0) {
            m_changes.noteWritten(QStringLiteral("request"));
            m_protected.insert({QStringLiteral("request"), requestId});
        }
    }
    for (const auto &[tableName, id] : std::as_const(m_protected)) {
        QVariantMap current;
        auto q = sql::exec(db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(tableName), {id});
        if (!q.next())
            continue;
        for (int i = 0; i < q.columns().size(); ++i)
            current.insert(q.columns()[i], q.value(i));
        if (AuditLog::recordedRowSha256(db, tableName, id) != AuditLog::rowSha256(current))
            m_changes.sealRow(tableName, id, QStringLiteral("sync.merged"));
    }
    m_requests.clear();
    m_protected.clear();
}

} // namespace loket
