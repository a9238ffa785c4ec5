// The office's holiday calendar (national holidays and cuti bersama), kept by administrators.
#pragma once

#include "WorkingCalendar.h"
#include "auth/Session.h"
#include "storage/Store.h"

#include <QCoreApplication>

namespace loket {

struct Holiday
{
    QString id;
    QDate date;
    QString name;
};

class HolidayCalendar
{
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)

public:
    explicit HolidayCalendar(Store &store);

    QList<Holiday> list(int year = 0) const;
    QString add(const Session &session, const QDate &date, const QString &name);
    void remove(const Session &session, const QString &id);
    // The working-day calendar with every holiday recorded.
    WorkingCalendar calendar() const;
    static WorkingCalendar calendar(const QSqlDatabase &db);

private:
    Store &m_store;
};

} // namespace loket
