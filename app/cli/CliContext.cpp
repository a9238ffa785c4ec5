#include "CliContext.h"

#include "common/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace loket::cli {

CliContext::CliContext(Paths paths, bool json, QString asUser, QString mountInfoPath)
    : m_paths(std::move(paths))
    , m_json(json)
    , m_asUser(std::move(asUser))
    , m_mountInfoPath(std::move(mountInfoPath))
    , m_in(stdin)
    , m_out(stdout)
    , m_err(stderr)
{
}

AppServices &CliContext::services()
{
    if (!m_services) {
        DatabaseOptions options{m_paths.databasePath()};
        if (!m_mountInfoPath.isEmpty())
            options.mountInfoPath = m_mountInfoPath;
        m_services = std::make_unique<AppServices>(options);
    }
    return *m_services;
}

void CliContext::closeServices()
{
    m_services.reset();
}

QString CliContext::readSecret(const char *envName, const QString &what)
{
    if (qEnvironmentVariableIsSet(envName))
        return qEnvironmentVariable(envName);
    QString line = m_in.readLine();
    if (line.isNull())
        throw Error::invalid(tr("%1 tidak diberikan: isi variabel %2 atau tulis satu baris di masukan standar.")
                                 .arg(what, QString::fromLatin1(envName)));
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

const Session &CliContext::session()
{
    if (!m_session) {
        if (m_asUser.isEmpty())
            throw Error::denied(tr("Perintah ini memerlukan pengguna: tambahkan --as NAMA_PENGGUNA."));
        AppServices &s = services();
        if (!s.store().node().initialized())
            throw Error::invalid(tr("Basis data belum diinisialisasi: jalankan \"loket-cli init\" terlebih dahulu."));
        const QString password = readSecret("LOKET_PASSWORD", tr("Kata sandi %1").arg(m_asUser));
        m_session = s.users().login(m_asUser, password);
    }
    return *m_session;
}

QString CliContext::newPassword()
{
    return readSecret("LOKET_NEW_PASSWORD", tr("Kata sandi pengguna baru"));
}

QString CliContext::passphrase()
{
    return readSecret("LOKET_PASSPHRASE", tr("Frasa sandi tanda tangan"));
}

void CliContext::print(const QJsonValue &json, const QString &text)
{
    if (m_json) {
        const QJsonDocument doc = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    } else if (!text.isEmpty()) {
        m_out << text << (text.endsWith(u'\n') ? "" : "\n");
    }
    m_out.flush();
}

} // namespace loket::cli
