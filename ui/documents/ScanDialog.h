// Scanning a resident's paper into a requirement slot of a request ("Pindai KTP"): pick the
// scanner (found off the GUI thread, the last one remembered by name) and a preset or the
// settings (only what that scanner can do, see ScanSettingsForm), scan with progress and cancel at any time, see the pages arrive, edit them (turn,
// reorder, delete, rescan one, undo the automatic cleaning), or add files instead; read the NIK
// off a KTP as a suggestion; then attach everything as one document. Nothing is stored until
// "Lampirkan"; cancelling the dialog stores nothing.
#pragma once

#include "auth/Session.h"
#include "documents/DocumentService.h"
#include "scan/ScanCapabilities.h"
#include "scan/ScanTypes.h"

#include <QDialog>
#include <QMap>
#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;

namespace loket {
class AppServices;
class Config;
}

namespace loket::ui {

class MessageBanner;
class PageEditor;
class ScanRunner;
class ScanSettingsForm;
class WorkerThread;

class ScanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanDialog)

public:
    ScanDialog(AppServices &services, const Session &session, const QString &tracking, const QString &requirementKey,
               const QString &requirementLabel, QWidget *parent = nullptr);
    ~ScanDialog() override;

    // The per-PC settings file (loket.ini) where the scanner used last is remembered; call it
    // right after construction. Without it the choice is not remembered.
    void setSettingsFile(const QString &settingsFile);
    // Device-specific SANE options added to every scan (e.g. the test backend's "test-picture").
    void setExtraOptions(const QMap<QString, QString> &options);
    // The settings the next scan uses, from the fields of the dialog.
    ScanSettings currentSettings() const;
    QString currentDevice() const;

    // What the buttons do, callable directly (tests, or a caller that picked files itself).
    void refreshDevices();
    // Scans with the current settings and adds the pages; false when a scan cannot start now.
    bool startScan();
    // Scans one page again in place of the selected page.
    bool rescanSelectedPage();
    void cancelScan();
    // Checks the files off the GUI thread: images become pages to edit, a PDF (alone) is
    // attached as it is. A refused file is named with the reason and nothing of the batch is added.
    void importFiles(const QStringList &paths);
    // Reads the NIK off the selected page off the GUI thread; the suggestion waits for "Pakai".
    void readNik();
    // Stores the pages as one document (or the PDF) and accepts the dialog; false with the
    // reason in the banner.
    bool attach();

    PageEditor *pageEditor() const { return m_editor; }
    ScanSettingsForm *settingsForm() const { return m_form; }
    bool isScanning() const;
    bool isImporting() const { return m_importing; }
    bool isReadingNik() const { return m_readingNik; }
    // The document stored by attach().
    const DocumentInfo &attachedDocument() const { return m_attached; }

signals:
    // The officer accepted the NIK read off the page ("Pakai").
    void nikSuggested(const QString &nik);
    void documentAttached(const QString &documentId);

public slots:
    void reject() override;

private:
    void buildSettings();
    void selectDevice(const QString &name);
    void showDevices(const QList<ScanDevice> &devices, const QString &error);
    // Asks the chosen device what it can do, once per device; the form then offers only that.
    void askCapabilities();
    void showCapabilities(const QString &device, const ScanCapabilities &capabilities, const QString &error);
    bool beginScan(int replaceRow);
    void onProgress(int pageIndex, double fraction);
    void onPageScanned(const QImage &image, int dpi, int pageIndex);
    void onScanFinished(bool cancelled, int pages);
    void onScanFailed(const QString &message);
    void clearPdf();
    void showNikResult(const QString &nik, double confidence, const QString &error, bool found);
    void updateState();

    AppServices &m_services;
    Session m_session;
    QString m_tracking;
    QString m_requirementKey;
    QString m_requirementLabel;
    std::unique_ptr<Config> m_config;
    QMap<QString, QString> m_extraOptions;
    std::unique_ptr<ScanRunner> m_runner;
    std::unique_ptr<WorkerThread> m_importWorker;
    std::unique_ptr<WorkerThread> m_ocrWorker;
    DocumentInfo m_attached;

    QString m_capsDevice;       // the device asked for its capabilities last

    // The scan in progress.
    QString m_scanDevice;
    QString m_scanMode;
    QString m_scanPreset;
    // Pages by id, not row: the officer may turn, move or delete pages while the scan runs.
    quint64 m_replaceId = 0;    // a rescan: the page replaced by the first page scanned
    quint64 m_afterId = 0;      // the next page of the scan goes after this one (0: at the end)
    quint64 m_firstNewId = 0;

    bool m_importing = false;
    bool m_readingNik = false;
    QString m_pdfPath;          // a checked PDF waiting to be attached as it is
    QString m_suggestedNik;

    QComboBox *m_device = nullptr;
    QPushButton *m_findDevices = nullptr;
    QLabel *m_deviceStatus = nullptr;
    ScanSettingsForm *m_form = nullptr;
    QPushButton *m_scan = nullptr;
    QPushButton *m_cancelScan = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_scanStatus = nullptr;
    QPushButton *m_import = nullptr;
    MessageBanner *m_banner = nullptr;
    PageEditor *m_editor = nullptr;
    QPushButton *m_rescanPage = nullptr;
    QPushButton *m_readNik = nullptr;
    QFrame *m_nikFrame = nullptr;
    QLabel *m_nikLabel = nullptr;
    QPushButton *m_useNik = nullptr;
    QPushButton *m_ignoreNik = nullptr;
    QFrame *m_pdfFrame = nullptr;
    QLabel *m_pdfLabel = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace loket::ui
