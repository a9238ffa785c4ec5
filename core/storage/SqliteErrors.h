// SQLite's own words ("unable to open database file", "disk I/O error") do not tell a counter
// officer what is wrong or what to do. This turns the failures that concern the file itself —
// permissions, a read-only folder, a full or failing disk, a file that is not a database, a lock
// held too long — into a message naming the path, the cause and the remedy.
#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace loket {

class SqliteErrors
{
    Q_DECLARE_TR_FUNCTIONS(SqliteErrors)

public:
    // The plain message for error on the database at path, ending with SQLite's own text; empty
    // when the error is not one of those above (a constraint, a syntax error ...).
    static QString explain(const QSqlError &error, const QString &databasePath);
    // The same for an error known only by its SQLite result code.
    static QString explain(int sqliteCode, const QString &sqliteText, const QString &databasePath);
    // Refuses, before SQLite tries, a database whose folder or file this user cannot write.
    static void checkWritable(const QString &databasePath);
};

} // namespace loket
