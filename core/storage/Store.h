// The storage layer every core service writes through: the database, the node's identity and
// its hybrid logical clock.
#pragma once

#include "ChangeNotifier.h"
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

    // What this process committed, and (once watch() is started) what other connections did.
    ChangeNotifier &notifier() { return *m_notifier; }
    // Starts noticing commits by other connections (PRAGMA data_version on this thread's
    // connection, every intervalMs); the desktop app calls it on the GUI thread.
    void watchOtherWriters(int intervalMs = 1000);

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeNotifier> m_notifier = std::make_unique<ChangeNotifier>();
    WallClock m_clock;
    Hlc m_hlc;
};

} // namespace loket
