// The settings area: the interface language for everyone; office identity, counters, signers,
// users and the service catalogue for administrators. Core checks the admin role on every write;
// hiding the tabs only spares other users controls they could not use.
#pragma once

#include "auth/Session.h"

#include <QWidget>

class QTabWidget;

namespace loket {
class AppServices;
}

namespace loket::ui {

class BackupRunner;
class LanguageSwitcher;

class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    // backups: the main window's runner, shared with the daily backup (optional).
    SettingsPage(AppServices &services, const Session &session, LanguageSwitcher *languages,
                 BackupRunner *backups = nullptr, QWidget *parent = nullptr);

    int currentTab() const;
    void setCurrentTab(int index);

signals:
    // A success worth a line in the status bar.
    void statusMessage(const QString &text);
    // The office identity or the counters changed: the window header shows them.
    void officeChanged();

private:
    QTabWidget *m_tabs = nullptr;
};

} // namespace loket::ui
