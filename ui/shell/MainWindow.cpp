#include "MainWindow.h"

#include "common/LanguageSwitcher.h"
#include "intake/IntakePage.h"
#include "letters/LettersPage.h"
#include "queue/QueuePage.h"
#include "residents/ResidentsPage.h"
#include "settings/BackupRunner.h"
#include "settings/SettingsPage.h"
#include "setup/AppServices.h"
#include "shell/PlaceholderPage.h"
#include "shell/SyncRunner.h"
#include "common/Error.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QDateTime>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QToolButton>
#include <spdlog/spdlog.h>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace loket::ui {

MainWindow::MainWindow(AppServices &services, const Session &session, LanguageSwitcher *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_session(session)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1200, 750);
    // Commits by loket-cli, the scan worker or another window reach every screen within a second.
    if (!m_services.store().notifier().watching())
        m_services.store().watchOtherWriters();
    // The daily backup runs while the app is open; the settings tab shares this runner.
    m_backups = new BackupRunner(m_services, m_session, this);
    m_backups->setObjectName(QStringLiteral("backupRunner"));
    connect(m_backups, &BackupRunner::finished, this, [this](bool, const QString &message) {
        statusBar()->showMessage(message, 15000);
    });
    m_backups->startDailyChecks();
    buildMenus();
    buildCentralWidget();

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databasePathLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);

    // Sync with the hub runs by itself in the background; the status bar says where it stands.
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    m_syncButton = new QToolButton(this);
    m_syncButton->setObjectName(QStringLiteral("syncNowButton"));
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_syncButton);
    m_sync = new SyncRunner(m_services, this);
    m_sync->setObjectName(QStringLiteral("syncRunner"));
    connect(m_sync, &SyncRunner::started, this, &MainWindow::updateSyncStatus);
    connect(m_sync, &SyncRunner::finished, this, [this](bool, const QString &message) {
        updateSyncStatus();
        statusBar()->showMessage(message, 8000);
    });
    connect(m_syncButton, &QToolButton::clicked, this, [this] {
        if (!m_sync->syncNow() && m_sync->isRunning())
            statusBar()->showMessage(tr("Sinkronisasi sedang berjalan."), 4000);
    });
    m_sync->startPeriodic();
    // Work done here (or by another process) changes what waits to be sent.
    auto *syncStatusDelay = new QTimer(this);
    syncStatusDelay->setSingleShot(true);
    syncStatusDelay->setInterval(500);
    connect(syncStatusDelay, &QTimer::timeout, this, &MainWindow::updateSyncStatus);
    connect(&m_services.store().notifier(), &ChangeNotifier::changed, syncStatusDelay, qOverload<>(&QTimer::start));

    if (m_languages)
        connect(m_languages, &LanguageSwitcher::languageChanged, this, &MainWindow::retranslate);
    retranslate();
    showArea(Queue);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // The areas also sit in a menu so that their Ctrl+1 … Ctrl+6 shortcuts can be discovered.
    m_viewMenu = menuBar()->addMenu(QString());
    for (int area = 0; area < AreaCount; ++area) {
        QAction *action = m_viewMenu->addAction(QString());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + area)));
        connect(action, &QAction::triggered, this, [this, area] { showArea(area); });
        m_areaActions << action;
    }

    m_viewMenu->addSeparator();
    m_findRequestAction = m_viewMenu->addAction(QString());
    m_findRequestAction->setObjectName(QStringLiteral("findRequestAction"));
    m_findRequestAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::Key_F3)});
    m_findRequestAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_findRequestAction, &QAction::triggered, this, &MainWindow::findRequest);
    addAction(m_findRequestAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString());
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QFrame(central);
    header->setObjectName(QStringLiteral("headerFrame"));
    header->setStyleSheet(QStringLiteral("#headerFrame { background: #1f4e79; } #headerFrame QLabel { color: white; }"));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(16, 10, 16, 10);
    m_officeLabel = new QLabel(header);
    m_officeLabel->setObjectName(QStringLiteral("officeLabel"));
    QFont officeFont = m_officeLabel->font();
    officeFont.setPointSizeF(officeFont.pointSizeF() * 1.3);
    officeFont.setBold(true);
    m_officeLabel->setFont(officeFont);
    m_demoBadge = new QLabel(header);
    m_demoBadge->setObjectName(QStringLiteral("demoBadgeLabel"));
    m_demoBadge->setStyleSheet(QStringLiteral("QLabel { background: #f0ad4e; color: #3b2300; font-weight: bold; "
                                              "border-radius: 3px; padding: 2px 8px; }"));
    m_demoBadge->setVisible(m_services.store().node().demo);
    m_counterLabel = new QLabel(header);
    m_counterLabel->setObjectName(QStringLiteral("counterLabel"));
    m_userLabel = new QLabel(header);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    headerLayout->addWidget(m_officeLabel);
    headerLayout->addWidget(m_demoBadge);
    headerLayout->addStretch(1);
    headerLayout->addWidget(m_counterLabel);
    headerLayout->addSpacing(24);
    headerLayout->addWidget(m_userLabel);
    layout->addWidget(header);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setFixedWidth(200);
    m_navigation->setSpacing(2);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    for (int area = 0; area < AreaCount; ++area)
        m_navigation->addItem(QString());
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("areaStackedWidget"));
    for (int area = 0; area < AreaCount; ++area)
        m_stack->addWidget(new QWidget(m_stack)); // replaced by rebuildPages()
    body->addWidget(m_navigation);
    body->addWidget(m_stack, 1);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
}

