// loket-scan-worker: drives libsane for the desktop app in a process of its own, so a backend that
// wedges or crashes costs a restarted worker, never a frozen counter (see core/scan/ScanWire.h).
// Commands come as frames on standard input and are carried out one at a time — "devices",
// "capabilities", "scan", "quit" — except "cancel", which stops the scan in progress at once.
// Answers, progress and pages go out as frames on standard output. The worker dies with the app.
#include "common/Error.h"
#include "common/FilePermissions.h"
#include "scan/SaneScanner.h"
#include "scan/ScanWire.h"

#include <QCoreApplication>
#include <QTranslator>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <csignal>
#include <deque>
#include <mutex>
#include <thread>

#include <sys/prctl.h>
#include <unistd.h>

using namespace loket;

namespace {

std::mutex g_outMutex;
int g_framesFd = STDOUT_FILENO;   // the app's pipe; standard output itself goes to standard error

void writeAll(const char *p, qsizetype left)
{
    while (left > 0) {
        const ssize_t n = ::write(g_framesFd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            _exit(3);   // the app is gone
        p += n;
        left -= n;
    }
}

void send(const wire::Message &message)
{
    const QByteArray frame = wire::encode(message);
    std::lock_guard lock(g_outMutex);
    writeAll(frame.constData(), frame.size());
}

bool fault(const char *name);

// A page: the head, then the image's own bits (no copy of a page that may be 100 MB).
void sendPage(const QImage &image, int dpi, int index)
{
    wire::Message head = wire::pageHeader(image, dpi, index);
    if (fault("bad-page"))   // pixels that do not match what the head says
        head.fields.insert(QStringLiteral("width"), image.width() + 7);
    const QByteArray frameHead = wire::encodeHead(head.type, head.fields, image.sizeInBytes());
    std::lock_guard lock(g_outMutex);
    writeAll(frameHead.constData(), frameHead.size());
    writeAll(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes());
}

wire::Message message(const QString &type, const QVariantMap &fields = {})
{
    return {type, fields, {}};
}

// Faults the tests ask for (LOKET_SCAN_WORKER_FAULT), as a wedged backend or a broken install shows
// them: the worker stops answering after a cancel ("wedge-on-cancel") or after reporting a device
// error ("wedge-after-failing"), sends a page whose pixels do not match its head ("bad-page"), or
// is of another version than the app ("old-version").
bool fault(const char *name)
{
    return qEnvironmentVariable("LOKET_SCAN_WORKER_FAULT") == QLatin1String(name);
}

[[noreturn]] void wedge()
{
    for (;;)
        std::this_thread::sleep_for(std::chrono::hours(1));
}

struct Inbox
{
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<wire::Message> queue;
    bool closed = false;

    // The active scan, for "cancel" from the reading thread.
    std::mutex activeMutex;
    SaneScanner *active = nullptr;
    std::atomic_bool cancelRequested{false};

    void push(wire::Message m)
    {
        {
            std::lock_guard lock(mutex);
            queue.push_back(std::move(m));
        }
        ready.notify_one();
    }
    void close()
    {
        {
            std::lock_guard lock(mutex);
            closed = true;
        }
        ready.notify_one();
    }
    std::optional<wire::Message> take()
    {
        std::unique_lock lock(mutex);
        ready.wait(lock, [this] { return closed || !queue.empty(); });
        if (queue.empty())
            return std::nullopt;
        wire::Message m = std::move(queue.front());
        queue.pop_front();
        return m;
    }
    void cancel()
    {
        cancelRequested = true;
        std::lock_guard lock(activeMutex);
        if (active)
            active->cancel();
    }
    void setActive(SaneScanner *scanner)
    {
        std::lock_guard lock(activeMutex);
        active = scanner;
    }
};

void readCommands(Inbox &inbox)
{
    wire::FrameReader reader;
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        reader.append(QByteArray(buffer, qsizetype(n)));
        while (std::optional<wire::Message> m = reader.next()) {
            if (m->type == QStringLiteral("cancel")) {
                if (fault("wedge-on-cancel")) {
                    std::lock_guard lock(g_outMutex);   // nothing more goes out
                    wedge();
                }
                inbox.cancel();
            } else {
                if (m->type == QStringLiteral("scan"))
                    inbox.cancelRequested = false;   // a cancel is for the scan sent before it
                inbox.push(std::move(*m));
            }
        }
        if (reader.isCorrupt())
            break;
    }
    inbox.close();
}

QVariantMap errorFields(const Error &e)
{
    return {{QStringLiteral("message"), e.message()}, {QStringLiteral("kind"), int(e.kind())}};
}

void openDevice(std::unique_ptr<SaneScanner> &scanner, const QString &device)
{
    if (!scanner || scanner->deviceName() != device) {
        scanner.reset();
        scanner = std::make_unique<SaneScanner>(device);
    }
}

void scan(Inbox &inbox, std::unique_ptr<SaneScanner> &scanner, const wire::Message &command)
{
    const QString device = command.fields.value(QStringLiteral("device")).toString();
    const ScanSettings settings = wire::settingsFromMap(command.fields.value(QStringLiteral("settings")).toMap());
    int delivered = 0;
    // However the scan ends, "cancel" no longer reaches a scanner that may be gone.
    const std::unique_ptr<Inbox, void (*)(Inbox *)> clearActive(&inbox, [](Inbox *i) { i->setActive(nullptr); });
    try {
        if (inbox.cancelRequested) {
            send(message(QStringLiteral("finished"), {{QStringLiteral("cancelled"), true}, {QStringLiteral("pages"), 0}}));
            return;
        }
        openDevice(scanner, device);
        inbox.setActive(scanner.get());
        if (inbox.cancelRequested) {   // cancelled while the device was being opened
            send(message(QStringLiteral("finished"), {{QStringLiteral("cancelled"), true}, {QStringLiteral("pages"), 0}}));
            return;
        }
        int lastIndex = -1;
        double lastFraction = -2;
        ScanCallbacks callbacks;
        callbacks.progress = [&](int index, double fraction) {
            if (inbox.cancelRequested)   // a cancel that came before scan() started
                scanner->cancel();
            const bool worthShowing = index != lastIndex || (fraction < 0) != (lastFraction < 0)
                || std::abs(fraction - lastFraction) >= 0.01 || (fraction >= 1.0 && lastFraction < 1.0);
            if (!worthShowing)
                return;
            lastIndex = index;
            lastFraction = fraction;
            send(message(QStringLiteral("progress"), {{QStringLiteral("index"), index}, {QStringLiteral("fraction"), fraction}}));
        };
        callbacks.pageDone = [&](const ScannedPage &page, int index) {
            if (quint64(page.image.sizeInBytes()) + 64 * 1024 > wire::kMaxFrameBytes)
                throw Error::device(QCoreApplication::translate(
                    "loket::ScanWorker", "Halaman %1 terlalu besar (%2 MB) untuk diolah. Pindai dengan resolusi lebih rendah.")
                                        .arg(index + 1)
                                        .arg(page.image.sizeInBytes() / (1024 * 1024)));
            ++delivered;
            sendPage(page.image, page.dpi, index);
        };
        callbacks.failing = [&](const QString &text) {
            send(message(QStringLiteral("failing"), {{QStringLiteral("message"), text}}));
            if (fault("wedge-after-failing"))
                wedge();
        };
        const ScanOutcome outcome = scanner->scan(settings, callbacks);
        send(message(QStringLiteral("finished"), {{QStringLiteral("cancelled"), outcome.cancelled || inbox.cancelRequested},
                                                  {QStringLiteral("pages"), delivered}}));
    } catch (const Error &e) {
        inbox.setActive(nullptr);
        if (e.kind() != ErrorKind::Invalid)
            scanner.reset();   // reopened for the next scan: the device may be gone or left in a state
        send(message(QStringLiteral("failed"), errorFields(e)));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    FilePermissions::restrictUmask();   // whatever a backend writes holds scans of residents' papers
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);   // never outlives the app, even wedged
    if (::getppid() == 1)
        return 2;                          // the app died before the line above
    std::signal(SIGPIPE, SIG_IGN);          // a write to a gone app fails instead
    // Only frames go to the app: whatever a backend or a library prints lands on standard error.
    g_framesFd = ::dup(STDOUT_FILENO);
    ::dup2(STDERR_FILENO, STDOUT_FILENO);
    spdlog::set_default_logger(spdlog::stderr_color_mt("scan-worker"));
    QCoreApplication app(argc, argv);
    QTranslator translator;
    if (qEnvironmentVariable("LOKET_LANG") == QStringLiteral("en") && translator.load(QStringLiteral(":/i18n/loket_en.qm")))
        QCoreApplication::installTranslator(&translator);

    Inbox inbox;
    std::thread(readCommands, std::ref(inbox)).detach();
    send(message(QStringLiteral("hello"), {{QStringLiteral("version"), fault("old-version") ? 0 : wire::kWireVersion}}));

    std::unique_ptr<SaneScanner> scanner;
    while (std::optional<wire::Message> command = inbox.take()) {
        const QString type = command->type;
        if (type == QStringLiteral("quit"))
            break;
        try {
            if (type == QStringLiteral("devices")) {
                send(message(QStringLiteral("devices"), {{QStringLiteral("devices"), wire::toList(SaneScanner::devices())}}));
            } else if (type == QStringLiteral("capabilities")) {
                const QString device = command->fields.value(QStringLiteral("device")).toString();
                QVariantMap answer{{QStringLiteral("device"), device}};
                try {
                    openDevice(scanner, device);
                    answer.insert(QStringLiteral("capabilities"), wire::toMap(scanner->capabilities()));
                } catch (const Error &e) {
                    scanner.reset();
                    answer.insert(QStringLiteral("error"), e.message());
                }
                send(message(QStringLiteral("capabilities"), answer));
            } else if (type == QStringLiteral("scan")) {
                scan(inbox, scanner, *command);
            }
        } catch (const Error &e) {
            send(message(type, {{QStringLiteral("error"), e.message()}}));
        } catch (const std::exception &e) {
            // Out of memory for a page and the like: the app replaces this worker.
            scanner.reset();
            send(message(QStringLiteral("failed"),
                         {{QStringLiteral("message"), QCoreApplication::translate("loket::ScanWorker", "Terjadi kesalahan tak terduga: %1")
                                                          .arg(QString::fromLocal8Bit(e.what()))},
                          {QStringLiteral("kind"), int(ErrorKind::Device)}}));
        }
    }
    scanner.reset();   // sane_close: the device is released and parked
    // sane_exit is skipped on purpose: after a cancel some backends wedge in it.
    _exit(0);
}
