#include "WorkingCalendar.h"

namespace loket {

WorkingCalendar::WorkingCalendar(QSet<QDate> holidays)
    : m_holidays(std::move(holidays))
{
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    return date.dayOfWeek() <= 5 && !m_holidays.contains(date);
}

QDate WorkingCalendar::addWorkingDays(const QDate &submitted, int days) const
{
    QDate d = submitted;
    if (days <= 0) {
        while (!isWorkingDay(d))
            d = d.addDays(1);
        return d;
    }
    int left = days;
    while (left > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --left;
    }
    return d;
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        if (isWorkingDay(d))
            ++n;
    return n;
}

} // namespace loket
