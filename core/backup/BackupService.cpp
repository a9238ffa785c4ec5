#include "BackupService.h"

#include "PrivateConnection.h"
#include "common/Error.h"
#include "common/FilePermissions.h"
#include "storage/ChangeSet.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QStorageInfo>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace loket {

namespace {

const QRegularExpression &completeName()
{
    static const QRegularExpression re(QStringLiteral("^loket-backup-\\d{8}-\\d{6}(-\\d+)?$"));
    return re;
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromIso(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (t.isValid())
        t.setTimeSpec(Qt::UTC);
    return t;
}

// Less than this free on the backup's disk after a failure: the disk was full.
constexpr qint64 kNearlyFull = 512 * 1024;

} // namespace

bool BackupStatus::dailyDue(const QDateTime &nowUtc) const
{
    if (!settings.daily || settings.folder.isEmpty())
        return false;
    if (lastGoodAt.isValid() && lastGoodAt.secsTo(nowUtc) < 24 * 3600)
        return false;
    // A failing backup (the USB disk is not plugged in) is tried again hourly, not on every check.
    return lastOk || !lastAttemptAt.isValid() || lastAttemptAt.secsTo(nowUtc) >= 3600;
}

BackupService::BackupService(Store &store)
    : m_store(store)
{
}

BackupStatus BackupService::status() const
{
    BackupStatus s;
    auto q = sql::exec(m_store.db(), QStringLiteral("SELECT folder, keep, daily, last_attempt_at, last_ok, last_message, "
                                                    "last_good_at, last_good_path FROM backup_state"));
    if (!q.next())
        return s;
    s.settings = {q.value(0).toString(), q.value(1).toInt(), q.value(2).toBool()};
    s.lastAttemptAt = fromIso(q.value(3));
    s.lastOk = q.value(4).toBool();
    s.lastMessage = q.value(5).toString();
    s.lastGoodAt = fromIso(q.value(6));
    s.lastGoodPath = q.value(7).toString();
    return s;
}

void BackupService::setSettings(const Session &session, const BackupSettings &input)
{
    const Actor actor = session.require(Role::Admin);
    BackupSettings s = input;
    s.folder = s.folder.trimmed();
    if (!s.folder.isEmpty() && !QDir::isAbsolutePath(s.folder))
        throw Error::invalid(tr("Folder cadangan harus ditulis lengkap dari akar, misalnya /media/cadangan (tertulis: \"%1\").")
                                 .arg(s.folder.left(200)));
    if (s.folder.isEmpty() && s.daily)
        throw Error::invalid(tr("Pilih folder cadangan dulu untuk cadangan harian."));
    if (s.keep < 1 || s.keep > kMaxKeep)
        throw Error::invalid(tr("Jumlah cadangan yang disimpan harus 1–%1 (tertulis: %2).").arg(kMaxKeep).arg(s.keep));
    s.folder = s.folder.isEmpty() ? s.folder : QDir::cleanPath(s.folder);
    ChangeSet changes(m_store, actor);
    sql::exec(changes.db(), QStringLiteral("UPDATE backup_state SET folder = ?, keep = ?, daily = ?"),
              {s.folder, s.keep, s.daily ? 1 : 0});
    changes.audit(QStringLiteral("backup.settings"), QStringLiteral("backup"), QString(),
                  {{QStringLiteral("folder"), s.folder}, {QStringLiteral("keep"), s.keep}, {QStringLiteral("daily"), s.daily}});
    changes.commit();
}

BackupJob BackupService::job(const Session &session, const QString &targetDir, std::optional<int> keep) const
{
    session.require(Role::Admin);
    const BackupSettings settings = status().settings;
    BackupJob j;
    j.databasePath = m_store.database().path();
    j.targetDir = targetDir.trimmed().isEmpty() ? settings.folder : QFileInfo(targetDir.trimmed()).absoluteFilePath();
    if (j.targetDir.isEmpty())
        throw Error::invalid(tr("Folder cadangan belum diatur: sebutkan foldernya (loket-cli backup --to FOLDER) atau "
                                "atur di Pengaturan → Cadangan."));
    j.keep = keep.value_or(settings.keep);
    if (j.keep < 1 || j.keep > kMaxKeep)
        throw Error::invalid(tr("Jumlah cadangan yang disimpan harus 1–%1 (tertulis: %2).").arg(kMaxKeep).arg(j.keep));
    j.nodeCode = m_store.node().nodeCode;
    return j;
}

BackupJob BackupService::scheduledJob(const Session &session) const
{
    session.any();
    const BackupSettings settings = status().settings;
    if (settings.folder.isEmpty())
        throw Error::invalid(tr("Folder cadangan belum diatur oleh administrator."));
    return {m_store.database().path(), settings.folder, settings.keep, m_store.node().nodeCode};
}

BackupResult BackupService::run(const BackupJob &job)
{
    QElapsedTimer timer;
    timer.start();
    spdlog::info("backup of {} to {} started", job.databasePath.toStdString(), job.targetDir.toStdString());
    BackupResult result;
    const QString target = QFileInfo(job.targetDir).absoluteFilePath();
    if (!FilePermissions::makePrivateDir(target) || !QFileInfo(target).isWritable())
        throw Error::storage(tr("Folder cadangan %1 tidak dapat dibuat atau ditulis. Periksa bahwa disk atau flashdisk "
                                "cadangan terpasang dan dapat ditulis.").arg(target));
    const QStorageInfo databaseDisk(QFileInfo(job.databasePath).absolutePath());
    const QStorageInfo backupDisk(target);
    if (databaseDisk.isValid() && backupDisk.isValid() && databaseDisk.device() == backupDisk.device())
        result.warnings << tr("Folder cadangan %1 berada di disk yang sama dengan basis data: bila disk itu rusak, "
                              "cadangannya ikut hilang. Pilih flashdisk atau disk lain.").arg(target);

    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = QStringLiteral("loket-backup-") + stamp;
    for (int n = 2; QFileInfo::exists(QDir(target).filePath(name)); ++n)
        name = QStringLiteral("loket-backup-%1-%2").arg(stamp).arg(n);
    // Until the rename at the end, the backup has a name no listing takes for a complete backup.
    // The process id keeps two backups begun in the same second (the app's daily one and a script's)
    // from sharing, and removing, one partial folder.
    const QString partial = QDir(target).filePath(u'.' + name + QStringLiteral(".%1.partial").arg(QCoreApplication::applicationPid()));
    const QString final = QDir(target).filePath(name);
    QDir(partial).removeRecursively();
    if (!FilePermissions::makePrivateDir(partial))
        throw Error::storage(tr("Folder %1 tidak dapat dibuat.").arg(partial));
    bool complete = false;
    const auto cleanup = qScopeGuard([&] {
        if (!complete)
            QDir(partial).removeRecursively();
    });

    const QString copy = QDir(partial).filePath(BackupManifest::kDatabaseFile);
    try {
        // VACUUM INTO reads one snapshot (a read transaction) while other processes keep writing.
        PrivateConnection source(job.databasePath, PrivateConnection::Mode::ReadWrite);
        sql::exec(source.db(), QStringLiteral("VACUUM INTO ?"), {copy});
    } catch (const Error &e) {
        const QStorageInfo disk(target);
        if (disk.isValid() && disk.bytesAvailable() < kNearlyFull)
            throw Error::storage(tr("Disk cadangan %1 penuh: cadangan tidak dibuat. Hapus cadangan lama atau pilih disk "
                                    "lain.").arg(target));
        throw Error::storage(tr("Cadangan ke %1 gagal: %2").arg(target, e.message()));
    }
    FilePermissions::tightenFile(copy);

    BackupManifest m;
    {
        PrivateConnection c(copy, PrivateConnection::Mode::ReadWrite);
        // The copy keeps the source's WAL flag; a backup is one self-contained file.
        sql::scalar(c.db(), QStringLiteral("PRAGMA journal_mode=DELETE"));
        m.quickCheck = sql::scalar(c.db(), QStringLiteral("PRAGMA quick_check")).toString();
        if (m.quickCheck != QStringLiteral("ok"))
            throw Error::storage(tr("Salinan basis data tidak lolos pemeriksaan (quick_check: %1); cadangan dibatalkan. "
                                    "Periksa basis data ini.").arg(m.quickCheck));
        readContents(c.db(), m);
        const BlobTally blobs = checkBlobs(c.db());
        if (!blobs.damaged.isEmpty())
            throw Error::storage(tr("%n berkas di basis data tidak cocok dengan hash-nya (misalnya %1); cadangan "
                                    "dibatalkan. Berkas itu rusak di basis data ini.", nullptr, int(blobs.damaged.size()))
                                     .arg(blobs.damaged.first()));
        m.blobCount = blobs.count;
        m.blobBytes = blobs.bytes;
        m.blobsPurged = blobs.purged;
    }
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.dbBytes = QFileInfo(copy).size();
    m.dbSha256 = sha256OfFile(copy);

    QSaveFile manifest(QDir(partial).filePath(BackupManifest::kManifestFile));
    if (!manifest.open(QIODevice::WriteOnly)
        || manifest.write(QJsonDocument(m.toJson()).toJson(QJsonDocument::Indented)) < 0 || !manifest.commit())
        throw Error::storage(tr("manifest.json di %1 tidak dapat ditulis: %2").arg(partial, manifest.errorString()));
    FilePermissions::tightenFile(manifest.fileName());
    syncPath(copy);
    syncPath(manifest.fileName());
    syncPath(partial);
    if (!QDir().rename(partial, final))
        throw Error::storage(tr("Folder cadangan %1 tidak dapat diberi nama akhirnya %2.").arg(partial, final));
    complete = true;
    syncPath(target);

    result.folder = final;
    result.manifest = m;
    result.removed = prune(target, job.keep, final);
    result.elapsedMs = timer.elapsed();
    spdlog::info("backup {} made: {} bytes, {} blobs, {} ms, {} old backup(s) removed", final.toStdString(), m.dbBytes,
                 m.blobCount, result.elapsedMs, result.removed.size());
    return result;
}

void BackupService::readContents(const QSqlDatabase &db, BackupManifest &m)
{
    m.schemaVersion = Migrator::currentVersion(db);
    m.pages = sql::scalar(db, QStringLiteral("PRAGMA page_count")).toLongLong();
    m.pageSize = sql::scalar(db, QStringLiteral("PRAGMA page_size")).toLongLong();
    {
        auto q = sql::exec(db, QStringLiteral("SELECT node_id, node_code, office_code FROM node_state"));
        if (q.next()) {
            m.nodeId = q.value(0).toString();
            m.nodeCode = q.value(1).toString();
            m.officeCode = q.value(2).toString();
        }
    }
    const auto count = [&db](const char *table) {
        return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)).toLongLong();
    };
    m.requests = count("request");
    m.requestEvents = count("request_event");
    m.residents = count("resident");
    m.documents = count("document");
    m.auditEntries = count("audit_log");
}

