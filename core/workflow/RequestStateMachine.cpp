#include "RequestStateMachine.h"

#include "common/Error.h"

namespace loket {

const QList<RequestStateMachine::Transition> &RequestStateMachine::transitions()
{
    static const QList<Transition> table = [] {
        const auto s = [](const char *t) { return QString::fromLatin1(t); };
        QList<Transition> t{
            {s("verify"), s("submitted"), s("verified"), Role::Verifier, false},
            {s("return"), s("submitted"), s("returned"), Role::Officer, true},
            {s("return"), s("submitted"), s("returned"), Role::Verifier, true},
            {s("resubmit"), s("returned"), s("submitted"), Role::Officer, false},
            {s("reject"), s("submitted"), s("rejected"), Role::Verifier, true},
            {s("reject"), s("verified"), s("rejected"), Role::Verifier, true},
            {s("reject"), s("in_process"), s("rejected"), Role::Verifier, true},
            {s("process"), s("verified"), s("in_process"), Role::Verifier, false},
            {s("to-signature"), s("in_process"), s("awaiting_signature"), Role::Approver, false},
            {s("send-back"), s("in_process"), s("verified"), Role::Approver, true},
            {s("send-back"), s("awaiting_signature"), s("in_process"), Role::Approver, true},
            {s("send-back"), s("awaiting_signature"), s("in_process"), Role::Signer, true},
            {s("sign"), s("awaiting_signature"), s("signed"), Role::Signer, false},
            {s("ready"), s("signed"), s("ready"), Role::Officer, false},
            {s("complete"), s("ready"), s("completed"), Role::Officer, false},
        };
        for (const char *from : {"submitted", "returned", "verified", "in_process", "awaiting_signature", "signed", "ready"})
            t.append({s("cancel"), s(from), s("cancelled"), Role::Admin, true});
        return t;
    }();
    return table;
}

QStringList RequestStateMachine::statuses()
{
    return {QStringLiteral("submitted"), QStringLiteral("returned"), QStringLiteral("verified"), QStringLiteral("in_process"),
            QStringLiteral("awaiting_signature"), QStringLiteral("signed"), QStringLiteral("ready"), QStringLiteral("completed"),
            QStringLiteral("rejected"), QStringLiteral("cancelled")};
}

QStringList RequestStateMachine::actions()
{
    return {QStringLiteral("verify"), QStringLiteral("return"), QStringLiteral("resubmit"), QStringLiteral("reject"),
            QStringLiteral("process"), QStringLiteral("to-signature"), QStringLiteral("send-back"), QStringLiteral("sign"),
            QStringLiteral("ready"), QStringLiteral("complete"), QStringLiteral("cancel")};
}

bool RequestStateMachine::isFinal(const QString &status)
{
    return status == QStringLiteral("completed") || status == QStringLiteral("rejected") || status == QStringLiteral("cancelled");
}

std::optional<RequestStateMachine::Transition> RequestStateMachine::find(const QString &action, const QString &from)
{
    for (const Transition &t : transitions())
        if (t.action == action && t.from == from)
            return t;
    return std::nullopt;
}

RequestStateMachine::Transition RequestStateMachine::check(const QString &action, const QString &from, const RoleSet &roles,
                                                           const QString &reason)
{
    if (!actions().contains(action))
        throw Error::invalid(tr("Tindakan \"%1\" tidak dikenal: %2.").arg(action.left(30), actions().join(QStringLiteral(", "))));
    QStringList allowedRoles;
    std::optional<Transition> any;
    for (const Transition &t : transitions()) {
        if (t.action != action || t.from != from)
            continue;
        any = t;
        if (roles.has(t.role)) {
            if (t.needsReason && reason.trimmed().isEmpty())
                throw Error::invalid(tr("Tindakan %1 wajib disertai alasan.").arg(action));
            return t;
        }
        allowedRoles << RoleSet::name(t.role);
    }
    if (!any)
        throw Error::invalid(tr("Tindakan %1 tidak dapat dilakukan pada permohonan berstatus %2.").arg(action, from));
    throw Error::denied(tr("Tindakan %1 pada status %2 memerlukan peran %3.")
                            .arg(action, from, allowedRoles.join(tr(" atau "))));
}

QStringList RequestStateMachine::available(const QString &from, const RoleSet &roles)
{
    QStringList out;
    for (const Transition &t : transitions())
        if (t.from == from && roles.has(t.role) && !out.contains(t.action))
            out << t.action;
    return out;
}

QString RequestStateMachine::eventType(const QString &action)
{
    static const QHash<QString, QString> types{
        {QStringLiteral("verify"), QStringLiteral("verified")},
        {QStringLiteral("return"), QStringLiteral("returned")},
        {QStringLiteral("resubmit"), QStringLiteral("resubmitted")},
        {QStringLiteral("reject"), QStringLiteral("rejected")},
        {QStringLiteral("process"), QStringLiteral("letter_drafted")},
        {QStringLiteral("to-signature"), QStringLiteral("sent_to_signature")},
        {QStringLiteral("send-back"), QStringLiteral("sent_back")},
        {QStringLiteral("sign"), QStringLiteral("signed")},
        {QStringLiteral("ready"), QStringLiteral("ready")},
        {QStringLiteral("complete"), QStringLiteral("handed_over")},
        {QStringLiteral("cancel"), QStringLiteral("cancelled")},
    };
    return types.value(action);
}

std::optional<QString> RequestStateMachine::actionOfEvent(const QString &type)
{
    for (const QString &a : actions())
        if (eventType(a) == type)
            return a;
    return std::nullopt;
}

} // namespace loket
