// The one way screens hear about changes (architecture: "One way to hear about changes"). Every
// ChangeSet announces the tables it wrote once it has committed, from whatever thread; commits by
// other connections — another window's thread, loket-cli, the scan worker, later the sync worker —
// are noticed by polling SQLite's PRAGMA data_version, which changes only when another connection
// commits. Screens listen to changed() instead of reloading on timers of their own.
#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

class QTimer;

namespace loket {

class ChangeNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

public:
    explicit ChangeNotifier(QObject *parent = nullptr);

    // Called after a commit of this process, from any thread.
    void announce(const QStringList &tables);

    // Starts polling version() every intervalMs on this object's thread (which needs an event
    // loop); a different value than last time means another connection committed.
    void watch(std::function<qint64()> version, int intervalMs = 1000);
    bool watching() const { return m_timer != nullptr; }

signals:
    // The tables a commit of this process wrote; empty when another connection committed and
    // which tables it wrote is unknown. Delivered queued to receivers on other threads.
    void changed(const QStringList &tables);

private:
    void poll();

    std::function<qint64()> m_version;
    qint64 m_last = -1;
    QTimer *m_timer = nullptr;
};

// True when a change of `tables` (empty: unknown) may concern a screen showing `shown`.
bool concerns(const QStringList &tables, std::initializer_list<const char *> shown);

} // namespace loket
