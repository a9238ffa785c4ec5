#include "ChangeSet.h"

#include "Sql.h"
#include "Uuid7.h"
#include "audit/AuditLog.h"
#include "common/Error.h"

#include <QDateTime>
#include <QJsonDocument>

namespace loket {

namespace {

// Columns whose values never appear in the audit trail.
bool isSecret(const QString &column)
{
    return column == QStringLiteral("password_hash") || column.endsWith(QStringLiteral("_secret"));
}

QJsonValue toJson(const QString &column, const QVariant &v)
{
    return isSecret(column) ? QJsonValue(QStringLiteral("***")) : ChangeSet::payloadValue(v);
}

} // namespace

QJsonValue ChangeSet::payloadValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray().toBase64());
    return QJsonValue::fromVariant(v);
}

ChangeSet::ChangeSet(Store &store, Actor actor)
    : m_store(store)
    , m_actor(std::move(actor))
    , m_tx(store.db())
{
    // Another process may have written since we last looked: never issue an older HLC than it.
    m_store.hlc().restore(sql::scalar(db(), QStringLiteral("SELECT hlc_last FROM node_state")).toLongLong());
    m_node = m_store.node();
}

QString ChangeSet::insert(const QString &table, QVariantMap values, const QString &action)
{
    const qint64 hlc = m_store.hlc().now();
    QString id = values.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        id = Uuid7::generate();
    values[QStringLiteral("id")] = id;
    values[QStringLiteral("hlc")] = hlc;
    values[QStringLiteral("changed_by")] = m_actor.userId.isEmpty() ? QVariant() : QVariant(m_actor.userId);
    values[QStringLiteral("changed_node")] = m_node.nodeId.isEmpty() ? QVariant() : QVariant(m_node.nodeId);

    QStringList columns, marks;
    QVariantList bound;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        columns << it.key();
        marks << QStringLiteral("?");
        bound << it.value();
    }
    sql::execList(db(), QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(u','), marks.join(u',')), bound);
    const QVariantMap row = captureOutbox(table, id, QStringLiteral("upsert"), hlc);
    // The creation's clock: the clock of every field not edited since (see ChangeApplier).
    sql::exec(db(), QStringLiteral("INSERT OR REPLACE INTO sync_field_clock(entity, entity_id, field, hlc, node_id) VALUES (?, ?, '*', ?, ?)"),
              {table, id, hlc, m_node.nodeId});

    QJsonObject shown;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() != QStringLiteral("hlc") && it.key() != QStringLiteral("changed_by")
            && it.key() != QStringLiteral("changed_node"))
            shown.insert(it.key(), toJson(it.key(), it.value()));
    }
    auditRow(action, table, id, row, QJsonObject{{QStringLiteral("values"), shown}});
    return id;
}

bool ChangeSet::update(const QString &table, const QString &id, const QVariantMap &values, const QString &action)
{
    const QVariantMap before = readRow(table, id);
    if (before.isEmpty())
        throw Error::notFound(QCoreApplication::translate("ChangeSet", "Data %1 dengan id %2 tidak ditemukan.").arg(table, id));

    QJsonObject changes;
    QJsonObject base;   // what the edit started from, for the merge on other counters
    QStringList assignments;
    QVariantList bound;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QVariant old = before.value(it.key());
        const bool bytes = old.typeId() == QMetaType::QByteArray || it.value().typeId() == QMetaType::QByteArray;
        const bool same = (old.isNull() && it.value().isNull())
            || (!old.isNull() && !it.value().isNull()
                && (bytes ? old.toByteArray() == it.value().toByteArray() : old.toString() == it.value().toString()));
        if (same)
            continue;
        assignments << it.key() + QStringLiteral(" = ?");
        bound << it.value();
        base.insert(it.key(), payloadValue(old));
        changes.insert(it.key(), QJsonObject{{QStringLiteral("from"), toJson(it.key(), old)},
                                             {QStringLiteral("to"), toJson(it.key(), it.value())}});
    }
    if (assignments.isEmpty())
        return false;

    noteTampering(table, id, before);
    const qint64 hlc = m_store.hlc().now();
    assignments << QStringLiteral("hlc = ?") << QStringLiteral("changed_by = ?") << QStringLiteral("changed_node = ?");
    bound << hlc << (m_actor.userId.isEmpty() ? QVariant() : QVariant(m_actor.userId))
          << (m_node.nodeId.isEmpty() ? QVariant() : QVariant(m_node.nodeId)) << id;
    sql::execList(db(), QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(u',')), bound);
    const QVariantMap row = captureOutbox(table, id, QStringLiteral("upsert"), hlc, base);
    auditRow(action, table, id, row, QJsonObject{{QStringLiteral("changes"), changes}});
    return true;
}

