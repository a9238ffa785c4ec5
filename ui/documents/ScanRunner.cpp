#include "ScanRunner.h"

#include "common/Error.h"
#include "scan/ScanWire.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>
#include <functional>

#ifndef LOKET_SCAN_WORKER_FALLBACK
#define LOKET_SCAN_WORKER_FALLBACK ""
#endif

namespace loket::ui {

// One loket-scan-worker process speaking ScanWire, started when a message is sent and none runs.
// A released process is told to quit (or killed) and forgotten: its handlers are not called again.
class ScanWorkerProcess
{
public:
    using MessageHandler = std::function<void(const wire::Message &)>;
    using DeathHandler = std::function<void(const QString &why)>;

    ScanWorkerProcess(MessageHandler onMessage, DeathHandler onDied)
        : m_onMessage(std::move(onMessage))
        , m_onDied(std::move(onDied))
    {
    }
    ~ScanWorkerProcess() { release(true); }
    ScanWorkerProcess(const ScanWorkerProcess &) = delete;
    ScanWorkerProcess &operator=(const ScanWorkerProcess &) = delete;

    void send(const wire::Message &message)
    {
        if (!m_process)
            start();
        if (m_process)   // a start that failed at once has already been reported
            m_process->write(wire::encode(message));
    }

    // politely: "quit" and three seconds to leave; else killed at once.
    void release(bool politely)
    {
        if (!m_process)
            return;
        QProcess *p = m_process;
        m_process = nullptr;
        m_reader = wire::FrameReader();
        QObject::disconnect(p, nullptr, nullptr, nullptr);
        QObject::connect(p, &QProcess::finished, p, &QObject::deleteLater);
        if (p->state() == QProcess::NotRunning) {
            p->deleteLater();
        } else if (politely) {
            p->write(wire::encode({QStringLiteral("quit"), {}, {}}));
            p->closeWriteChannel();
            QTimer::singleShot(3000, p, [p] { p->kill(); });
        } else {
            p->kill();
        }
    }

    int started() const { return m_started; }

private:
    void start()
    {
        auto *p = new QProcess;
        m_process = p;
        ++m_started;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The translation names its own language, so the worker's messages match the app's.
        env.insert(QStringLiteral("LOKET_LANG"),
                   QCoreApplication::translate("loket::ui::ScanRunner", "id", "the code of the language of this translation"));
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);   // the worker's log joins the app's
        QObject::connect(p, &QProcess::readyReadStandardOutput, p, [this, p] { readFrom(p); });
        QObject::connect(p, &QProcess::errorOccurred, p, [this, p](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                died(p, ScanRunner::tr("program pemindai %1 tidak dapat dijalankan (%2)")
                            .arg(p->program(), p->errorString()));
        });
        QObject::connect(p, &QProcess::finished, p, [this, p](int code, QProcess::ExitStatus status) {
            readFrom(p);   // what it said before it ended
            died(p, status == QProcess::CrashExit ? ScanRunner::tr("program pemindai berhenti tiba-tiba")
                                                  : ScanRunner::tr("program pemindai berhenti (kode %1)").arg(code));
        });
        p->start(ScanRunner::workerProgram(), {});
    }

    void readFrom(QProcess *p)
    {
        if (p != m_process)
            return;
        m_reader.append(p->readAllStandardOutput());
        while (std::optional<wire::Message> m = m_reader.next()) {
            if (m->type == QStringLiteral("hello")) {
                const int version = m->fields.value(QStringLiteral("version")).toInt();
                if (version != wire::kWireVersion) {
                    died(p, ScanRunner::tr("program pemindai %1 tidak cocok dengan aplikasi ini (versi %2, bukan %3)")
                                .arg(p->program()).arg(version).arg(wire::kWireVersion));
                    return;
                }
                continue;
            }
            m_onMessage(*m);
            if (p != m_process)
                return;   // released by the handler
        }
        if (m_reader.isCorrupt())
            died(p, ScanRunner::tr("jawaban program pemindai tidak terbaca"));
    }

