#include "Migrator.h"

#include "Sql.h"
#include "WriteTransaction.h"
#include "common/Error.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlRecord>
#include <algorithm>

namespace loket {

QString Migrator::dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QStringLiteral("QPSQL") ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

QList<Migrator::Migration> Migrator::available(const QString &dialect)
{
    static const QRegularExpression nameRe(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/migrations/") + dialect);
    const auto files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto m = nameRe.match(file);
        if (!m.hasMatch())
            throw Error::storage(tr("Nama berkas migrasi tidak sah: %1").arg(file));
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            throw Error::storage(tr("Berkas migrasi %1 tidak dapat dibaca.").arg(file));
        out.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.version < b.version; });
    return out;
}

int Migrator::currentVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    return sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")).toInt();
}

int Migrator::latestVersion(const QString &dialect)
{
    const auto migrations = available(dialect);
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

int Migrator::migrate(const QSqlDatabase &db)
{
    const auto migrations = available(dialectOf(db));
    const int known = migrations.isEmpty() ? 0 : migrations.last().version;
    const int found = currentVersion(db);
    if (found > known)
        throw Error::storage(tr("Skema basis data versi %1 lebih baru daripada yang dikenal Loket ini (versi %2). "
                                "Perbarui Loket; basis data tidak diubah.").arg(found).arg(known));
    int applied = 0;
    for (const Migration &m : migrations) {
        // A migration that rebuilds a table runs with foreign keys off (they cannot be switched
        // inside a transaction) and checks them all before it commits.
        const bool rebuilds = dialectOf(db) == QStringLiteral("sqlite") && m.sql.startsWith(kForeignKeysOff);
        if (rebuilds && m.version > currentVersion(db))
            sql::execRaw(db, QStringLiteral("PRAGMA foreign_keys=OFF"));
        const auto restoreKeys = qScopeGuard([&] {
            if (rebuilds)
                sql::execRaw(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        });
        WriteTransaction tx(db);
        // Read the version inside the write lock: two processes starting at once apply each
        // migration exactly once. PostgreSQL has no database-wide write lock: an advisory lock
        // held to the end of the transaction serialises two `hub init` runs.
        if (dialectOf(db) == QStringLiteral("postgres"))
            sql::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(4242001)"));
        sql::execRaw(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                        "applied_at TEXT NOT NULL)"));
        const int current = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")).toInt();
        if (m.version <= current)
            continue;
        const auto statements = splitStatements(m.sql);
        for (const QString &statement : statements)
            sql::execRaw(db, statement);
        if (rebuilds) {
            auto broken = sql::exec(db, QStringLiteral("PRAGMA foreign_key_check"));
            if (broken.next())
                throw Error::storage(tr("Migrasi %1 meninggalkan rujukan yang putus (tabel %2); basis data tidak diubah.")
                                         .arg(m.version)
                                         .arg(broken.value(0).toString()));
        }
        sql::exec(db, QStringLiteral("INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, ?)"),
                  {m.version, m.name, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        tx.commit();
        ++applied;
    }
    return applied;
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const auto lines = script.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QStringLiteral("--")))
            continue;
        current += rawLine + u'\n';
        const QString upper = line.toUpper();
        if (upper.startsWith(QStringLiteral("CREATE TRIGGER")) || upper.startsWith(QStringLiteral("CREATE TEMP TRIGGER")))
            inTrigger = true;
        const bool ends = line.endsWith(u';') && (!inTrigger || upper == QStringLiteral("END;"));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace loket
