// Derives a request's status from its events: ordered by HLC then node id, each transition is
// applied if the machine allows it from the current status; one that no longer fits (two
// counters acted concurrently) is kept as a conflict for an officer to resolve. Every node that
// holds the same events computes the same result.
#pragma once

#include "intake/WorkingCalendar.h"

#include <QDate>
#include <QList>
#include <QString>

namespace loket {

struct WorkflowEvent
{
    QString id;
    QString type;      // submitted, returned, resubmitted, verified, ... (see RequestStateMachine::eventType)
    QString role;
    QString nodeId;
    qint64 hlc = 0;
    QDate date;        // the working day it happened (due-date pauses)
    QString refersTo;  // conflict_resolved: the id of the conflicting event it settles
};

struct WorkflowConflict
{
    QString eventId;
    QString type;
    QString statusWhenApplied;
};

struct WorkflowState
{
    QString status;
    QList<WorkflowConflict> conflicts;
    int pausedWorkingDays = 0;   // working days spent returned to the resident

    // Due date: the service's limit in working days from submission, extended by the pause.
    QDate dueDate(const WorkingCalendar &calendar, const QDate &submitted, int limitDays) const;
};

class RequestFold
{
public:
    static WorkflowState fold(QList<WorkflowEvent> events, const WorkingCalendar &calendar, const QDate &today);
};

} // namespace loket
