// The one state machine of every request (walk-in, assisted, online): which action moves which
// status where, and which role may take it. The status is never stored as truth; it is derived
// by folding the request's events through this machine (see RequestFold).
#pragma once

#include "auth/Role.h"

#include <QCoreApplication>
#include <optional>

namespace loket {

class RequestStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(RequestStateMachine)

public:
    struct Transition
    {
        QString action;      // verify, return, resubmit, reject, process, to-signature, send-back, sign, ready, complete, cancel, revoke-letter
        QString from;
        QString to;
        Role role;
        bool needsReason;
    };

    static const QList<Transition> &transitions();
    static QStringList statuses();
    static QStringList actions();
    static bool isFinal(const QString &status);
    // Actions only the letter service takes (issuing signs, withdrawing a letter reopens): the
    // generic advance refuses them.
    static bool isLetterAction(const QString &action);

    // The transition for action from status, if one exists (whoever takes it).
    static std::optional<Transition> find(const QString &action, const QString &from);
    // Throws Error::invalid (unknown action, or not from this status) or Error::denied (role),
    // naming the status or the role; returns the transition and the role it is taken in.
    static Transition check(const QString &action, const QString &from, const RoleSet &roles, const QString &reason);
    // Actions the holder of roles may take now, for the request screen.
    static QStringList available(const QString &from, const RoleSet &roles);
    // The event type recorded for an action (e.g. "to-signature" -> "sent_to_signature").
    static QString eventType(const QString &action);
    static std::optional<QString> actionOfEvent(const QString &eventType);

    // For people (Indonesian source, translated): "Diverifikasi", "Konflik diselesaikan", ...
    // An unknown event type is returned as it is.
    static QString eventLabel(const QString &eventType);
    // The button text of an action: "Verifikasi", "Kembalikan", ...; unknown ones as they are.
    static QString actionLabel(const QString &action);
};

} // namespace loket
