#include "ChangeNotifier.h"

#include <QTimer>
#include <spdlog/spdlog.h>

namespace loket {

ChangeNotifier::ChangeNotifier(QObject *parent)
    : QObject(parent)
{
}

void ChangeNotifier::announce(const QStringList &tables)
{
    if (!tables.isEmpty())
        emit changed(tables);
}

void ChangeNotifier::watch(std::function<qint64()> version, int intervalMs)
{
    m_version = std::move(version);
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &ChangeNotifier::poll);
    }
    m_last = -1;
    poll();
    m_timer->start(intervalMs);
}

void ChangeNotifier::poll()
{
    qint64 now = m_last;
    try {
        now = m_version();
    } catch (const std::exception &e) {
        spdlog::warn("change watch: {}", e.what());   // the next tick tries again
        return;
    }
    if (m_last >= 0 && now != m_last)
        emit changed({});
    m_last = now;
}

bool concerns(const QStringList &tables, std::initializer_list<const char *> shown)
{
    if (tables.isEmpty())
        return true;
    for (const char *table : shown)
        if (tables.contains(QLatin1String(table)))
            return true;
    return false;
}

} // namespace loket
