// Wall-clock source that tests can replace (lock-out expiry, HLC against a clock jumping back).
#pragma once

#include <QtGlobal>
#include <functional>

namespace loket {

// Milliseconds since the Unix epoch.
using WallClock = std::function<qint64()>;

WallClock systemClock();

} // namespace loket
