// The application shell after log-in: who and where (office, counter, user), a navigation to the
// areas of the app, and the area pages on the right.
#pragma once

#include "auth/Session.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace loket {
class AppServices;
}

namespace loket::ui {

class BackupRunner;
class LanguageSwitcher;
class SyncRunner;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The order of the navigation and of Ctrl+1 … Ctrl+6.
    enum Area { Queue, Intake, Residents, Letters, Reports, Settings, AreaCount };

    MainWindow(AppServices &services, const Session &session, LanguageSwitcher *languages, QWidget *parent = nullptr);

    void showArea(int area);
    // "Type a tracking number anywhere": the queue with the cursor in its tracking number field.
    void findRequest();
    int currentArea() const;
    // Re-reads every text in the current language; the area pages are rebuilt.
    void retranslate();

    // The About text, with the ODbL attribution of the region codes.
    static QString aboutText();

private:
    void buildMenus();
    void buildCentralWidget();
    void updateHeader();
    void rebuildPages();
    QWidget *createPage(int area);
    QString areaTitle(int area) const;
    void showAbout();
    // The hub's state in the status bar: hidden while the counter has no hub.
    void updateSyncStatus();

    AppServices &m_services;
    Session m_session;
    LanguageSwitcher *m_languages;
    BackupRunner *m_backups = nullptr;
    SyncRunner *m_sync = nullptr;
    QLabel *m_syncLabel = nullptr;
    QToolButton *m_syncButton = nullptr;

    QLabel *m_officeLabel = nullptr;
    QLabel *m_counterLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_demoBadge = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_findRequestAction = nullptr;
    QList<QAction *> m_areaActions;
};

} // namespace loket::ui
