#include "UserService.h"

#include "PasswordHasher.h"
#include "common/Error.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QRegularExpression>

namespace loket {

namespace {

const QString kUserColumns = QStringLiteral(
    "u.id, u.username, u.full_name, u.nip, u.roles, u.active, u.demo, COALESCE(l.locked_until, 0)");

UserRecord readUser(const sql::Rows &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            RoleSet::parse(q.value(4).toString()), q.value(5).toBool(), q.value(6).toBool(), q.value(7).toLongLong()};
}

} // namespace

UserService::UserService(Store &store)
    : m_store(store)
{
}

void UserService::validate(const NewUser &user)
{
    static const QRegularExpression usernameRe(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!usernameRe.match(user.username).hasMatch())
        throw Error::invalid(tr("Nama pengguna \"%1\" tidak sah: 2–32 huruf kecil, angka, titik, garis bawah atau "
                                "tanda hubung, diawali huruf.").arg(user.username));
    if (user.fullName.trimmed().isEmpty())
        throw Error::invalid(tr("Nama lengkap wajib diisi."));
    if (!user.nip.isEmpty() && !QRegularExpression(QStringLiteral("^\\d{18}$")).match(user.nip).hasMatch())
        throw Error::invalid(tr("NIP harus 18 angka (tertulis: \"%1\").").arg(user.nip));
    if (user.roles.isEmpty())
        throw Error::invalid(tr("Pilih sedikitnya satu peran."));
}

void UserService::validatePassword(const QString &password)
{
    if (password.size() < 8)
        throw Error::invalid(tr("Kata sandi terlalu pendek: sedikitnya 8 karakter."));
    if (password.size() > 256)
        throw Error::invalid(tr("Kata sandi terlalu panjang: paling banyak 256 karakter."));
}

QString UserService::insertUser(ChangeSet &changes, const NewUser &user, const QString &passwordHash)
{
    validate(user);
    if (sql::scalar(changes.db(), QStringLiteral("SELECT 1 FROM app_user WHERE username = ?"), {user.username}).isValid())
        throw Error::invalid(tr("Nama pengguna \"%1\" sudah dipakai.").arg(user.username));
    return changes.insert(QStringLiteral("app_user"),
                          {{QStringLiteral("username"), user.username},
                           {QStringLiteral("full_name"), user.fullName.trimmed()},
                           {QStringLiteral("nip"), user.nip},
                           {QStringLiteral("roles"), user.roles.toString()},
                           {QStringLiteral("password_hash"), passwordHash},
                           {QStringLiteral("demo"), user.demo ? 1 : 0}},
                          QStringLiteral("user.create"));
}

Session UserService::login(const QString &username, const QString &password)
{
    // One answer, after the same work, for an unknown name, a wrong password and a locked account:
    // neither the message nor the time may tell a stranger which user names exist. Only someone
    // who typed the right password of an unlocked account learns more (e.g. "deactivated").
    const QString refused = tr("Nama pengguna atau kata sandi salah. Setelah %1 kali salah, akun dikunci %n menit.",
                               nullptr, int(kLockoutMs / 60000)).arg(kMaxFailedAttempts);
    const QString name = username.trimmed();
    auto q = sql::exec(m_store.db(), QStringLiteral("SELECT u.id, u.password_hash, u.active, u.full_name, u.roles, u.demo, "
                                                    "COALESCE(l.locked_until, 0) FROM app_user u "
                                                    "LEFT JOIN login_state l ON l.user_id = u.id "
                                                    "WHERE u.username = ? AND u.deleted = 0"), {name});
    const qint64 now = m_store.clock()();
    if (!q.next()) {
        PasswordHasher::burn(password);
        ChangeSet changes(m_store, Actor{QString(), QString(), QStringLiteral("-")});
        // The typed name is not recorded: it is sometimes a password typed in the wrong field.
        changes.audit(QStringLiteral("auth.login_unknown"), QStringLiteral("app_user"), QString());
        changes.commit();
        throw Error::auth(refused);
    }
    const QString userId = q.value(0).toString();
    const bool active = q.value(2).toBool();
    const qint64 lockedUntil = q.value(6).toLongLong();
    Session session{userId, name, q.value(3).toString(), RoleSet::parse(q.value(4).toString()), q.value(5).toBool()};
    // Hashed even while the account is locked, so a locked account answers no faster.
    const bool ok = PasswordHasher::verify(q.value(1).toString(), password);
    const Actor actor{userId, session.username, QStringLiteral("-")};

    ChangeSet changes(m_store, actor);
    if (lockedUntil > now) {
        changes.audit(QStringLiteral("auth.login_while_locked"), QStringLiteral("app_user"), userId);
        changes.commit();
        throw Error::auth(refused);
    }
    if (!ok) {
        int failed = sql::scalar(changes.db(), QStringLiteral("SELECT failed_count FROM login_state WHERE user_id = ?"), {userId}).toInt() + 1;
        qint64 until = 0;
        if (failed >= kMaxFailedAttempts) {
            until = now + kLockoutMs;
            failed = 0;
        }
        sql::exec(changes.db(), QStringLiteral("INSERT INTO login_state(user_id, failed_count, locked_until) VALUES (?, ?, ?) "
                                               "ON CONFLICT(user_id) DO UPDATE SET failed_count = excluded.failed_count, "
                                               "locked_until = excluded.locked_until"),
                  {userId, failed, until});
        changes.audit(until ? QStringLiteral("auth.locked") : QStringLiteral("auth.login_failed"),
                      QStringLiteral("app_user"), userId);
        changes.commit();
        throw Error::auth(refused);
    }
    if (!active) {
        changes.audit(QStringLiteral("auth.login_inactive"), QStringLiteral("app_user"), userId);
        changes.commit();
        throw Error::auth(tr("Akun %1 dinonaktifkan. Hubungi administrator.").arg(session.username));
    }
    sql::exec(changes.db(), QStringLiteral("DELETE FROM login_state WHERE user_id = ?"), {userId});
    changes.audit(QStringLiteral("auth.login"), QStringLiteral("app_user"), userId);
    changes.commit();
    return session;
}