void ChangeSet::tombstone(const QString &table, const QString &id, const QString &action)
{
    if (AuditLog::isProtected(table))
        noteTampering(table, id, readRow(table, id));
    const qint64 hlc = m_store.hlc().now();
    auto q = sql::exec(db(), QStringLiteral("UPDATE %1 SET deleted = 1, hlc = ?, changed_by = ?, changed_node = ? "
                                                 "WHERE id = ? AND deleted = 0").arg(table),
                            {hlc, m_actor.userId.isEmpty() ? QVariant() : QVariant(m_actor.userId),
                             m_node.nodeId.isEmpty() ? QVariant() : QVariant(m_node.nodeId), id});
    if (q.numRowsAffected() != 1)
        throw Error::notFound(QCoreApplication::translate("ChangeSet", "Data %1 dengan id %2 tidak ditemukan.").arg(table, id));
    const QVariantMap row = captureOutbox(table, id, QStringLiteral("tombstone"), hlc, QJsonObject{{QStringLiteral("deleted"), 0}});
    auditRow(action, table, id, row);
}

void ChangeSet::audit(const QString &action, const QString &entity, const QString &entityId, const QJsonObject &details)
{
    const qint64 hlc = m_store.hlc().now();
    const QString auditId = AuditLog::append(db(), m_node, hlc, m_actor, action, entity, entityId, details);
    captureOutbox(QStringLiteral("audit_log"), auditId, QStringLiteral("append"), hlc);
}

void ChangeSet::noteTampering(const QString &table, const QString &id, const QVariantMap &before)
{
    // A protected row changed behind Loket's back would be covered by the hash this write records:
    // so when it no longer matches the hash last recorded, the chain says so first.
    if (!AuditLog::isProtected(table) || before.isEmpty())
        return;
    const QString recorded = AuditLog::recordedRowSha256(db(), table, id);
    const QString found = AuditLog::rowSha256(before);
    if (recorded.isEmpty() || recorded == found)
        return;
    audit(AuditLog::kTamperFound, table, id, {{QStringLiteral("recorded_sha256"), recorded}, {QStringLiteral("found_sha256"), found}});
}

void ChangeSet::sealRow(const QString &table, const QString &id, const QString &action)
{
    const QVariantMap row = readRow(table, id);
    if (row.isEmpty())
        throw Error::notFound(QCoreApplication::translate("ChangeSet", "Data %1 dengan id %2 tidak ditemukan.").arg(table, id));
    auditRow(action, table, id, row);
}

void ChangeSet::auditRow(const QString &action, const QString &table, const QString &id, const QVariantMap &row,
                         const QJsonObject &details)
{
    const qint64 hlc = m_store.hlc().now();
    const QString rowSha256 = AuditLog::isProtected(table) ? AuditLog::rowSha256(row) : QString();
    const QString auditId = AuditLog::append(db(), m_node, hlc, m_actor, action, table, id, details, rowSha256);
    captureOutbox(QStringLiteral("audit_log"), auditId, QStringLiteral("append"), hlc);
}

QVariantMap ChangeSet::captureOutbox(const QString &table, const QString &id, const QString &op, qint64 hlc,
                                     const QJsonObject &base)
{
    const QVariantMap row = readRow(table, id);
    if (table != QStringLiteral("audit_log"))
        m_written.insert(table);
    QJsonObject payload;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        payload.insert(it.key(), payloadValue(it.value()));
    if (!base.isEmpty()) {
        // An edit: the fields it changed and their values before, so a counter that receives it
        // can tell a change made on top of what it holds from a concurrent one. Each field now
        // carries this write's clock.
        payload.insert(kBaseKey, base);
        // An officer's edit of a field settles the conflicts it had.
        for (auto it = base.begin(); it != base.end(); ++it) {
            sql::exec(db(), QStringLiteral("INSERT OR REPLACE INTO sync_field_clock(entity, entity_id, field, hlc, node_id) "
                                           "VALUES (?, ?, ?, ?, ?)"),
                      {table, id, it.key(), hlc, m_node.nodeId});
            sql::exec(db(), QStringLiteral("UPDATE sync_conflict SET settled_at = ? WHERE entity = ? AND entity_id = ? AND field = ? "
                                           "AND settled_at IS NULL"),
                      {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), table, id, it.key()});
        }
    }
    sql::exec(db(), QStringLiteral("INSERT INTO outbox(entity, entity_id, op, payload, hlc, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
              {table, id, op, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), hlc,
               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    return row;
}

QVariantMap ChangeSet::readRow(const QString &table, const QString &id) const
{
    auto q = sql::exec(db(), QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
    QVariantMap row;
    if (q.next()) {
        for (int i = 0; i < q.columns().size(); ++i)
            row.insert(q.columns()[i], q.value(i));
    }
    return row;
}

void ChangeSet::adoptNode(const NodeIdentity &identity)
{
    sql::exec(db(), QStringLiteral("UPDATE node_state SET node_id = ?, node_code = ?, office_code = ?, demo = ?, "
                                   "initialized_at = ?"),
              {identity.nodeId, identity.nodeCode, identity.officeCode, identity.demo ? 1 : 0,
               QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    m_node = identity;
}

void ChangeSet::commit()
{
    sql::exec(db(), QStringLiteral("UPDATE node_state SET hlc_last = ?"), {m_store.hlc().last()});
    m_tx.commit();
    m_store.notifier().announce(QStringList(m_written.cbegin(), m_written.cend()));
}

} // namespace loket
