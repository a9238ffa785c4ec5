// Dates the Indonesian way: "30 November 2026", "Senin, 30 November 2026".
#pragma once

#include <QDate>
#include <QString>

namespace loket {

class IndonesianDate
{
public:
    static QString month(int month);
    static QString weekday(int dayOfWeek);
    static QString format(const QDate &date);
    static QString formatWithWeekday(const QDate &date);
    static QString formatDateTime(const QDateTime &dateTime);   // "30 November 2026 pukul 09.15"
};

} // namespace loket