QList<UserRecord> UserService::list(const Session &session) const
{
    session.any();
    QList<UserRecord> out;
    auto q = sql::exec(m_store.db(), QStringLiteral("SELECT %1 FROM app_user u LEFT JOIN login_state l ON l.user_id = u.id "
                                                         "WHERE u.deleted = 0 ORDER BY u.username").arg(kUserColumns));
    while (q.next())
        out.append(readUser(q));
    return out;
}

UserRecord UserService::get(const Session &session, const QString &userId) const
{
    session.any();
    return require(userId);
}

UserRecord UserService::require(const QString &userId) const
{
    auto q = sql::exec(m_store.db(), QStringLiteral("SELECT %1 FROM app_user u LEFT JOIN login_state l ON l.user_id = u.id "
                                                         "WHERE u.id = ? AND u.deleted = 0").arg(kUserColumns), {userId});
    if (!q.next())
        throw Error::notFound(tr("Pengguna %1 tidak ditemukan.").arg(userId));
    return readUser(q);
}

QString UserService::create(const Session &session, const NewUser &user, const QString &password)
{
    const Actor actor = session.require(Role::Admin);
    validate(user);
    validatePassword(password);
    const QString hash = PasswordHasher::hash(password); // slow: outside the write lock
    ChangeSet changes(m_store, actor);
    const QString id = insertUser(changes, user, hash);
    changes.commit();
    return id;
}

void UserService::update(const Session &session, const QString &userId, const QString &fullName, const QString &nip,
                         const RoleSet &roles)
{
    const Actor actor = session.require(Role::Admin);
    const UserRecord current = require(userId);
    validate({current.username, fullName, nip, roles, current.demo});
    if (userId == session.userId && !roles.has(Role::Admin))
        throw Error::invalid(tr("Anda tidak dapat mencabut peran admin dari akun Anda sendiri."));
    ChangeSet changes(m_store, actor);
    changes.update(QStringLiteral("app_user"), userId,
                   {{QStringLiteral("full_name"), fullName.trimmed()}, {QStringLiteral("nip"), nip},
                    {QStringLiteral("roles"), roles.toString()}},
                   QStringLiteral("user.update"));
    changes.commit();
}

void UserService::setActive(const Session &session, const QString &userId, bool active)
{
    const Actor actor = session.require(Role::Admin);
    require(userId);
    if (userId == session.userId && !active)
        throw Error::invalid(tr("Anda tidak dapat menonaktifkan akun Anda sendiri."));
    ChangeSet changes(m_store, actor);
    changes.update(QStringLiteral("app_user"), userId, {{QStringLiteral("active"), active ? 1 : 0}},
                   active ? QStringLiteral("user.activate") : QStringLiteral("user.deactivate"));
    changes.commit();
}

void UserService::resetPassword(const Session &session, const QString &userId, const QString &newPassword)
{
    const Actor actor = session.require(Role::Admin);
    require(userId);
    validatePassword(newPassword);
    const QString hash = PasswordHasher::hash(newPassword);
    ChangeSet changes(m_store, actor);
    changes.update(QStringLiteral("app_user"), userId, {{QStringLiteral("password_hash"), hash}},
                   QStringLiteral("user.reset_password"));
    sql::exec(changes.db(), QStringLiteral("DELETE FROM login_state WHERE user_id = ?"), {userId});
    changes.commit();
}

void UserService::changeOwnPassword(const Session &session, const QString &oldPassword, const QString &newPassword)
{
    const Actor actor = session.any();
    const QString hash = sql::scalar(m_store.db(), QStringLiteral("SELECT password_hash FROM app_user WHERE id = ?"),
                                     {session.userId}).toString();
    if (!PasswordHasher::verify(hash, oldPassword))
        throw Error::auth(tr("Kata sandi lama salah."));
    validatePassword(newPassword);
    const QString newHash = PasswordHasher::hash(newPassword);
    ChangeSet changes(m_store, actor);
    changes.update(QStringLiteral("app_user"), session.userId, {{QStringLiteral("password_hash"), newHash}},
                   QStringLiteral("user.change_password"));
    changes.commit();
}

} // namespace loket
