// Runs backups off the GUI thread (QtConcurrent, watched by a QFutureWatcher) and, while the app
// is open, the daily backup once the last good one is a day old. One runner per main window, so a
// scheduled backup and "Cadangkan sekarang" never run at once. Core checks the role: a manual
// backup needs an administrator; the daily one writes only where an administrator chose.
#pragma once

#include "auth/Session.h"

#include <QObject>

class QTimer;
template <typename T> class QFutureWatcher;

namespace loket {
class AppServices;
}

namespace loket::ui {

class BackupRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupRunner)

public:
    BackupRunner(AppServices &services, const Session &session, QObject *parent = nullptr);
    ~BackupRunner() override;

    bool isRunning() const;
    // A backup to the configured folder now (administrators); false with the reason when it
    // cannot start (signalled through failed()).
    bool startNow();
    // Checks every intervalMs (first after firstDelayMs) whether the daily backup is due.
    void startDailyChecks(int firstDelayMs = 30000, int intervalMs = 15 * 60 * 1000);
    // Starts the daily backup when it is due; true when one started.
    bool runIfDue();
    // Blocks until a running backup has finished and been recorded (tests, closing the window).
    void waitForFinished();

signals:
    void started();
    // ok: the backup was made and checked; message says what happened, in words.
    void finished(bool ok, const QString &message);

private:
    struct Outcome;
    bool start(bool scheduled);
    void onFinished();

    AppServices &m_services;
    Session m_session;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace loket::ui
