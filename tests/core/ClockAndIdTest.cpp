// Replication keys: HLC stays monotonic whatever the wall clock does; UUIDv7 sorts by time.
#include "storage/Hlc.h"
#include "storage/Uuid7.h"

#include <QDateTime>
#include <QSet>
#include <catch2/catch.hpp>

using namespace loket;

TEST_CASE("HLC never goes back when the wall clock jumps backwards")
{
    qint64 wall = 1'800'000'000'000;
    Hlc hlc([&] { return wall; });
    qint64 previous = hlc.now();
    for (int i = 0; i < 1000; ++i) {
        if (i == 300)
            wall -= 3'600'000;   // the PC's clock is set back an hour
        if (i == 600)
            wall += 10;
        const qint64 t = hlc.now();
        REQUIRE(t > previous);
        previous = t;
    }
    // While the clock is behind, time is carried by the logical counter on the old millisecond.
    CHECK(Hlc::physical(previous) >= 1'800'000'000'000);
}

TEST_CASE("HLC follows the wall clock when it moves forward and merges remote stamps")
{
    qint64 wall = 1'000'000;
    Hlc hlc([&] { return wall; });
    const qint64 a = hlc.now();
    CHECK(Hlc::physical(a) == 1'000'000);
    CHECK(Hlc::counter(a) == 0);
    CHECK(Hlc::counter(hlc.now()) == 1);
    wall = 2'000'000;
    CHECK(hlc.now() == Hlc::make(2'000'000, 0));

    const qint64 remote = Hlc::make(5'000'000, 7);   // a node whose clock runs ahead
    const qint64 merged = hlc.observe(remote);
    CHECK(merged > remote);
    CHECK(hlc.now() > merged);

    Hlc restarted([&] { return wall; });
    restarted.restore(merged);
    CHECK(restarted.now() > merged);
}

TEST_CASE("UUIDv7 keys are valid - unique and sort by creation time")
{
    QStringList ids;
    for (int i = 0; i < 5000; ++i)
        ids << Uuid7::generate();
    QStringList sorted = ids;
    sorted.sort();
    CHECK(sorted == ids);   // generated in one millisecond or many, the order is creation order
    CHECK(QSet<QString>(ids.begin(), ids.end()).size() == ids.size());
    for (const QString &id : std::as_const(ids))
        REQUIRE(Uuid7::isValid(id));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    CHECK(qAbs(Uuid7::timestampMs(Uuid7::generate()) - now) < 5000);
    CHECK_FALSE(Uuid7::isValid(QStringLiteral("not-a-uuid")));
}
