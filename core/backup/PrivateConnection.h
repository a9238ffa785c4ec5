// A connection of its own to one SQLite file, closed and removed when it goes out of scope: the
// backup reads the live database beside the app's connections, and checks copies no one else uses.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace loket {

class PrivateConnection
{
    Q_DECLARE_TR_FUNCTIONS(PrivateConnection)

public:
    enum class Mode { ReadWrite, ReadOnly };
    // Throws Error::storage naming path when it cannot be opened.
    PrivateConnection(const QString &path, Mode mode, int busyTimeoutMs = 10000);
    ~PrivateConnection();
    PrivateConnection(const PrivateConnection &) = delete;
    PrivateConnection &operator=(const PrivateConnection &) = delete;

    const QSqlDatabase &db() const { return m_db; }
    void close();

private:
    QString m_name;
    QSqlDatabase m_db;
};

// SHA-256 of a file, read in chunks; throws Error::storage when it cannot be read.
QString sha256OfFile(const QString &path);
// fsync of a file or folder, so a completed backup or restore survives a power cut.
void syncPath(const QString &path);

} // namespace loket
