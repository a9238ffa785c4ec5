// BackupService: checking a backup and putting one in place of the database.
#include "BackupService.h"

#include "PrivateConnection.h"
#include "audit/AuditLog.h"
#include "common/Error.h"
#include "common/FilePermissions.h"
#include "storage/ChangeSet.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QDir>
#include <QJsonDocument>
#include <cstdio>
#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace loket {

namespace {

// Whether another process holds a lock on bytes [start, start + length) of file. Closing a
// descriptor drops this process's own locks on the file: only call it with no connection open.
bool lockedByOther(const QString &file, off_t start, off_t length)
{
    int fd = ::open(QFile::encodeName(file).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = start;
    probe.l_len = length;
    const bool locked = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return locked;
}

bool renameIfExists(const QString &from, const QString &to)
{
    return !QFileInfo::exists(from) || QFile::rename(from, to);
}

} // namespace

bool BackupService::databaseInUse(const QString &path)
{
    // Every connection in WAL mode holds a read lock on the -shm file's "DMS" byte (offset 128);
    // a rollback-journal reader holds SQLite's SHARED range of the database file.
    constexpr off_t kShmDms = 128;
    constexpr off_t kSharedFirst = 0x40000000 + 2;
    constexpr off_t kSharedSize = 510;
    return lockedByOther(path + QStringLiteral("-shm"), kShmDms, 1) || lockedByOther(path, 0x40000000, 1)
        || lockedByOther(path, kSharedFirst, kSharedSize);
}

BackupCheck BackupService::verify(const QString &path)
{
    BackupCheck check;
    check.knownSchemaVersion = Migrator::latestVersion(QStringLiteral("sqlite"));
    const QFileInfo info(path);
    check.folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    if (!info.exists()) {
        check.problems << tr("%1 tidak ada.").arg(path);
        return check;
    }
    if (!info.isDir() && info.fileName() != BackupManifest::kManifestFile && info.fileName() != BackupManifest::kDatabaseFile) {
        check.problems << tr("%1 bukan cadangan Loket: sebutkan folder cadangan (loket-backup-…), atau manifest.json "
                             "atau loket.db di dalamnya.").arg(path);
        return check;
    }
    const QDir dir(check.folder);
    QFile manifestFile(dir.filePath(BackupManifest::kManifestFile));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        check.problems << tr("Cadangan %1 tidak lengkap: manifest.json tidak ada atau tidak dapat dibaca.").arg(check.folder);
        return check;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(manifestFile.read(1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        check.problems << tr("manifest.json di %1 rusak: %2").arg(check.folder, parseError.errorString());
        return check;
    }
    try {
        check.manifest = BackupManifest::fromJson(doc.object());
        check.manifestRead = true;
    } catch (const Error &e) {
        check.problems << e.message();
        return check;
    }
    const BackupManifest &m = check.manifest;
    check.newerSchema = m.schemaVersion > check.knownSchemaVersion;

    const QString db = dir.filePath(BackupManifest::kDatabaseFile);
    const QFileInfo dbInfo(db);
    if (!dbInfo.isFile()) {
        check.problems << tr("Cadangan %1 tidak lengkap: loket.db tidak ada.").arg(check.folder);
        return check;
    }
    if (dbInfo.size() != m.dbBytes)
        check.problems << tr("loket.db terpotong atau berubah: %1 byte, padahal manifest menyebut %2 byte.")
                              .arg(dbInfo.size()).arg(m.dbBytes);
    try {
        if (sha256OfFile(db) != m.dbSha256)
            check.problems << tr("Isi loket.db tidak cocok dengan SHA-256 di manifest: berkas itu diubah atau rusak.");
    } catch (const Error &e) {
        check.problems << e.message();
    }
    try {
        // Read-only: checking a backup never changes it.
        PrivateConnection c(db, PrivateConnection::Mode::ReadOnly);
        const QString quick = sql::scalar(c.db(), QStringLiteral("PRAGMA quick_check")).toString();
        if (quick != QStringLiteral("ok"))
            check.problems << tr("loket.db tidak lolos quick_check: %1").arg(quick.left(300));
        BackupManifest found;
        readContents(c.db(), found);
        if (found.schemaVersion != m.schemaVersion)
            check.problems << tr("loket.db memakai skema versi %1, padahal manifest menyebut versi %2.")
                                  .arg(found.schemaVersion).arg(m.schemaVersion);
        if (found.requests != m.requests)
            check.problems << tr("loket.db berisi %1 permohonan, padahal manifest menyebut %2.").arg(found.requests).arg(m.requests);
        const BlobTally blobs = checkBlobs(c.db());
        check.blobsChecked = blobs.count;
        if (!blobs.damaged.isEmpty())
            check.problems << tr("%n berkas di loket.db tidak cocok dengan SHA-256-nya: %1", nullptr, int(blobs.damaged.size()))
                                  .arg(blobs.damaged.mid(0, 3).join(QStringLiteral(", ")));
        if (blobs.count != m.blobCount)
            check.problems << tr("loket.db berisi %1 berkas, padahal manifest menyebut %2.").arg(blobs.count).arg(m.blobCount);
        const AuditVerification audit = AuditLog::verify(c.db());
        check.auditEntriesChecked = audit.entries;
        // Only a broken chain is damage of the backup. Rows that differ from their entries (or were
        // written before row hashes) are the database's own state, copied faithfully: `audit
        // verify` reports them on the restored database.
        if (!audit.reason.isEmpty())
            check.problems << tr("Rantai audit di loket.db rusak: %1").arg(audit.reason);
    } catch (const Error &e) {
        check.problems << tr("loket.db tidak dapat diperiksa: %1").arg(e.message());
    }
    return check;
}

RestoreResult BackupService::restore(const std::optional<Session> &session, const QString &backupPath,
                                     const QString &databasePath)
{
    const BackupCheck check = verify(backupPath);
    if (check.newerSchema)
        throw Error::invalid(tr("Cadangan %1 dibuat oleh Loket yang lebih baru (skema versi %2; Loket ini mengenal sampai "
                                "versi %3). Perbarui Loket, lalu pulihkan lagi. Tidak ada yang diubah.")
                                 .arg(check.folder).arg(check.manifest.schemaVersion).arg(check.knownSchemaVersion));
    if (!check.ok())
        throw Error::invalid(tr("Cadangan %1 rusak dan tidak dipulihkan: %2 Tidak ada yang diubah.")
                                 .arg(check.folder, check.problems.join(QStringLiteral(" "))));

    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const QFileInfo targetInfo(target);
    const bool exists = targetInfo.exists();
    if (exists) {
        if (databaseInUse(target))
            throw Error::invalid(tr("Basis data %1 sedang dipakai (aplikasi Loket, loket-cli atau pemindai). Tutup semuanya "
                                    "di komputer ini, lalu ulangi pemulihan. Tidak ada yang diubah.").arg(target));
        bool initialised = false;
        try {
            PrivateConnection c(target, PrivateConnection::Mode::ReadOnly);
            initialised = !sql::scalar(c.db(), QStringLiteral("SELECT node_id FROM node_state")).toString().isEmpty();
        } catch (const Error &) {
            initialised = false;   // not a usable database: it is kept aside, nothing to guard
        }
        if (initialised) {
            if (!session)
                throw Error::denied(tr("Pemulihan menggantikan basis data yang dipakai: hanya administrator yang boleh "
                                       "(tambahkan --as NAMA_ADMIN)."));
            session->require(Role::Admin);
        }
    }
    if (!FilePermissions::makePrivateDir(targetInfo.absolutePath()))
        throw Error::storage(tr("Folder %1 tidak dapat dibuat.").arg(targetInfo.absolutePath()));

    // Copy first, beside the target, then check the copy: the database is replaced only by bytes
    // that match the manifest.
    const QDir folder = targetInfo.absoluteDir();
    const QString staging = folder.filePath(u'.' + targetInfo.fileName() + QStringLiteral(".restoring"));
    QFile::remove(staging);
    if (!QFile::copy(QDir(check.folder).filePath(BackupManifest::kDatabaseFile), staging)) {
        QFile::remove(staging);
        throw Error::storage(tr("Cadangan tidak dapat disalin ke %1 (disk penuh atau tidak dapat ditulis?). Tidak ada yang "
                                "diubah.").arg(folder.absolutePath()));
    }
    FilePermissions::tightenFile(staging);
    syncPath(staging);
    if (sha256OfFile(staging) != check.manifest.dbSha256) {
        QFile::remove(staging);
        throw Error::storage(tr("Salinan cadangan di %1 tidak sama dengan aslinya; tidak ada yang diubah.").arg(staging));
    }

    RestoreResult result;
    result.restoredFrom = check.folder;
    result.databasePath = target;
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = folder.filePath(targetInfo.completeBaseName() + QStringLiteral(".before-restore-") + stamp
                                          + (targetInfo.suffix().isEmpty() ? QString() : u'.' + targetInfo.suffix()));
    // The database's path holds a complete database at every moment, even if the power fails
    // half-way: the old one is folded into its main file (checkpoint), kept aside under a second
    // name (a hard link), and the checked copy then replaces the path in one rename. Journal
    // files left beside the path (also of a database moved away by hand) go aside first: SQLite
    // would otherwise replay an old -wal onto the restored file.
    if (exists) {
        try {
            PrivateConnection c(target, PrivateConnection::Mode::ReadWrite);
            sql::scalar(c.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        } catch (const Error &) {
            // Not a usable database: it is kept aside as it is, with whatever journal it has.
        }
        if (::link(QFile::encodeName(target).constData(), QFile::encodeName(aside).constData()) != 0) {
            QFile::remove(staging);
            throw Error::storage(tr("Basis data %1 tidak dapat disimpan di samping; periksa hak tulis folder %2.")
                                     .arg(target, folder.absolutePath()));
        }
        result.keptAside = aside;
    }
    for (const char *suffix : {"-wal", "-journal"}) {
        if (!renameIfExists(target + QLatin1String(suffix), aside + QLatin1String(suffix))) {
            QFile::remove(staging);
            if (exists)
                QFile::remove(aside);   // the path still holds the old database; the link goes
            throw Error::storage(tr("Basis data %1 tidak dapat dipindahkan ke samping; periksa hak tulis folder %2.")
                                     .arg(target, folder.absolutePath()));
        }
    }
    QFile::remove(target + QStringLiteral("-shm"));
    syncPath(folder.absolutePath());
    // Puts the old database back in one rename, after the restored file's own journals are gone.
    const auto putBack = [&] {
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QFile::remove(target + QLatin1String(suffix));
        bool ok = true;
        if (exists) {
            ok = QFile::exists(aside) && ::rename(QFile::encodeName(aside).constData(), QFile::encodeName(target).constData()) == 0;
            ok = renameIfExists(aside + QStringLiteral("-wal"), target + QStringLiteral("-wal")) && ok;
            ok = renameIfExists(aside + QStringLiteral("-journal"), target + QStringLiteral("-journal")) && ok;
            result.keptAside.clear();
        } else {
            QFile::remove(target);
        }
        syncPath(folder.absolutePath());
        return ok;
    };
    const auto putBackNote = [&] {
        return putBack() ? tr("basis data lama dikembalikan.")
                         : tr("basis data lama TIDAK dapat dikembalikan; salinannya ada di %1.").arg(aside);
    };
    if (::rename(QFile::encodeName(staging).constData(), QFile::encodeName(target).constData()) != 0) {
        // The path still holds the old database: only its journals and the second name are undone.
        QFile::remove(staging);
        renameIfExists(aside + QStringLiteral("-wal"), target + QStringLiteral("-wal"));
        renameIfExists(aside + QStringLiteral("-journal"), target + QStringLiteral("-journal"));
        if (exists)
            QFile::remove(aside);
        throw Error::storage(tr("Cadangan tidak dapat dipasang sebagai %1; basis data lama tetap di tempatnya.").arg(target));
    }
    syncPath(folder.absolutePath());

    try {
        // Opening migrates an older backup and runs quick_check; the restore itself is audited.
        Store store(DatabaseOptions{target});
        result.schemaVersion = store.database().schemaVersion();
        result.requests = sql::scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM request")).toLongLong();
        if (store.node().initialized()) {
            const Actor actor = session ? Actor{session->userId, session->username, QStringLiteral("admin")} : Actor::system();
            ChangeSet changes(store, actor);
            changes.audit(QStringLiteral("backup.restore"), QStringLiteral("backup"), QFileInfo(check.folder).fileName(),
                          {{QStringLiteral("from"), check.folder},
                           {QStringLiteral("created_at"), check.manifest.createdAt.toString(Qt::ISODate)},
                           {QStringLiteral("kept_aside"), result.keptAside}});
            changes.commit();
        }
    } catch (const Error &e) {
        throw Error::storage(tr("Cadangan yang dipulihkan tidak dapat dibuka (%1); %2").arg(e.message(), putBackNote()));
    }
    spdlog::info("database {} restored from {}; previous database kept as {}", target.toStdString(),
                 check.folder.toStdString(), result.keptAside.toStdString());
    return result;
}

} // namespace loket
