#include "BackupRunner.h"

#include "common/Error.h"
#include "setup/AppServices.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>
#include <spdlog/spdlog.h>

namespace loket::ui {

struct BackupRunner::Outcome
{
    std::optional<BackupResult> result;
    QString error;
};

BackupRunner::BackupRunner(AppServices &services, const Session &session, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_session(session)
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &BackupRunner::onFinished);
}

BackupRunner::~BackupRunner()
{
    // The worker only touches files and its own connections, but its result must not arrive at
    // a destroyed runner.
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

bool BackupRunner::isRunning() const
{
    return m_watcher->isRunning();
}

bool BackupRunner::startNow()
{
    return start(false);
}

void BackupRunner::startDailyChecks(int firstDelayMs, int intervalMs)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &BackupRunner::runIfDue);
    }
    m_timer->start(intervalMs);
    QTimer::singleShot(firstDelayMs, this, &BackupRunner::runIfDue);
}

bool BackupRunner::runIfDue()
{
    if (isRunning())
        return false;
    try {
        if (!m_services.backups().status().dailyDue(QDateTime::currentDateTimeUtc()))
            return false;
    } catch (const Error &e) {
        spdlog::warn("backup status unavailable: {}", e.message().toStdString());
        return false;
    }
    return start(true);
}

bool BackupRunner::start(bool scheduled)
{
    if (isRunning()) {
        emit finished(false, tr("Pencadangan sedang berjalan; tunggu sampai selesai."));
        return false;
    }
    BackupJob job;
    try {
        job = scheduled ? m_services.backups().scheduledJob(m_session) : m_services.backups().job(m_session);
    } catch (const Error &e) {
        emit finished(false, e.message());
        return false;
    }
    spdlog::info("{} backup to {} started", scheduled ? "daily" : "manual", job.targetDir.toStdString());
    // The job carries paths only: the worker opens connections of its own, never the GUI thread's.
    m_watcher->setFuture(QtConcurrent::run([job]() {
        Outcome outcome;
        try {
            outcome.result = BackupService::run(job);
        } catch (const Error &e) {
            outcome.error = e.message();
        } catch (const std::exception &e) {
            outcome.error = QString::fromUtf8(e.what());
        }
        return outcome;
    }));
    emit started();
    return true;
}

void BackupRunner::waitForFinished()
{
    m_watcher->waitForFinished();
    QCoreApplication::sendPostedEvents(m_watcher);   // deliver finished() now
}

void BackupRunner::onFinished()
{
    const Outcome outcome = m_watcher->result();
    QString message;
    try {
        m_services.backups().record(m_session, outcome.result ? &*outcome.result : nullptr, outcome.error);
    } catch (const Error &e) {
        spdlog::warn("backup result not recorded: {}", e.message().toStdString());
    }
    if (outcome.result) {
        const BackupResult &r = *outcome.result;
        message = tr("Cadangan dibuat dan diperiksa: %1 (%2, %n berkas).", nullptr, int(r.manifest.blobCount))
                      .arg(r.folder, QLocale().formattedDataSize(r.manifest.dbBytes));
        for (const QString &w : r.warnings)
            message += u' ' + w;
    } else {
        message = tr("Pencadangan gagal: %1").arg(outcome.error);
    }
    emit finished(outcome.result.has_value(), message);
}

} // namespace loket::ui
