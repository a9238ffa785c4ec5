#include "ScanDialog.h"

#include "PageEditor.h"
#include "ScanRunner.h"
#include "ScanSettingsForm.h"
#include "common/WorkerThread.h"
#include "common/Config.h"
#include "common/Error.h"
#include "common/MessageBanner.h"
#include "documents/FileCheck.h"
#include "imaging/NikOcr.h"
#include "setup/AppServices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace loket::ui {

namespace {

ColorMode colorModeOfImage(const QImage &image)
{
    if (image.depth() == 1)
        return ColorMode::BlackWhite;
    return image.isGrayscale() ? ColorMode::Gray : ColorMode::Color;
}

int dpiOfImage(const QImage &image)
{
    return image.dotsPerMeterX() > 0 ? int(std::lround(image.dotsPerMeterX() * 0.0254)) : 0;
}

QString presetForRequirement(const QString &key)
{
    if (key == QStringLiteral("ktp"))
        return QStringLiteral("ktp");
    if (key == QStringLiteral("kk"))
        return QStringLiteral("kk");
    return QStringLiteral("letter");
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

ScanDialog::ScanDialog(AppServices &services, const Session &session, const QString &tracking,
                       const QString &requirementKey, const QString &requirementLabel, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_session(session)
    , m_tracking(tracking)
    , m_requirementKey(requirementKey)
    , m_requirementLabel(requirementLabel.isEmpty() ? requirementKey : requirementLabel)
    , m_runner(std::make_unique<ScanRunner>())
    , m_importWorker(std::make_unique<WorkerThread>(QStringLiteral("file-check")))
    , m_ocrWorker(std::make_unique<WorkerThread>(QStringLiteral("nik-ocr")))
{
    setObjectName(QStringLiteral("scanDialog"));
    setWindowTitle(tr("Pindai dokumen: %1").arg(m_requirementLabel));
    resize(1100, 720);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>%1</b> · permohonan %2").arg(m_requirementLabel.toHtmlEscaped(), m_tracking.toHtmlEscaped()), this);
    heading->setObjectName(QStringLiteral("scanHeadingLabel"));
    layout->addWidget(heading);
    m_banner = new MessageBanner(QStringLiteral("scanBanner"), this);
    layout->addWidget(m_banner);

    auto *body = new QHBoxLayout;
    buildSettings();
    auto *settingsBox = new QGroupBox(tr("Pemindai"), this);
    auto *settingsLayout = new QVBoxLayout(settingsBox);
    auto *form = new QFormLayout;
    auto *deviceRow = new QHBoxLayout;
    deviceRow->addWidget(m_device, 1);
    deviceRow->addWidget(m_findDevices);
    auto *deviceLabel = new QLabel(tr("&Perangkat:"), settingsBox);
    deviceLabel->setBuddy(m_device);
    form->addRow(deviceLabel, deviceRow);
    form->addRow(QString(), m_deviceStatus);
    settingsLayout->addLayout(form);
    settingsLayout->addWidget(m_form);
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scan);
    scanRow->addWidget(m_cancelScan);
    settingsLayout->addLayout(scanRow);
    settingsLayout->addWidget(m_progress);
    settingsLayout->addWidget(m_scanStatus);
    settingsLayout->addSpacing(12);
    settingsLayout->addWidget(m_import);
    settingsLayout->addStretch(1);
    settingsBox->setMinimumWidth(380);
    body->addWidget(settingsBox);

    auto *right = new QVBoxLayout;
    m_editor = new PageEditor(this);
    m_rescanPage = new QPushButton(tr("Pindai &ulang halaman ini"), this);
    m_rescanPage->setObjectName(QStringLiteral("rescanPageButton"));
    m_readNik = new QPushButton(tr("Baca &NIK"), this);
    m_readNik->setObjectName(QStringLiteral("readNikButton"));
    m_readNik->setToolTip(tr("Membaca NIK dari halaman terpilih (KTP) sebagai usulan"));
    m_editor->addTool(m_rescanPage);
    m_editor->addTool(m_readNik);
    right->addWidget(m_editor, 1);

    m_nikFrame = new QFrame(this);
    m_nikFrame->setObjectName(QStringLiteral("nikSuggestionFrame"));
    m_nikFrame->setFrameShape(QFrame::StyledPanel);
    auto *nikRow = new QHBoxLayout(m_nikFrame);
    m_nikLabel = new QLabel(m_nikFrame);
    m_nikLabel->setObjectName(QStringLiteral("nikSuggestionLabel"));
    m_nikLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_useNik = new QPushButton(tr("&Pakai"), m_nikFrame);
    m_useNik->setObjectName(QStringLiteral("useNikButton"));
    m_ignoreNik = new QPushButton(tr("Abai&kan"), m_nikFrame);
    m_ignoreNik->setObjectName(QStringLiteral("ignoreNikButton"));
    nikRow->addWidget(m_nikLabel, 1);
    nikRow->addWidget(m_useNik);
    nikRow->addWidget(m_ignoreNik);
    m_nikFrame->hide();
    right->addWidget(m_nikFrame);

    m_pdfFrame = new QFrame(this);
    m_pdfFrame->setObjectName(QStringLiteral("pdfFrame"));
    m_pdfFrame->setFrameShape(QFrame::StyledPanel);
    auto *pdfRow = new QHBoxLayout(m_pdfFrame);
    m_pdfLabel = new QLabel(m_pdfFrame);
    m_pdfLabel->setObjectName(QStringLiteral("pdfLabel"));
    m_pdfLabel->setWordWrap(true);
    auto *removePdf = new QPushButton(tr("Batalkan PDF"), m_pdfFrame);
    removePdf->setObjectName(QStringLiteral("removePdfButton"));
    pdfRow->addWidget(m_pdfLabel, 1);
    pdfRow->addWidget(removePdf);
    m_pdfFrame->hide();
    right->addWidget(m_pdfFrame);
    body->addLayout(right, 1);
    layout->addLayout(body, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_attach = buttons->addButton(tr("&Lampirkan"), QDialogButtonBox::AcceptRole);
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setDefault(false);
    m_attach->setAutoDefault(false);
    m_close = buttons->addButton(tr("&Batal"), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(m_findDevices, &QPushButton::clicked, this, &ScanDialog::refreshDevices);
    connect(m_device, &QComboBox::currentIndexChanged, this, &ScanDialog::updateState);
    connect(m_device, &QComboBox::currentIndexChanged, this, &ScanDialog::askCapabilities);
    connect(m_scan, &QPushButton::clicked, this, &ScanDialog::startScan);
    connect(m_cancelScan, &QPushButton::clicked, this, &ScanDialog::cancelScan);
    connect(m_rescanPage, &QPushButton::clicked, this, &ScanDialog::rescanSelectedPage);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Tambah berkas"), QString(),
            tr("Dokumen (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;Semua berkas (*)"));
        if (!paths.isEmpty())
            importFiles(paths);
    });
    connect(m_readNik, &QPushButton::clicked, this, &ScanDialog::readNik);
    connect(m_useNik, &QPushButton::clicked, this, [this] {
        const QString nik = m_suggestedNik;
        m_nikLabel->setText(tr("NIK %1 dipakai.").arg(nik));
        m_useNik->hide();
        m_ignoreNik->hide();
        m_suggestedNik.clear();
        emit nikSuggested(nik);
    });
    connect(m_ignoreNik, &QPushButton::clicked, this, [this] {
        m_suggestedNik.clear();
        m_nikFrame->hide();
    });
    connect(removePdf, &QPushButton::clicked, this, &ScanDialog::clearPdf);
    connect(m_attach, &QPushButton::clicked, this, &ScanDialog::attach);
    connect(m_close, &QPushButton::clicked, this, &ScanDialog::reject);
    connect(m_editor, &PageEditor::pagesChanged, this, &ScanDialog::updateState);
    connect(m_editor, &PageEditor::currentRowChanged, this, &ScanDialog::updateState);
    connect(m_editor, &PageEditor::processingFailed, m_banner, &MessageBanner::showError);

    connect(m_runner.get(), &ScanRunner::devicesFound, this, &ScanDialog::showDevices);
    connect(m_runner.get(), &ScanRunner::capabilitiesFound, this, &ScanDialog::showCapabilities);
    connect(m_runner.get(), &ScanRunner::progress, this, &ScanDialog::onProgress);
    connect(m_runner.get(), &ScanRunner::pageScanned, this, &ScanDialog::onPageScanned);
    connect(m_runner.get(), &ScanRunner::finished, this, &ScanDialog::onScanFinished);
    connect(m_runner.get(), &ScanRunner::failed, this, &ScanDialog::onScanFailed);

    m_form->selectPreset(presetForRequirement(m_requirementKey));
    refreshDevices();
    updateState();
}

ScanDialog::~ScanDialog()
{
    // Stop the scanner first, then wait for the workers while everything they report to exists.
    m_runner->cancel();
    m_runner.reset();
    m_ocrWorker.reset();
    m_importWorker.reset();
}

void ScanDialog::buildSettings()
{
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("deviceComboBox"));
    m_device->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_device->setMinimumContentsLength(24);
    m_findDevices = new QPushButton(tr("&Cari ulang"), this);
    m_findDevices->setObjectName(QStringLiteral("findDevicesButton"));
    m_findDevices->setToolTip(tr("Cari lagi pemindai yang tersambung"));
    m_deviceStatus = new QLabel(this);
    m_deviceStatus->setObjectName(QStringLiteral("deviceStatusLabel"));
    m_deviceStatus->setWordWrap(true);

