#include "HolidayCalendar.h"

#include "storage/Uuid7.h"

#include "common/Error.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"

namespace loket {

HolidayCalendar::HolidayCalendar(Store &store)
    : m_store(store)
{
}

QList<Holiday> HolidayCalendar::list(int year) const
{
    QList<Holiday> out;
    auto q = sql::exec(m_store.db(), QStringLiteral("SELECT id, date, name FROM holiday WHERE deleted = 0 AND "
                                                         "(? = 0 OR substr(date, 1, 4) = ?) ORDER BY date"),
                            {year, QString::number(year)});
    while (q.next())
        out.append({q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString()});
    return out;
}

QString HolidayCalendar::add(const Session &session, const QDate &date, const QString &name)
{
    const Actor actor = session.require(Role::Admin);
    if (!date.isValid())
        throw Error::invalid(tr("Tanggal libur tidak sah."));
    if (name.trimmed().isEmpty() || name.size() > 120)
        throw Error::invalid(tr("Nama hari libur wajib diisi (paling banyak 120 karakter)."));
    ChangeSet changes(m_store, actor);
    const QVariant existing = sql::scalar(changes.db(), QStringLiteral("SELECT id FROM holiday WHERE date = ?"),
                                          {date.toString(Qt::ISODate)});
    QString id;
    if (existing.isValid()) {
        id = existing.toString();
        changes.update(QStringLiteral("holiday"), id, {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("deleted"), 0}},
                       QStringLiteral("holiday.update"));
    } else {
        id = changes.insert(QStringLiteral("holiday"), {{QStringLiteral("id"), Uuid7::derived(QStringLiteral("holiday"), date.toString(Qt::ISODate))},
                                                        {QStringLiteral("date"), date.toString(Qt::ISODate)},
                                                        {QStringLiteral("name"), name.trimmed()}},
                            QStringLiteral("holiday.create"));
    }
    changes.commit();
    return id;
}

void HolidayCalendar::remove(const Session &session, const QString &id)
{
    ChangeSet changes(m_store, session.require(Role::Admin));
    changes.tombstone(QStringLiteral("holiday"), id, QStringLiteral("holiday.remove"));
    changes.commit();
}

WorkingCalendar HolidayCalendar::calendar() const
{
    return calendar(m_store.db());
}

WorkingCalendar HolidayCalendar::calendar(const QSqlDatabase &db)
{
    QSet<QDate> days;
    auto q = sql::exec(db, QStringLiteral("SELECT date FROM holiday WHERE deleted = 0"));
    while (q.next())
        days.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    return WorkingCalendar(days);
}

} // namespace loket
