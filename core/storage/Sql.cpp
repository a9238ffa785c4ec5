#include "Sql.h"

#include "SqliteErrors.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace loket::sql {

namespace {

[[noreturn]] void fail(const QSqlDatabase &db, const QSqlQuery &q, const QString &statement)
{
    // A full disk, a read-only folder ... : say so plainly rather than in SQLite's words.
    const QString plain = db.driverName() == QStringLiteral("QSQLITE")
        ? SqliteErrors::explain(q.lastError(), db.databaseName()) : QString();
    if (!plain.isEmpty())
        throw Error::storage(plain);
    throw Error::storage(QCoreApplication::translate("Sql", "Kesalahan basis data: %1 (perintah: %2)")
                             .arg(q.lastError().text(), statement.simplified().left(120)));
}

void prepareAndRun(const QSqlDatabase &db, QSqlQuery &q, const QString &statement, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        fail(db, q, statement);
    for (int i = 0; i < values.size(); ++i) {
        // A null QString means "no text", not SQL NULL; NULL is bound from an invalid QVariant.
        const QVariant &v = values[i];
        q.bindValue(i, v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
    }
    if (!q.exec())
        fail(db, q, statement);
}

} // namespace

bool Rows::next()
{
    if (m_at + 1 >= m_rows.size()) {
        m_at = m_rows.size();
        return false;
    }
    ++m_at;
    return true;
}

QVariant Rows::value(int column) const
{
    if (m_at < 0 || m_at >= m_rows.size() || column < 0 || column >= m_rows[m_at].size())
        return {};
    return m_rows[m_at][column];
}

QVariant Rows::value(const QString &column) const
{
    return value(int(m_columns.indexOf(column)));
}

Rows execList(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    Rows rows;
    QSqlQuery q(db);
    prepareAndRun(db, q, statement, values);
    if (q.isSelect()) {
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            rows.m_columns << record.fieldName(i);
        while (q.next()) {
            QVariantList row;
            row.reserve(record.count());
            for (int i = 0; i < record.count(); ++i)
                row << q.value(i);
            rows.m_rows << row;
        }
        if (q.lastError().isValid())
            fail(db, q, statement);
    } else {
        rows.m_rowsAffected = q.numRowsAffected();
    }
    q.finish();   // ends the statement, and with it any read transaction it held
    return rows;
}

Rows exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    return execList(db, statement, QVariantList(values));
}

void forEach(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
             const std::function<bool(const QSqlQuery &)> &row)
{
    QSqlQuery q(db);
    prepareAndRun(db, q, statement, values);
    while (q.next()) {
        if (!row(q))
            break;
    }
    if (q.lastError().isValid())
        fail(db, q, statement);
    q.finish();
}

void execRaw(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(statement))
        fail(db, q, statement);
    q.finish();
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    QSqlQuery q(db);
    prepareAndRun(db, q, statement, QVariantList(values));
    const QVariant first = q.next() ? q.value(0) : QVariant();
    if (q.lastError().isValid())
        fail(db, q, statement);
    q.finish();
    return first;
}

} // namespace loket::sql
