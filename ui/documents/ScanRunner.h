// Runs the scanner for the scan dialog in loket-scan-worker processes (core/scan/ScanWire.h): one
// looks for devices, the other asks a device what it can do and scans with it, so slow discovery
// never holds up a scan. Progress, pages and outcomes arrive as signals on the GUI thread.
//
// A SANE backend can wedge the process that scans (a reader thread stopped while it held a lock)
// or crash it. The app never waits on that: after a device error or a cancel the scanning worker
// is replaced by a fresh one; a cancel that is not answered within cancelGraceMs() ends the scan
// (the pages already received are kept) and the worker is killed; a worker that dies is reported
// in words and started again for the next request; a device search or a capabilities question
// that gets no answer in time is ended the same way. Workers die with the app.
#pragma once

#include "scan/ScanCapabilities.h"
#include "scan/ScanTypes.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QTimer;

namespace loket::ui {

class ScanWorkerProcess;

class ScanRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanRunner)

public:
    explicit ScanRunner(QObject *parent = nullptr);
    // Stops a scan in progress and lets the workers go (without waiting for them).
    ~ScanRunner() override;

    // The worker program: $LOKET_SCAN_WORKER, else loket-scan-worker next to the app, else the
    // one in the build tree.
    static QString workerProgram();

    // Looks for scanners (slow with network scanners); answers with devicesFound().
    void findDevices();
    bool isFindingDevices() const { return m_finding; }

    // Asks the device named what it can do (opening it, after a scan already running); answers
    // with capabilitiesFound().
    void queryCapabilities(const QString &deviceName);

    // Scans with the device named; pageScanned() for every page as it is read, then finished()
    // or failed(). A scan already running is not interrupted: returns false.
    bool start(const QString &deviceName, const ScanSettings &settings);
    // Asks the device to stop; finished(cancelled = true) follows, at the latest after
    // cancelGraceMs().
    void cancel();
    bool isScanning() const { return m_scanning; }

    int cancelGraceMs() const { return m_cancelGraceMs; }
    void setCancelGraceMs(int ms) { m_cancelGraceMs = ms; }
    // How many scanning workers were started (a replaced one counts again): for tests and logs.
    int scanWorkersStarted() const;

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
    void onDiscoveryMessage(const QString &type, const QVariantMap &fields);
    void onDiscoveryDied(const QString &why);
    void onScannerMessage(const QString &type, const QVariantMap &fields, const QByteArray &blob);
    void onScannerDied(const QString &why);
    void endScan();
    void replaceScanner();
    void answerPendingCapabilities(const QString &error);

    std::unique_ptr<ScanWorkerProcess> m_discovery;
    std::unique_ptr<ScanWorkerProcess> m_scanner;
    static constexpr int kDiscoveryTimeoutMs = 90000;     // network backends can take a while
    static constexpr int kCapabilitiesTimeoutMs = 45000;  // opening a device that warms up its lamp
    QTimer *m_cancelTimer = nullptr;
    QTimer *m_discoveryTimer = nullptr;
    QTimer *m_capabilitiesTimer = nullptr;
    QStringList m_pendingCapabilities;
    int m_cancelGraceMs = 8000;
    int m_delivered = 0;
    bool m_finding = false;
    bool m_scanning = false;
    bool m_cancelSent = false;
};

} // namespace loket::ui
