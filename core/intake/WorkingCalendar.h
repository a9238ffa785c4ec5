// Working days: Monday to Friday minus the office's holidays (national holidays and cuti
// bersama, which change every year and are kept by an administrator).
#pragma once

#include <QDate>
#include <QSet>

namespace loket {

class WorkingCalendar
{
public:
    explicit WorkingCalendar(QSet<QDate> holidays = {});

    bool isWorkingDay(const QDate &date) const;
    // The due date of a service with a limit of `days` working days, counted from the day after
    // submission; 0 days means the same day (or the next working day when submitted on a day off).
    QDate addWorkingDays(const QDate &submitted, int days) const;
    // Working days from `from` (exclusive) to `to` (inclusive); 0 when to <= from.
    int workingDaysBetween(const QDate &from, const QDate &to) const;

private:
    QSet<QDate> m_holidays;
};

} // namespace loket
