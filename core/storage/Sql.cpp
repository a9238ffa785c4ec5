#include "Sql.h"

#include "SqliteErrors.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlError>

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

} // namespace

QSqlQuery execList(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q(db);
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
    return q;
}

QSqlQuery exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    return execList(db, statement, QVariantList(values));
}

void execRaw(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        fail(db, q, statement);
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    QSqlQuery q = exec(db, statement, values);
    return q.next() ? q.value(0) : QVariant();
}

} // namespace loket::sql
