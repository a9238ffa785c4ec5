#include "WriteTransaction.h"

#include "Sql.h"
#include "common/Error.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace loket {

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QStringLiteral("QSQLITE") || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// The SQL of a statement of this connection that is still stepping, if any.
QString runningStatement(sqlite3 *handle)
{
    for (sqlite3_stmt *s = sqlite3_next_stmt(handle, nullptr); s; s = sqlite3_next_stmt(handle, s)) {
        if (sqlite3_stmt_busy(s))
            return QString::fromUtf8(sqlite3_sql(s)).simplified().left(120);
    }
    return {};
}

} // namespace

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    if (sqliteHandle(m_db))
        beginSqlite();
    else
        sql::execRaw(m_db, QStringLiteral("BEGIN"));
    m_open = true;
}

void WriteTransaction::beginSqlite()
{
    sqlite3 *handle = sqliteHandle(m_db);
    // Programming errors, refused before anything is written, so a test finds them at once.
    if (!sqlite3_get_autocommit(handle))
        throw Error::storage(tr("Kesalahan program: transaksi tulis dimulai di dalam transaksi lain."));
    const QString running = runningStatement(handle);
    if (!running.isEmpty())
        throw Error::storage(tr("Kesalahan program: pembacaan \"%1\" masih berjalan saat transaksi tulis dimulai.")
                                 .arg(running));

    QElapsedTimer waited;
    waited.start();
    int pauseMs = 2;
    for (;;) {
        const int rc = sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            return;
        const int extended = sqlite3_extended_errcode(handle);
        const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
        const bool retry = extended == SQLITE_BUSY_SNAPSHOT || extended == SQLITE_BUSY_RECOVERY;
        if (retry && waited.elapsed() < kRetryBudgetMs) {
            spdlog::debug("BEGIN IMMEDIATE: {} (code {}), retrying in {} ms", message.toStdString(), extended, pauseMs);
            QThread::msleep(pauseMs);
            pauseMs = std::min(pauseMs * 2, 100);
            continue;
        }
        if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
            throw BusyError(tr("Basis data sedang dipakai proses lain (aplikasi Loket, loket-cli, pemindai atau "
                                    "sinkronisasi) lebih dari %1 detik. Coba lagi sebentar lagi.")
                                     .arg(waited.elapsed() / 1000.0, 0, 'f', 1));
        throw Error::storage(tr("Transaksi tulis tidak dapat dimulai: %1").arg(message));
    }
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    if (sqlite3 *handle = sqliteHandle(m_db)) {
        if (!sqlite3_get_autocommit(handle))
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        return;
    }
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

void WriteTransaction::commit()
{
    if (sqlite3 *handle = sqliteHandle(m_db)) {
        if (sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            throw Error::storage(tr("Perubahan tidak dapat disimpan: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    } else {
        sql::execRaw(m_db, QStringLiteral("COMMIT"));
    }
    m_open = false;
}

} // namespace loket