BackupService::BlobTally BackupService::checkBlobs(const QSqlDatabase &db)
{
    BlobTally tally;
    const QString emptyHash = QString::fromLatin1(QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex());
    // One blob in memory at a time (a database of scans is larger than memory); the read only
    // reads, so it may stream.
    sql::forEach(db, QStringLiteral("SELECT sha256, data FROM blob ORDER BY sha256"), {}, [&](const QSqlQuery &q) {
        const QString sha = q.value(0).toString();
        const QByteArray data = q.value(1).toByteArray();
        ++tally.count;
        tally.bytes += data.size();
        if (data.isEmpty() && sha != emptyHash)
            ++tally.purged;   // emptied by a retention purge on purpose
        else if (QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) != sha)
            tally.damaged << sha;
        return true;
    });
    return tally;
}

void BackupService::record(const Session &session, const BackupResult *result, const QString &error)
{
    const Actor actor = session.any();
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    ChangeSet changes(m_store, actor);
    if (result) {
        sql::exec(changes.db(), QStringLiteral("UPDATE backup_state SET last_attempt_at = ?, last_ok = 1, last_message = ?, "
                                               "last_good_at = ?, last_good_path = ?"),
                  {now, tr("Cadangan %1 dibuat dan diperiksa: %2 byte, %n berkas.", nullptr, int(result->manifest.blobCount))
                            .arg(QFileInfo(result->folder).fileName()).arg(result->manifest.dbBytes),
                   isoUtc(result->manifest.createdAt), result->folder});
        changes.audit(QStringLiteral("backup.create"), QStringLiteral("backup"), QFileInfo(result->folder).fileName(),
                      {{QStringLiteral("folder"), result->folder},
                       {QStringLiteral("bytes"), result->manifest.dbBytes},
                       {QStringLiteral("sha256"), result->manifest.dbSha256},
                       {QStringLiteral("blobs"), result->manifest.blobCount},
                       {QStringLiteral("removed"), int(result->removed.size())}});
    } else {
        sql::exec(changes.db(), QStringLiteral("UPDATE backup_state SET last_attempt_at = ?, last_ok = 0, last_message = ?"),
                  {now, error.left(1000)});
        changes.audit(QStringLiteral("backup.failed"), QStringLiteral("backup"), QString(),
                      {{QStringLiteral("error"), error.left(1000)}});
    }
    changes.commit();
}

