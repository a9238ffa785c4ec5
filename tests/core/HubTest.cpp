// The hub's change log against a real PostgreSQL 15 (scripts/start-test-services.sh): the address
// rules, schema creation run twice and at once, idempotent pushes (delivered twice, a lost
// acknowledgement), a node whose history went back refused with nothing written, offices kept
// apart, and cursor safety: many writers with random delays inside their transactions while
// pullers read after their cursors, and every puller ends with everything committed. A counter
// linked with `hub init` pushes its outbox; an old copy of its database is refused.
#include "TestSupport.h"

#include "common/Error.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "sync/HubConnection.h"
#include "sync/HubLog.h"
#include "sync/SyncService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QThread>
#include <atomic>
#include <catch2/catch.hpp>
#include <random>
#include <thread>

using namespace loket;

namespace {

const QString kOffice = QStringLiteral("33.02.27");

QList<OutgoingChange> changes(const QString &node, qint64 from, qint64 to, const QString &tag = QStringLiteral("a"))
{
    QList<OutgoingChange> out;
    for (qint64 seq = from; seq <= to; ++seq)
        out.append({seq, QStringLiteral("request_event"), QStringLiteral("%1-%2").arg(node).arg(seq), QStringLiteral("append"),
                    QStringLiteral("{\"n\":%1,\"tag\":\"%2\"}").arg(seq).arg(tag), 1000 + seq});
    return out;
}

qint64 changeCount(HubConnection &hub)
{
    return sql::scalar(hub.db(), QStringLiteral("SELECT count(*) FROM hub_change")).toLongLong();
}

ErrorKind kindOf(const std::function<void()> &f)
{
    return test::thrownBy(f).kind();
}

} // namespace

TEST_CASE("hub address: a PostgreSQL URI without password - what is wrong is named")
{
    const HubAddress a = HubAddress::parse(QStringLiteral("postgresql://loket@192.168.1.10:5433/kantor?sslmode=require"));
    CHECK(a.host == QStringLiteral("192.168.1.10"));
    CHECK(a.port == 5433);
    CHECK(a.database == QStringLiteral("kantor"));
    CHECK(a.user == QStringLiteral("loket"));
    CHECK(a.sslmode == QStringLiteral("require"));
    CHECK(a.uri() == QStringLiteral("postgresql://loket@192.168.1.10:5433/kantor?sslmode=require"));
    CHECK(HubAddress::parse(QStringLiteral("postgres://loket@hub/loket")).port == 5432);
    const auto message = [](const QString &uri) { return test::thrownBy([&] { HubAddress::parse(uri); }).message(); };
    CHECK(message(QStringLiteral("postgresql://loket:rahasia@hub/loket")).contains(QStringLiteral("LOKET_HUB_PASSWORD")));
    CHECK(message(QStringLiteral("mysql://loket@hub/loket")).contains(QStringLiteral("postgresql://")));
    CHECK(message(QStringLiteral("postgresql://hub/loket")).contains(QStringLiteral("tidak lengkap")));
    CHECK(message(QStringLiteral("postgresql://loket@hub")).contains(QStringLiteral("tidak lengkap")));
    CHECK(message(QStringLiteral("postgresql://loket@hub/loket?host=evil")).contains(QStringLiteral("host=evil")));
}

TEST_CASE("hub connection: a refused password and an unreachable hub are told apart, quickly")
{
    test::HubDb hubDb;
    qputenv("LOKET_HUB_PASSWORD", "salah");
    CHECK(kindOf([&] { HubConnection c(HubAddress::parse(hubDb.uri()), 5); }) == ErrorKind::Auth);
    qputenv("LOKET_HUB_PASSWORD", "loket-test");
    QElapsedTimer t;
    t.start();
    CHECK(kindOf([&] { HubConnection c(HubAddress::parse(QStringLiteral("postgresql://loket@127.0.0.1:1/loket")), 2); })
          == ErrorKind::Storage);
    CHECK(t.elapsed() < 30000);
}

TEST_CASE("hub init creates the schema once, also when two counters run it at the same moment")
{
    test::HubDb hubDb;
    const HubAddress address = HubAddress::parse(hubDb.uri());
    std::atomic<int> applied{0};
    std::atomic<int> failures{0};
    const auto run = [&] {
        try {
            HubConnection c(address);
            applied += HubLog(c).init();
        } catch (const Error &) {
            ++failures;
        }
    };
    std::thread a(run), b(run);
    a.join();
    b.join();
    CHECK(failures == 0);
    HubConnection hub(address);
    HubLog log(hub);
    CHECK(applied == Migrator::latestVersion(QStringLiteral("postgres")));
    CHECK(log.schemaVersion() == Migrator::latestVersion(QStringLiteral("postgres")));
    CHECK(log.init() == 0);
}

