#include "BackupSettingsWidget.h"

#include "common/MessageBanner.h"
#include "settings/BackupRunner.h"
#include "setup/AppServices.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace loket::ui {

BackupSettingsWidget::BackupSettingsWidget(AppServices &services, const Session &session, BackupRunner *runner,
                                           QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
    , m_runner(runner ? runner : new BackupRunner(services, session, this))
{
    setObjectName(QStringLiteral("backupSettingsWidget"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Bila disk komputer ini rusak, cadangan adalah satu-satunya salinan data loket. Simpan "
                                "cadangan di flashdisk atau disk lain; Loket mencadangkan setiap hari selama aplikasi "
                                "terbuka dan memeriksa setiap cadangan."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_banner = new MessageBanner(QStringLiteral("backupBanner"), this);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("backupFolderLineEdit"));
    m_folder->setPlaceholderText(tr("misalnya /media/cadangan/loket"));
    m_choose = new QPushButton(tr("&Pilih…"), this);
    m_choose->setObjectName(QStringLiteral("chooseBackupFolderButton"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);
    // A row of two widgets gets no buddy from the form: the label's Alt+F needs one.
    auto *folderLabel = new QLabel(tr("&Folder cadangan:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("backupKeepSpinBox"));
    m_keep->setRange(1, BackupService::kMaxKeep);
    m_keep->setSuffix(tr(" cadangan terakhir"));
    form->addRow(tr("&Jumlah disimpan:"), m_keep);
    m_daily = new QCheckBox(tr("Cadangkan &setiap hari saat aplikasi terbuka"), this);
    m_daily->setObjectName(QStringLiteral("backupDailyCheckBox"));
    form->addRow(QString(), m_daily);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Si&mpan"), this);
    m_save->setObjectName(QStringLiteral("saveBackupSettingsButton"));
    m_backupNow = new QPushButton(tr("&Cadangkan sekarang"), this);
    m_backupNow->setObjectName(QStringLiteral("backupNowButton"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_backupNow);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_last = new QLabel(this);
    m_last->setObjectName(QStringLiteral("lastBackupLabel"));
    m_last->setWordWrap(true);
    m_last->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_last);
    layout->addStretch(1);

    connect(m_choose, &QPushButton::clicked, this, &BackupSettingsWidget::chooseFolder);
    connect(m_save, &QPushButton::clicked, this, &BackupSettingsWidget::save);
    connect(m_backupNow, &QPushButton::clicked, this, &BackupSettingsWidget::backupNow);
    connect(m_runner, &BackupRunner::started, this, [this] {
        m_backupNow->setEnabled(false);
        m_banner->showInfo(tr("Pencadangan berjalan…"));
    });
    connect(m_runner, &BackupRunner::finished, this, &BackupSettingsWidget::backupFinished);

    load();
    const bool admin = m_session.has(Role::Admin);
    for (QWidget *w : {static_cast<QWidget *>(m_folder), static_cast<QWidget *>(m_choose), static_cast<QWidget *>(m_keep),
                       static_cast<QWidget *>(m_daily), static_cast<QWidget *>(m_save)})
        w->setEnabled(admin);
    m_backupNow->setEnabled(admin && !m_runner->isRunning());
    if (!admin)
        m_banner->showInfo(tr("Hanya administrator yang dapat mengubah pengaturan cadangan."));
}

void BackupSettingsWidget::load()
{
    m_banner->attempt([&] {
        const BackupSettings s = m_services.backups().status().settings;
        m_folder->setText(s.folder);
        m_keep->setValue(s.keep);
        m_daily->setChecked(s.daily);
    });
    showStatus();
}

void BackupSettingsWidget::showStatus()
{
    BackupStatus s;
    if (!m_banner->attempt([&] { s = m_services.backups().status(); }))
        return;
    const QLocale locale;
    QString text;
    if (s.lastGoodAt.isValid()) {
        const qint64 hours = s.lastGoodAt.secsTo(QDateTime::currentDateTimeUtc()) / 3600;
        text = tr("Cadangan terakhir yang baik: %1 (%2), %3.")
                   .arg(locale.toString(s.lastGoodAt.toLocalTime(), QLocale::ShortFormat),
                        hours < 1 ? tr("kurang dari sejam lalu") : tr("%n jam lalu", nullptr, int(hours)), s.lastGoodPath);
    } else {
        text = tr("Belum ada cadangan yang berhasil.");
    }
    if (s.lastAttemptAt.isValid() && !s.lastOk)
        text += u'\n' + tr("Percobaan terakhir (%1) gagal: %2")
                            .arg(locale.toString(s.lastAttemptAt.toLocalTime(), QLocale::ShortFormat), s.lastMessage);
    else if (s.lastAttemptAt.isValid())
        text += u'\n' + tr("Hasil terakhir: %1").arg(s.lastMessage);
    m_last->setText(text);
}

bool BackupSettingsWidget::formChanged() const
{
    const BackupSettings s = m_services.backups().status().settings;
    return s.folder != m_folder->text().trimmed() || s.keep != m_keep->value() || s.daily != m_daily->isChecked();
}

bool BackupSettingsWidget::save()
{
    const BackupSettings s{m_folder->text().trimmed(), m_keep->value(), m_daily->isChecked()};
    if (!m_banner->attempt([&] { m_services.backups().setSettings(m_session, s); }))
        return false;
    load();
    const QString text = tr("Pengaturan cadangan disimpan.");
    m_banner->showInfo(text);
    emit statusMessage(text);
    return true;
}

bool BackupSettingsWidget::backupNow()
{
    bool changed = false;
    if (!m_banner->attempt([&] { changed = formChanged(); }))
        return false;
    if (changed && !save())
        return false;
    return m_runner->startNow();
}

void BackupSettingsWidget::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Pilih folder cadangan"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void BackupSettingsWidget::backupFinished(bool ok, const QString &message)
{
    m_backupNow->setEnabled(m_session.has(Role::Admin));
    showStatus();
    if (ok)
        m_banner->showInfo(message);
    else
        m_banner->showError(message);
    emit statusMessage(message);
}

} // namespace loket::ui