QString MainWindow::areaTitle(int area) const
{
    switch (area) {
    case Queue: return tr("Antrian");
    case Intake: return tr("Permohonan Baru");
    case Residents: return tr("Penduduk");
    case Letters: return tr("Surat");
    case Reports: return tr("Laporan");
    case Settings: return tr("Pengaturan");
    default: return {};
    }
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&Berkas"));
    m_quitAction->setText(tr("&Keluar"));
    m_viewMenu->setTitle(tr("&Tampilan"));
    m_helpMenu->setTitle(tr("B&antuan"));
    m_aboutAction->setText(tr("&Tentang Loket"));
    m_findRequestAction->setText(tr("&Buka permohonan dengan nomor pelacakan…"));
    for (int area = 0; area < AreaCount; ++area) {
        m_navigation->item(area)->setText(areaTitle(area));
        m_navigation->item(area)->setToolTip(m_areaActions.at(area)->shortcut().toString(QKeySequence::NativeText));
        m_areaActions.at(area)->setText(areaTitle(area));
    }
    m_databaseLabel->setText(tr("Basis data: %1").arg(m_services.store().database().path()));
    m_syncButton->setText(tr("Sinkronkan sekarang"));
    m_syncButton->setToolTip(tr("Kirim perubahan loket ini ke hub kantor dan ambil perubahan loket lain sekarang."));
    updateSyncStatus();
    m_demoBadge->setText(tr("DEMO"));
    m_demoBadge->setToolTip(tr("Basis data demo: data contoh dengan kata sandi yang diumumkan."));
    updateHeader();
    rebuildPages();
}

void MainWindow::updateHeader()
{
    const Office office = m_services.office().office();
    const NodeIdentity node = m_services.store().node();
    QString counterName;
    const QList<Counter> counters = m_services.office().counters();
    for (const Counter &c : counters)
        if (c.code == node.nodeCode)
            counterName = c.name;
    QStringList roles;
    for (Role r : m_session.roles.roles())
        roles << RoleSet::label(r);

    m_officeLabel->setText(office.name);
    m_counterLabel->setText(counterName.isEmpty() ? tr("Loket %1").arg(node.nodeCode)
                                                  : tr("Loket %1 · %2").arg(node.nodeCode, counterName));
    m_userLabel->setText(tr("%1 (%2)").arg(m_session.fullName, roles.join(QStringLiteral(", "))));
    setWindowTitle(tr("Loket — %1").arg(office.name));
}

