#include "Role.h"

#include "common/Error.h"

namespace loket {

RoleSet::RoleSet(std::initializer_list<Role> roles)
{
    for (Role r : roles)
        add(r);
}

QList<Role> RoleSet::all()
{
    return {Role::Officer, Role::Verifier, Role::Approver, Role::Signer, Role::Admin};
}

QList<Role> RoleSet::roles() const
{
    QList<Role> out;
    for (Role r : all())
        if (has(r))
            out.append(r);
    return out;
}

QStringList RoleSet::names() const
{
    QStringList out;
    for (Role r : roles())
        out.append(name(r));
    return out;
}

QString RoleSet::name(Role role)
{
    switch (role) {
    case Role::Officer: return QStringLiteral("officer");
    case Role::Verifier: return QStringLiteral("verifier");
    case Role::Approver: return QStringLiteral("approver");
    case Role::Signer: return QStringLiteral("signer");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> RoleSet::fromName(const QString &name)
{
    for (Role r : all())
        if (RoleSet::name(r) == name.trimmed().toLower())
            return r;
    return std::nullopt;
}

QString RoleSet::label(Role role)
{
    switch (role) {
    case Role::Officer: return tr("Petugas loket");
    case Role::Verifier: return tr("Verifikator");
    case Role::Approver: return tr("Kasi Pelayanan");
    case Role::Signer: return tr("Penandatangan");
    case Role::Admin: return tr("Administrator");
    }
    return {};
}

RoleSet RoleSet::parse(const QString &csv)
{
    RoleSet set;
    const auto parts = csv.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const auto role = fromName(part);
        if (!role)
            throw Error::invalid(tr("Peran \"%1\" tidak dikenal; pilih dari: officer, verifier, approver, signer, admin.")
                                     .arg(part.trimmed()));
        set.add(*role);
    }
    return set;
}

} // namespace loket
