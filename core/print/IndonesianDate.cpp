#include "IndonesianDate.h"

#include <QDateTime>

namespace loket {

QString IndonesianDate::month(int m)
{
    static const char *names[] = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                                  "Agustus", "September", "Oktober", "November", "Desember"};
    return m >= 1 && m <= 12 ? QString::fromLatin1(names[m - 1]) : QString();
}

QString IndonesianDate::weekday(int d)
{
    static const char *names[] = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    return d >= 1 && d <= 7 ? QString::fromLatin1(names[d - 1]) : QString();
}

QString IndonesianDate::format(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1 %2 %3").arg(date.day()).arg(month(date.month())).arg(date.year());
}

QString IndonesianDate::formatWithWeekday(const QDate &date)
{
    return date.isValid() ? weekday(date.dayOfWeek()) + QStringLiteral(", ") + format(date) : QString();
}

QString IndonesianDate::formatDateTime(const QDateTime &dt)
{
    return dt.isValid() ? format(dt.date()) + QStringLiteral(" pukul ") + dt.time().toString(QStringLiteral("HH.mm")) : QString();
}

} // namespace loket
