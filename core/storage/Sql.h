// Small helpers over QSqlQuery: always prepared, always bound, errors thrown as Error::storage.
//
// Several processes and threads write one SQLite file (the app, loket-cli, the scan worker, the
// sync worker). In WAL mode an unfinished SELECT keeps a read transaction open on its connection,
// and a write begun on top of it cannot wait for other writers: it fails at once with
// SQLITE_BUSY_SNAPSHOT whatever the busy timeout. So no statement outlives the call that ran it:
// exec() reads every row into a Rows value and finishes the statement before it returns, and
// forEach() streams a large read-only result inside one call. WriteTransaction refuses to begin
// while any statement of its connection is still running.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <initializer_list>

class QSqlQuery;

namespace loket::sql {

// The complete result of one statement, read before the statement was finished. Reads like a
// forward-only QSqlQuery: next() moves to the first row, then on.
class Rows
{
public:
    bool next();
    QVariant value(int column) const;
    QVariant value(const QString &column) const;
    const QStringList &columns() const { return m_columns; }
    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    int numRowsAffected() const { return m_rowsAffected; }

private:
    friend Rows execList(const QSqlDatabase &, const QString &, const QVariantList &);
    QStringList m_columns;
    QList<QVariantList> m_rows;
    qsizetype m_at = -1;
    int m_rowsAffected = 0;
};

// Prepares and executes statement with positional values and returns all its rows; throws on failure.
Rows exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});
Rows execList(const QSqlDatabase &db, const QString &statement, const QVariantList &values);
// Streams the rows of a read-only statement too large to hold (audit verification, purges) to
// `row`, which returns false to stop early. `row` must not write: the statement is still running.
void forEach(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
             const std::function<bool(const QSqlQuery &)> &row);
// Executes statement without preparing it (PRAGMA, DDL).
void execRaw(const QSqlDatabase &db, const QString &statement);
// First column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});

} // namespace loket::sql
