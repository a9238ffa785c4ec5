// Requests per second on one database with 1, 2 and 4 writer processes side by side, each logged
// in once and submitting walk-in requests through IntakeService (resident, request, events,
// outbox and audit in one durable transaction), next to one process alone in the same run.
// Also the loket-cli route: 4 lanes of `loket-cli request new`, one process per request.
//   bench_concurrency [REQUESTS_PER_WRITER]        (default 200)
// The same executable is the writer: bench_concurrency --writer DB N
#include "TestSupport.h"

#include "common/Error.h"
#include "intake/IntakeService.h"
#include "intake/IntakeTypes.h"
#include "setup/AppServices.h"
#include "setup/Initializer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>
#include <vector>

using namespace loket;

namespace {

const QString kNik = test::sampleResident().nik;

// Siti's walk-in request for a Surat Keterangan Domisili, registering her the first time.
void submit(AppServices &services, const Session &officer)
{
    NewRequest req;
    req.nik = kNik;
    req.serviceCode = QStringLiteral("SKD");
    req.incomplete = true;
    req.resident = test::sampleResident();
    services.intake().submit(officer, req);
}

int writer(const QString &db, int n)
{
    AppServices services{DatabaseOptions{db}};
    const Session officer = services.users().login(QStringLiteral("petugas"), Initializer::demoPassword(QStringLiteral("petugas")));
    int failed = 0;
    for (int i = 0; i < n; ++i) {
        try {
            submit(services, officer);
        } catch (const Error &e) {
            ++failed;
            std::fprintf(stderr, "writer: %s\n", qPrintable(e.message()));
        }
    }
    return failed == 0 ? 0 : 1;
}

struct Round
{
    double seconds = 0;
    int failedProcesses = 0;
};

Round runWriters(const QString &self, const QString &db, int processes, int n)
{
    std::vector<std::unique_ptr<QProcess>> children;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < processes; ++i) {
        children.push_back(std::make_unique<QProcess>());
        children.back()->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        children.back()->start(self, {QStringLiteral("--writer"), db, QString::number(n)});
    }
    Round r;
    for (auto &c : children) {
        c->waitForFinished(-1);
        if (c->exitStatus() != QProcess::NormalExit || c->exitCode() != 0)
            ++r.failedProcesses;
    }
    r.seconds = t.nsecsElapsed() / 1e9;
    return r;
}

QString freshDb(QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    AppServices services{DatabaseOptions{path}};
    Initializer::initializeDemo(services.store());
    // Siti registered once, so every writer only submits.
    submit(services, services.users().login(QStringLiteral("petugas"), Initializer::demoPassword(QStringLiteral("petugas"))));
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 4 && QByteArray(argv[1]) == "--writer") {
        QCoreApplication app(argc, argv);
        return writer(QString::fromLocal8Bit(argv[2]), QString::fromLatin1(argv[3]).toInt());
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 200;
    const QString self = QCoreApplication::applicationFilePath();
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));

    std::printf("bench_concurrency: %d requests per writer process, one database per round\n", n);
    std::printf("%-34s %10s %12s %10s\n", "writers", "requests", "requests/s", "failures");
    int failures = 0;
    int round = 0;
    for (int processes : {1, 2, 4, 1}) {
        const QString db = freshDb(dir, QStringLiteral("round-%1.db").arg(++round));
        const Round r = runWriters(self, db, processes, n);
        failures += r.failedProcesses;
        const QString label = processes == 1 ? QStringLiteral("1 process alone") : QStringLiteral("%1 processes side by side").arg(processes);
        std::printf("%-34s %10d %12.1f %10d\n", qPrintable(label), processes * n, processes * n / r.seconds, r.failedProcesses);
    }

    // The script route: a loket-cli process (start, log-in with Argon2id, submit) per request.
    const QString db = freshDb(dir, QStringLiteral("cli.db"));
    const int perLane = std::max(5, n / 10);
    QElapsedTimer t;
    t.start();
    int cliFailed = 0;
    std::vector<std::unique_ptr<QProcess>> lanes(4);
    std::vector<int> done(4, 0);
    auto start = [&](int lane) {
        lanes[lane] = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LOKET_PASSWORD"), QStringLiteral("demo-petugas"));
        lanes[lane]->setProcessEnvironment(env);
        lanes[lane]->start(QStringLiteral(LOKET_CLI_PATH),
                           {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("petugas"), QStringLiteral("request"),
                            QStringLiteral("new"), QStringLiteral("--nik"), kNik, QStringLiteral("--service"),
                            QStringLiteral("SKD"), QStringLiteral("--channel"), QStringLiteral("walk_in"), QStringLiteral("--incomplete")});
    };
    for (int lane = 0; lane < 4; ++lane)
        start(lane);
    for (bool busy = true; busy;) {
        busy = false;
        for (int lane = 0; lane < 4; ++lane) {
            if (!lanes[lane])
                continue;
            busy = true;
            if (!lanes[lane]->waitForFinished(5))
                continue;
            if (lanes[lane]->exitCode() != 0)
                ++cliFailed;
            lanes[lane].reset();
            if (++done[lane] < perLane)
                start(lane);
        }
    }
    std::printf("%-34s %10d %12.1f %10d\n", "4 lanes of loket-cli request new", 4 * perLane, 4 * perLane / (t.nsecsElapsed() / 1e9),
                cliFailed);
    return failures + cliFailed == 0 ? 0 : 1;
}
