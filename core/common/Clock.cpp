#include "Clock.h"

#include <QDateTime>

namespace loket {

WallClock systemClock()
{
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

} // namespace loket
