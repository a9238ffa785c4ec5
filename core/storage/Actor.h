// Who is writing: recorded on every changed row (changed_by) and in every audit entry.
#pragma once

#include <QString>

namespace loket {

struct Actor
{
    QString userId;    // empty for the system itself (initialisation, migrations of data)
    QString username;
    QString role;      // the role the change is made in, e.g. "admin"

    static Actor system() { return {QString(), QStringLiteral("system"), QStringLiteral("system")}; }
};

} // namespace loket
