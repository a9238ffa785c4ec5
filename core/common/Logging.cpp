#include "Logging.h"

#include "Error.h"
#include "FilePermissions.h"
#include "PersonalData.h"

#include <QDir>
#include <mutex>
#include <spdlog/sinks/base_sink.h>
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

// Every message passes through here before any file or terminal sees it, so a NIK or KK that a
// message carries (an error text, a Qt warning, a library's complaint) is masked whoever logged it.
class MaskingSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit MaskingSink(std::vector<spdlog::sink_ptr> sinks)
        : m_sinks(std::move(sinks))
    {
    }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        const std::string masked = PersonalData::maskIdentityNumbers(
            QString::fromUtf8(msg.payload.data(), qsizetype(msg.payload.size()))).toStdString();
        spdlog::details::log_msg copy(msg);
        copy.payload = masked;
        for (const auto &sink : m_sinks) {
            if (sink->should_log(copy.level))
                sink->log(copy);
        }
    }
    void flush_() override
    {
        for (const auto &sink : m_sinks)
            sink->flush();
    }
    // The wrapped sinks format the lines: the pattern set on the logger goes to them.
    void set_pattern_(const std::string &pattern) override
    {
        for (const auto &sink : m_sinks)
            sink->set_pattern(pattern);
    }
    void set_formatter_(std::unique_ptr<spdlog::formatter> formatter) override
    {
        for (const auto &sink : m_sinks)
            sink->set_formatter(formatter->clone());
    }

private:
    std::vector<spdlog::sink_ptr> m_sinks;
};

bool s_initialised = false;

} // namespace

QString Logging::logFile(const QString &logDir)
{
    return QDir(logDir).filePath(QStringLiteral("loket.log"));
}

std::string Logging::refusal(const Error &error)
{
    switch (error.kind()) {
    case ErrorKind::Invalid: return "invalid";
    case ErrorKind::Denied: return "denied";
    case ErrorKind::NotFound: return "not_found";
    case ErrorKind::Auth: return "auth";
    // A database or scanner fault is what an administrator reads the log for; NIKs in it are masked by the sink.
    case ErrorKind::Storage: return "storage: " + error.message().toStdString();
    case ErrorKind::Device: return "device: " + error.message().toStdString();
    }
    return "error";
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
    auto logger = std::make_shared<spdlog::logger>("loket", std::make_shared<MaskingSink>(std::move(sinks)));
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %l [%t] %v");
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageHandler);
}

} // namespace loket