    void died(QProcess *p, const QString &why)
    {
        if (p != m_process)
            return;
        release(false);
        m_onDied(why);
    }

    MessageHandler m_onMessage;
    DeathHandler m_onDied;
    QProcess *m_process = nullptr;
    wire::FrameReader m_reader;
    int m_started = 0;
};

ScanRunner::ScanRunner(QObject *parent)
    : QObject(parent)
    , m_discovery(std::make_unique<ScanWorkerProcess>(
          [this](const wire::Message &m) { onDiscoveryMessage(m.type, m.fields); },
          [this](const QString &why) { onDiscoveryDied(why); }))
    , m_scanner(std::make_unique<ScanWorkerProcess>(
          [this](const wire::Message &m) { onScannerMessage(m.type, m.fields, m.blob); },
          [this](const QString &why) { onScannerDied(why); }))
    , m_cancelTimer(new QTimer(this))
    , m_discoveryTimer(new QTimer(this))
    , m_capabilitiesTimer(new QTimer(this))
{
    // A search or a question that a wedged backend never answers ends with a message, and the
    // worker that hangs is replaced.
    m_discoveryTimer->setSingleShot(true);
    connect(m_discoveryTimer, &QTimer::timeout, this, [this] {
        m_discovery->release(false);
        onDiscoveryDied(tr("pencarian tidak selesai dalam %n detik", nullptr, kDiscoveryTimeoutMs / 1000));
    });
    m_capabilitiesTimer->setSingleShot(true);
    connect(m_capabilitiesTimer, &QTimer::timeout, this, [this] {
        if (m_pendingCapabilities.isEmpty() || m_scanning)
            return;   // a scan has its own watchdog: the cancel
        replaceScanner();
    });
    m_cancelTimer->setSingleShot(true);
    connect(m_cancelTimer, &QTimer::timeout, this, [this] {
        if (!m_scanning)
            return;
        // The device did not stop: the worker is wedged. The scan ends here, without it.
        replaceScanner();
        endScan();
        emit finished(true, m_delivered);
    });
}

ScanRunner::~ScanRunner()
{
    if (m_scanning) {
        m_scanner->send({QStringLiteral("cancel"), {}, {}});
        m_scanner->release(false);   // no time to wait for a device that does not stop
    }
}

QString ScanRunner::workerProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("LOKET_SCAN_WORKER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString besideApp = QCoreApplication::applicationDirPath() + QStringLiteral("/loket-scan-worker");
    if (QFileInfo(besideApp).isExecutable())
        return besideApp;
    const QString buildTree = QStringLiteral(LOKET_SCAN_WORKER_FALLBACK);
    return buildTree.isEmpty() ? besideApp : buildTree;
}

int ScanRunner::scanWorkersStarted() const
{
    return m_scanner->started();
}

void ScanRunner::findDevices()
{
    if (m_finding)
        return;
    m_finding = true;
    m_discoveryTimer->start(kDiscoveryTimeoutMs);
    m_discovery->send({QStringLiteral("devices"), {}, {}});
}

void ScanRunner::onDiscoveryMessage(const QString &type, const QVariantMap &fields)
{
    if (type != QStringLiteral("devices") || !m_finding)
        return;
    m_finding = false;
    m_discoveryTimer->stop();
    emit devicesFound(wire::devicesFromList(fields.value(QStringLiteral("devices")).toList()),
                      fields.value(QStringLiteral("error")).toString());
}

void ScanRunner::onDiscoveryDied(const QString &why)
{
    if (!m_finding)
        return;
    m_finding = false;
    m_discoveryTimer->stop();
    emit devicesFound({}, tr("Pemindai tidak dapat dicari: %1.").arg(why));
}

void ScanRunner::queryCapabilities(const QString &deviceName)
{
    m_pendingCapabilities << deviceName;
    if (!m_scanning)
        m_capabilitiesTimer->start(kCapabilitiesTimeoutMs);
    m_scanner->send({QStringLiteral("capabilities"), {{QStringLiteral("device"), deviceName}}, {}});
}

