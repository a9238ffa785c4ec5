// Scoped writing transaction: BEGIN IMMEDIATE on SQLite (Qt's transaction() is a deferred BEGIN,
// which can fail with SQLITE_BUSY half-way); rolls back unless commit() was called.
//
// On SQLite it takes the write lock before the transaction's first read, so it waits for other
// writers (the busy timeout) instead of failing. It refuses to begin while a statement of the
// same connection is still running or a transaction is already open: a write begun on top of an
// open read cannot wait and fails with SQLITE_BUSY_SNAPSHOT (see Sql.h). Only the cases SQLite
// cannot wait on by itself (SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY) are retried, with backoff.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace loket {

class WriteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(WriteTransaction)

public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void commit();
    const QSqlDatabase &database() const { return m_db; }

    // How long a writer waits for the others before it gives up (the connection's busy timeout).
    static constexpr int kRetryBudgetMs = 5000;

private:
    void beginSqlite();

    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace loket
