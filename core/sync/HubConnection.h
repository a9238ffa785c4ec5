// A connection to the office's PostgreSQL hub (issue 14), given as a URI
// postgresql://user@host:port/database[?sslmode=…]. The password never comes from the command
// line or the URI: it is LOKET_HUB_PASSWORD, else libpq's password file (~/.pgpass).
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace loket {

struct HubAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslmode;   // empty: libpq's default (prefer)

    // Throws Error::invalid naming what is wrong (scheme, a password in the URI, no database …).
    static HubAddress parse(const QString &uri);
    QString uri() const;   // without any password, for the log and the node's settings
};

class HubConnection
{
    Q_DECLARE_TR_FUNCTIONS(HubConnection)
public:
    // Connects, or throws: Error::auth for a refused password, Error::storage when the hub cannot
    // be reached within timeoutSeconds.
    // password empty: LOKET_HUB_PASSWORD, else libpq's password file.
    explicit HubConnection(const HubAddress &address, int timeoutSeconds = 10, const QString &password = {});
    ~HubConnection();
    HubConnection(const HubConnection &) = delete;
    HubConnection &operator=(const HubConnection &) = delete;

    QSqlDatabase db() const;

    // Keeps password for address in libpq's password file (PGPASSFILE, else ~/.pgpass), readable by
    // this user only, replacing an entry for the same server, database and user. Never logged.
    static QString storePassword(const HubAddress &address, const QString &password);
    const HubAddress &address() const { return m_address; }

private:
    HubAddress m_address;
    QString m_name;
};

} // namespace loket
