#include "Logging.h"

#include "FilePermissions.h"

#include <QDir>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace loket {

namespace {

void qtMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg: spdlog::debug("qt: {}", text); break;
    case QtInfoMsg: spdlog::info("qt: {}", text); break;
    case QtWarningMsg: spdlog::warn("qt: {}", text); break;
    case QtCriticalMsg:
    case QtFatalMsg: spdlog::error("qt: {}", text); break;
    }
}

bool s_initialised = false;

} // namespace

QString Logging::logFile(const QString &logDir)
{
    return QDir(logDir).filePath(QStringLiteral("loket.log"));
}

void Logging::init(const QString &logDir, bool alsoToStderr)
{
    if (s_initialised)
        return;
    s_initialised = true;
    std::vector<spdlog::sink_ptr> sinks;
    // Log lines name users and requests: the folder and its files are private (0700/0600), also
    // those an older version left readable.
    if (FilePermissions::makePrivateDir(logDir)) {
        FilePermissions::tightenTree(logDir);
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                logFile(logDir).toStdString(), 5 * 1024 * 1024, 5));
        } catch (const spdlog::spdlog_ex &) {
            alsoToStderr = true; // a log folder we cannot write must not stop the counter
        }
    }
    if (alsoToStderr)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    auto logger = std::make_shared<spdlog::logger>("loket", sinks.begin(), sinks.end());
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %l [%t] %v");
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageHandler);
}

} // namespace loket