TEST_CASE("hub push is idempotent: delivered twice, or after a lost acknowledgement, one copy - a node gone back is refused")
{
    test::HubDb hubDb;
    HubConnection hub(HubAddress::parse(hubDb.uri()));
    HubLog log(hub);
    log.init();
    log.registerNode(kOffice, QStringLiteral("KECAMATAN PURWOKERTO UTARA"), QStringLiteral("node-1"), QStringLiteral("L1"));
    log.registerNode(kOffice, QStringLiteral("KECAMATAN PURWOKERTO UTARA"), QStringLiteral("node-1"), QStringLiteral("L1"));   // again: no change

    PushOutcome r = log.push(kOffice, QStringLiteral("node-1"), changes(QStringLiteral("node-1"), 1, 5));
    CHECK(r.accepted == 5);
    CHECK(r.pushedSeq == 5);
    r = log.push(kOffice, QStringLiteral("node-1"), changes(QStringLiteral("node-1"), 1, 5));   // the same batch again
    CHECK(r.accepted == 0);
    CHECK(r.alreadyThere == 5);
    CHECK(changeCount(hub) == 5);
    // The hub committed 6..8 but the node never heard: it sends 1..10 (its whole unacknowledged tail).
    log.push(kOffice, QStringLiteral("node-1"), changes(QStringLiteral("node-1"), 6, 8));
    r = log.push(kOffice, QStringLiteral("node-1"), changes(QStringLiteral("node-1"), 1, 10));
    CHECK(r.accepted == 2);
    CHECK(r.alreadyThere == 8);
    CHECK(r.pushedSeq == 10);
    CHECK(changeCount(hub) == 10);
    CHECK(log.pushedSeq(kOffice, QStringLiteral("node-1")) == 10);

    // Restored from an old backup: its changes 9..12 are not the 9 and 10 the hub holds.
    try {
        log.push(kOffice, QStringLiteral("node-1"), changes(QStringLiteral("node-1"), 9, 12, QStringLiteral("b")));
        FAIL("a history that went back was accepted");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Invalid);
        CHECK(e.message().contains(QStringLiteral("mundur")));
    }
    CHECK(changeCount(hub) == 10);
    CHECK(log.pushedSeq(kOffice, QStringLiteral("node-1")) == 10);

    // The server sequence has no gap and follows the pushes.
    const QList<HubChange> all = log.pull(kOffice, 0, 100);
    REQUIRE(all.size() == 10);
    for (int i = 0; i < all.size(); ++i) {
        CHECK(all.at(i).serverSeq == i + 1);
        CHECK(all.at(i).localSeq == i + 1);
    }
    CHECK(all.first().payload == QStringLiteral("{\"n\":1,\"tag\":\"a\"}"));
}

TEST_CASE("hub offices are kept apart, and a counter code belongs to one PC")
{
    test::HubDb hubDb;
    HubConnection hub(HubAddress::parse(hubDb.uri()));
    HubLog log(hub);
    log.init();
    log.registerNode(kOffice, QStringLiteral("KECAMATAN PURWOKERTO UTARA"), QStringLiteral("node-1"), QStringLiteral("L1"));
    log.registerNode(QStringLiteral("33.02.26"), QStringLiteral("KECAMATAN PURWOKERTO TIMUR"), QStringLiteral("node-9"), QStringLiteral("L1"));
    CHECK(kindOf([&] {
              log.registerNode(kOffice, QStringLiteral("KECAMATAN PURWOKERTO UTARA"), QStringLiteral("node-2"), QStringLiteral("L1"));
          })
          == ErrorKind::Invalid);
    log.push(kOffice, QStringLiteral("node-1"), changes(QStringLiteral("node-1"), 1, 3));
    log.push(QStringLiteral("33.02.26"), QStringLiteral("node-9"), changes(QStringLiteral("node-9"), 1, 2));
    CHECK(log.pull(kOffice, 0, 100).size() == 3);
    const QList<HubChange> other = log.pull(QStringLiteral("33.02.26"), 0, 100);
    REQUIRE(other.size() == 2);
    CHECK(other.first().serverSeq == 1);   // each office has its own sequence
    CHECK(other.first().nodeId == QStringLiteral("node-9"));
    // A node may push only to the office it joined.
    CHECK(kindOf([&] { log.push(kOffice, QStringLiteral("node-9"), changes(QStringLiteral("node-9"), 3, 3)); }) == ErrorKind::NotFound);
}

