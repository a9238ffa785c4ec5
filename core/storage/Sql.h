// Small helpers over QSqlQuery: always prepared, always bound, errors thrown as Error::storage.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>

namespace loket::sql {

// Prepares and executes statement with positional values; throws on failure.
QSqlQuery exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});
QSqlQuery execList(const QSqlDatabase &db, const QString &statement, const QVariantList &values);
// Executes statement without preparing it (PRAGMA, BEGIN, DDL).
void execRaw(const QSqlDatabase &db, const QString &statement);
// First column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});

} // namespace loket::sql
