#include "PrivateConnection.h"

#include "common/Error.h"
#include "storage/SqliteErrors.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QUuid>
#include <fcntl.h>
#include <unistd.h>

namespace loket {

PrivateConnection::PrivateConnection(const QString &path, Mode mode, int busyTimeoutMs)
    : m_name(QStringLiteral("loket-private:") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        close();
        const QString plain = SqliteErrors::explain(error, path);
        throw Error::storage(plain.isEmpty() ? tr("Basis data %1 tidak dapat dibuka: %2").arg(path, error.text()) : plain);
    }
}

PrivateConnection::~PrivateConnection()
{
    close();
}

void PrivateConnection::close()
{
    if (m_name.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

QString sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error::storage(QCoreApplication::translate("PrivateConnection", "Berkas %1 tidak dapat dibaca: %2")
                                 .arg(path, f.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        throw Error::storage(QCoreApplication::translate("PrivateConnection", "Berkas %1 tidak dapat dibaca: %2")
                                 .arg(path, f.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

void syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace loket
