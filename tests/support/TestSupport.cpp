#include "TestSupport.h"

#include "setup/Initializer.h"

#include <QFile>
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

Resident sampleResident()
{
    Resident r;
    r.nik = QStringLiteral("3302275505900003");
    r.kk = QStringLiteral("3302270101150007");
    r.fullName = QStringLiteral("Siti Nur'aini");
    r.birthPlace = QStringLiteral("Banyumas");
    r.birthDate = QDate(1990, 5, 15);
    r.sex = QStringLiteral("F");
    r.address = QStringLiteral("Jl. Gunung Slamet No. 5");
    r.rt = QStringLiteral("003");
    r.rw = QStringLiteral("005");
    r.villageCode = QStringLiteral("33.02.27.1005");
    return r;
}

QString submitSample(AppServices &services, const Session &officer, const QString &serviceCode)
{
    NewRequest req;
    req.nik = sampleResident().nik;
    req.serviceCode = serviceCode;
    req.incomplete = true;
    req.resident = sampleResident();
    return services.intake().submit(officer, req).tracking;
}

QString useSaneTestBackend()
{
    static QTemporaryDir dir;
    static bool written = false;
    if (!written) {
        REQUIRE(dir.isValid());
        QFile dll(dir.filePath(QStringLiteral("dll.conf")));
        REQUIRE(dll.open(QIODevice::WriteOnly));
        dll.write("test\n");
        QFile conf(dir.filePath(QStringLiteral("test.conf")));
        REQUIRE(conf.open(QIODevice::WriteOnly));
        conf.write("number_of_devices 1\ngeometry_max 400.0\nbr_x 210.0\nbr_y 297.0\n");
        written = true;
    }
    qputenv("SANE_CONFIG_DIR", dir.path().toLocal8Bit());   // no trailing ':': only this folder
    return dir.path();
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
