// Scoped writing transaction: BEGIN IMMEDIATE on SQLite (Qt's transaction() is a deferred BEGIN,
// which can fail with SQLITE_BUSY half-way); rolls back unless commit() was called.
#pragma once

#include <QSqlDatabase>

namespace loket {

class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void commit();
    const QSqlDatabase &database() const { return m_db; }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace loket
