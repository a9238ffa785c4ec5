// Numbered schema migrations (resources/migrations/<dialect>/NNNN_name.sql), each applied in its
// own transaction and recorded in schema_version; the same loop serves SQLite and PostgreSQL.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace loket {

class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration
    {
        int version;
        QString name;
        QString sql;
    };

    // First line of a SQLite migration that rebuilds a table: it runs with foreign keys off and
    // all of them are checked before it commits.
    static constexpr QLatin1StringView kForeignKeysOff{"-- loket: foreign_keys off"};

    // "sqlite" or "postgres", from the connection's driver.
    static QString dialectOf(const QSqlDatabase &db);
    static QList<Migration> available(const QString &dialect);
    static int currentVersion(const QSqlDatabase &db);
    // The highest version this program knows for dialect.
    static int latestVersion(const QString &dialect);
    // Applies every migration newer than the recorded version; returns how many ran. Refuses a
    // database whose recorded version is newer than this program knows.
    static int migrate(const QSqlDatabase &db);
    // Splits a script into statements; keeps CREATE TRIGGER ... END; bodies whole.
    static QStringList splitStatements(const QString &script);
};

} // namespace loket