bool ScanRunner::start(const QString &deviceName, const ScanSettings &settings)
{
    if (m_scanning)
        return false;
    m_scanning = true;
    m_cancelSent = false;
    m_delivered = 0;
    m_scanner->send({QStringLiteral("scan"),
                     {{QStringLiteral("device"), deviceName}, {QStringLiteral("settings"), wire::toMap(settings)}},
                     {}});
    return true;
}

void ScanRunner::cancel()
{
    if (!m_scanning || m_cancelSent)
        return;
    m_cancelSent = true;
    m_scanner->send({QStringLiteral("cancel"), {}, {}});
    m_cancelTimer->start(m_cancelGraceMs);
}

void ScanRunner::endScan()
{
    m_scanning = false;
    m_cancelSent = false;
    m_cancelTimer->stop();
}

void ScanRunner::replaceScanner()
{
    m_scanner->release(false);
    answerPendingCapabilities(tr("program pemindai dimulai ulang"));
}

void ScanRunner::answerPendingCapabilities(const QString &error)
{
    const QStringList pending = std::exchange(m_pendingCapabilities, {});
    for (const QString &device : pending)
        emit capabilitiesFound(device, {}, error);
}

void ScanRunner::onScannerMessage(const QString &type, const QVariantMap &fields, const QByteArray &blob)
{
    if (type == QStringLiteral("capabilities")) {
        const QString device = fields.value(QStringLiteral("device")).toString();
        m_pendingCapabilities.removeOne(device);
        if (m_pendingCapabilities.isEmpty())
            m_capabilitiesTimer->stop();
        const QString error = fields.value(QStringLiteral("error")).toString();
        emit capabilitiesFound(device,
                               error.isEmpty() ? wire::capabilitiesFromMap(fields.value(QStringLiteral("capabilities")).toMap())
                                               : ScanCapabilities(),
                               error);
        return;
    }
    if (!m_scanning)
        return;   // what a replaced scan still says
    if (type == QStringLiteral("progress")) {
        emit progress(fields.value(QStringLiteral("index")).toInt(), fields.value(QStringLiteral("fraction")).toDouble());
    } else if (type == QStringLiteral("page")) {
        const QImage image = wire::pageImage({type, fields, blob});
        if (image.isNull()) {
            // Never a page silently missing: the scan stops and says so.
            endScan();
            replaceScanner();
            emit failed(tr("Halaman %1 rusak dalam perjalanan dari program pemindai. Pindai ulang.")
                            .arg(fields.value(QStringLiteral("index")).toInt() + 1));
            return;
        }
        ++m_delivered;
        emit pageScanned(image, fields.value(QStringLiteral("dpi")).toInt(), fields.value(QStringLiteral("index")).toInt());
    } else if (type == QStringLiteral("finished")) {
        const bool cancelled = fields.value(QStringLiteral("cancelled")).toBool() || m_cancelSent;
        endScan();
        if (cancelled)
            replaceScanner();   // a cancel can leave a backend wedged for the next scan
        emit finished(cancelled, m_delivered);
    } else if (type == QStringLiteral("failing")) {
        // A device state (jam, no paper …): said at once; the worker may now wedge telling the
        // device to stop, so it is replaced.
        endScan();
        replaceScanner();
        emit failed(fields.value(QStringLiteral("message")).toString());
    } else if (type == QStringLiteral("failed")) {
        endScan();
        // Only settings the device refused leave the worker as it was; anything else replaces it.
        if (fields.value(QStringLiteral("kind"), int(ErrorKind::Device)).toInt() != int(ErrorKind::Invalid))
            replaceScanner();
        emit failed(fields.value(QStringLiteral("message")).toString());
    }
}

void ScanRunner::onScannerDied(const QString &why)
{
    answerPendingCapabilities(why);
    if (!m_scanning)
        return;
    const bool cancelled = m_cancelSent;
    endScan();
    if (cancelled)
        emit finished(true, m_delivered);
    else
        emit failed(tr("Pemindaian terhenti: %1. Coba pindai lagi.").arg(why));
}

} // namespace loket::ui
