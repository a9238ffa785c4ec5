// Hash-chained audit log: each node's entries are numbered 1, 2, 3 ... and each holds the hash of
// the one before, so an entry edited, removed or cut off the end is detected by verify().
#pragma once

#include "storage/Actor.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace loket {

struct AuditEntry
{
    QString id;
    QString nodeCode;
    qint64 nodeSeq = 0;
    qint64 hlc = 0;
    QString at;
    QString username;
    QString role;
    QString action;
    QString entity;
    QString entityId;
    QString details;
};

struct AuditVerification
{
    bool ok = true;
    qint64 entries = 0;
    QString badEntryId;    // empty when the fault is a missing entry
    QString nodeCode;
    qint64 badSeq = 0;
    QString reason;
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    // Appends one entry inside the caller's write transaction and advances the node's chain head.
    static QString append(const QSqlDatabase &db, const NodeIdentity &node, qint64 hlc, const Actor &actor,
                          const QString &action, const QString &entity, const QString &entityId,
                          const QJsonObject &details);
    static AuditVerification verify(const QSqlDatabase &db);
    static QList<AuditEntry> recent(const QSqlDatabase &db, int limit);
};

} // namespace loket
