// Convergence under faults (issue 14), seeded and replayable: four counters (separate loket-cli
// processes on separate SQLite files) take walk-ins, register and edit residents, attach papers,
// move requests through the workflow and sign letters, while the connection to the real PostgreSQL
// hub (through a proxy the test controls) goes down for a while or is cut in the middle of a sync,
// and counter processes are killed with SIGKILL at random moments. Then the network heals and
// everyone syncs. Afterwards every counter, and a counter that joins fresh from the hub, holds the
// same rows, table by table; every request a counter acknowledged is everywhere; no two letters
// share a number; every audit chain verifies.
//
// The seeds are printed; LOKET_SYNC_SEEDS=7,8 replays given seeds, LOKET_SYNC_SOAK_SECONDS=N keeps
// running new seeds for N seconds.
#include "TestSupport.h"

#include "setup/Initializer.h"
#include "storage/Sql.h"
#include "sync/ChangeApplier.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QThread>
#include <arpa/inet.h>
#include <atomic>
#include <catch2/catch.hpp>
#include <csignal>
#include <iostream>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <random>
#include <set>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace loket;

namespace {

// A TCP proxy in front of PostgreSQL that can refuse new connections (the network is down) and
// cut every open one (the cable pulled mid-transfer).
class FlakyProxy
{
public:
    FlakyProxy()
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        const int on = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0);
        REQUIRE(::listen(m_listen, 64) == 0);
        socklen_t len = sizeof a;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
    }
    ~FlakyProxy()
    {
        m_stop = true;
        cutAll();
        m_acceptor.join();
        for (std::thread &t : m_pumps)
            t.join();
        ::close(m_listen);
    }
    int port() const { return m_port; }
    void setDown(bool down)
    {
        m_down = down;
        if (down)
            cutAll();
    }
    void cutAll()
    {
        std::lock_guard lock(m_mutex);
        for (int fd : m_open)
            ::shutdown(fd, SHUT_RDWR);
    }

private:
    void acceptLoop()
    {
        while (!m_stop) {
            pollfd p{m_listen, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0)
                continue;
            const int client = ::accept(m_listen, nullptr, nullptr);
            if (client < 0)
                continue;
            if (m_down) {
                ::close(client);
                continue;
            }
            const int upstream = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in a{};
            a.sin_family = AF_INET;
            a.sin_port = htons(5432);
            a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            if (::connect(upstream, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
                ::close(client);
                ::close(upstream);
                continue;
            }
            {
                std::lock_guard lock(m_mutex);
                m_open.insert(client);
                m_open.insert(upstream);
            }
            m_pumps.emplace_back([this, client, upstream] { pump(client, upstream); });
        }
    }
    void pump(int a, int b)
    {
        char buffer[65536];
        pollfd fds[2] = {{a, POLLIN, 0}, {b, POLLIN, 0}};
        while (!m_stop) {
            if (::poll(fds, 2, 200) < 0)
                break;
            bool closed = false;
            for (int i = 0; i < 2 && !closed; ++i) {
                if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
                if (n <= 0 || ::send(fds[1 - i].fd, buffer, size_t(n), MSG_NOSIGNAL) != n)
                    closed = true;
            }
            if (closed)
                break;
        }
        std::lock_guard lock(m_mutex);
        m_open.erase(a);
        m_open.erase(b);
        ::close(a);
        ::close(b);
    }

    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_down{false};
    std::mutex m_mutex;
    std::set<int> m_open;
    std::thread m_acceptor;
    std::vector<std::thread> m_pumps;
};

struct Run
{
    int exitCode = -1;   // -1: killed
    QString out;
};

class Counter
{
public:
    explicit Counter(QString code, const QString &dir)
        : m_code(std::move(code))
        , m_db(dir + u'/' + m_code + QStringLiteral(".db"))
    {
    }
    const QString &code() const { return m_code; }
    const QString &db() const { return m_db; }

    // Runs loket-cli on this counter's database as user (empty: none); killAfterMs >= 0 sends
    // SIGKILL after that long if it is still running.
    Run run(const QStringList &args, const QString &user = {}, int killAfterMs = -1) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LOKET_PASSWORD"), user.isEmpty() ? QString() : Initializer::demoPassword(user));
        env.insert(QStringLiteral("LOKET_PASSPHRASE"), test::signerPassphrase());
        p.setProcessEnvironment(env);
        QStringList all{QStringLiteral("--db"), m_db, QStringLiteral("--json")};
        if (!user.isEmpty())
            all << QStringLiteral("--as") << user;
        p.start(QStringLiteral(LOKET_CLI_PATH), all + args);
        REQUIRE(p.waitForStarted());
        if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished(10000);
            return {-1, {}};
        }
        if (p.state() != QProcess::NotRunning)
            REQUIRE(p.waitForFinished(120000));
        if (p.exitStatus() != QProcess::NormalExit)
            return {-1, {}};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError())};
    }

