// Runs the scanner for the scan dialog off the GUI thread: device discovery on one worker, the
// scan itself and the question what the device can do on another (a SaneScanner is opened, used
// and closed there only), with progress, pages and the outcome delivered back as signals on the
// GUI thread. cancel() stops the scan in progress at once from the GUI thread.
#pragma once

#include "scan/ScanCapabilities.h"
#include "scan/ScanTypes.h"

#include <QObject>
#include <memory>

namespace loket::ui {

class WorkerThread;

class ScanRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanRunner)

public:
    explicit ScanRunner(QObject *parent = nullptr);
    // Cancels a scan in progress and waits for the workers to stop.
    ~ScanRunner() override;

    // Looks for scanners (slow with network scanners); answers with devicesFound().
    void findDevices();
    bool isFindingDevices() const { return m_finding; }

    // Asks the device named what it can do (opening it, after a scan already running); answers
    // with capabilitiesFound().
    void queryCapabilities(const QString &deviceName);

    // Scans with the device named; pageScanned() for every page as it is read, then finished()
    // or failed(). A scan already running is not interrupted: returns false.
    bool start(const QString &deviceName, const ScanSettings &settings);
    // Asks the device to stop; finished(cancelled = true) follows.
    void cancel();
    bool isScanning() const { return m_scanning; }

signals:
    void devicesFound(const QList<loket::ScanDevice> &devices, const QString &error);
    // error is empty when the device answered; else capabilities is empty.
    void capabilitiesFound(const QString &deviceName, const loket::ScanCapabilities &capabilities, const QString &error);
    void progress(int pageIndex, double fraction);
    void pageScanned(const QImage &image, int dpi, int pageIndex);
    void finished(bool cancelled, int pages);
    // The officer's message (paper jam, no paper, device gone …).
    void failed(const QString &message);

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<WorkerThread> m_discovery;
    std::unique_ptr<WorkerThread> m_scanner;
    bool m_finding = false;
    bool m_scanning = false;
};

} // namespace loket::ui
