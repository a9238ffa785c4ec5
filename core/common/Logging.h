// spdlog with a rotating file in the profile's log folder; Qt's own messages are routed into it.
#pragma once

#include <QString>

namespace loket {

class Logging
{
public:
    // Safe to call more than once; later calls are ignored.
    static void init(const QString &logDir, bool alsoToStderr = false);
    static QString logFile(const QString &logDir);
};

} // namespace loket