QWidget *MainWindow::createPage(int area)
{
    switch (area) {
    case Queue:
        return new QueuePage(m_services, m_session, m_languages ? m_languages->settingsFile() : QString());
    case Intake: {
        auto *page = new IntakePage(m_services, m_session);
        if (m_languages)
            page->setSettingsFile(m_languages->settingsFile());
        return page;
    }
    case Residents:
        return new ResidentsPage(m_services, m_session);
    case Letters:
        return new LettersPage(m_services, m_session);
    case Reports:
        return new PlaceholderPage(QStringLiteral("reportsPage"), areaTitle(area),
                                   tr("Di sini akan tersedia laporan pelayanan, waktu penyelesaian, pengaduan dan "
                                      "survei kepuasan."));
    case Settings: {
        auto *page = new SettingsPage(m_services, m_session, m_languages, m_backups);
        connect(page, &SettingsPage::statusMessage, this, [this](const QString &text) {
            statusBar()->showMessage(text, 8000);
        });
        // The counters and the office name in the header may just have been edited.
        connect(page, &SettingsPage::officeChanged, this, &MainWindow::updateHeader);
        return page;
    }
    default:
        return new QWidget;
    }
}

void MainWindow::updateSyncStatus()
{
    SyncStatus s;
    try {
        s = m_services.sync().status();
    } catch (const Error &e) {
        spdlog::warn("sync status unavailable: {}", e.message().toStdString());
    }
    const bool linked = !s.hubUri.isEmpty();
    m_syncLabel->setVisible(linked);
    m_syncButton->setVisible(linked);
    if (!linked)
        return;
    m_syncButton->setEnabled(!m_sync->isRunning());
    const QString last = s.lastOkAt.isEmpty() ? tr("belum pernah")
                                              : QLocale().toString(QDateTime::fromString(s.lastOkAt, Qt::ISODate).toLocalTime(),
                                                                   QLocale::ShortFormat);
    QStringList parts;
    if (m_sync->isRunning())
        parts << tr("Hub: menyinkronkan…");
    else if (s.failing())
        parts << tr("Hub tidak terhubung");
    else
        parts << tr("Hub tersambung");
    parts << tr("terakhir berhasil: %1").arg(last);
    if (s.waiting() > 0 || s.documentsToSend > 0)
        parts << tr("menunggu dikirim: %1 perubahan, %2 berkas").arg(s.waiting()).arg(s.documentsToSend);
    if (s.documentsMissing > 0)
        parts << tr("%n berkas belum diterima", nullptr, s.documentsMissing);
    if (s.openConflicts > 0)
        parts << tr("%n konflik perlu diputuskan", nullptr, s.openConflicts);
    m_syncLabel->setText(parts.join(QStringLiteral(" · ")));
    m_syncLabel->setToolTip(s.failing() ? tr("Hub %1: %2").arg(s.hubUri, s.lastError) : tr("Hub %1").arg(s.hubUri));
}

void MainWindow::rebuildPages()
{
    // Rebuilding is the simplest way to show every label of every page in the new language.
    // The old page may be the one whose language combo box is still emitting, so it is detached
    // at once (tests and findChild() no longer see it) and deleted later.
    const int current = qMax(0, m_stack->currentIndex());
    int settingsTab = 0;
    if (auto *oldSettings = qobject_cast<SettingsPage *>(m_stack->widget(Settings)))
        settingsTab = oldSettings->currentTab();
    for (int area = 0; area < AreaCount; ++area) {
        QWidget *old = m_stack->widget(area);
        QWidget *page = createPage(area);
        m_stack->insertWidget(area, page);
        m_stack->removeWidget(old);
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    if (auto *settings = qobject_cast<SettingsPage *>(m_stack->widget(Settings)))
        settings->setCurrentTab(settingsTab);
    showArea(current);
}

void MainWindow::showArea(int area)
{
    if (area < 0 || area >= AreaCount)
        return;
    m_navigation->setCurrentRow(area);
    m_stack->setCurrentIndex(area);
}

void MainWindow::findRequest()
{
    showArea(Queue);
    if (auto *edit = m_stack->widget(Queue)->findChild<QLineEdit *>(QStringLiteral("trackingLineEdit"))) {
        edit->setFocus(Qt::ShortcutFocusReason);
        edit->selectAll();
    }
}

int MainWindow::currentArea() const
{
    return m_stack->currentIndex();
}

QString MainWindow::aboutText()
{
    return tr("<h3>Loket %1</h3>"
              "<p>Aplikasi loket Pelayanan Administrasi Terpadu Kecamatan (PATEN).</p>"
              "<p>Kode wilayah: idn-area-data 4.0.1 oleh Muhammad Fityan Nugroho, "
              "Open Database License (ODbL) 1.0</p>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("Tentang Loket"), aboutText());
}

} // namespace loket::ui
