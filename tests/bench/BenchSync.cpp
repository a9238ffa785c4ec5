// Sync through the real PostgreSQL hub (issue 14), three figures:
//  1. push + pull of N changes (default 10,000) through the hub, next to a plain COPY of the same
//     rows into PostgreSQL in the same run (the ratio is the figure to watch);
//  2. reconnect-to-converged for a counter with 500 offline changes and 50 scanned pages;
//  3. the peak memory (max RSS) of a `loket-cli node join` that bootstraps 100,000 changes.
// Usage: bench_sync [CHANGES] [OFFLINE_CHANGES] [PAGES] [BOOTSTRAP_CHANGES]
#include "TestSupport.h"

#include "setup/AppServices.h"
#include "setup/Initializer.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"
#include "sync/HubConnection.h"
#include "sync/SyncService.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace loket;

namespace {

// count changes (half residents, half their audit entries) written in transactions of 1,000 rows.
void makeChanges(AppServices &s, qint64 count, qint64 &serial)
{
    for (qint64 done = 0; done < count;) {
        ChangeSet changes(s.store(), Actor::system());
        for (int i = 0; i < 500 && done < count; ++i, done += 2, ++serial) {
            const QString name = QStringLiteral("Warga Uji %1").arg(serial);
            changes.insert(QStringLiteral("resident"), {{QStringLiteral("nik"), QStringLiteral("3302%1").arg(serial, 12, 10, QLatin1Char('0'))},
                                                        {QStringLiteral("full_name"), name},
                                                        {QStringLiteral("search_name"), name.toLower()},
                                                        {QStringLiteral("address"), QStringLiteral("Jl. Uji %1").arg(serial)}},
                           QStringLiteral("resident.create"));
        }
        changes.commit();
    }
}

QByteArray scanLikePage(int seed)
{
    QImage page(1240, 1754, QImage::Format_Grayscale8);   // A4 at 150 dpi
    page.fill(255);
    QRandomGenerator random{quint32(seed)};
    for (int y = 100; y < 1650; y += 24)
        for (int x = 100; x < 1140; ++x)
            if (random.bounded(4) == 0)
                page.scanLine(y + random.bounded(12))[x] = uchar(random.bounded(120));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    page.save(&buffer, "JPEG", 80);
    return jpeg;
}

// A database of its own on the test server (scripts/start-test-services.sh), dropped afterwards.
class BenchHub
{
public:
    BenchHub()
        : m_name(QStringLiteral("loket_bench_%1").arg(QRandomGenerator::global()->generate()))
    {
        qputenv("LOKET_HUB_PASSWORD", "loket-test");
        admin(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    }
    ~BenchHub() { admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)); }
    QString uri() const { return QStringLiteral("postgresql://loket@127.0.0.1:5432/") + m_name; }
    const QString &name() const { return m_name; }

private:
    static void admin(const QString &statement)
    {
        HubConnection c(HubAddress::parse(QStringLiteral("postgresql://loket@127.0.0.1:5432/postgres")), 5);
        sql::execRaw(c.db(), statement);
    }
    QString m_name;
};

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const qint64 changes = argc > 1 ? QString::fromLatin1(argv[1]).toLongLong() : 10000;
    const qint64 offline = argc > 2 ? QString::fromLatin1(argv[2]).toLongLong() : 500;
    const int pages = argc > 3 ? QString::fromLatin1(argv[3]).toInt() : 50;
    const qint64 bootstrap = argc > 4 ? QString::fromLatin1(argv[4]).toLongLong() : 100000;

    BenchHub hub;
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));
    auto l1 = std::make_unique<AppServices>(DatabaseOptions{dir.filePath(QStringLiteral("l1.db"))});
    Initializer::initializeDemo(l1->store());
    const Session admin = l1->users().login(QStringLiteral("admin"), Initializer::demoPassword(QStringLiteral("admin")));
    l1->sync().linkHub(admin, hub.uri());
    l1->sync().sync();
    qint64 serial = 0;

    // 1. N changes pushed by one counter and pulled by another, against COPY of the same rows.
    const qint64 before = l1->sync().status().outboxSeq;
    makeChanges(*l1, changes, serial);
    const qint64 made = l1->sync().status().outboxSeq - before;
    QElapsedTimer t;
    t.start();
    const PushReport pushed = l1->sync().push();
    const double pushMs = ms(t);
    AppServices l2(DatabaseOptions{dir.filePath(QStringLiteral("l2.db"))});
    t.restart();
    const JoinReport joined = l2.sync().join(hub.uri(), QStringLiteral("L2"));
    const double pullMs = ms(t);

    QString tsv;
    {
        auto q = sql::exec(l1->store().db(), QStringLiteral("SELECT seq, entity, entity_id, op, payload, hlc FROM outbox WHERE seq > ? ORDER BY seq"),
                           {before});
        while (q.next()) {
            QString payload = q.value(4).toString();
            payload.replace(u'\\', QStringLiteral("\\\\"));
            tsv += QStringLiteral("33.02.27\t%1\tbench\t%1\t%2\t%3\t%4\t%5\t%6\n")
                       .arg(q.value(0).toLongLong())
                       .arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), payload)
                       .arg(q.value(5).toLongLong());
        }
    }
    QProcess psql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("loket-test"));
    psql.setProcessEnvironment(env);
    const QStringList connect{QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-U"), QStringLiteral("loket"),
                              QStringLiteral("-d"), hub.name(), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")};
    psql.start(QStringLiteral("psql"), connect + QStringList{QStringLiteral("-c"), QStringLiteral(
        "CREATE TABLE bench_copy (office_code text, server_seq bigint, node_id text, local_seq bigint, entity text, "
        "entity_id text, op text, payload text, hlc bigint, PRIMARY KEY (office_code, server_seq))")});
    psql.waitForFinished();
    t.restart();
    psql.start(QStringLiteral("psql"), connect + QStringList{QStringLiteral("-c"), QStringLiteral("COPY bench_copy FROM STDIN")});
    psql.write(tsv.toUtf8());
    psql.closeWriteChannel();
    psql.waitForFinished(120000);
    const double copyMs = ms(t);
    std::printf("push %lld changes: %.0f ms (%.0f/s); pull and apply on a joining counter (%d changes): %.0f ms (%.0f/s)\n",
                static_cast<long long>(pushed.pushed), pushMs, pushed.pushed / pushMs * 1000, joined.sync.pulled, pullMs,
                joined.sync.pulled / pullMs * 1000);
    std::printf("COPY of the same %lld rows: %.0f ms (exit %d); push+pull / COPY = %.1f\n", static_cast<long long>(made), copyMs,
                psql.exitCode(), (pushMs + pullMs) / copyMs);

    // 2. Counter 2 works offline (offline changes and pages scanned), then reconnects.
    makeChanges(l2, offline, serial);
    NewRequest req;
    req.resident = test::sampleResident();
    req.nik = req.resident->nik;
    req.serviceCode = QStringLiteral("SKTM");
    req.received = {QStringLiteral("ktp"), QStringLiteral("kk"), QStringLiteral("pengantar_kelurahan")};
    const Session officer = l2.users().login(QStringLiteral("petugas"), Initializer::demoPassword(QStringLiteral("petugas")));
    const QString tracking = l2.intake().submit(officer, req).tracking;
    QList<PageToStore> scanned;
    for (int i = 0; i < pages; ++i)
        scanned.append({scanLikePage(i), QStringLiteral("image/jpeg"), QSize(1240, 1754), 150, false, 0});
    for (int i = 0; i < pages; i += 5)
        l2.documents().addPages(officer, tracking, QStringLiteral("ktp"), QStringLiteral("scan"), QString(), scanned.mid(i, 5));
    t.restart();
    const SyncReport up = l2.sync().sync();
    const SyncReport down = l1->sync().sync();
    const double convergeMs = ms(t);
    std::printf("reconnect with %lld offline changes and %d pages: converged in %.0f ms (sent %d changes, %d documents; the other "
                "counter received %d changes, %d documents)\n",
                static_cast<long long>(offline), pages, convergeMs, up.push.pushed, up.blobsSent, down.pulled, down.blobsReceived);

    // 3. A counter joining an office with a long history: peak memory of the bootstrap.
    const qint64 held = l1->sync().status().outboxSeq;
    if (held < bootstrap)
        makeChanges(*l1, bootstrap - held, serial);
    l1->sync().push();
    QProcess join;
    join.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    t.restart();
    join.start(QStringLiteral(LOKET_CLI_PATH), {QStringLiteral("--db"), dir.filePath(QStringLiteral("l3.db")), QStringLiteral("--json"),
                                                QStringLiteral("node"), QStringLiteral("join"), QStringLiteral("--hub"), hub.uri(),
                                                QStringLiteral("--node-code"), QStringLiteral("L3")});
    join.waitForFinished(-1);
    const double joinMs = ms(t);
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const QJsonObject out = QJsonDocument::fromJson(join.readAllStandardOutput()).object();
    std::printf("bootstrap of %d changes and %d documents by loket-cli node join: %.0f ms (exit %d), peak RSS %.0f MB\n",
                out.value(QStringLiteral("pulled")).toInt(), out.value(QStringLiteral("blobs_received")).toInt(), joinMs, join.exitCode(),
                usage.ru_maxrss / 1024.0);
    l1.reset();
    return 0;
}
