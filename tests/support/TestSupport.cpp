#include "TestSupport.h"

#include "setup/Initializer.h"

#include <QProcess>
#include <catch2/catch.hpp>

namespace loket::test {

DemoDb::DemoDb()
{
    REQUIRE(m_dir.isValid());
    reopen();
    Initializer::initializeDemo(m_services->store());
}

void DemoDb::reopen()
{
    m_services.reset();
    m_services = std::make_unique<AppServices>(DatabaseOptions{path()});
}

Session DemoDb::login(const QString &username)
{
    return m_services->users().login(username, Initializer::demoPassword(username));
}

CliResult runCli(const QStringList &args, const QStringList &env, const QByteArray &stdinText)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("LOKET_PASSWORD"));
    e.remove(QStringLiteral("LOKET_NEW_PASSWORD"));
    for (const QString &kv : env)
        e.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(LOKET_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    p.write(stdinText);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace loket::test
