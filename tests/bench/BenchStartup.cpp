// Cold start of `loket-cli service list`: wall time of the whole process, median of several runs.
// Then how long log-in takes to answer: the right password, a wrong one, an unknown name and a
// locked account should take the same time, so the time tells a stranger nothing.
#include "TestSupport.h"

#include "common/Error.h"
#include "setup/Initializer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace loket;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("loket.db"));
    {
        AppServices services(DatabaseOptions{db});
        Initializer::initializeDemo(services.store());
    }
    QList<double> ms;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(QStringLiteral(LOKET_CLI_PATH), {QStringLiteral("--db"), db, QStringLiteral("service"), QStringLiteral("list")});
        p.waitForFinished(60000);
        if (p.exitCode() != 0) {
            std::fprintf(stderr, "loket-cli failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("cold start of `loket-cli service list` (%lld runs): median %.1f ms, min %.1f ms, max %.1f ms\n",
                static_cast<long long>(ms.size()), ms[ms.size() / 2], ms.first(), ms.last());

    AppServices services(DatabaseOptions{db});
    UserService &users = services.users();
    auto median = [&](const QString &user, const QString &password, int runs) {
        QList<double> times;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            try {
                users.login(user, password);
            } catch (const Error &) {
            }
            times << t.nsecsElapsed() / 1e6;
        }
        std::sort(times.begin(), times.end());
        return times[times.size() / 2];
    };
    const double right = median(QStringLiteral("kasi"), QStringLiteral("demo-kasi"), 15);
    const double unknown = median(QStringLiteral("tidak-ada"), QStringLiteral("demo-kasi"), 15);
    const double wrong = median(QStringLiteral("verifikator"), QStringLiteral("salah-sandi"), 4);   // the 5th locks
    median(QStringLiteral("petugas"), QStringLiteral("salah-sandi"), 5);
    const double locked = median(QStringLiteral("petugas"), QStringLiteral("demo-petugas"), 15);
    std::printf("log-in answer (median): right password %.1f ms, unknown name %.1f ms, wrong password %.1f ms, "
                "locked account %.1f ms\n", right, unknown, wrong, locked);
    return 0;
}
