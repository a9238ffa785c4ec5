// Users, log-in with lock-out, and user administration (admin only).
#pragma once

#include "Session.h"
#include "storage/Store.h"

#include <QCoreApplication>

namespace loket {

class ChangeSet;

struct UserRecord
{
    QString id;
    QString username;
    QString fullName;
    QString nip;
    RoleSet roles;
    bool active = true;
    bool demo = false;
    qint64 lockedUntilMs = 0;
};

struct NewUser
{
    QString username;
    QString fullName;
    QString nip;
    RoleSet roles;
    bool demo = false;
};

class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr qint64 kLockoutMs = 5 * 60 * 1000;

    explicit UserService(Store &store);

    // Throws Error::auth with a message for the person at the keyboard.
    Session login(const QString &username, const QString &password);

    QList<UserRecord> list(const Session &session) const;
    UserRecord get(const Session &session, const QString &userId) const;

    QString create(const Session &session, const NewUser &user, const QString &password);
    void update(const Session &session, const QString &userId, const QString &fullName, const QString &nip,
                const RoleSet &roles);
    void setActive(const Session &session, const QString &userId, bool active);
    void resetPassword(const Session &session, const QString &userId, const QString &newPassword);
    void changeOwnPassword(const Session &session, const QString &oldPassword, const QString &newPassword);

    // Used by initialisation, inside its own change set; validates like create().
    static QString insertUser(ChangeSet &changes, const NewUser &user, const QString &passwordHash);
    static void validate(const NewUser &user);
    static void validatePassword(const QString &password);

private:
    UserRecord require(const QString &userId) const;

    Store &m_store;
};

} // namespace loket
