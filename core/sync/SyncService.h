// This counter's side of the hub (issue 14): the hub it is linked to, pushing its outbox, and the
// state shown to officers. Pushes are idempotent (the hub keys them by node and outbox sequence),
// so a push cut off anywhere is simply sent again.
//
// Landed so far: hub schema, linking a counter (`hub init`), push. Still to come (see the issue's
// closing notes): pull and apply with per-field merge, join, blobs, number blocks, `sync`.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace loket {

class Store;
struct Session;

struct SyncStatus
{
    QString hubUri;          // empty: not linked to a hub
    qint64 outboxSeq = 0;    // the newest local change
    qint64 pushedSeq = 0;    // acknowledged by the hub
    qint64 pulledSeq = 0;
    QString lastAttemptAt;
    QString lastOkAt;
    QString lastError;
    qint64 waiting() const { return outboxSeq - pushedSeq; }
};

struct HubLink
{
    QString hubUri;
    int migrationsApplied = 0;
    int schemaVersion = 0;
};

struct PushReport
{
    int pushed = 0;         // new on the hub
    int alreadyThere = 0;   // sent before, acknowledgement lost
    int batches = 0;
    qint64 pushedSeq = 0;
};

class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)
public:
    explicit SyncService(Store &store);

    SyncStatus status() const;

    // Administrators: creates or upgrades the hub schema at uri, registers this office and counter
    // there and remembers uri as this counter's hub. Throws on a bad address, a refused password
    // or an unreachable hub, changing nothing here.
    HubLink linkHub(const Session &session, const QString &uri);

    // Sends every change the hub lacks, in batches of batchSize, each one hub transaction; the
    // acknowledged sequence is recorded here after each. uri empty: the remembered hub. The
    // outcome (or the error) is recorded for the status line.
    PushReport push(const QString &uri = {}, int batchSize = 500);

private:
    QString hubUriOr(const QString &uri) const;
    void recordAttempt(const QString &error);

    Store &m_store;
};

} // namespace loket
