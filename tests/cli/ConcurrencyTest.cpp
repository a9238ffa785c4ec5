// Several real processes (and threads) on one database, as at a counter: the desktop app,
// loket-cli runs from scripts, the scan worker and later the sync worker. Every run must succeed:
// a writer waits for the others instead of failing with "database is locked".
#include "TestSupport.h"

#include "common/Error.h"
#include "intake/IntakeService.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "workflow/WorkflowService.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <catch2/catch.hpp>
#include <memory>

using namespace loket;

namespace {

// Chains of loket-cli runs side by side: each lane starts its next run when the previous one
// ends, until it has done `runs` runs or, with runs = 0, until `seconds` have passed.
class Lanes
{
public:
    struct Lane
    {
        QStringList args;
        QString password;
        int runs = 0;
    };

    Lanes(QString db, double seconds = 0)
        : m_db(std::move(db))
        , m_seconds(seconds)
    {
    }

    void add(const Lane &lane) { m_lanes.append(lane); }

    void run()
    {
        m_clock.start();
        QEventLoop loop;
        int running = int(m_lanes.size());
        for (int i = 0; i < m_lanes.size(); ++i)
            startNext(i, 0, [&] {
                if (--running == 0)
                    loop.quit();
            });
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);   // a hang fails below, never blocks CI
        loop.exec();
        REQUIRE(running == 0);
    }

    int ok = 0;
    QStringList failures;
    QStringList outputs;    // standard output of every successful run

private:
    void startNext(int lane, int done, const std::function<void()> &finished)
    {
        const Lane &l = m_lanes[lane];
        const bool more = l.runs > 0 ? done < l.runs : m_clock.elapsed() < qint64(m_seconds * 1000);
        if (!more) {
            finished();
            return;
        }
        auto *p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LOKET_PASSWORD"), l.password);
        p->setProcessEnvironment(env);
        QObject::connect(p, &QProcess::finished, p, [this, p, lane, done, finished](int code, QProcess::ExitStatus status) {
            const QString out = QString::fromUtf8(p->readAllStandardOutput());
            if (status == QProcess::NormalExit && code == 0) {
                ++ok;
                outputs << out;
            } else {
                failures << QStringLiteral("lane %1 run %2 (exit %3): %4").arg(lane).arg(done + 1).arg(code)
                                .arg(QString::fromUtf8(p->readAllStandardError()).trimmed());
            }
            p->deleteLater();
            startNext(lane, done + 1, finished);
        });
        p->start(QStringLiteral(LOKET_CLI_PATH), QStringList{QStringLiteral("--db"), m_db} + l.args);
    }

    QString m_db;
    double m_seconds;
    QList<Lane> m_lanes;
    QElapsedTimer m_clock;
};

// A demo database with Siti registered, closed again so only the child processes hold it.
struct SharedDb
{
    test::DemoDb demo;
    QString path = demo.path();

    SharedDb()
    {
        test::submitSample(demo.services(), demo.login(QStringLiteral("petugas")));
        demo.close();
    }
};

const QStringList kNewRequest{QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("petugas"),
                              QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("--nik"),
                              test::sampleResident().nik, QStringLiteral("--service"), QStringLiteral("SKD"),
                              QStringLiteral("--channel"), QStringLiteral("walk_in"), QStringLiteral("--incomplete")};

QStringList trackingNumbers(const QStringList &outputs)
{
    QStringList out;
    for (const QString &o : outputs)
        out << QJsonDocument::fromJson(o.toUtf8()).object().value(QStringLiteral("tracking")).toString();
    return out;
}

} // namespace

