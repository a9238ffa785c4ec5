#include "RequestFold.h"

#include "RequestStateMachine.h"

#include <QSet>
#include <algorithm>

namespace loket {

QDate WorkflowState::dueDate(const WorkingCalendar &calendar, const QDate &submitted, int limitDays) const
{
    return calendar.addWorkingDays(submitted, limitDays + pausedWorkingDays);
}

WorkflowState RequestFold::fold(QList<WorkflowEvent> events, const WorkingCalendar &calendar, const QDate &today)
{
    std::sort(events.begin(), events.end(), [](const WorkflowEvent &a, const WorkflowEvent &b) {
        return a.hlc != b.hlc ? a.hlc < b.hlc : a.nodeId != b.nodeId ? a.nodeId < b.nodeId : a.id < b.id;
    });
    WorkflowState state;
    QDate returnedSince;
    QSet<QString> resolved;
    for (const WorkflowEvent &e : std::as_const(events))
        if (e.type == QStringLiteral("conflict_resolved"))
            resolved.insert(e.refersTo);
    for (const WorkflowEvent &e : std::as_const(events)) {
        if (e.type == QStringLiteral("submitted")) {
            if (state.status.isEmpty())
                state.status = QStringLiteral("submitted");
            continue;
        }
        const auto action = RequestStateMachine::actionOfEvent(e.type);
        if (!action)
            continue;   // notes, attachments, prints: history, not transitions
        const auto role = RoleSet::fromName(e.role);
        std::optional<RequestStateMachine::Transition> applied;
        for (const auto &t : RequestStateMachine::transitions())
            if (t.action == *action && t.from == state.status && role && t.role == *role)
                applied = t;
        if (!applied) {
            // Kept, never applied; shown until an officer settles it (a conflict_resolved event).
            if (!resolved.contains(e.id))
                state.conflicts.append({e.id, e.type, state.status});
            continue;
        }
        if (applied->to == QStringLiteral("returned"))
            returnedSince = e.date;
        else if (applied->from == QStringLiteral("returned") && returnedSince.isValid()) {
            state.pausedWorkingDays += calendar.workingDaysBetween(returnedSince, e.date);
            returnedSince = QDate();
        }
        state.status = applied->to;
    }
    if (state.status == QStringLiteral("returned") && returnedSince.isValid())
        state.pausedWorkingDays += calendar.workingDaysBetween(returnedSince, today);
    return state;
}

} // namespace loket
