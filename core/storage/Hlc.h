// Hybrid logical clock: 48 bits of wall-clock milliseconds and a 16-bit counter in one integer,
// so ordering survives counter PCs whose clocks are skewed or jump backwards.
#pragma once

#include "common/Clock.h"

#include <QString>
#include <mutex>

namespace loket {

class Hlc
{
public:
    explicit Hlc(WallClock clock = systemClock());

    // A timestamp greater than every one this clock has issued or observed.
    qint64 now();
    // Merges a timestamp received from another node.
    qint64 observe(qint64 remote);
    // Restores the last issued value (persisted by the storage layer) after a restart.
    void restore(qint64 last);
    qint64 last() const;

    static qint64 make(qint64 physicalMs, quint16 counter) { return (physicalMs << 16) | counter; }
    static qint64 physical(qint64 hlc) { return hlc >> 16; }
    static quint16 counter(qint64 hlc) { return quint16(hlc & 0xffff); }
    static QString toString(qint64 hlc);

private:
    qint64 advance(qint64 floor);

    WallClock m_clock;
    mutable std::mutex m_mutex;
    qint64 m_last = 0;
};

} // namespace loket
