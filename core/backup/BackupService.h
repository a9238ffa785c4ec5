// Backups a kecamatan can restore: a consistent online copy of the counter's database (SQLite's
// VACUUM INTO on a connection of its own, never a file copy of a live WAL database) with its
// blobs, checked (quick_check, every blob's SHA-256, the audit chain) before it counts, kept to the
// last N; and restore, which checks a backup before putting it in place and keeps the current
// database aside. Where and how many are stored in the database (backup_state, local to this PC)
// so the desktop app and loket-cli agree.
#pragma once

#include "BackupManifest.h"
#include "auth/Session.h"
#include "storage/Store.h"

#include <optional>

namespace loket {

struct BackupSettings
{
    QString folder;
    int keep = 7;
    bool daily = true;
};

struct BackupStatus
{
    BackupSettings settings;
    QDateTime lastAttemptAt;      // UTC; invalid when none
    bool lastOk = false;
    QString lastMessage;
    QDateTime lastGoodAt;         // UTC; invalid when no backup has succeeded
    QString lastGoodPath;

    // A daily backup is due: a folder is set, daily is on and the last good one is a day old.
    bool dailyDue(const QDateTime &nowUtc) const;
};

// One backup to make: what and where. Only BackupService hands these out, after the role check;
// run() needs nothing else, so it can run on any thread.
struct BackupJob
{
    QString databasePath;
    QString targetDir;
    int keep = 7;
    QString nodeCode;
};

class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    static constexpr int kMaxKeep = 365;

    explicit BackupService(Store &store);

    BackupStatus status() const;
    // Administrators only; the folder must be an absolute path (created if missing).
    void setSettings(const Session &session, const BackupSettings &settings);

    // A backup asked for by an administrator; an empty folder means the configured one, no keep
    // the configured number.
    BackupJob job(const Session &session, const QString &targetDir = {}, std::optional<int> keep = {}) const;
    // The daily backup, run for whoever is signed in: it can only write to the folder an
    // administrator chose. Throws when no folder is set.
    BackupJob scheduledJob(const Session &session) const;
    // Makes, checks and completes the backup, then deletes the oldest complete ones beyond keep.
    // Thread-safe: opens its own connections. Throws Error with the reason; nothing half-made stays.
    static BackupResult run(const BackupJob &job);
    // Stores the outcome (status and an audit entry); error empty for success.
    void record(const Session &session, const BackupResult *result, const QString &error);
    // job + run + record, for loket-cli.
    BackupResult backup(const Session &session, const QString &targetDir = {}, std::optional<int> keep = {});

    // path: the backup folder, its manifest.json or its loket.db. Reads only.
    static BackupCheck verify(const QString &path);
    // Deletes the oldest complete backups in folder beyond keep, never `spare`; returns their paths.
    static QStringList prune(const QString &folder, int keep, const QString &spare = {});
    // Complete backups in folder, oldest first.
    static QStringList completeBackups(const QString &folder);

    // Puts the backup at backupPath in place of the database at databasePath, which no process may
    // have open. When that database exists and is initialised, session must be an administrator's
    // of it. Refuses a damaged or newer-schema backup; keeps the current database aside.
    static RestoreResult restore(const std::optional<Session> &session, const QString &backupPath,
                                 const QString &databasePath);
    // True when another process has the SQLite database at path open.
    static bool databaseInUse(const QString &path);

private:
    struct BlobTally
    {
        qint64 count = 0;
        qint64 bytes = 0;
        qint64 purged = 0;
        QStringList damaged;
    };
    // Every blob against its SHA-256 key.
    static BlobTally checkBlobs(const QSqlDatabase &db);
    // Schema version, pages, node and row counts of a backup copy.
    static void readContents(const QSqlDatabase &db, BackupManifest &manifest);

    Store &m_store;
};

} // namespace loket