TEST_CASE("Four processes creating 50 requests each on one database: 200 requests, none lost, numbers distinct")
{
    SharedDb shared;
    Lanes lanes(shared.path);
    for (int i = 0; i < 4; ++i)
        lanes.add({kNewRequest, QStringLiteral("demo-petugas"), 50});
    lanes.run();

    INFO(lanes.failures.mid(0, 5).join(u'\n').toStdString());
    CHECK(lanes.failures.isEmpty());
    CHECK(lanes.ok == 200);
    const QStringList numbers = trackingNumbers(lanes.outputs);
    CHECK(QSet<QString>(numbers.cbegin(), numbers.cend()).size() == 200);
    CHECK_FALSE(numbers.contains(QString()));

    // What the counter sees afterwards: the 200 requests and the one made before, and a sound audit.
    shared.demo.reopen();
    CHECK(sql::scalar(shared.demo.services().store().db(), QStringLiteral("SELECT COUNT(*) FROM request")).toInt() == 201);
    const auto audit = test::runCli({QStringLiteral("--db"), shared.path, QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(audit.err.toStdString());
    CHECK(audit.exitCode == 0);
}

TEST_CASE("Two writers and six readers side by side, with a writing thread in this process: no run fails")
{
    SharedDb shared;
    const double seconds = qEnvironmentVariableIsSet("LOKET_CONCURRENCY_SECONDS")
        ? qEnvironmentVariable("LOKET_CONCURRENCY_SECONDS").toDouble() : 20.0;
    Lanes lanes(shared.path, seconds);
    for (int i = 0; i < 2; ++i)
        lanes.add({kNewRequest, QStringLiteral("demo-petugas"), 0});
    const QStringList reads[] = {
        {QStringLiteral("--as"), QStringLiteral("verifikator"), QStringLiteral("queue"), QStringLiteral("--limit"), QStringLiteral("1")},
        {QStringLiteral("--as"), QStringLiteral("verifikator"), QStringLiteral("queue"), QStringLiteral("--status"), QStringLiteral("submitted")},
        {QStringLiteral("--as"), QStringLiteral("petugas"), QStringLiteral("resident"), QStringLiteral("find"), QStringLiteral("Siti")},
        {QStringLiteral("service"), QStringLiteral("list")},
        {QStringLiteral("audit"), QStringLiteral("verify")},
        {QStringLiteral("--as"), QStringLiteral("kasi"), QStringLiteral("queue"), QStringLiteral("--overdue")},
    };
    const QString passwords[] = {QStringLiteral("demo-verifikator"), QStringLiteral("demo-verifikator"),
                                 QStringLiteral("demo-petugas"), QString(), QString(), QStringLiteral("demo-kasi")};
    for (int i = 0; i < 6; ++i)
        lanes.add({reads[i], passwords[i], 0});

    // The desktop app writes from its own threads, each with its own connection, meanwhile.
    std::atomic_bool stop{false};
    std::atomic_int threadWrites{0};
    QString threadError;
    shared.demo.reopen();
    AppServices &services = shared.demo.services();
    const Session officer = shared.demo.login(QStringLiteral("petugas"));
    std::unique_ptr<QThread> writer(QThread::create([&] {
        try {
            while (!stop) {
                test::submitSample(services, officer);
                ++threadWrites;
                // An app writes when an officer acts, not back to back: SQLite's busy handler does
                // not queue waiters fairly, and a writer that never pauses could starve the others.
                QThread::msleep(10);
            }
        } catch (const Error &e) {
            threadError = e.message();
        }
        services.store().database().releaseThreadConnection();
    }));
    writer->start();
    lanes.run();
    stop = true;
    writer->wait();

    INFO(lanes.failures.mid(0, 5).join(u'\n').toStdString());
    CHECK(lanes.failures.isEmpty());
    CHECK(lanes.ok > 8);
    CHECK(threadError.isEmpty());
    CHECK(threadWrites > 0);
    const QStringList numbers = trackingNumbers(lanes.outputs.filter(QStringLiteral("\"tracking\"")));
    CHECK(QSet<QString>(numbers.cbegin(), numbers.cend()).size() == numbers.size());
}

TEST_CASE("A write begun while a read of the same connection is still running is refused before it writes")
{
    test::DemoDb demo;
    Store &store = demo.services().store();
    const QSqlDatabase db = store.db();
    const int before = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    bool refused = false;
    sql::forEach(db, QStringLiteral("SELECT id FROM service_type"), {}, [&](const QSqlQuery &) {
        try {
            WriteTransaction tx(db);
        } catch (const Error &e) {
            refused = e.message().contains(QStringLiteral("masih berjalan"));
        }
        return false;
    });
    CHECK(refused);
    // sql::exec finishes its statement before it returns, so a write may follow any read.
    auto rows = sql::exec(db, QStringLiteral("SELECT id FROM service_type"));
    REQUIRE(rows.next());
    {
        WriteTransaction tx(db);
        tx.commit();
    }
    CHECK(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() == before);
}