private:
    QString m_code;
    QString m_db;
};

QString jsonField(const QString &out, const QString &field)
{
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    return o.value(field).toVariant().toString();
}

// Rows of every replicated table of the database at path, as text, opened read-only.
QMap<QString, QStringList> snapshot(const QString &path)
{
    QMap<QString, QStringList> out;
    const QString name = QStringLiteral("snapshot-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QStringList tables = ChangeApplier::replicatedTables();
        tables << QStringLiteral("blob");
        for (const QString &table : tables) {
            auto q = sql::exec(db, table == QStringLiteral("blob") ? QStringLiteral("SELECT sha256, size, length(data) FROM blob ORDER BY sha256")
                                                                   : QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
            QStringList rows;
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.columns().size(); ++i)
                    cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
                rows << cells.join(u'|');
            }
            out.insert(table, rows);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QString firstDifference(const QMap<QString, QStringList> &a, const QMap<QString, QStringList> &b)
{
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const QStringList &ra = it.value();
        const QStringList rb = b.value(it.key());
        for (qsizetype i = 0; i < qMax(ra.size(), rb.size()); ++i)
            if (ra.value(i) != rb.value(i))
                return QStringLiteral("%1 row %2:\n  %3\n  %4").arg(it.key()).arg(i).arg(ra.value(i).left(400), rb.value(i).left(400));
    }
    return {};
}

qint64 scalarIn(const QString &path, const QString &query)
{
    return test::tool(QStringLiteral("sqlite3"), {path, query}).trimmed().toLongLong();
}

const QStringList kNiks{QStringLiteral("3302275505900003"), QStringLiteral("3302275505900005"), QStringLiteral("3302271201850001"),
                        QStringLiteral("3302274407920002"), QStringLiteral("3302270303880004")};

void runSeed(quint32 seed, const QString &papers)
{
    std::cout << "convergence seed " << seed << std::endl;
    INFO("seed " << seed << " (replay: LOKET_SYNC_SEEDS=" << seed << ")");
    std::mt19937 random(seed);
    const auto chance = [&](int percent) { return int(random() % 100) < percent; };
    const auto pick = [&](int n) { return int(random() % quint32(n)); };

    test::HubDb hubDb;
    FlakyProxy proxy;
    const QString hub = QStringLiteral("postgresql://loket@127.0.0.1:%1/%2").arg(proxy.port()).arg(hubDb.name());
    QTemporaryDir dir;
    QList<Counter> counters;
    for (const char *code : {"L1", "L2", "L3", "L4"})
        counters.append(Counter(QString::fromLatin1(code), dir.path()));

    // The office before the day begins: counter 1 set up, residents registered, the Camat's key.
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LOKET_NEW_PASSWORD"), Initializer::demoPassword(QStringLiteral("admin")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LOKET_CLI_PATH), {QStringLiteral("--db"), counters[0].db(), QStringLiteral("init"), QStringLiteral("--office-code"),
                                                 QStringLiteral("33.02.27"), QStringLiteral("--node-code"), QStringLiteral("L1"),
                                                 QStringLiteral("--admin-user"), QStringLiteral("admin"), QStringLiteral("--demo")});
        REQUIRE(p.waitForFinished(60000));
        REQUIRE(p.exitCode() == 0);
    }
    const Counter &first = counters[0];
    for (int i = 0; i < kNiks.size(); ++i) {
        const Run r = first.run({QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--nik"), kNiks[i], QStringLiteral("--kk"),
                                 QStringLiteral("330227010101000%1").arg(i + 1), QStringLiteral("--name"), QStringLiteral("Warga %1").arg(i + 1),
                                 QStringLiteral("--birth-place"), QStringLiteral("Banyumas"), QStringLiteral("--birth-date"),
                                 QStringLiteral("1990-01-01"), QStringLiteral("--sex"), kNiks[i].mid(6, 2).toInt() > 40 ? QStringLiteral("F") : QStringLiteral("M"),
                                 QStringLiteral("--address"), QStringLiteral("Jl. Mawar %1").arg(i + 1), QStringLiteral("--rt"), QStringLiteral("001"),
                                 QStringLiteral("--rw"), QStringLiteral("002"), QStringLiteral("--village"), QStringLiteral("33.02.27.1005")},
                                QStringLiteral("petugas"));
        INFO(r.out.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    REQUIRE(first.run({QStringLiteral("keys"), QStringLiteral("generate")}, QStringLiteral("camat")).exitCode == 0);
    REQUIRE(first.run({QStringLiteral("hub"), QStringLiteral("init"), QStringLiteral("--hub"), hub}, QStringLiteral("admin")).exitCode == 0);
    REQUIRE(first.run({QStringLiteral("sync")}).exitCode == 0);
    for (int i = 1; i < counters.size(); ++i) {
        const Run r = counters[i].run({QStringLiteral("node"), QStringLiteral("join"), QStringLiteral("--hub"), hub, QStringLiteral("--node-code"),
                                       counters[i].code()});
        INFO(r.out.toStdString());
        REQUIRE(r.exitCode == 0);
    }

    // The day: random work, syncs, outages, cuts and kills.
    QStringList acknowledged;   // tracking numbers a counter printed
    int kills = 0, cuts = 0, outages = 0, letters = 0;
    const auto requestOf = [&](const Counter &c) {
        const QStringList all = test::tool(QStringLiteral("sqlite3"), {c.db(), QStringLiteral("SELECT tracking FROM request ORDER BY tracking")})
                                    .split(u'\n', Qt::SkipEmptyParts);
        return all.isEmpty() ? QString() : all[pick(all.size())];
    };
    const auto syncWithCut = [&](const Counter &c, int killAfter) {
        std::thread cutter;
        if (chance(30)) {
            ++cuts;
            const int after = pick(300);
            cutter = std::thread([&proxy, after] {
                QThread::msleep(after);
                proxy.cutAll();
            });
        }
        const Run r = c.run({QStringLiteral("sync")}, {}, killAfter);
        if (cutter.joinable())
            cutter.join();
        return r;
    };
    for (int step = 0; step < 100; ++step) {
        const Counter &c = counters[pick(counters.size())];
        const int killAfter = chance(8) ? pick(400) : -1;
        kills += killAfter >= 0;
        if (chance(6)) {
            proxy.setDown(true);
            ++outages;
        } else if (chance(25)) {
            proxy.setDown(false);
        }
        const int op = pick(100);
        if (op < 20) {
            const Run r = c.run({QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("--nik"), kNiks[pick(kNiks.size())],
                                 QStringLiteral("--service"), QStringLiteral("SKTM"), QStringLiteral("--channel"), QStringLiteral("walk_in"),
                                 QStringLiteral("--received"), QStringLiteral("ktp"), QStringLiteral("kk"), QStringLiteral("pengantar_kelurahan")},
                                QStringLiteral("petugas"), killAfter);
            if (r.exitCode == 0)
                acknowledged << jsonField(r.out, QStringLiteral("tracking"));
        } else if (op < 55) {
            // The next step of a request this counter holds, as its status allows (now and then a
            // return); run at the same time elsewhere it may be refused, or conflict.
            const QStringList rows = test::tool(QStringLiteral("sqlite3"), {c.db(), QStringLiteral(
                "SELECT tracking || ' ' || status || ' ' || (SELECT count(*) FROM letter_draft d WHERE d.request_id = r.id) "
                "FROM request r ORDER BY tracking")}).split(u'\n', Qt::SkipEmptyParts);
            if (rows.isEmpty())
                continue;
            // Half the time the request furthest along, so that letters get signed too.
            static const QStringList order{QStringLiteral("returned"), QStringLiteral("submitted"), QStringLiteral("verified"),
                                           QStringLiteral("in_process"), QStringLiteral("awaiting_signature")};
            QStringList row = rows[pick(rows.size())].split(u' ');
            if (chance(50))
                for (const QString &r : rows)
                    if (order.indexOf(r.section(u' ', 1, 1)) > order.indexOf(row[1]))
                        row = r.split(u' ');
            const QString &t = row[0];
            const QString &status = row[1];
            const auto advance = [&](const QString &action, const QString &user) {
                QStringList args{QStringLiteral("request"), QStringLiteral("advance"), t, action};
                if (action == QStringLiteral("return"))
                    args << QStringLiteral("--reason") << QStringLiteral("KK tidak terbaca");
                c.run(args, user, killAfter);
            };
            if (status == QStringLiteral("submitted"))
                chance(20) ? advance(QStringLiteral("return"), QStringLiteral("petugas")) : advance(QStringLiteral("verify"), QStringLiteral("verifikator"));
            else if (status == QStringLiteral("returned"))
                advance(QStringLiteral("resubmit"), QStringLiteral("petugas"));
            else if (status == QStringLiteral("verified"))
                advance(QStringLiteral("process"), QStringLiteral("verifikator"));
            else if (status == QStringLiteral("in_process") && row[2] == QStringLiteral("0"))
                c.run({QStringLiteral("letter"), QStringLiteral("draft"), t, QStringLiteral("--field"), QStringLiteral("keperluan=Beasiswa"),
                       QStringLiteral("--field"), QStringLiteral("nomor_pengantar=470/%1/2026").arg(step), QStringLiteral("--field"),
                       QStringLiteral("tanggal_pengantar=1 Desember 2026")}, QStringLiteral("verifikator"), killAfter);
            else if (status == QStringLiteral("in_process"))
                advance(QStringLiteral("to-signature"), QStringLiteral("kasi"));
            else if (status == QStringLiteral("awaiting_signature"))
                letters += c.run({QStringLiteral("letter"), QStringLiteral("issue"), t}, QStringLiteral("camat"), killAfter).exitCode == 0;
        } else if (op < 65) {
            c.run({QStringLiteral("resident"), QStringLiteral("update"), QStringLiteral("--nik"), kNiks[pick(kNiks.size())],
                   pick(2) ? QStringLiteral("--phone") : QStringLiteral("--address"),
                   QStringLiteral("08%1").arg(random() % 1000000000u, 9, 10, QLatin1Char('0'))},
                  QStringLiteral("petugas"), killAfter);
        } else if (op < 72) {
            const QString t = requestOf(c);
            if (!t.isEmpty())
                c.run({QStringLiteral("document"), QStringLiteral("add"), t, QStringLiteral("--requirement"), QStringLiteral("ktp"),
                       QStringLiteral("--file"), papers}, QStringLiteral("petugas"), killAfter);
        } else {
            syncWithCut(c, killAfter);
        }
    }
    std::cout << "  " << acknowledged.size() << " requests, " << letters << " letters, " << kills << " kills, " << cuts << " cuts, "
              << outages << " outages" << std::endl;

    // The network heals: everyone syncs until a whole round moves nothing.
    proxy.setDown(false);
    const auto healed = [&](const QList<Counter> &all) {
        for (int round = 0; round < 8; ++round) {
            bool quiet = true;
            for (const Counter &c : all) {
                const Run r = c.run({QStringLiteral("sync")});
                INFO(c.code().toStdString() << ": " << r.out.toStdString());
                REQUIRE(r.exitCode == 0);
                const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
                quiet = quiet && o.value(QStringLiteral("pushed")).toInt() == 0 && o.value(QStringLiteral("applied")).toInt() == 0
                        && o.value(QStringLiteral("blobs_sent")).toInt() == 0 && o.value(QStringLiteral("blobs_received")).toInt() == 0;
            }
            if (quiet)
                return true;
        }
        return false;
    };
    REQUIRE(healed(counters));

    // A counter joining now receives the same office.
    counters.append(Counter(QStringLiteral("L5"), dir.path()));
    REQUIRE(counters.last().run({QStringLiteral("node"), QStringLiteral("join"), QStringLiteral("--hub"), hub, QStringLiteral("--node-code"),
                                 QStringLiteral("L5")}).exitCode == 0);
    REQUIRE(healed(counters));

    const auto reference = snapshot(first.db());
    for (const Counter &c : std::as_const(counters)) {
        INFO("counter " << c.code().toStdString());
        const QString difference = firstDifference(reference, snapshot(c.db()));
        INFO(difference.toStdString());
        CHECK(difference.isEmpty());
        CHECK(c.run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--hub"), hub}).exitCode == 0);
        CHECK(scalarIn(c.db(), QStringLiteral("SELECT count(*) - count(DISTINCT number) FROM letter")) == 0);
        CHECK(scalarIn(c.db(), QStringLiteral("SELECT count(*) FROM sync_conflict WHERE kind = 'duplicate' AND entity LIKE 'letter%'")) == 0);
    }
    for (const QString &t : std::as_const(acknowledged))
        CHECK(scalarIn(first.db(), QStringLiteral("SELECT count(*) FROM request WHERE tracking = '%1'").arg(t)) == 1);
}

QList<quint32> seeds()
{
    const QString given = qEnvironmentVariable("LOKET_SYNC_SEEDS");
    QList<quint32> out;
    for (const QString &s : given.split(u',', Qt::SkipEmptyParts))
        out << s.trimmed().toUInt();
    if (out.isEmpty())
        out = {quint32(QDateTime::currentMSecsSinceEpoch() % 100000), 1, 2};
    return out;
}

} // namespace

TEST_CASE("counters converge after random work with outages, connections cut mid-sync and processes killed - seeded and replayable")
{
    QTemporaryDir dir;
    QImage ktp(300, 200, QImage::Format_RGB32);
    ktp.fill(Qt::white);
    const QString papers = dir.filePath(QStringLiteral("ktp.png"));
    REQUIRE(ktp.save(papers, "PNG"));

    const int soak = qEnvironmentVariableIntValue("LOKET_SYNC_SOAK_SECONDS");
    QElapsedTimer clock;
    clock.start();
    for (quint32 seed : seeds())
        runSeed(seed, papers);
    for (quint32 seed = 1000; clock.elapsed() < qint64(soak) * 1000; ++seed)
        runSeed(seed, papers);
}
