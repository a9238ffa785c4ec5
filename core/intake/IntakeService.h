// Walk-in and assisted intake: a request stored with its tracking number, due date, the
// requirements received, the form fields and its first events, in one transaction.
#pragma once

#include "IntakeTypes.h"
#include "auth/Session.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace loket {

class ChangeSet;

class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(IntakeService)

public:
    static constexpr int kMaxFieldLength = 2000;

    explicit IntakeService(Store &store);

    // Officers only. Refuses a missing mandatory paper unless the request is recorded as incomplete.
    Submission submit(const Session &session, const NewRequest &request);
    // Tracking numbers of the resident's open requests for that service (the duplicate warning).
    QStringList openRequests(const Session &session, const QString &nik, const QString &serviceCode) const;
    // Accepts the tracking number as typed (case, dashes); a mistyped one is refused.
    RequestDetails find(const Session &session, const QString &tracking) const;

    static QStringList closedStatuses();
    // The form fields of a request, whatever door it came through (counter or online): names
    // [a-z][a-z0-9_]*, values up to kMaxFieldLength characters without control or bidirectional
    // formatting characters (a right-to-left override would disguise a value). Throws Error::invalid
    // naming the field; returns them as stored.
    static void checkField(const QString &name, const QString &value);
    static QJsonObject checkFields(const QMap<QString, QString> &fields);
    // The next tracking number of this node for day (node code, date, daily sequence), inside changes.
    static QString allocateTracking(ChangeSet &changes, const QDate &day);

private:
    Store &m_store;
};

} // namespace loket
