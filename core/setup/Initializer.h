// First-time set-up of a counter's database: the office, this counter, the first administrator
// and the seeded service catalogue; optionally the demo office with demo users.
#pragma once

#include "storage/Store.h"

#include <QCoreApplication>

namespace loket {

struct InitOptions
{
    QString officeCode;      // 33.02.27
    QString nodeCode;        // L1
    QString adminUsername;
    QString adminFullName;
    QString adminPassword;
    bool demo = false;
    bool adminIsDemo = false;   // the admin's password is a published demo password
};

struct DemoAccount
{
    QString username;
    QString password;
    QString fullName;
    QString roles;
};

class Initializer
{
    Q_DECLARE_TR_FUNCTIONS(Initializer)

public:
    // All or nothing, in one transaction; refuses a database that is already initialised.
    static void initialize(Store &store, const InitOptions &options);
    // The demo users created by --demo; their passwords are published in the README on purpose.
    static QList<DemoAccount> demoAccounts();
    // The published password of a demo account (including the demo admin), or empty.
    static QString demoPassword(const QString &username);
    // A ready-to-use demo database (first run of the desktop app).
    static void initializeDemo(Store &store);
};

} // namespace loket