BackupResult BackupService::backup(const Session &session, const QString &targetDir, std::optional<int> keep)
{
    const BackupJob j = job(session, targetDir, keep);
    try {
        const BackupResult result = run(j);
        record(session, &result, {});
        return result;
    } catch (const Error &e) {
        record(session, nullptr, e.message());
        throw;
    }
}

QStringList BackupService::completeBackups(const QString &folder)
{
    QStringList out;
    const QDir dir(folder);
    const QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names)
        if (completeName().match(name).hasMatch() && QFileInfo::exists(dir.filePath(name + u'/' + BackupManifest::kManifestFile)))
            out << dir.filePath(name);
    // "…-093012" before "…-093012-2": the same second, made later.
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        const QString fa = QFileInfo(a).fileName(), fb = QFileInfo(b).fileName();
        return fa.left(28) != fb.left(28) ? fa < fb : fa.size() != fb.size() ? fa.size() < fb.size() : fa < fb;
    });
    return out;
}

QStringList BackupService::prune(const QString &folder, int keep, const QString &spare)
{
    QStringList removed;
    QStringList backups = completeBackups(folder);
    const QString spared = spare.isEmpty() ? QString() : QFileInfo(spare).absoluteFilePath();
    qsizetype excess = backups.size() - qMax(1, keep);
    for (const QString &b : std::as_const(backups)) {
        if (excess <= 0)
            break;
        if (QFileInfo(b).absoluteFilePath() == spared)
            continue;
        if (QDir(b).removeRecursively()) {
            removed << b;
            --excess;
        } else {
            spdlog::warn("old backup {} could not be removed", b.toStdString());
        }
    }
    return removed;
}

} // namespace loket
