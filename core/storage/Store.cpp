#include "Store.h"

#include "Sql.h"

namespace loket {

Store::Store(const DatabaseOptions &options, WallClock clock)
    : m_database(std::make_unique<Database>(options))
    , m_clock(clock)
    , m_hlc(clock)
{
    m_hlc.restore(sql::scalar(db(), QStringLiteral("SELECT hlc_last FROM node_state")).toLongLong());
}

NodeIdentity Store::node() const
{
    auto q = sql::exec(db(), QStringLiteral("SELECT node_id, node_code, office_code, demo FROM node_state"));
    if (!q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
}

void Store::watchOtherWriters(int intervalMs)
{
    m_notifier->watch([this] { return sql::scalar(db(), QStringLiteral("PRAGMA data_version")).toLongLong(); }, intervalMs);
}

} // namespace loket
