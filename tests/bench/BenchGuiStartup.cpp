// Cold start of the desktop GUI to an idle main window: a fresh process each run creates the
// QApplication, opens the database, logs in (Argon2id included) and shows the main window until
// the event loop is idle. Median of several runs, with the child's own breakdown.
#include "TestSupport.h"

#include "common/LanguageSwitcher.h"
#include "setup/Initializer.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <spdlog/spdlog.h>

using namespace loket;

namespace {

int child(int argc, char *argv[], const QString &db)
{
    spdlog::set_level(spdlog::level::off);   // stdout carries the figures only
    QElapsedTimer t;
    t.start();
    QApplication app(argc, argv);
    const double appMs = t.nsecsElapsed() / 1e6;
    AppServices services(DatabaseOptions{db});
    const double openMs = t.nsecsElapsed() / 1e6;
    const Session session = services.users().login(QStringLiteral("petugas"), QStringLiteral("demo-petugas"));
    const double loginMs = t.nsecsElapsed() / 1e6;
    ui::LanguageSwitcher languages(db + QStringLiteral(".ini"));
    ui::MainWindow window(services, session, &languages);
    window.resize(1200, 750);
    window.show();
    QTimer::singleShot(0, &app, [&] {
        std::printf("%.1f %.1f %.1f %.1f\n", appMs, openMs - appMs, loginMs - openMs, t.nsecsElapsed() / 1e6 - loginMs);
        std::fflush(stdout);
        app.quit();
    });
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc > 2 && QByteArray(argv[1]) == "--child")
        return child(argc, argv, QString::fromLocal8Bit(argv[2]));

    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("loket.db"));
    {
        AppServices services(DatabaseOptions{db});
        Initializer::initializeDemo(services.store());
    }
    QList<double> wall;
    QList<QList<double>> parts;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), db});
        p.waitForFinished(60000);
        wall << t.nsecsElapsed() / 1e6;
        QList<double> row;
        for (const QByteArray &v : p.readAllStandardOutput().trimmed().split(' '))
            row << v.toDouble();
        if (p.exitCode() != 0 || row.size() != 4) {
            std::fprintf(stderr, "GUI start failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        parts << row;
    }
    std::sort(wall.begin(), wall.end());
    const int mid = int(wall.size() / 2);
    std::printf("cold start of the GUI to an idle main window (%lld runs, offscreen): median %.0f ms (min %.0f, max %.0f)\n",
                static_cast<long long>(wall.size()), wall[mid], wall.first(), wall.last());
    std::printf("  last run: QApplication %.0f ms, database open %.0f ms, log-in (Argon2id) %.0f ms, main window to idle %.0f ms\n",
                parts.last()[0], parts.last()[1], parts.last()[2], parts.last()[3]);
    return 0;
}
