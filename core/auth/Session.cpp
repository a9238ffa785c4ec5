#include "Session.h"

#include "common/Error.h"

namespace loket {

Actor Session::require(Role role) const
{
    if (userId.isEmpty())
        throw Error::denied(tr("Masuk terlebih dahulu."));
    if (!roles.has(role))
        throw Error::denied(tr("Ditolak: pengguna %1 tidak memiliki peran %2 (%3).")
                                .arg(username, RoleSet::name(role), RoleSet::label(role)));
    return {userId, username, RoleSet::name(role)};
}

Actor Session::requireAny(std::initializer_list<Role> wanted) const
{
    for (Role r : wanted)
        if (roles.has(r))
            return require(r);
    QStringList names;
    for (Role r : wanted)
        names << RoleSet::name(r);
    if (userId.isEmpty())
        throw Error::denied(tr("Masuk terlebih dahulu."));
    throw Error::denied(tr("Ditolak: pengguna %1 tidak memiliki salah satu peran %2.").arg(username, names.join(QStringLiteral(", "))));
}

Actor Session::any() const
{
    if (userId.isEmpty())
        throw Error::denied(tr("Masuk terlebih dahulu."));
    const auto list = roles.roles();
    return {userId, username, list.isEmpty() ? QString() : RoleSet::name(list.first())};
}

} // namespace loket
