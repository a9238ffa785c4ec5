// Cold start of `loket-cli service list`: wall time of the whole process, median of several runs.
#include "TestSupport.h"

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
    return 0;
}
