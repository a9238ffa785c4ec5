// The storage layer every core service writes through: the database, the node's identity and
// its hybrid logical clock.
#pragma once

#include "Database.h"
#include "Hlc.h"

#include <memory>

namespace loket {

struct NodeIdentity
{
    QString nodeId;
    QString nodeCode;
    QString officeCode;
    bool demo = false;
    bool initialized() const { return !nodeId.isEmpty(); }
};

class Store
{
public:
    explicit Store(const DatabaseOptions &options, WallClock clock = systemClock());

    QSqlDatabase db() const { return m_database->connection(); }
    Database &database() { return *m_database; }
    Hlc &hlc() { return m_hlc; }
    const WallClock &clock() const { return m_clock; }

    NodeIdentity node() const;

private:
    std::unique_ptr<Database> m_database;
    WallClock m_clock;
    Hlc m_hlc;
};

} // namespace loket
