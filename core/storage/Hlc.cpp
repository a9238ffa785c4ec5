#include "Hlc.h"

#include <QDateTime>
#include <algorithm>

namespace loket {

Hlc::Hlc(WallClock clock)
    : m_clock(std::move(clock))
{
}

qint64 Hlc::advance(qint64 floor)
{
    const qint64 wall = make(m_clock(), 0);
    // Never go back: if the wall clock is behind what we issued, count on the logical part.
    // A counter overflow simply carries into the millisecond part, which stays monotonic.
    m_last = std::max(wall, std::max(m_last, floor) + 1);
    return m_last;
}

qint64 Hlc::now()
{
    std::lock_guard lock(m_mutex);
    return advance(m_last);
}

qint64 Hlc::observe(qint64 remote)
{
    std::lock_guard lock(m_mutex);
    return advance(std::max(m_last, remote));
}

void Hlc::restore(qint64 last)
{
    std::lock_guard lock(m_mutex);
    m_last = std::max(m_last, last);
}

qint64 Hlc::last() const
{
    std::lock_guard lock(m_mutex);
    return m_last;
}

QString Hlc::toString(qint64 hlc)
{
    return QDateTime::fromMSecsSinceEpoch(physical(hlc), Qt::UTC).toString(Qt::ISODateWithMs)
        + u'#' + QString::number(counter(hlc));
}

} // namespace loket
