// This counter's side of the hub (issue 14): the hub it is linked to, pushing its outbox, and the
// state shown to officers. Pushes are idempotent (the hub keys them by node and outbox sequence),
// so a push cut off anywhere is simply sent again.
//
// A sync round (`sync`): push this counter's changes, pull and merge the others' (ChangeApplier),
// then send the documents the hub lacks and fetch those this counter lacks. Joining (`node join`)
// makes an empty database a counter of an office already on the hub and pulls everything.
// Still to come (see the closing notes): letter-number blocks, the app's sync thread.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace loket {

class HubLog;
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
    int documentsToSend = 0;     // stored here since the last documents sent to the hub
    int documentsMissing = 0;    // named by rows here, not received yet
    int openConflicts = 0;
    qint64 waiting() const { return outboxSeq - pushedSeq; }
    // The last attempt failed (the hub unreachable, a refusal): lastError says why.
    bool failing() const { return !lastError.isEmpty() && lastAttemptAt > lastOkAt; }
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

struct SyncReport
{
    PushReport push;
    int pulled = 0;          // changes read from the hub (the others')
    int applied = 0;         // rows and entries they changed here
    int conflicts = 0;       // new conflicts for an officer
    int blobsSent = 0;
    int blobsReceived = 0;
    int blobsWaiting = 0;    // referenced here, not yet on the hub
    int numbersReserved = 0; // letter numbers newly held in reserve
    qint64 pulledSeq = 0;
    QStringList errors;      // per-document problems; the round still counts
};

struct JoinReport
{
    QString officeCode;
    QString nodeCode;
    QString nodeId;
    SyncReport sync;
};

class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)
public:
    explicit SyncService(Store &store);

    SyncStatus status() const;
    // The hub this counter is linked to (empty: none), read alone (status() counts much more).
    static QString linkedHub(const QSqlDatabase &db);

    // Administrators: creates or upgrades the hub schema at uri, registers this office and counter
    // there and remembers uri as this counter's hub. Throws on a bad address, a refused password
    // or an unreachable hub, changing nothing here.
    // password given: used to connect and, once the hub accepted it, kept in the user's
    // password file (HubConnection::storePassword).
    HubLink linkHub(const Session &session, const QString &uri, const QString &password = {});

    // Sends every change the hub lacks, in batches of batchSize, each one hub transaction; the
    // acknowledged sequence is recorded here after each. uri empty: the remembered hub. The
    // outcome (or the error) is recorded for the status line.
    PushReport push(const QString &uri = {}, int batchSize = 500);

    // One round: push, pull and merge, documents both ways. uri given: remembered from now on.
    // Throws (and records for the status line) when the hub cannot be reached or refuses.
    SyncReport sync(const QString &uri = {});

    // Makes this empty database counter nodeCode of an office on the hub and pulls the office's
    // data. officeCode may be empty when the hub holds one office. Interrupted, a later sync
    // finishes it.
    JoinReport join(const QString &uri, const QString &nodeCode, const QString &officeCode = {});

    // Open conflicts of merged edits and colliding rows.
    int openConflicts() const;

    // Checks this database's audit chains against the heads the hub recorded at each sync (this
    // counter's, and every other counter's as far as this one holds their entries): a history
    // rewritten after it was anchored no longer leads there. Returns what does not match, in
    // words; empty when all anchors hold. anchors: how many were checked.
    QStringList verifyAnchors(const QString &uri, int *anchors = nullptr);

private:
    QString hubUriOr(const QString &uri) const;
    void recordAttempt(const QString &error);
    PushReport pushWith(HubLog &log, int batchSize);
    void pullWith(HubLog &log, SyncReport &report, int batchSize = 500);
    void pushBlobs(HubLog &log, SyncReport &report);
    void pullBlobs(HubLog &log, SyncReport &report);
    SyncReport round(HubLog &log);

    Store &m_store;
};

} // namespace loket
