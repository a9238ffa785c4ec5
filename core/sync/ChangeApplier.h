// Applies changes pulled from the hub to this counter's database (issue 14), inside the caller's
// ChangeSet so that a batch and the pull cursor commit together. Rules (architecture, "Merge
// rules"):
//  - audit entries and workflow events are a grow-only set: a change already held changes nothing;
//  - a row this counter lacks is inserted as it was written;
//  - an edit carries its base (the changed fields' values before); each field takes the value
//    with the greater clock (HLC, then node id), so every counter ends with the same row whatever
//    order it saw the edits in. An edit whose base is not what this counter holds was concurrent
//    with another edit of that field: the pair is kept in sync_conflict for an officer to settle;
//  - a request's status and due date are folded again from its events;
//  - a row that collides with a local one on a key that must stay unique (a letter number, a user
//    name) is not applied and is kept as a conflict.
// Applied rows are not captured in the outbox (they are the hub's already). A protected row the
// merge left different from its last recorded hash is sealed with a new audit entry, which is.
#pragma once

#include "HubLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace loket {

class ChangeSet;

struct ApplyCounts
{
    int applied = 0;     // rows and entries written
    int unchanged = 0;   // already held (sent twice, this counter's own, an older edit)
    int conflicts = 0;   // new conflicts recorded
};

class ChangeApplier
{
    Q_DECLARE_TR_FUNCTIONS(ChangeApplier)
public:
    explicit ChangeApplier(ChangeSet &changes);

    // Tables that travel between counters (everything else is this PC's own).
    static const QStringList &replicatedTables();

    // Throws Error::invalid for a change this version of Loket cannot read (an unknown table or
    // operation, a payload that is not a row): the caller stops before its cursor passes it.
    void apply(const HubChange &change);
    // Folds the touched requests again and seals merged protected rows. Call once per batch,
    // before the ChangeSet commits.
    void finish();

    const ApplyCounts &counts() const { return m_counts; }

private:
    struct Column
    {
        QString name;
        bool blob = false;
    };
    struct TableInfo
    {
        QHash<QString, Column> columns;
        QList<QStringList> uniqueKeys;   // column lists of UNIQUE constraints other than id
    };
    const TableInfo &table(const QString &name);

    void insertRow(const QString &table, const QJsonObject &row, const HubChange &change);
    void mergeRow(const QString &table, const QVariantMap &local, const QJsonObject &row, const HubChange &change);
    void recordConflict(const QString &kind, const QString &table, const QString &id, const QString &field,
                        const QJsonValue &kept, qint64 keptHlc, const QString &keptNode, const QJsonValue &other,
                        qint64 otherHlc, const QString &otherNode, const QString &payload = {});
    QVariant toColumn(const Column &column, const QJsonValue &value) const;
    void touched(const QString &table, const QString &id, const QJsonObject &row);

    ChangeSet &m_changes;
    QHash<QString, TableInfo> m_tables;
    QSet<QString> m_requests;                     // to fold again
    QSet<QPair<QString, QString>> m_protected;    // (table, id) to check against the audit
    ApplyCounts m_counts;
};

} // namespace loket
