// Hash-chained audit log: each node's entries are numbered 1, 2, 3 ... and each holds the hash of
// the one before, so an entry edited, removed or cut off the end is detected by verify(). Entries
// that wrote a row of a protected table also hold the row's content hash, so verify() detects a
// protected row changed, removed or added behind the application's back as well.
#pragma once

#include "storage/Actor.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

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

// One thing verify() found wrong.
struct AuditFinding
{
    QString kind;       // "chain", "changed", "removed", "added" or "unsealed"
    QString table;      // the protected table ("audit_log" for a chain fault)
    QString id;         // the row's id (the entry's id for a chain fault; empty for a missing entry)
    QString entryId;    // the audit entry that recorded the row last (changed, removed)
    QString nodeCode;
    qint64 nodeSeq = 0;
    QString message;    // for people
};

struct AuditVerification
{
    bool ok = true;
    qint64 entries = 0;
    qint64 rowsChecked = 0;   // rows of protected tables compared with their entries
    // The first chain fault (the chain check stops there).
    QString badEntryId;    // empty when the fault is a missing entry
    QString nodeCode;
    qint64 badSeq = 0;
    QString reason;
    // Every finding up to kMaxFindings; findingCount counts them all.
    QList<AuditFinding> findings;
    qint64 findingCount = 0;

    static constexpr int kMaxFindings = 1000;
};

struct Session;

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    // Appends one entry inside the caller's write transaction and advances the node's chain head.
    // rowSha256 is the content hash of the row written (protected tables only), else empty.
    static QString append(const QSqlDatabase &db, const NodeIdentity &node, qint64 hlc, const Actor &actor,
                          const QString &action, const QString &entity, const QString &entityId,
                          const QJsonObject &details, const QString &rowSha256 = QString());
    // Checks the chain of every node, then every row of the protected tables against the last
    // entry that wrote it. Reads only, one streamed pass per table.
    static AuditVerification verify(const QSqlDatabase &db);

    // The tables whose rows are legal history: ChangeSet records their content hash with each write.
    // The action of an entry recording that a protected row no longer matched its last recorded
    // hash when Loket next wrote it (see ChangeSet); verify() reports each as "changed".
    static inline const QString kTamperFound = QStringLiteral("audit.tamper_found");
    // The hash the chain last recorded for a protected row, or an empty string.
    static QString recordedRowSha256(const QSqlDatabase &db, const QString &table, const QString &id);
    static const QStringList &protectedTables();
    static bool isProtected(const QString &table);
    // SHA-256 (hex) of a row's canonical content: a JSON array of [column, value] pairs sorted by
    // column name, every column included, NULL as null (distinct from ""), integers as numbers,
    // text as strings, blobs as {"base64": ...}.
    static QString rowSha256(const QVariantMap &row);
    // Admin only: records the current hash of every protected row that has audit entries from
    // before row hashes existed (and none since), in batches; returns how many rows. A row with no
    // entry at all is left alone: it is the kind of row verify reports as added.
    static qint64 seal(Store &store, const Session &session);

    static QList<AuditEntry> recent(const QSqlDatabase &db, int limit);
};

} // namespace loket
