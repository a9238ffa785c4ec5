#include "HubConnection.h"

#include "common/Error.h"
#include "storage/Sql.h"

#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QUuid>

namespace loket {

HubAddress HubAddress::parse(const QString &uri)
{
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QStringLiteral("postgresql") && url.scheme() != QStringLiteral("postgres")))
        throw Error::invalid(HubConnection::tr("Alamat hub harus berbentuk postgresql://pengguna@host:port/basisdata (tertulis: %1).")
                                 .arg(uri.left(200)));
    if (!url.password().isEmpty())
        throw Error::invalid(HubConnection::tr("Jangan menulis kata sandi hub di alamatnya: pakai LOKET_HUB_PASSWORD atau berkas "
                                               "~/.pgpass."));
    HubAddress a;
    a.host = url.host();
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    a.user = url.userName();
    if (a.host.isEmpty() || a.database.isEmpty() || a.database.contains(u'/') || a.user.isEmpty())
        throw Error::invalid(HubConnection::tr("Alamat hub %1 tidak lengkap: perlu pengguna, host dan nama basis data, "
                                               "misalnya postgresql://loket@192.168.1.10:5432/loket.")
                                 .arg(uri.left(200)));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                       QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        if (key != QStringLiteral("sslmode") || !modes.contains(value))
            throw Error::invalid(HubConnection::tr("Pilihan alamat hub \"%1=%2\" tidak dikenal; yang dikenal: sslmode=%3.")
                                     .arg(key.left(40), value.left(40), modes.join(u'|')));
        a.sslmode = value;
    }
    return a;
}

QString HubAddress::uri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    if (!sslmode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslmode);
    return url.toString();
}

HubConnection::HubConnection(const HubAddress &address, int timeoutSeconds, const QString &given)
    : m_address(address)
    , m_name(QStringLiteral("loket-hub-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    const QString password = given.isEmpty() ? qEnvironmentVariable("LOKET_HUB_PASSWORD") : given;
    if (!password.isEmpty())
        db.setPassword(password);
    // A hub that goes silent mid-exchange (a cut cable, a PC asleep) is noticed by TCP keepalives
    // within about half a minute instead of blocking the push forever.
    QStringList options{QStringLiteral("connect_timeout=%1").arg(qMax(1, timeoutSeconds)), QStringLiteral("application_name=loket"),
                        QStringLiteral("keepalives=1"), QStringLiteral("keepalives_idle=10"), QStringLiteral("keepalives_interval=5"),
                        QStringLiteral("keepalives_count=3")};
    if (!address.sslmode.isEmpty())
        options << QStringLiteral("sslmode=") + address.sslmode;
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        const QString why = db.lastError().text().simplified();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        if (why.contains(QStringLiteral("password authentication failed")) || why.contains(QStringLiteral("no password supplied")))
            throw Error::auth(tr("Hub %1 menolak pengguna %2: kata sandi salah atau tidak ada (LOKET_HUB_PASSWORD atau ~/.pgpass).")
                                  .arg(address.uri(), address.user));
        throw Error::storage(tr("Hub %1 tidak dapat dihubungi: %2").arg(address.uri(), why.left(300)));
    }
    // A statement the hub cannot finish (a lock held by a stuck client) fails instead of waiting on.
    try {
        sql::execRaw(db, QStringLiteral("SET statement_timeout = %1").arg(qMax(30, timeoutSeconds * 6) * 1000));
    } catch (const Error &) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);   // the constructor throws: no destructor will
        throw;
    }
}

HubConnection::~HubConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase HubConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

QString HubConnection::storePassword(const HubAddress &address, const QString &password)
{
    if (password.isEmpty() || password.contains(u'\n') || password.contains(u'\r'))
        throw Error::invalid(tr("Kata sandi hub kosong atau memuat baris baru."));
    const QString path = qEnvironmentVariableIsSet("PGPASSFILE") ? qEnvironmentVariable("PGPASSFILE")
                                                                 : QDir::homePath() + QStringLiteral("/.pgpass");
    const auto escape = [](QString field) {
        return field.replace(u'\\', QStringLiteral("\\\\")).replace(u':', QStringLiteral("\\:"));
    };
    const QString key = QStringList{escape(address.host), QString::number(address.port), escape(address.database), escape(address.user)}
                            .join(u':') + u':';
    QStringList lines;
    QFile current(path);
    if (current.open(QIODevice::ReadOnly)) {
        if (current.size() > 1024 * 1024)
            throw Error::invalid(tr("Berkas kata sandi %1 terlalu besar.").arg(path));
        for (const QString &line : QString::fromUtf8(current.readAll()).split(u'\n'))
            if (!line.isEmpty() && !line.startsWith(key))
                lines << line;
        current.close();
    }
    lines << key + escape(password);
    // Written aside and renamed: the file is whole at every moment, and never readable by others.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw Error::storage(tr("Berkas kata sandi %1 tidak dapat ditulis.").arg(path));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write((lines.join(u'\n') + u'\n').toUtf8());
    if (!out.commit())
        throw Error::storage(tr("Berkas kata sandi %1 tidak dapat ditulis.").arg(path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

} // namespace loket
