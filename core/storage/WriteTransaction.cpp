#include "WriteTransaction.h"

#include "Sql.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace loket {

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    const bool sqlite = m_db.driverName() == QStringLiteral("QSQLITE");
    sql::execRaw(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

void WriteTransaction::commit()
{
    sql::execRaw(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace loket
