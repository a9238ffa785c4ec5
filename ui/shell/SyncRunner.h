// The desktop app's sync with the office's hub (issue 14): a round every interval off the GUI
// thread (QtConcurrent, watched by a QFutureWatcher), and "Sinkronkan sekarang". The worker uses a
// database connection of its own thread; what it writes reaches the screens through the store's
// change notifications. Nothing runs while the counter is not linked to a hub, and a hub out of
// reach only makes the status say so: the app keeps serving.
#pragma once

#include <QObject>

class QTimer;
template <typename T> class QFutureWatcher;

namespace loket {
class AppServices;
}

namespace loket::ui {

class SyncRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRunner)

public:
    explicit SyncRunner(AppServices &services, QObject *parent = nullptr);
    ~SyncRunner() override;

    bool isRunning() const;
    // Whether this counter is linked to a hub at all.
    bool linked() const;
    // A round now; false when one is running or the counter has no hub.
    bool syncNow();
    // A round every intervalMs, the first after firstDelayMs.
    void startPeriodic(int firstDelayMs = 3000, int intervalMs = 30000);
    // Blocks until a running round has finished and been reported (tests, closing the window).
    void waitForFinished();

signals:
    void started();
    // message: what the round did, or why it failed, in words.
    void finished(bool ok, const QString &message);

private:
    struct Outcome;
    void onFinished();

    AppServices &m_services;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace loket::ui
