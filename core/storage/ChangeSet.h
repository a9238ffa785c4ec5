// One writing transaction of a core service. Every shared row written through it is stamped
// (UUIDv7 id, HLC, changed_by, changed_node), captured in the outbox and recorded in the audit
// log (a protected row with its content hash), all in the same transaction: if it is not
// committed, none of it happened.
#pragma once

#include "Actor.h"
#include "Store.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <QSet>
#include <QVariantMap>

namespace loket {

class ChangeSet
{
public:
    ChangeSet(Store &store, Actor actor);

    QSqlDatabase db() const { return m_tx.database(); }
    const Actor &actor() const { return m_actor; }
    const NodeIdentity &node() const { return m_node; }
    // Milliseconds since the epoch from the store's (injectable) wall clock.
    qint64 wallClockMs() const { return m_store.clock()(); }

    // Inserts a row (id generated unless given) and returns its id.
    QString insert(const QString &table, QVariantMap values, const QString &action);
    // Writes the fields that differ from the stored row; records old and new values.
    // Returns false (and records nothing) when nothing changed.
    bool update(const QString &table, const QString &id, const QVariantMap &values, const QString &action);
    void tombstone(const QString &table, const QString &id, const QString &action);
    // An audit entry for an action that changed no shared row (log-in, verification, export ...).
    void audit(const QString &action, const QString &entity, const QString &entityId,
               const QJsonObject &details = {});

    // Records the current content hash of a protected row written before the audit held row
    // hashes (audit seal), so that verify can check it from now on.
    void sealRow(const QString &table, const QString &id, const QString &action);

    // Used once, by initialisation: makes this PC the node `identity` in the same transaction.
    void adoptNode(const NodeIdentity &identity);

    void commit();

    // For the sync applier, which writes rows from the hub directly (not into the outbox): a
    // clock value seen on another node, and a table written, announced after commit.
    void observeClock(qint64 remoteHlc) { m_store.hlc().observe(remoteHlc); }
    void noteWritten(const QString &table) { m_written.insert(table); }

    // The outbox payload's key for an edit's base: {field: value before} of the fields it changed.
    static constexpr QLatin1StringView kBaseKey{"_base"};
    // A column value as the outbox payload carries it (BLOBs as base64).
    static QJsonValue payloadValue(const QVariant &v);

private:
    // Returns the row as captured, so its audit entry can hash the same content.
    QVariantMap captureOutbox(const QString &table, const QString &id, const QString &op, qint64 hlc,
                              const QJsonObject &base = {});
    // The audit entry of a row just written: with its content hash when the table is protected.
    void noteTampering(const QString &table, const QString &id, const QVariantMap &before);
    void auditRow(const QString &action, const QString &table, const QString &id, const QVariantMap &row,
                  const QJsonObject &details = {});
    QVariantMap readRow(const QString &table, const QString &id) const;

    Store &m_store;
    Actor m_actor;
    WriteTransaction m_tx;
    NodeIdentity m_node;
    QSet<QString> m_written;   // announced after commit
};

} // namespace loket
