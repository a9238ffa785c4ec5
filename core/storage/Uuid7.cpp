#include "Uuid7.h"

#include <QUuid>

#include <QDateTime>
#include <QRegularExpression>
#include <array>
#include <mutex>
#include <sodium.h>

namespace loket {

namespace {

std::mutex s_mutex;
qint64 s_lastMs = -1;
quint64 s_lastSeq = 0;   // 12 bits rand_a + 62 bits rand_b used as one monotonic counter (RFC 9562 method 2)

} // namespace

QString Uuid7::generate()
{
    return generateAt(QDateTime::currentMSecsSinceEpoch());
}

QString Uuid7::generateAt(qint64 unixMs)
{
    quint64 seq = 0;
    {
        std::lock_guard lock(s_mutex);
        if (unixMs <= s_lastMs) {
            // Same or earlier millisecond: keep the last time and step the counter.
            unixMs = s_lastMs;
            seq = ++s_lastSeq;
        } else {
            randombytes_buf(&seq, sizeof seq);
            seq &= 0x000fffffffffffffULL >> 2; // leave room so increments rarely overflow
            s_lastMs = unixMs;
            s_lastSeq = seq;
        }
    }
    std::array<quint8, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[i] = quint8(quint64(unixMs) >> (40 - 8 * i));
    // 74 bits after the timestamp: rand_a (12) then rand_b (62); the top of seq goes to rand_a.
    const quint64 randA = (seq >> 38) & 0x0fff;
    const quint64 counterB = seq & ((1ULL << 38) - 1);
    quint64 randB = 0;
    randombytes_buf(&randB, sizeof randB);
    randB = (counterB << 24) | (randB & 0xffffff);     // counter high, randomness low
    b[6] = quint8(0x70 | (randA >> 8));
    b[7] = quint8(randA & 0xff);
    b[8] = quint8(0x80 | ((randB >> 56) & 0x3f));
    for (int i = 0; i < 7; ++i)
        b[9 + i] = quint8(randB >> (48 - 8 * i));

    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.append(u'-');
        out.append(QLatin1Char(hex[b[i] >> 4]));
        out.append(QLatin1Char(hex[b[i] & 0xf]));
    }
    return out;
}

bool Uuid7::isValid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

qint64 Uuid7::timestampMs(const QString &uuid)
{
    QString hex = uuid.left(13);
    hex.remove(u'-');
    return hex.toLongLong(nullptr, 16);
}

QString Uuid7::derived(const QString &table, const QString &naturalKey)
{
    static const QUuid loketNamespace(QStringLiteral("6f1c2a0e-5b7d-4c3e-9a8f-10ad2e7b4c51"));
    return QUuid::createUuidV5(loketNamespace, table + u':' + naturalKey).toString(QUuid::WithoutBraces);
}

} // namespace loket
