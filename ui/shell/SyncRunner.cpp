#include "SyncRunner.h"

#include "common/Error.h"
#include "setup/AppServices.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <spdlog/spdlog.h>

namespace loket::ui {

struct SyncRunner::Outcome
{
    std::optional<SyncReport> report;
    QString error;
};

SyncRunner::SyncRunner(AppServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_watcher(new QFutureWatcher<Outcome>(this))
    , m_timer(new QTimer(this))
{
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &SyncRunner::onFinished);
    connect(m_timer, &QTimer::timeout, this, [this] { syncNow(); });
}

SyncRunner::~SyncRunner()
{
    m_timer->stop();
    m_watcher->waitForFinished();
}

bool SyncRunner::isRunning() const
{
    return m_watcher->isRunning();
}

bool SyncRunner::linked() const
{
    try {
        return !SyncService::linkedHub(m_services.store().db()).isEmpty();
    } catch (const Error &) {
        return false;
    }
}

void SyncRunner::startPeriodic(int firstDelayMs, int intervalMs)
{
    QTimer::singleShot(firstDelayMs, this, [this] { syncNow(); });
    m_timer->start(intervalMs);
}

bool SyncRunner::syncNow()
{
    if (isRunning() || !linked())
        return false;
    AppServices *services = &m_services;
    m_watcher->setFuture(QtConcurrent::run([services]() {
        Outcome outcome;
        try {
            outcome.report = services->sync().sync();
        } catch (const Error &e) {
            outcome.error = e.message();
        } catch (const std::exception &e) {
            outcome.error = QString::fromUtf8(e.what());
        }
        // A pool thread: its connection is not kept for whatever runs there next.
        services->store().database().releaseThreadConnection();
        return outcome;
    }));
    emit started();
    return true;
}

void SyncRunner::waitForFinished()
{
    m_watcher->waitForFinished();
    QCoreApplication::sendPostedEvents(m_watcher);   // deliver finished() now
}

void SyncRunner::onFinished()
{
    const Outcome outcome = m_watcher->result();
    if (!outcome.report) {
        spdlog::warn("sync failed: {}", outcome.error.toStdString());
        emit finished(false, tr("Sinkronisasi gagal: %1").arg(outcome.error));
        return;
    }
    const SyncReport &r = *outcome.report;
    QString message = tr("Sinkronisasi selesai: %1 perubahan terkirim, %2 diterima, %3 berkas terkirim, %4 diterima.")
                          .arg(r.push.pushed)
                          .arg(r.pulled)
                          .arg(r.blobsSent)
                          .arg(r.blobsReceived);
    if (r.conflicts > 0)
        message += u' ' + tr("%n konflik baru perlu diputuskan petugas.", nullptr, r.conflicts);
    if (!r.errors.isEmpty())
        message += u' ' + r.errors.first();
    emit finished(r.errors.isEmpty(), message);
}

} // namespace loket::ui
