#include "Database.h"

#include "Migrator.h"
#include "MountTable.h"
#include "Sql.h"
#include "SqliteErrors.h"
#include "common/Error.h"
#include "common/FilePermissions.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <spdlog/spdlog.h>

namespace loket {

Database::Database(const DatabaseOptions &options)
    : m_path(QFileInfo(options.path).absoluteFilePath())
    , m_busyTimeoutMs(options.busyTimeoutMs)
{
    if (options.path.trimmed().isEmpty())
        throw Error::invalid(tr("Lokasi basis data kosong."));
    MountTable::refuseNetworkPath(m_path, MountTable::readSystem(options.mountInfoPath));

    const QFileInfo info(m_path);
    if (info.exists() && info.isDir())
        throw Error::invalid(tr("%1 adalah folder, bukan berkas basis data.").arg(m_path));
    if (!FilePermissions::makePrivateDir(info.absolutePath()))
        throw Error::storage(tr("Folder %1 tidak dapat dibuat. Periksa bahwa disk terpasang dan folder induknya dapat "
                                "ditulis.").arg(info.absolutePath()));
    // Files made 0644 by older versions; SQLite gives new -wal and -shm files the database's mode.
    tightenFiles();
    SqliteErrors::checkWritable(m_path);

    try {
        QSqlDatabase db = connection();
        tightenFiles();   // a database SQLite has just created, when the umask was not set
        refuseNewerSchema(db);
        const QString check = sql::scalar(db, QStringLiteral("PRAGMA quick_check")).toString();
        if (check != QStringLiteral("ok"))
            throw Error::storage(tr("Basis data %1 rusak (quick_check: %2). Pulihkan dari cadangan.")
                                     .arg(m_path, check));
        m_migrationsApplied = Migrator::migrate(db);
    } catch (...) {
        closeAll();   // a refused database is not held open for the rest of the process
        throw;
    }
    spdlog::info("database {} open, schema version {}, {} migration(s) applied", m_path.toStdString(),
                 schemaVersion(), m_migrationsApplied);
}

void Database::tightenFiles() const
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        FilePermissions::tightenFile(m_path + QLatin1String(suffix));
}

void Database::refuseNewerSchema(const QSqlDatabase &db) const
{
    // Checked before anything is written: a newer program's tables must not be touched by one
    // that does not know them.
    const int current = Migrator::currentVersion(db);
    const int known = Migrator::latestVersion(Migrator::dialectOf(db));
    if (current > known)
        throw Error::storage(tr("Basis data %1 memakai skema versi %2, sedangkan Loket ini hanya mengenal sampai versi "
                                "%3: basis data itu sudah dipakai oleh Loket yang lebih baru. Perbarui Loket di "
                                "komputer ini; basis data tidak diubah.").arg(m_path).arg(current).arg(known));
}

Database::~Database()
{
    closeAll();
}

void Database::closeAll()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connectionNames.clear();
}

QString Database::connectionName() const
{
    return QStringLiteral("loket:%1:%2")
        .arg(m_path)
        .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        const QString plain = SqliteErrors::explain(error, m_path);
        throw Error::storage(plain.isEmpty() ? tr("Basis data %1 tidak dapat dibuka: %2").arg(m_path, error.text()) : plain);
    }
    try {
        configure(db);
    } catch (...) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw;
    }
    QMutexLocker lock(&m_mutex);
    m_connectionNames.append(name);
    return db;
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.removeAll(name);
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void Database::configure(QSqlDatabase &db) const
{
    // Reading anything first fails here, not later, when the file is not a database at all.
    const QVariant mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    if (mode.toString().toLower() != QStringLiteral("wal"))
        throw Error::storage(tr("Basis data %1 tidak dapat memakai mode WAL (mode: %2).")
                                 .arg(m_path, mode.toString()));
    sql::execRaw(db, QStringLiteral("PRAGMA synchronous=FULL"));
    sql::execRaw(db, QStringLiteral("PRAGMA foreign_keys=ON"));
    sql::execRaw(db, QStringLiteral("PRAGMA busy_timeout=%1").arg(m_busyTimeoutMs));
}

int Database::schemaVersion() const
{
    return Migrator::currentVersion(connection());
}

} // namespace loket
