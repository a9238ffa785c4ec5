// What a backup folder says about itself (manifest.json) and what checking it found. The format:
//   loket-backup-YYYYMMDD-HHMMSS/      made as .loket-backup-….partial and renamed when complete
//     loket.db                         a consistent copy (VACUUM INTO), blobs included, rollback journal
//     manifest.json                    format, schema version, node, created_at, db size/sha256/pages,
//                                      blob count and bytes, row counts
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace loket {

struct BackupManifest
{
    static constexpr int kFormatVersion = 1;
    static inline const QString kFormat = QStringLiteral("loket-backup");
    static inline const QString kManifestFile = QStringLiteral("manifest.json");
    static inline const QString kDatabaseFile = QStringLiteral("loket.db");

    int formatVersion = kFormatVersion;
    QDateTime createdAt;          // UTC
    int schemaVersion = 0;
    QString nodeId;
    QString nodeCode;
    QString officeCode;
    qint64 dbBytes = 0;
    QString dbSha256;
    qint64 pages = 0;
    qint64 pageSize = 0;
    QString quickCheck;
    qint64 blobCount = 0;
    qint64 blobBytes = 0;
    qint64 blobsPurged = 0;       // emptied by a retention purge: kept as a hash without content
    qint64 requests = 0;
    qint64 requestEvents = 0;
    qint64 residents = 0;
    qint64 documents = 0;
    qint64 auditEntries = 0;

    QJsonObject toJson() const;
    // Throws Error::invalid naming what is missing or wrong.
    static BackupManifest fromJson(const QJsonObject &json);
};

// The result of checking a backup folder: every problem found, in words.
struct BackupCheck
{
    QString folder;
    BackupManifest manifest;
    bool manifestRead = false;
    QStringList problems;         // empty: the backup is complete and undamaged
    bool newerSchema = false;     // made by a newer Loket: intact, but this program cannot restore it
    int knownSchemaVersion = 0;
    qint64 blobsChecked = 0;
    qint64 auditEntriesChecked = 0;

    bool ok() const { return problems.isEmpty(); }
    QJsonObject toJson() const;
};

struct BackupResult
{
    QString folder;               // the complete backup folder
    BackupManifest manifest;
    qint64 elapsedMs = 0;
    QStringList removed;          // older backups deleted to keep the last N
    QStringList warnings;         // e.g. the backup is on the same disk as the database

    QString databaseFile() const;
    QJsonObject toJson() const;
};

struct RestoreResult
{
    QString restoredFrom;
    QString databasePath;
    QString keptAside;            // the database that was in place, renamed; empty when there was none
    int schemaVersion = 0;        // after migrating an older backup
    qint64 requests = 0;

    QJsonObject toJson() const;
};

} // namespace loket
