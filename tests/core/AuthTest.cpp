// Users and roles: Argon2id passwords, lock-out and its expiry, role checks in core.
#include "TestSupport.h"

#include "auth/PasswordHasher.h"
#include "common/Error.h"
#include "storage/Sql.h"

#include <QDirIterator>
#include <QFile>
#include <catch2/catch.hpp>

using namespace loket;

namespace {

qint64 auditCount(Store &store, const QString &action)
{
    return sql::scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action}).toLongLong();
}

} // namespace

TEST_CASE("Argon2id hashes verify the right password only")
{
    const QString hash = PasswordHasher::hash(QStringLiteral("Sandi-Rahasia-42"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK(PasswordHasher::verify(hash, QStringLiteral("Sandi-Rahasia-42")));
    CHECK_FALSE(PasswordHasher::verify(hash, QStringLiteral("sandi-rahasia-42")));
    CHECK(PasswordHasher::hash(QStringLiteral("Sandi-Rahasia-42")) != hash); // salted
}

TEST_CASE("Log-in accepts the right password and refuses a wrong one without naming which part was wrong")
{
    test::DemoDb demo;
    UserService &users = demo.services().users();
    const Session s = users.login(QStringLiteral("petugas"), QStringLiteral("demo-petugas"));
    CHECK(s.username == QStringLiteral("petugas"));
    CHECK(s.has(Role::Officer));
    CHECK_FALSE(s.has(Role::Admin));
    CHECK(auditCount(demo.services().store(), QStringLiteral("auth.login")) == 1);

    QString wrongPassword, unknownUser;
    try { users.login(QStringLiteral("petugas"), QStringLiteral("salah")); } catch (const Error &e) { wrongPassword = e.message(); }
    try { users.login(QStringLiteral("tidakada"), QStringLiteral("salah")); } catch (const Error &e) { unknownUser = e.message(); }
    CHECK_FALSE(wrongPassword.isEmpty());
    CHECK(wrongPassword == unknownUser);
}

TEST_CASE("Five wrong passwords lock the account for five minutes - then it opens again")
{
    test::DemoDb demo;
    const QString path = demo.path();
    demo.close();
    qint64 now = 1'900'000'000'000;
    AppServices services(DatabaseOptions{path}, [&] { return now; });
    UserService &users = services.users();

    for (int i = 1; i <= 4; ++i)
        CHECK_THROWS_AS(users.login(QStringLiteral("petugas"), QStringLiteral("wrong-%1").arg(i)), Error);
    CHECK_NOTHROW(users.login(QStringLiteral("petugas"), QStringLiteral("demo-petugas"))); // success resets the count

    for (int i = 1; i <= 5; ++i)
        CHECK_THROWS_AS(users.login(QStringLiteral("petugas"), QStringLiteral("wrong-%1").arg(i)), Error);
    CHECK(auditCount(services.store(), QStringLiteral("auth.locked")) == 1);

    // Locked: even the right password is refused, with the very answer a wrong password or an
    // unknown name gets (which names the lock-out rule), so it does not reveal that "petugas" exists.
    QString locked, unknown;
    try {
        users.login(QStringLiteral("petugas"), QStringLiteral("demo-petugas"));
        FAIL("a locked account logged in");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Auth);
        locked = e.message();
    }
    try { users.login(QStringLiteral("tidakada"), QStringLiteral("demo-petugas")); } catch (const Error &e) { unknown = e.message(); }
    CHECK(locked == unknown);
    CHECK(locked.contains(QStringLiteral("dikunci 5 menit")));
    CHECK(auditCount(services.store(), QStringLiteral("auth.login_while_locked")) == 1);
    CHECK(auditCount(services.store(), QStringLiteral("auth.login_unknown")) == 1);
    // Other users are not affected.
    CHECK_NOTHROW(users.login(QStringLiteral("kasi"), QStringLiteral("demo-kasi")));

    now += 4 * 60 * 1000;
    CHECK_THROWS_AS(users.login(QStringLiteral("petugas"), QStringLiteral("demo-petugas")), Error);
    now += 61 * 1000;
    CHECK(users.login(QStringLiteral("petugas"), QStringLiteral("demo-petugas")).username == QStringLiteral("petugas"));
}

TEST_CASE("A deactivated user cannot log in - reset password works and clears a lock")
{
    test::DemoDb demo;
    AppServices &s = demo.services();
    const Session admin = demo.login(QStringLiteral("admin"));
    const QString id = s.users().create(admin, {QStringLiteral("budi"), QStringLiteral("Budi"), QString(), RoleSet{Role::Officer}},
                                        QStringLiteral("budi-sandi-1"));
    s.users().setActive(admin, id, false);
    CHECK_THROWS_AS(s.users().login(QStringLiteral("budi"), QStringLiteral("budi-sandi-1")), Error);
    s.users().setActive(admin, id, true);
    s.users().resetPassword(admin, id, QStringLiteral("budi-sandi-2"));
    CHECK_THROWS_AS(s.users().login(QStringLiteral("budi"), QStringLiteral("budi-sandi-1")), Error);
    CHECK(s.users().login(QStringLiteral("budi"), QStringLiteral("budi-sandi-2")).userId == id);
    CHECK_THROWS_AS(s.users().setActive(admin, admin.userId, false), Error); // not oneself
}

TEST_CASE("No password appears in plain text anywhere in the database files")
{
    test::DemoDb demo;
    AppServices &s = demo.services();
    const Session admin = demo.login(QStringLiteral("admin"));
    const QString secret = QStringLiteral("Kata-Sandi-Unik-7391");
    const QString id = s.users().create(admin, {QStringLiteral("sari"), QStringLiteral("Sari"), QString(), RoleSet{Role::Verifier}}, secret);
    s.users().resetPassword(admin, id, secret + QStringLiteral("b"));
    s.users().login(QStringLiteral("sari"), secret + QStringLiteral("b"));

    QDirIterator it(demo.dir(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        INFO(f.fileName().toStdString());
        CHECK_FALSE(bytes.contains(secret.toUtf8()));
        CHECK_FALSE(bytes.contains(QByteArrayLiteral("demo-petugas")));
        ++files;
    }
    CHECK(files >= 2); // the database and its WAL
}

TEST_CASE("An officer cannot manage users - the catalogue or the office: core refuses and writes nothing")
{
    test::DemoDb demo;
    AppServices &s = demo.services();
    const Session officer = demo.login(QStringLiteral("petugas"));
    const qint64 before = sql::scalar(s.store().db(), QStringLiteral("SELECT COUNT(*) FROM outbox")).toLongLong();

    auto expectDenied = [](auto &&call) {
        try {
            call();
            FAIL("an officer was allowed an admin action");
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Denied);
            CHECK(e.message().contains(QStringLiteral("admin")));
        }
    };
    expectDenied([&] { s.users().create(officer, {QStringLiteral("x"), QStringLiteral("X"), QString(), RoleSet{Role::Admin}},
                                        QStringLiteral("password-1")); });
    const UserRecord kasi = [&] {
        for (const UserRecord &u : s.users().list(officer))
            if (u.username == QStringLiteral("kasi"))
                return u;
        return UserRecord{};
    }();
    expectDenied([&] { s.users().resetPassword(officer, kasi.id, QStringLiteral("password-1")); });
    expectDenied([&] { s.users().update(officer, kasi.id, QStringLiteral("K"), QString(), RoleSet{Role::Admin}); });
    expectDenied([&] { s.users().setActive(officer, kasi.id, false); });
    ServiceType sktm = *s.catalogue().findByCode(QStringLiteral("SKTM"));
    sktm.timeLimitDays = 9;
    expectDenied([&] { s.catalogue().update(officer, sktm); });
    expectDenied([&] { s.catalogue().create(officer, ServiceType{QString(), QStringLiteral("NEW")}); });
    Office office = s.office().office();
    office.phone = QStringLiteral("0");
    expectDenied([&] { s.office().updateOffice(officer, office); });
    expectDenied([&] { s.office().addCounter(officer, {QString(), QStringLiteral("L3"), QStringLiteral("Loket 3"), true}); });

    // The log-ins above wrote audit entries; the refused calls wrote nothing more.
    CHECK(sql::scalar(s.store().db(), QStringLiteral("SELECT COUNT(*) FROM outbox")).toLongLong() == before);
    CHECK(s.catalogue().findByCode(QStringLiteral("SKTM"))->timeLimitDays == 0);
}
