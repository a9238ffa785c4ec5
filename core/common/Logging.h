// spdlog with a rotating file in the profile's log folder; Qt's own messages are routed into it.
#pragma once

#include <QString>
#include <string>

namespace loket {

class Error;

class Logging
{
public:
    // Safe to call more than once; later calls are ignored.
    static void init(const QString &logDir, bool alsoToStderr = false);
    static QString logFile(const QString &logDir);

    // What a log line may say about a refused request: the kind (e.g. "invalid"), and the message
    // only for storage and device faults. Other messages repeat what a person typed or looked up
    // (a resident's name, a username), which the log must not keep; the person saw the message.
    static std::string refusal(const Error &error);
};

} // namespace loket
