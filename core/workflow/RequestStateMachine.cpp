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
            // A withdrawn letter (revoked, or its number voided) before hand-over: draft and sign again.
            {s("revoke-letter"), s("signed"), s("in_process"), Role::Signer, true},
            {s("revoke-letter"), s("ready"), s("in_process"), Role::Signer, true},
            {s("revoke-letter"), s("signed"), s("in_process"), Role::Admin, true},
            {s("revoke-letter"), s("ready"), s("in_process"), Role::Admin, true},
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
            QStringLiteral("ready"), QStringLiteral("complete"), QStringLiteral("cancel"), QStringLiteral("revoke-letter")};
}

bool RequestStateMachine::isLetterAction(const QString &action)
{
    return action == QStringLiteral("sign") || action == QStringLiteral("revoke-letter");
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
        {QStringLiteral("revoke-letter"), QStringLiteral("letter_revoked")},
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

QString RequestStateMachine::eventLabel(const QString &type)
{
    if (type == QStringLiteral("submitted"))
        return tr("Diajukan");
    if (type == QStringLiteral("returned"))
        return tr("Dikembalikan untuk perbaikan");
    if (type == QStringLiteral("resubmitted"))
        return tr("Diajukan ulang dengan berkas lengkap");
    if (type == QStringLiteral("verified"))
        return tr("Diverifikasi");
    if (type == QStringLiteral("rejected"))
        return tr("Ditolak");
    if (type == QStringLiteral("letter_drafted"))
        return tr("Surat disiapkan");
    if (type == QStringLiteral("sent_to_signature"))
        return tr("Diajukan untuk ditandatangani");
    if (type == QStringLiteral("sent_back"))
        return tr("Dikembalikan ke tahap sebelumnya");
    if (type == QStringLiteral("signed"))
        return tr("Ditandatangani");
    if (type == QStringLiteral("ready"))
        return tr("Siap diambil");
    if (type == QStringLiteral("handed_over"))
        return tr("Diserahkan kepada pemohon");
    if (type == QStringLiteral("cancelled"))
        return tr("Dibatalkan");
    if (type == QStringLiteral("letter_revoked"))
        return tr("Surat ditarik kembali");
    if (type == QStringLiteral("assigned"))
        return tr("Ditugaskan");
    if (type == QStringLiteral("conflict_resolved"))
        return tr("Konflik diselesaikan");
    return type;
}

QString RequestStateMachine::actionLabel(const QString &action)
{
    if (action == QStringLiteral("verify"))
        return tr("Verifikasi");
    if (action == QStringLiteral("return"))
        return tr("Kembalikan untuk perbaikan");
    if (action == QStringLiteral("resubmit"))
        return tr("Berkas sudah lengkap");
    if (action == QStringLiteral("reject"))
        return tr("Tolak");
    if (action == QStringLiteral("process"))
        return tr("Siapkan surat");
    if (action == QStringLiteral("to-signature"))
        return tr("Ajukan tanda tangan");
    if (action == QStringLiteral("send-back"))
        return tr("Kembalikan ke tahap sebelumnya");
    if (action == QStringLiteral("sign"))
        return tr("Tandatangani");
    if (action == QStringLiteral("ready"))
        return tr("Siap diambil");
    if (action == QStringLiteral("complete"))
        return tr("Serahkan kepada pemohon");
    if (action == QStringLiteral("cancel"))
        return tr("Batalkan");
    if (action == QStringLiteral("revoke-letter"))
        return tr("Tarik kembali surat");
    return action;
}

} // namespace loket
