// The request state machine as a table, and the fold that derives status from merged events.
#include "common/Error.h"
#include "workflow/RequestFold.h"
#include "workflow/RequestStateMachine.h"

#include <QSet>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace loket;

TEST_CASE("Every status x action x role combination is allowed or refused as specified")
{
    // The specification, written out independently of the implementation's table.
    struct Rule
    {
        const char *from, *action, *to, *roles;
    };
    const Rule spec[] = {
        {"submitted", "verify", "verified", "verifier"},
        {"submitted", "return", "returned", "officer verifier"},
        {"returned", "resubmit", "submitted", "officer"},
        {"submitted", "reject", "rejected", "verifier"},
        {"verified", "reject", "rejected", "verifier"},
        {"in_process", "reject", "rejected", "verifier"},
        {"verified", "process", "in_process", "verifier"},
        {"in_process", "to-signature", "awaiting_signature", "approver"},
        {"in_process", "send-back", "verified", "approver"},
        {"awaiting_signature", "send-back", "in_process", "approver signer"},
        {"awaiting_signature", "sign", "signed", "signer"},
        {"signed", "ready", "ready", "officer"},
        {"ready", "complete", "completed", "officer"},
        {"submitted", "cancel", "cancelled", "admin"},
        {"returned", "cancel", "cancelled", "admin"},
        {"verified", "cancel", "cancelled", "admin"},
        {"in_process", "cancel", "cancelled", "admin"},
        {"awaiting_signature", "cancel", "cancelled", "admin"},
        {"signed", "cancel", "cancelled", "admin"},
        {"ready", "cancel", "cancelled", "admin"},
        {"signed", "revoke-letter", "in_process", "signer admin"},
        {"ready", "revoke-letter", "in_process", "signer admin"},
    };
    const bool needsReason[] = {false, true, false, true, true, true, false, false, true, true, false, false, false,
                                true, true, true, true, true, true, true, true, true};
    int allowed = 0, refused = 0;
    for (const QString &status : RequestStateMachine::statuses()) {
        for (const QString &action : RequestStateMachine::actions()) {
            for (Role role : RoleSet::all()) {
                const Rule *rule = nullptr;
                int index = 0;
                for (const Rule &r : spec) {
                    if (QString::fromLatin1(r.from) == status && QString::fromLatin1(r.action) == action
                        && QString::fromLatin1(r.roles).split(u' ').contains(RoleSet::name(role))) {
                        rule = &r;
                        break;
                    }
                    ++index;
                }
                INFO(status.toStdString() << " " << action.toStdString() << " " << RoleSet::name(role).toStdString());
                if (rule) {
                    const auto t = RequestStateMachine::check(action, status, RoleSet{role}, QStringLiteral("alasan"));
                    CHECK(t.to == QString::fromLatin1(rule->to));
                    if (needsReason[index])
                        CHECK_THROWS_AS(RequestStateMachine::check(action, status, RoleSet{role}, QStringLiteral("  ")), Error);
                    ++allowed;
                } else {
                    try {
                        RequestStateMachine::check(action, status, RoleSet{role}, QStringLiteral("alasan"));
                        FAIL("allowed although not in the specification");
                    } catch (const Error &e) {
                        // The message names the status when the status forbids it, the role when the role does.
                        const bool statusAllows = RequestStateMachine::find(action, status).has_value();
                        CHECK(e.kind() == (statusAllows ? ErrorKind::Denied : ErrorKind::Invalid));
                        CHECK(e.message().contains(statusAllows ? QStringLiteral("peran") : status));
                    }
                    ++refused;
                }
            }
        }
    }
    CHECK(allowed == 26);
    CHECK(refused == 10 * 12 * 5 - 26);
}

TEST_CASE("Available actions follow the roles a user holds")
{
    CHECK(RequestStateMachine::available(QStringLiteral("submitted"), RoleSet{Role::Officer}) == QStringList{QStringLiteral("return")});
    CHECK(RequestStateMachine::available(QStringLiteral("submitted"), RoleSet{Role::Verifier}).size() == 3);
    CHECK(RequestStateMachine::available(QStringLiteral("completed"), RoleSet{Role::Admin}).isEmpty());
}

namespace {

WorkflowEvent ev(const char *id, const char *type, const char *role, const char *node, qint64 hlc, QDate date = QDate(2026, 11, 30))
{
    return {QString::fromLatin1(id), QString::fromLatin1(type), QString::fromLatin1(role), QString::fromLatin1(node), hlc, date};
}

} // namespace

TEST_CASE("Concurrent incompatible events give the same status and conflict in every order")
{
    const QList<WorkflowEvent> events{
        ev("e1", "submitted", "officer", "n1", 100),
        ev("e2", "verified", "verifier", "n1", 200),
        ev("e3", "letter_drafted", "verifier", "n1", 300),
        ev("e4", "sent_to_signature", "approver", "n1", 400),
        ev("e5", "signed", "signer", "n1", 500),
        ev("e6", "ready", "officer", "n1", 600),
        ev("e7", "handed_over", "officer", "n2", 700),   // counter 2 hands over ...
        ev("e8", "cancelled", "admin", "n1", 700),       // ... while counter 1 cancels, same HLC
    };
    QList<int> order{0, 1, 2, 3, 4, 5, 6, 7};
    QSet<QString> outcomes;
    int permutations = 0;
    do {
        QList<WorkflowEvent> shuffled;
        for (int i : order)
            shuffled << events[i];
        const WorkflowState s = RequestFold::fold(shuffled, WorkingCalendar(), QDate(2026, 11, 30));
        REQUIRE(s.conflicts.size() == 1);
        outcomes.insert(s.status + u'/' + s.conflicts[0].eventId);
        ++permutations;
    } while (std::next_permutation(order.begin(), order.end()));
    CHECK(permutations == 40320);
    // Tie on HLC: node id decides; n1's cancellation comes first, n2's hand-over is the conflict.
    CHECK(outcomes == QSet<QString>{QStringLiteral("cancelled/e7")});
}

TEST_CASE("Due dates pause while the request is returned to the resident and skip holidays")
{
    // Submitted Mon 30 Nov 2026 for a 3-day service, returned the same day, resubmitted Thu 3 Dec;
    // Fri 4 Dec is a holiday.
    const WorkingCalendar cal({QDate(2026, 12, 4)});
    const QList<WorkflowEvent> events{
        ev("a", "submitted", "officer", "n1", 1, QDate(2026, 11, 30)),
        ev("b", "returned", "verifier", "n1", 2, QDate(2026, 11, 30)),
        ev("c", "resubmitted", "officer", "n1", 3, QDate(2026, 12, 3)),
    };
    const WorkflowState s = RequestFold::fold(events, cal, QDate(2026, 12, 3));
    CHECK(s.status == QStringLiteral("submitted"));
    CHECK(s.pausedWorkingDays == 3);   // Tue, Wed, Thu
    // 3 + 3 working days after Mon 30 Nov (1, 2, 3, skip Fri 4 and the weekend, 7, 8, 9): Wed 9 Dec.
    CHECK(s.dueDate(cal, QDate(2026, 11, 30), 3) == QDate(2026, 12, 9));

    // Still returned: the pause runs until today.
    const WorkflowState open = RequestFold::fold(events.mid(0, 2), cal, QDate(2026, 12, 2));
    CHECK(open.status == QStringLiteral("returned"));
    CHECK(open.pausedWorkingDays == 2);
}
