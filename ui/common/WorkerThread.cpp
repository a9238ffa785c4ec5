#include "common/WorkerThread.h"

#include <QMetaObject>
#include <exception>

namespace loket::ui {

WorkerThread::WorkerThread(const QString &name)
{
    m_thread.setObjectName(name);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

WorkerThread::~WorkerThread()
{
    m_stopping = true;
    m_thread.quit();
    m_thread.wait();
    delete m_context;   // drops the jobs still queued
}

void WorkerThread::post(std::function<void()> job)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job)] {
            if (!m_stopping) {
                try {
                    job();
                } catch (const std::exception &e) {
                    // Jobs report their errors themselves; this only keeps the thread alive.
                    qWarning("unexpected exception in a worker job: %s", e.what());
                }
            }
            --m_pending;
        },
        Qt::QueuedConnection);
}

void WorkerThread::deliver(QObject *receiver, std::function<void()> call)
{
    QMetaObject::invokeMethod(receiver, std::move(call), Qt::QueuedConnection);
}

} // namespace loket::ui
