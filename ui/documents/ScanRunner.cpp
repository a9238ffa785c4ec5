#include "ScanRunner.h"

#include "WorkerThread.h"
#include "common/Error.h"
#include "scan/SaneScanner.h"

#include <QCoreApplication>
#include <cmath>
#include <mutex>

namespace loket::ui {

struct ScanRunner::Shared
{
    std::mutex mutex;
    SaneScanner *active = nullptr;              // the scanner inside scan(), for cancel()
    std::atomic_bool cancelRequested{false};
    std::unique_ptr<SaneScanner> scanner;       // opened and used on the scanning worker only

    void setActive(SaneScanner *scanner)
    {
        std::lock_guard lock(mutex);
        active = scanner;
    }
};

namespace {

QString unexpected(const std::exception &e)
{
    return QCoreApplication::translate("loket::ui::ScanRunner", "Terjadi kesalahan tak terduga: %1")
        .arg(QString::fromLocal8Bit(e.what()));
}

} // namespace

ScanRunner::ScanRunner(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_discovery(std::make_unique<WorkerThread>(QStringLiteral("scan-discovery")))
    , m_scanner(std::make_unique<WorkerThread>(QStringLiteral("scan-worker")))
{
}

ScanRunner::~ScanRunner()
{
    cancel();
    m_scanner.reset();     // the scan stops at the cancel; joined here
    m_discovery.reset();   // discovery cannot be interrupted: waits for libsane to answer
    m_shared->scanner.reset();
}

void ScanRunner::findDevices()
{
    if (m_finding)
        return;
    m_finding = true;
    m_discovery->post([this] {
        QList<ScanDevice> devices;
        QString error;
        try {
            devices = SaneScanner::devices();
        } catch (const Error &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = unexpected(e);
        }
        WorkerThread::deliver(this, [this, devices, error] {
            m_finding = false;
            emit devicesFound(devices, error);
        });
    });
}

void ScanRunner::queryCapabilities(const QString &deviceName)
{
    std::shared_ptr<Shared> shared = m_shared;
    m_scanner->post([this, shared, deviceName] {
        ScanCapabilities capabilities;
        QString error;
        try {
            // The same handle as the scans: many devices cannot be opened twice.
            if (!shared->scanner || shared->scanner->deviceName() != deviceName) {
                shared->scanner.reset();
                shared->scanner = std::make_unique<SaneScanner>(deviceName);
            }
            capabilities = shared->scanner->capabilities();
        } catch (const Error &e) {
            shared->scanner.reset();
            error = e.message();
        } catch (const std::exception &e) {
            shared->scanner.reset();
            error = unexpected(e);
        }
        WorkerThread::deliver(this, [this, deviceName, capabilities, error] {
            emit capabilitiesFound(deviceName, capabilities, error);
        });
    });
}

bool ScanRunner::start(const QString &deviceName, const ScanSettings &settings)
{
    if (m_scanning)
        return false;
    m_scanning = true;
    m_shared->cancelRequested = false;
    std::shared_ptr<Shared> shared = m_shared;
    m_scanner->post([this, shared, deviceName, settings] {
        int delivered = 0;
        try {
            if (shared->cancelRequested) {
                WorkerThread::deliver(this, [this] {
                    m_scanning = false;
                    emit finished(true, 0);
                });
                return;
            }
            if (!shared->scanner || shared->scanner->deviceName() != deviceName) {
                shared->scanner.reset();
                shared->scanner = std::make_unique<SaneScanner>(deviceName);
            }
            SaneScanner *scanner = shared->scanner.get();
            shared->setActive(scanner);
            int lastIndex = -1;
            double lastFraction = -2;
            ScanCallbacks callbacks;
            callbacks.progress = [&](int index, double fraction) {
                // A cancel that came before scan() started (it clears the device's own flag).
                if (shared->cancelRequested)
                    scanner->cancel();
                const bool worthShowing = index != lastIndex || (fraction < 0) != (lastFraction < 0)
                    || std::abs(fraction - lastFraction) >= 0.01 || (fraction >= 1.0 && lastFraction < 1.0);
                if (!worthShowing)
                    return;
                lastIndex = index;
                lastFraction = fraction;
                WorkerThread::deliver(this, [this, index, fraction] { emit progress(index, fraction); });
            };
            callbacks.pageDone = [&](const ScannedPage &page, int index) {
                ++delivered;
                WorkerThread::deliver(this, [this, page, index] { emit pageScanned(page.image, page.dpi, index); });
            };
            const ScanOutcome outcome = scanner->scan(settings, callbacks);
            shared->setActive(nullptr);
            const bool cancelled = outcome.cancelled || shared->cancelRequested;
            WorkerThread::deliver(this, [this, cancelled, delivered] {
                m_scanning = false;
                emit finished(cancelled, delivered);
            });
        } catch (const Error &e) {
            shared->setActive(nullptr);
            // Reopened on the next scan: the device may be gone, or left in a state after the error.
            if (e.kind() != ErrorKind::Invalid)
                shared->scanner.reset();
            const QString message = e.message();
            WorkerThread::deliver(this, [this, message] {
                m_scanning = false;
                emit failed(message);
            });
        } catch (const std::exception &e) {
            shared->setActive(nullptr);
            shared->scanner.reset();
            const QString message = unexpected(e);
            WorkerThread::deliver(this, [this, message] {
                m_scanning = false;
                emit failed(message);
            });
        }
    });
    return true;
}

void ScanRunner::cancel()
{
    if (!m_scanning)
        return;
    m_shared->cancelRequested = true;
    std::lock_guard lock(m_shared->mutex);
    if (m_shared->active)
        m_shared->active->cancel();
}

} // namespace loket::ui
