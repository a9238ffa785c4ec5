// The hub's change log (issue 14): what counters push and pull. Push applies a node's outbox
// entries in one transaction, idempotently by (node, local sequence); each accepted change takes the
// next number of its office's server sequence while the office row is locked, so the sequence is
// commit-ordered and a puller reading after its cursor never passes over a change that commits
// later. Offices never see each other's changes.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace loket {

class HubConnection;

struct OutgoingChange
{
    qint64 localSeq = 0;
    QString entity;
    QString entityId;
    QString op;        // upsert, tombstone, append
    QString payload;   // the outbox payload (JSON text), kept byte for byte
    qint64 hlc = 0;
};

struct HubChange
{
    qint64 serverSeq = 0;
    QString nodeId;
    qint64 localSeq = 0;
    QString entity;
    QString entityId;
    QString op;
    QString payload;
    qint64 hlc = 0;
};

struct PushOutcome
{
    int accepted = 0;        // new on the hub
    int alreadyThere = 0;    // sent before (a lost acknowledgement, a retry)
    qint64 pushedSeq = 0;    // the node's highest local sequence the hub now holds
};

class HubLog
{
    Q_DECLARE_TR_FUNCTIONS(HubLog)
public:
    explicit HubLog(HubConnection &hub);

    // Creates or upgrades the hub schema; returns how many migrations ran.
    int init();
    int schemaVersion() const;

    // Registers the office and the node (idempotent). Throws Error::invalid when the node code is
    // taken by another PC of the office.
    void registerNode(const QString &officeCode, const QString &officeName, const QString &nodeId, const QString &nodeCode);
    // The node's highest local sequence on the hub (0 when none).
    qint64 pushedSeq(const QString &officeCode, const QString &nodeId) const;

    // Applies changes (any order; sorted by local sequence) in one transaction. Changes at or
    // below the hub's pushed sequence must be those it holds: a node whose sequence went back
    // (restored from an old backup, a copied database) is refused with Error::invalid and nothing
    // is written.
    PushOutcome push(const QString &officeCode, const QString &nodeId, QList<OutgoingChange> changes);

    // Changes of the office after serverSeq, in server order, at most limit.
    QList<HubChange> pull(const QString &officeCode, qint64 afterSeq, int limit) const;

    // Offices on the hub with how many changes each holds (for a counter joining).
    QList<QPair<QString, qint64>> offices() const;
    // The node registered under code in the office (empty when none).
    QString registeredNode(const QString &officeCode, const QString &nodeCode) const;
    // The id of the office's replicated counter row with this code, if any change carried one.
    QString counterRowId(const QString &officeCode, const QString &nodeCode) const;
    // Records a node's audit chain head as of this sync.
    void recordAuditHead(const QString &officeCode, const QString &nodeId, qint64 seq, const QString &head);
    // (audit_seq, audit_head) the hub last recorded for the node.
    QPair<qint64, QString> auditHead(const QString &officeCode, const QString &nodeId) const;
    struct AuditAnchor
    {
        QString nodeId;
        QString nodeCode;
        qint64 seq = 0;
        QString head;
    };
    // Every node's recorded chain head (nodes that recorded one).
    QList<AuditAnchor> auditAnchors(const QString &officeCode) const;

    // Letter numbers: count numbers of the register and year handed to the node, in order, none
    // ever given twice. atLeast: the register's numbers below it are taken already (the node has
    // seen them used, e.g. before the office had a hub).
    QList<int> reserveNumbers(const QString &officeCode, const QString &nodeId, const QString &registerKey, int year, int count,
                              int atLeast);

    // Blobs, in chunks of kChunkSize. Of hashes, those the hub does not hold complete.
    static constexpr int kChunkSize = 256 * 1024;
    QStringList missingBlobs(const QString &officeCode, const QStringList &hashes) const;
    // Chunk numbers the hub already holds of a blob (resuming an interrupted upload).
    QList<int> blobChunks(const QString &officeCode, const QString &sha256) const;
    void putBlobChunk(const QString &officeCode, const QString &sha256, qint64 size, const QString &mime, int chunkNo,
                      const QByteArray &data);
    // Marks the blob complete when its chunks join to its SHA-256; otherwise drops them and throws.
    void completeBlob(const QString &officeCode, const QString &sha256);
    struct BlobInfo
    {
        qint64 size = -1;   // -1: the hub has no complete blob
        QString mime;
        int chunks = 0;
    };
    BlobInfo blobInfo(const QString &officeCode, const QString &sha256) const;
    QByteArray blobChunk(const QString &officeCode, const QString &sha256, int chunkNo) const;

    // For tests: runs inside the push transaction, after the changes are written and before commit.
    void setBeforeCommitHook(std::function<void()> hook) { m_beforeCommit = std::move(hook); }

private:
    HubConnection &m_hub;
    std::function<void()> m_beforeCommit;
};

} // namespace loket
