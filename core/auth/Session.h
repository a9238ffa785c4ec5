// A signed-in user. Core services take it and check the role they need themselves: the UI
// hiding a button is never the check.
#pragma once

#include "Role.h"
#include "storage/Actor.h"

namespace loket {

struct Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    QString userId;
    QString username;
    QString fullName;
    RoleSet roles;
    bool demo = false;

    bool has(Role role) const { return roles.has(role); }
    // Throws Error::denied naming the missing role; returns who acts, in that role.
    Actor require(Role role) const;
    // The first of the given roles the user holds; throws Error::denied when none.
    Actor requireAny(std::initializer_list<Role> roles) const;
    // For reads that need no particular role, only a signed-in user.
    Actor any() const;
};

} // namespace loket