TEST_CASE("hub cursor safety: writers with random delays inside their transactions, pullers after their cursors - nothing skipped")
{
    test::HubDb hubDb;
    const HubAddress address = HubAddress::parse(hubDb.uri());
    constexpr int kWriters = 4;
    constexpr int kBatches = 20;
    constexpr int kPullers = 2;
    {
        HubConnection hub(address);
        HubLog log(hub);
        log.init();
        for (int w = 0; w < kWriters; ++w)
            log.registerNode(kOffice, QString(), QStringLiteral("node-%1").arg(w), QStringLiteral("L%1").arg(w + 1));
    }
    const unsigned seed = std::random_device{}();
    INFO("seed " << seed);
    std::atomic<int> writersLeft{kWriters};
    std::atomic<int> errors{0};
    QSet<QString> committed[kWriters];
    QSet<QString> received[kPullers];

    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w) {
        threads.emplace_back([&, w] {
            try {
                std::mt19937 rng(seed + w);
                HubConnection hub(address);
                HubLog log(hub);
                log.setBeforeCommitHook([&rng] { QThread::msleep(std::uniform_int_distribution<int>(0, 25)(rng)); });
                const QString node = QStringLiteral("node-%1").arg(w);
                qint64 seq = 0;
                for (int b = 0; b < kBatches; ++b) {
                    const qint64 n = std::uniform_int_distribution<int>(1, 5)(rng);
                    log.push(kOffice, node, changes(node, seq + 1, seq + n));
                    for (qint64 s = seq + 1; s <= seq + n; ++s)
                        committed[w].insert(QStringLiteral("%1/%2").arg(node).arg(s));
                    seq += n;
                }
            } catch (const Error &) {
                ++errors;
            }
            --writersLeft;
        });
    }
    for (int p = 0; p < kPullers; ++p) {
        threads.emplace_back([&, p] {
            try {
                HubConnection hub(address);
                HubLog log(hub);
                qint64 cursor = 0;
                bool last = false;
                while (true) {
                    const bool writing = writersLeft > 0;
                    const QList<HubChange> got = log.pull(kOffice, cursor, 7);   // small pages: many reads mid-write
                    for (const HubChange &c : got) {
                        received[p].insert(QStringLiteral("%1/%2").arg(c.nodeId).arg(c.localSeq));
                        cursor = c.serverSeq;
                    }
                    if (got.isEmpty()) {
                        if (last)
                            break;
                        last = !writing;   // one more empty read after the writers finished
                        QThread::msleep(2);
                    }
                }
            } catch (const Error &) {
                ++errors;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    CHECK(errors == 0);
    QSet<QString> all;
    for (const QSet<QString> &c : committed)
        all.unite(c);
    CHECK(all.size() > kWriters * kBatches);
    for (const QSet<QString> &r : received) {
        CHECK(r.size() == all.size());
        CHECK(r == all);
    }
}

TEST_CASE("a counter linked to the hub pushes its whole outbox once - a copy restored from an old backup is refused")
{
    test::HubDb hubDb;
    test::DemoDb db;
    SyncService &sync = db.services().sync();
    CHECK(kindOf([&] { sync.push(); }) == ErrorKind::Invalid);   // no hub yet: says how to link one
    CHECK(kindOf([&] { sync.linkHub(db.login(QStringLiteral("petugas")), hubDb.uri()); }) == ErrorKind::Denied);
    const HubLink link = sync.linkHub(db.login(QStringLiteral("admin")), hubDb.uri());
    CHECK(link.schemaVersion == Migrator::latestVersion(QStringLiteral("postgres")));
    CHECK(sync.status().hubUri == hubDb.uri());

    const qint64 outbox = sync.status().outboxSeq;
    PushReport r = sync.push({}, 10);   // several batches
    CHECK(r.pushed == outbox);
    CHECK(r.batches > 1);
    CHECK(sync.status().waiting() == 0);
    CHECK(sync.status().lastError.isEmpty());
    HubConnection hub(HubAddress::parse(hubDb.uri()));
    CHECK(changeCount(hub) == outbox);

    // Kept aside as an old backup would be; then the counter works on and pushes again.
    const QString backup = db.dir() + QStringLiteral("/lama.db");
    db.close();
    REQUIRE(QFile::copy(db.path(), backup));
    db.reopen();
    test::submitSample(db.services(), db.login(QStringLiteral("petugas")), QStringLiteral("SKTM"));
    r = db.services().sync().push();
    CHECK(r.pushed > 0);
    CHECK(r.alreadyThere == 0);
    CHECK(db.services().sync().push().pushed == 0);   // nothing new: nothing sent
    const qint64 onHub = changeCount(hub);

    // The old copy comes back: the hub holds more of this counter than the copy has.
    db.close();
    REQUIRE(QFile::remove(db.path()));
    QFile::remove(db.path() + QStringLiteral("-wal"));
    QFile::remove(db.path() + QStringLiteral("-shm"));
    REQUIRE(QFile::copy(backup, db.path()));
    db.reopen();
    try {
        db.services().sync().push();
        FAIL("an old copy pushed");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("bergabung ulang")));
    }
    CHECK(changeCount(hub) == onHub);
    CHECK(db.services().sync().status().lastError.contains(QStringLiteral("bergabung ulang")));

    // The old copy works on until it has as many changes as the hub knows of it, and more: its
    // history still differs from what the hub holds, and none of it is taken.
    while (db.services().sync().status().outboxSeq <= onHub + 5)
        test::submitSample(db.services(), db.login(QStringLiteral("petugas")), QStringLiteral("SKTM"));
    const Error e = test::thrownBy([&] { db.services().sync().push(); });
    CHECK(e.kind() == ErrorKind::Invalid);
    CHECK(e.message().contains(QStringLiteral("bergabung ulang")));
    CHECK(changeCount(hub) == onHub);
}