    m_form = new ScanSettingsForm(this);

    m_scan = new QPushButton(tr("P&indai"), this);
    m_scan->setObjectName(QStringLiteral("scanButton"));
    m_cancelScan = new QPushButton(tr("&Hentikan"), this);
    m_cancelScan->setObjectName(QStringLiteral("cancelScanButton"));
    m_cancelScan->setToolTip(tr("Hentikan pemindaian yang sedang berjalan"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgressBar"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_scanStatus = new QLabel(this);
    m_scanStatus->setObjectName(QStringLiteral("scanStatusLabel"));
    m_scanStatus->setWordWrap(true);
    m_import = new QPushButton(tr("&Tambah berkas…"), this);
    m_import->setObjectName(QStringLiteral("importFilesButton"));
    m_import->setToolTip(tr("JPEG, PNG, TIFF atau PDF dari flashdisk atau ponsel"));
}

void ScanDialog::setSettingsFile(const QString &settingsFile)
{
    m_config = settingsFile.isEmpty() ? nullptr : std::make_unique<Config>(settingsFile);
    if (m_config && !m_config->lastScanner().isEmpty())
        selectDevice(m_config->lastScanner());
    updateState();
}

void ScanDialog::setExtraOptions(const QMap<QString, QString> &options)
{
    m_extraOptions = options;
}

ScanSettings ScanDialog::currentSettings() const
{
    ScanSettings settings = m_form->settings();
    settings.extraOptions = m_extraOptions;
    return settings;
}

QString ScanDialog::currentDevice() const
{
    return m_device->currentData().toString();
}

void ScanDialog::selectDevice(const QString &name)
{
    int index = m_device->findData(name);
    if (index < 0) {
        // Remembered but not (yet) found: still offered, it is reopened by name.
        m_device->addItem(name, name);
        index = m_device->count() - 1;
    }
    m_device->setCurrentIndex(index);
}

void ScanDialog::refreshDevices()
{
    m_capsDevice.clear();   // a scanner plugged in again is asked again
    m_runner->findDevices();
    m_deviceStatus->setText(tr("Mencari pemindai…"));
    updateState();
}

void ScanDialog::showDevices(const QList<ScanDevice> &devices, const QString &error)
{
    QString wanted = currentDevice();
    if (wanted.isEmpty() && m_config)
        wanted = m_config->lastScanner();
    {
        const QSignalBlocker block(m_device);
        m_device->clear();
        for (const ScanDevice &d : devices) {
            const QString model = QStringLiteral("%1 %2").arg(d.vendor, d.model).trimmed();
            m_device->addItem(model.isEmpty() ? d.name : QStringLiteral("%1 (%2)").arg(model, d.name), d.name);
        }
        if (!wanted.isEmpty() && m_device->findData(wanted) < 0)
            m_device->addItem(tr("%1 (tidak terdeteksi)").arg(wanted), wanted);
        if (!wanted.isEmpty())
            selectData(m_device, wanted);
    }
    if (!error.isEmpty())
        m_deviceStatus->setText(error);
    else if (devices.isEmpty())
        m_deviceStatus->setText(tr("Tidak ada pemindai yang ditemukan. Periksa kabel dan daya, lalu klik «Cari ulang»."));
    else
        m_deviceStatus->setText(tr("%Ln pemindai ditemukan.", nullptr, int(devices.size())));
    askCapabilities();
    updateState();
}

void ScanDialog::askCapabilities()
{
    const QString device = currentDevice();
    // Not while discovery runs: some USB backends open the device to probe it, and a second
    // process opening it then finds it busy. showDevices() asks once discovery has answered.
    if (device.isEmpty() || device == m_capsDevice || m_runner->isFindingDevices())
        return;
    m_capsDevice = device;
    m_runner->queryCapabilities(device);
}

void ScanDialog::showCapabilities(const QString &device, const ScanCapabilities &capabilities, const QString &error)
{
    if (device != currentDevice())
        return;   // the officer has chosen another one meanwhile; its answer follows
    if (!error.isEmpty()) {
        // Not known: everything stays offered and the scan itself names the problem.
        m_form->setCapabilities(ScanCapabilities::everything());
        m_deviceStatus->setText(tr("Kemampuan pemindai tidak terbaca: %1").arg(error));
        m_capsDevice.clear();   // asked again when the device is chosen again
        return;
    }
    m_form->setCapabilities(capabilities);
}

bool ScanDialog::isScanning() const
{
    return m_runner && m_runner->isScanning();
}

bool ScanDialog::startScan()
{
    return beginScan(-1);
}

bool ScanDialog::rescanSelectedPage()
{
    const int row = m_editor->currentRow();
    if (row < 0) {
        m_banner->showError(tr("Pilih halaman yang akan dipindai ulang."));
        return false;
    }
    return beginScan(row);
}

bool ScanDialog::beginScan(int replaceRow)
{
    if (isScanning() || m_importing)
        return false;
    if (!m_pdfPath.isEmpty()) {
        m_banner->showError(tr("Sebuah PDF menunggu dilampirkan apa adanya: lampirkan atau batalkan PDF itu dulu."));
        return false;
    }
    const QString device = currentDevice();
    if (device.isEmpty()) {
        m_banner->showError(tr("Pilih pemindai dulu."));
        return false;
    }
    const ScanSettings settings = currentSettings();
    if (!m_banner->attempt([&] { settings.validate(); }))
        return false;
    m_scanDevice = device;
    m_scanMode = settings.mode;
    m_scanPreset = m_form->currentPreset();
    m_replaceId = replaceRow >= 0 ? m_editor->pageId(replaceRow) : 0;
    m_afterId = 0;
    m_firstNewId = 0;
    if (!m_runner->start(device, settings))
        return false;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->show();
    m_scanStatus->setText(tr("Menyiapkan pemindai…"));
    updateState();
    return true;
}

void ScanDialog::cancelScan()
{
    if (!isScanning())
        return;
    m_runner->cancel();
    m_scanStatus->setText(tr("Menghentikan pemindaian…"));
}

void ScanDialog::onProgress(int pageIndex, double fraction)
{
    if (fraction < 0) {
        m_progress->setRange(0, 0);   // the page height is not known (hand scanner)
        m_scanStatus->setText(tr("Memindai halaman %1…").arg(pageIndex + 1));
        return;
    }
    const int percent = int(std::lround(fraction * 100));
    m_progress->setRange(0, 100);
    m_progress->setValue(percent);
    m_scanStatus->setText(tr("Memindai halaman %1… %2%").arg(pageIndex + 1).arg(percent));
}

void ScanDialog::onPageScanned(const QImage &image, int dpi, int pageIndex)
{
    PageEditor::NewPage page;
    page.image = image;
    page.dpi = dpi;
    page.mode = colorModeFromName(m_scanMode).value_or(ColorMode::Gray);
    page.autoClean = true;
    page.scanned = true;
    int row;
    const int replaced = m_replaceId != 0 && pageIndex == 0 ? m_editor->rowOf(m_replaceId) : -1;
    if (replaced >= 0) {
        m_editor->replacePage(replaced, page);
        row = replaced;
    } else if (const int after = m_afterId != 0 ? m_editor->rowOf(m_afterId) : -1; after >= 0) {
        row = m_editor->insertPage(page, after + 1);
    } else {
        row = m_editor->insertPage(page);   // at the end (also when the page to replace was deleted)
    }
    // The rest of a rescanned batch follows the page it replaced.
    if (m_replaceId != 0)
        m_afterId = m_editor->pageId(row);
    if (m_firstNewId == 0)
        m_firstNewId = m_editor->pageId(row);
    m_scanStatus->setText(tr("Halaman %1 terbaca.").arg(pageIndex + 1));
}

void ScanDialog::onScanFinished(bool cancelled, int pages)
{
    m_progress->hide();
    if (cancelled) {
        m_scanStatus->setText(tr("Pemindaian dihentikan."));
        if (pages > 0)
            m_banner->showInfo(tr("Pemindaian dihentikan. %Ln halaman yang sudah terbaca tetap ada; hapus bila tidak perlu.",
                                  nullptr, pages));
        else
            m_banner->showInfo(tr("Pemindaian dihentikan. Tidak ada halaman yang ditambahkan."));
    } else if (pages == 0) {
        m_scanStatus->clear();
        m_banner->showError(tr("Pemindai tidak mengirim halaman. Periksa kertas, lalu pindai lagi."));
    } else {
        m_scanStatus->setText(tr("%Ln halaman terbaca.", nullptr, pages));
        m_banner->clearMessage();
    }
    if (!cancelled && pages > 0 && m_config)
        m_config->setLastScanner(m_scanDevice);
    updateState();
    // A KTP: the NIK is read right away and offered for confirmation.
    if (const int first = m_firstNewId != 0 ? m_editor->rowOf(m_firstNewId) : -1;
        !cancelled && pages > 0 && m_scanPreset == QStringLiteral("ktp") && first >= 0) {
        m_editor->setCurrentRow(first);
        readNik();
    }
}

void ScanDialog::onScanFailed(const QString &message)
{
    m_progress->hide();
    m_scanStatus->clear();
    m_banner->showError(message);
    updateState();
}

void ScanDialog::importFiles(const QStringList &paths)
{
    if (paths.isEmpty() || isScanning() || m_importing)
        return;
    if (!m_pdfPath.isEmpty()) {
        m_banner->showError(tr("Sebuah PDF menunggu dilampirkan apa adanya: lampirkan atau batalkan PDF itu dulu."));
        return;
    }
    m_importing = true;
    m_scanStatus->setText(tr("Memeriksa berkas…"));
    updateState();
    m_importWorker->post([this, paths] {
        QList<CheckedFile> files;
        QList<QList<ColorMode>> modes;
        QString error;
        for (const QString &path : paths) {
            try {
                files.append(FileCheck::checkFile(path));
                QList<ColorMode> fileModes;
                for (const QImage &image : std::as_const(files.last().images))
                    fileModes.append(colorModeOfImage(image));
                modes.append(fileModes);
            } catch (const Error &e) {
                error = tr("%1: %2").arg(QFileInfo(path).fileName(), e.message());
                break;
            } catch (const std::exception &e) {
                error = tr("%1: %2").arg(QFileInfo(path).fileName(), QString::fromLocal8Bit(e.what()));
                break;
            }
        }
        WorkerThread::deliver(this, [this, paths, files, modes, error] {
            m_importing = false;
            m_scanStatus->clear();
            if (!error.isEmpty()) {
                m_banner->showError(error);
                updateState();
                return;
            }
            const bool anyPdf = std::any_of(files.cbegin(), files.cend(),
                                            [](const CheckedFile &f) { return f.mime == QStringLiteral("application/pdf"); });
            if (anyPdf && files.size() > 1) {
                m_banner->showError(tr("Sebuah PDF disimpan sebagai dokumen tersendiri: tambahkan satu per satu."));
            } else if (anyPdf && m_editor->pageCount() > 0) {
                m_banner->showError(tr("Sebuah PDF disimpan apa adanya sebagai dokumen tersendiri: lampirkan atau hapus dulu "
                                       "halaman yang ada."));
            } else if (anyPdf) {
                m_pdfPath = paths.constFirst();
                m_pdfLabel->setText(tr("PDF %1 (%Ln halaman) akan dilampirkan apa adanya.", nullptr, files.constFirst().pdfPages)
                                        .arg(files.constFirst().fileName));
                m_pdfFrame->show();
                m_banner->clearMessage();
            } else {
                for (qsizetype i = 0; i < files.size(); ++i) {
                    const CheckedFile &file = files.at(i);
                    // A single JPEG or PNG is kept byte for byte while left as it came.
                    const bool keepBytes = file.images.size() == 1 && file.mime != QStringLiteral("image/tiff");
                    for (qsizetype k = 0; k < file.images.size(); ++k) {
                        PageEditor::NewPage page;
                        page.image = file.images.at(k);
                        page.dpi = dpiOfImage(page.image);
                        page.mode = modes.at(i).at(k);
                        page.autoClean = false;   // what the resident gave; cleaning is one click away
                        page.scanned = false;
                        page.fileName = file.fileName;
                        if (keepBytes) {
                            page.fileBytes = file.bytes;
                            page.fileMime = file.mime;
                        }
                        m_editor->insertPage(page);
                    }
                }
                m_banner->clearMessage();
            }
            updateState();
        });
    });
}

void ScanDialog::clearPdf()
{
    m_pdfPath.clear();
    m_pdfFrame->hide();
    updateState();
}

void ScanDialog::readNik()
{
    const int row = m_editor->currentRow();
    if (row < 0 || m_readingNik) {
        if (row < 0)
            m_banner->showError(tr("Pilih halaman KTP yang akan dibaca."));
        return;
    }
    const QImage image = m_editor->pageForReading(row);
    m_readingNik = true;
    m_suggestedNik.clear();
    m_nikLabel->setText(tr("Membaca NIK…"));
    m_useNik->hide();
    m_ignoreNik->hide();
    m_nikFrame->show();
    updateState();
    m_ocrWorker->post([this, image] {
        QString nik;
        QString error;
        double confidence = 0;
        bool found = false;
        try {
            if (const std::optional<NikReading> reading = loket::readNik(image)) {
                nik = reading->nik;
                confidence = reading->confidence;
                found = true;
            }
        } catch (const Error &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromLocal8Bit(e.what());
        }
        WorkerThread::deliver(this, [this, nik, confidence, error, found] { showNikResult(nik, confidence, error, found); });
    });
}

void ScanDialog::showNikResult(const QString &nik, double confidence, const QString &error, bool found)
{
    m_readingNik = false;
    m_ignoreNik->show();
    if (!error.isEmpty()) {
        m_nikLabel->setText(tr("NIK tidak dapat dibaca: %1").arg(error));
        m_useNik->hide();
    } else if (!found) {
        m_nikLabel->setText(tr("NIK tidak terbaca pada halaman ini. Ketik NIK dari KTP."));
        m_useNik->hide();
    } else {
        m_suggestedNik = nik;
        m_nikLabel->setText(tr("NIK terbaca: %1 (keyakinan %2%). Cocokkan dengan KTP sebelum dipakai.")
                                .arg(nik)
                                .arg(int(std::lround(confidence * 100))));
        m_useNik->show();
    }
    updateState();
}

bool ScanDialog::attach()
{
    if (isScanning() || m_importing)
        return false;
    const bool stored = m_banner->attempt([&] {
        if (!m_pdfPath.isEmpty()) {
            m_attached = m_services.documents().addFiles(m_session, m_tracking, m_requirementKey, {m_pdfPath});
            return;
        }
        if (m_editor->pageCount() == 0)
            throw Error::invalid(tr("Belum ada halaman: pindai atau tambahkan berkas dulu."));
        if (!m_editor->isReady())
            throw Error::invalid(tr("Halaman masih diproses. Tunggu sebentar, lalu lampirkan."));
        const QList<PageToStore> pages = m_editor->pagesToStore();
        const bool scanned = m_editor->hasScannedPages();
        QString fileName;
        const QStringList names = m_editor->fileNames();
        if (!scanned && !names.isEmpty())
            fileName = names.size() == 1 ? names.constFirst()
                                         : tr("%1 dan %2 berkas lain").arg(names.constFirst()).arg(names.size() - 1);
        m_attached = m_services.documents().addPages(m_session, m_tracking, m_requirementKey,
                                                     scanned ? QStringLiteral("scan") : QStringLiteral("file"), fileName, pages);
    });
    if (!stored)
        return false;
    emit documentAttached(m_attached.id);
    accept();
    return true;
}

void ScanDialog::reject()
{
    // Nothing has been stored; a scan in progress is stopped.
    cancelScan();
    QDialog::reject();
}

void ScanDialog::updateState()
{
    const bool scanning = isScanning();
    const bool busy = scanning || m_importing;
    const bool pdf = !m_pdfPath.isEmpty();
    const bool haveDevice = !currentDevice().isEmpty();
    const bool selected = m_editor->currentRow() >= 0;
    m_device->setEnabled(!scanning);
    m_findDevices->setEnabled(!m_runner->isFindingDevices());
    m_findDevices->setText(m_runner->isFindingDevices() ? tr("Mencari…") : tr("&Cari ulang"));
    m_form->setEnabled(!scanning);
    m_scan->setEnabled(!busy && !pdf && haveDevice);
    m_cancelScan->setEnabled(scanning);
    m_import->setEnabled(!busy && !pdf);
    m_rescanPage->setEnabled(!busy && !pdf && haveDevice && selected);
    m_readNik->setEnabled(!m_readingNik && selected);
    m_editor->setEnabled(!pdf);
    m_attach->setEnabled(!busy && (pdf || m_editor->isReady()));
}

} // namespace loket::ui
