// Helpers shared by the tests: temporary databases, demo set-up, running loket-cli.
#pragma once

#include "auth/Session.h"
#include "setup/AppServices.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace loket::test {

// A temporary folder with a fresh, initialised demo database (admin password "demo-admin").
class DemoDb
{
public:
    DemoDb();
    QString path() const { return m_dir.filePath(QStringLiteral("loket.db")); }
    QString dir() const { return m_dir.path(); }
    AppServices &services() { return *m_services; }
    Session login(const QString &username);  // with the demo password
    void close() { m_services.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services;
};

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A resident of Purwokerto Utara (Siti Nur'aini, NIK 3302275505900003) with every field filled.
Resident sampleResident();
// Submits an incomplete walk-in request of `serviceCode` for sampleResident(); returns its tracking number.
QString submitSample(AppServices &services, const Session &officer, const QString &serviceCode = QStringLiteral("SKD"));

// Points libsane at a configuration of the project's own (only the `test` backend, geometry up to
// 400 mm) through SANE_CONFIG_DIR, before libsane is first used; returns that folder for child
// processes. Nothing in /etc is read or changed.
QString useSaneTestBackend();

// Runs loket-cli with args; env entries are added to the environment; stdinText is fed in.
CliResult runCli(const QStringList &args, const QStringList &env = {}, const QByteArray &stdinText = {});

} // namespace loket::test
