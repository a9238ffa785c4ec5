// Backups of this counter's database: the folder (a USB disk or another disk), how many to keep,
// the daily backup, "Cadangkan sekarang", and when the last good backup was made. Settings are
// stored in the database, so loket-cli uses the same. Core refuses changes by non-administrators;
// for them the controls are only shown.
#pragma once

#include "auth/Session.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace loket {
class AppServices;
}

namespace loket::ui {

class BackupRunner;
class MessageBanner;

class BackupSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupSettingsWidget)

public:
    // runner: the main window's, so the daily backup and this button share one; a widget
    // without one makes its own.
    BackupSettingsWidget(AppServices &services, const Session &session, BackupRunner *runner = nullptr,
                         QWidget *parent = nullptr);

    // Saves folder, keep and daily; false with the reason shown.
    bool save();
    // Saves changed settings, then starts a backup off the GUI thread; false when it cannot start.
    bool backupNow();

signals:
    void statusMessage(const QString &text);

private:
    void load();
    void showStatus();
    void chooseFolder();
    void backupFinished(bool ok, const QString &message);
    bool formChanged() const;

    AppServices &m_services;
    Session m_session;
    BackupRunner *m_runner = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_choose = nullptr;
    QSpinBox *m_keep = nullptr;
    QCheckBox *m_daily = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_backupNow = nullptr;
    QLabel *m_last = nullptr;
};

} // namespace loket::ui
