// A thread that runs posted jobs one after the other, for work that must stay off the GUI thread
// (device discovery, scanning, image processing, OCR). A job hands its result back to an object on
// the GUI thread with deliver(). The owner of a WorkerThread destroys it before the objects its
// jobs deliver to: the destructor lets the job in progress finish, drops the others and joins.
#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>
#include <functional>

namespace loket::ui {

class WorkerThread final
{
    Q_DISABLE_COPY_MOVE(WorkerThread)

public:
    explicit WorkerThread(const QString &name);
    ~WorkerThread();

    // Queues a job; jobs run in the order posted.
    void post(std::function<void()> job);
    // Whether a posted job has not finished yet.
    bool busy() const { return m_pending.load() > 0; }

    // Runs `call` on the thread of `receiver` (queued). Dropped when the receiver is gone by then.
    static void deliver(QObject *receiver, std::function<void()> call);

private:
    QThread m_thread;
    QObject *m_context = nullptr;
    std::atomic_bool m_stopping{false};
    std::atomic_int m_pending{0};
};

} // namespace loket::ui
