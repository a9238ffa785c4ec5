// loket-cli as scripts use it: exit codes, --json, passwords from the environment or stdin.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace loket;
using test::runCli;

namespace {

struct CliDb
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("loket.db"));

    QStringList args(const QStringList &rest) const { return QStringList{QStringLiteral("--db"), db} + rest; }
    void init(bool demo = false)
    {
        QStringList a = args({QStringLiteral("init"), QStringLiteral("--office-code"), QStringLiteral("33.02.27"),
                              QStringLiteral("--node-code"), QStringLiteral("L1"), QStringLiteral("--admin-user"),
                              QStringLiteral("kepala")});
        if (demo)
            a << QStringLiteral("--demo");
        const auto r = runCli(a, {QStringLiteral("LOKET_NEW_PASSWORD=kepala-sandi-1")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
};

QJsonObject json(const test::CliResult &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

int sqlite3(const QString &db, const QString &statement)
{
    return QProcess::execute(QStringLiteral("sqlite3"), {db, statement});
}

} // namespace

TEST_CASE("init creates the office - the counter and the admin - a second init is refused")
{
    CliDb t;
    const auto r = runCli(t.args({QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--office-code"),
                                  QStringLiteral("33.02.27"), QStringLiteral("--node-code"), QStringLiteral("L1"),
                                  QStringLiteral("--admin-user"), QStringLiteral("kepala")}),
                          {}, QByteArrayLiteral("kepala-sandi-1\n"));   // password from standard input
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = json(r);
    CHECK(o.value(QStringLiteral("office_code")).toString() == QStringLiteral("33.02.27"));
    CHECK(o.value(QStringLiteral("node_code")).toString() == QStringLiteral("L1"));
    CHECK(o.value(QStringLiteral("services")).toInt() >= 10);

    const auto again = runCli(t.args({QStringLiteral("init"), QStringLiteral("--office-code"), QStringLiteral("33.02.27"),
                                      QStringLiteral("--node-code"), QStringLiteral("L2"), QStringLiteral("--admin-user"),
                                      QStringLiteral("x")}), {QStringLiteral("LOKET_NEW_PASSWORD=another-1")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("sudah diinisialisasi")));

    const auto list = runCli(t.args({QStringLiteral("--as"), QStringLiteral("kepala"), QStringLiteral("--json"),
                                     QStringLiteral("user"), QStringLiteral("list")}), {QStringLiteral("LOKET_PASSWORD=kepala-sandi-1")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray users = json(list).value(QStringLiteral("users")).toArray();
    REQUIRE(users.size() == 1);
    CHECK(users[0].toObject().value(QStringLiteral("roles")).toArray().first().toString() == QStringLiteral("admin"));
}

TEST_CASE("init refuses bad input and leaves no database behind")
{
    CliDb t;
    auto r = runCli(t.args({QStringLiteral("init"), QStringLiteral("--office-code"), QStringLiteral("99.99.99"),
                            QStringLiteral("--node-code"), QStringLiteral("L1"), QStringLiteral("--admin-user"), QStringLiteral("a1")}),
                    {QStringLiteral("LOKET_NEW_PASSWORD=kepala-sandi-1")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("99.99.99")));
    r = runCli(t.args({QStringLiteral("init"), QStringLiteral("--office-code"), QStringLiteral("33.02.27"),
                       QStringLiteral("--node-code"), QStringLiteral("L1"), QStringLiteral("--admin-user"), QStringLiteral("a1")}),
               {QStringLiteral("LOKET_NEW_PASSWORD=short")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("8")));
    r = runCli(t.args({QStringLiteral("init"), QStringLiteral("--office-code"), QStringLiteral("33.02.27")}));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--node-code")));

    // Nothing was initialised by the refused attempts: a correct init still works.
    t.init();
}

TEST_CASE("user add needs an admin - passwords come from the environment - never from arguments")
{
    CliDb t;
    t.init(true);
    const QStringList add{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"), QStringLiteral("andi"),
                          QStringLiteral("--full-name"), QStringLiteral("Andi Nur'aini"), QStringLiteral("--role"),
                          QStringLiteral("officer,verifier"), QStringLiteral("--nip"), QStringLiteral("199001012015031001")};

    auto r = runCli(t.args(QStringList{QStringLiteral("--as"), QStringLiteral("petugas")} + add),
                    {QStringLiteral("LOKET_PASSWORD=demo-petugas"), QStringLiteral("LOKET_NEW_PASSWORD=andi-sandi-1")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("admin")));

    r = runCli(t.args(QStringList{QStringLiteral("--as"), QStringLiteral("kepala")} + add),
               {QStringLiteral("LOKET_PASSWORD=wrong-password")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("salah")));

    // Both passwords on standard input, one line each.
    r = runCli(t.args(QStringList{QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("kepala")} + add), {},
               QByteArrayLiteral("kepala-sandi-1\nandi-sandi-1\n"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(json(r).value(QStringLiteral("username")).toString() == QStringLiteral("andi"));

    r = runCli(t.args({QStringLiteral("--as"), QStringLiteral("andi"), QStringLiteral("user"), QStringLiteral("list")}),
               {QStringLiteral("LOKET_PASSWORD=andi-sandi-1")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Andi Nur'aini")));

    r = runCli(t.args(QStringList{QStringLiteral("--as"), QStringLiteral("kepala")} + add),
               {QStringLiteral("LOKET_PASSWORD=kepala-sandi-1"), QStringLiteral("LOKET_NEW_PASSWORD=andi-sandi-1")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("sudah dipakai")));

    r = runCli(t.args({QStringLiteral("--as"), QStringLiteral("kepala"), QStringLiteral("user"), QStringLiteral("add"),
                       QStringLiteral("--username"), QStringLiteral("x1"), QStringLiteral("--full-name"), QStringLiteral("X"),
                       QStringLiteral("--role"), QStringLiteral("camat")}),
               {QStringLiteral("LOKET_PASSWORD=kepala-sandi-1"), QStringLiteral("LOKET_NEW_PASSWORD=x1-sandi-12")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("camat")));
}

TEST_CASE("Usage errors exit 2 - service list prints the catalogue as text and JSON")
{
    CliDb t;
    t.init();
    CHECK(runCli(t.args({QStringLiteral("frobnicate")})).exitCode == 2);
    CHECK(runCli(t.args({QStringLiteral("service"), QStringLiteral("list"), QStringLiteral("--bogus")})).exitCode == 2);
    CHECK(runCli({QStringLiteral("--help")}).exitCode == 0);

    auto r = runCli(t.args({QStringLiteral("service"), QStringLiteral("list")}));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("SKTM")));
    r = runCli(t.args({QStringLiteral("--json"), QStringLiteral("service"), QStringLiteral("list")}));
    REQUIRE(r.exitCode == 0);
    const QJsonArray services = json(r).value(QStringLiteral("services")).toArray();
    CHECK(services.size() >= 10);
    CHECK(services[0].toObject().contains(QStringLiteral("requirements")));
}

TEST_CASE("audit verify names the audit row edited or removed by hand with sqlite3")
{
    CliDb t;
    t.init(true);
    auto r = runCli(t.args({QStringLiteral("audit"), QStringLiteral("verify")}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    QProcess q;
    q.start(QStringLiteral("sqlite3"), {t.db, QStringLiteral("SELECT id FROM audit_log WHERE node_seq = 5")});
    REQUIRE(q.waitForFinished());
    const QString fifth = QString::fromUtf8(q.readAllStandardOutput()).trimmed();
    REQUIRE(fifth.size() == 36);

    SECTION("edited")
    {
        REQUIRE(sqlite3(t.db, QStringLiteral("UPDATE audit_log SET action = 'nothing' WHERE node_seq = 5")) == 0);
        r = runCli(t.args({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")}));
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(fifth));
        CHECK(json(r).value(QStringLiteral("bad_entry_id")).toString() == fifth);
    }
    SECTION("removed")
    {
        REQUIRE(sqlite3(t.db, QStringLiteral("DELETE FROM audit_log WHERE node_seq = 5")) == 0);
        r = runCli(t.args({QStringLiteral("audit"), QStringLiteral("verify")}));
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("5")));
    }
}

TEST_CASE("A database on a network share is refused by the CLI and nothing is created")
{
    QTemporaryDir dir;
    const QString share = QDir(dir.path()).canonicalPath() + QStringLiteral("/share");
    QDir().mkpath(share);
    QFile table(dir.filePath(QStringLiteral("mountinfo")));
    REQUIRE(table.open(QIODevice::WriteOnly));
    table.write(QStringLiteral("1 0 8:1 / / rw - ext4 /dev/sda1 rw\n2 1 0:50 / %1 rw - cifs //nas/loket rw\n").arg(share).toUtf8());
    table.close();
    const auto r = runCli({QStringLiteral("--db"), share + QStringLiteral("/loket.db"), QStringLiteral("service"), QStringLiteral("list")},
                          {QStringLiteral("LOKET_MOUNTINFO=") + table.fileName()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("cifs")));
    CHECK_FALSE(QFile::exists(share + QStringLiteral("/loket.db")));
}

TEST_CASE("audit verify names the request event edited - deleted or forged with sqlite3")
{
    CliDb t;
    t.init(true);
    const QStringList officer{QStringLiteral("--as"), QStringLiteral("petugas")};
    const QStringList password{QStringLiteral("LOKET_PASSWORD=demo-petugas")};
    auto r = runCli(t.args(officer + QStringList{QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--nik"),
                                                 QStringLiteral("3302271505900003"), QStringLiteral("--name"), QStringLiteral("Budi"),
                                                 QStringLiteral("--birth-place"), QStringLiteral("Purwokerto"),
                                                 QStringLiteral("--birth-date"), QStringLiteral("1990-05-15"), QStringLiteral("--sex"),
                                                 QStringLiteral("M")}), password);
    REQUIRE(r.exitCode == 0);
    r = runCli(t.args(officer + QStringList{QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("--nik"),
                                            QStringLiteral("3302271505900003"), QStringLiteral("--service"), QStringLiteral("SKD"),
                                            QStringLiteral("--channel"), QStringLiteral("walk_in"), QStringLiteral("--incomplete")}),
               password);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = runCli(t.args({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")}));
    REQUIRE(r.exitCode == 0);
    CHECK(json(r).value(QStringLiteral("rows_checked")).toInt() >= 3);   // the request and its two events

    QProcess q;
    q.start(QStringLiteral("sqlite3"), {t.db, QStringLiteral("SELECT id FROM request_event WHERE type = 'submitted'")});
    REQUIRE(q.waitForFinished());
    const QString event = QString::fromUtf8(q.readAllStandardOutput()).trimmed();
    REQUIRE(event.size() == 36);

    auto onlyFinding = [&](const QString &kind, const QString &id) {
        r = runCli(t.args({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")}));
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(id));
        const QJsonObject o = json(r);
        CHECK_FALSE(o.value(QStringLiteral("ok")).toBool());
        const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].toObject().value(QStringLiteral("kind")).toString() == kind);
        CHECK(findings[0].toObject().value(QStringLiteral("table")).toString() == QStringLiteral("request_event"));
        CHECK(findings[0].toObject().value(QStringLiteral("id")).toString() == id);
    };
    SECTION("actor edited")
    {
        REQUIRE(sqlite3(t.db, QStringLiteral("UPDATE request_event SET actor_name = 'camat' WHERE id = '%1'").arg(event)) == 0);
        onlyFinding(QStringLiteral("changed"), event);
    }
    SECTION("deleted")
    {
        REQUIRE(sqlite3(t.db, QStringLiteral("DELETE FROM request_event WHERE id = '%1'").arg(event)) == 0);
        onlyFinding(QStringLiteral("removed"), event);
    }
    SECTION("forged")
    {
        const QString forged = QStringLiteral("01900000-0000-7000-8000-0000000f0002");
        REQUIRE(sqlite3(t.db, QStringLiteral("INSERT INTO request_event SELECT '%1', request_id, 'signed', actor_id, actor_name, role, "
                                             "node_id, node_code, at, note, payload, hlc + 1, changed_by, changed_node, deleted "
                                             "FROM request_event WHERE id = '%2'").arg(forged, event)) == 0);
        onlyFinding(QStringLiteral("added"), forged);
        // Without --json the findings go to standard error, one line each, and a count.
        r = runCli(t.args({QStringLiteral("audit"), QStringLiteral("verify")}));
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("added: ")));
        CHECK(r.err.contains(QStringLiteral("1 temuan")));
    }
}

TEST_CASE("The log keeps no NIK and no resident's name - whether the command succeeds or fails")
{
    CliDb t;
    t.init(true);
    const QStringList officer{QStringLiteral("--as"), QStringLiteral("petugas")};
    const QStringList password{QStringLiteral("LOKET_PASSWORD=demo-petugas")};
    const QStringList add{QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--nik"), QStringLiteral("3302275505900003"),
                          QStringLiteral("--kk"), QStringLiteral("3302270101150007"), QStringLiteral("--name"), QStringLiteral("Siti Nur'aini"),
                          QStringLiteral("--birth-place"), QStringLiteral("Banyumas"), QStringLiteral("--birth-date"), QStringLiteral("1990-05-15"),
                          QStringLiteral("--sex"), QStringLiteral("F"), QStringLiteral("--address"), QStringLiteral("Jl. Gunung Slamet 5"),
                          QStringLiteral("--rt"), QStringLiteral("003"), QStringLiteral("--rw"), QStringLiteral("005"),
                          QStringLiteral("--village"), QStringLiteral("33.02.27.1005")};
    CHECK(runCli(t.args(officer + add), password).exitCode == 0);
    const auto again = runCli(t.args(officer + add), password);   // refused: registered; the terminal names her, the log must not
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("Siti Nur'aini")));
    auto badPhone = add;
    badPhone[3] = QStringLiteral("3302275505900004");
    badPhone << QStringLiteral("--phone") << QStringLiteral("Siti Nur'aini 3302275505900004");
    // The refusal repeats the phone as typed, name and NIK included; the terminal shows it, the log must not.
    const auto refused = runCli(t.args(officer + badPhone), password);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("Siti Nur'aini")));
    // Unknown NIK: the message names it, in full, on the terminal only.
    auto r = runCli(t.args(officer + QStringList{QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("--nik"),
                                                 QStringLiteral("3302275505900009"), QStringLiteral("--service"), QStringLiteral("SKD"),
                                                 QStringLiteral("--channel"), QStringLiteral("walk_in"), QStringLiteral("--incomplete")}),
                    password);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("3302275505900009")));
    CHECK(runCli(t.args(officer + QStringList{QStringLiteral("resident"), QStringLiteral("find"), QStringLiteral("Siti")}), password)
              .exitCode == 0);
    CHECK(runCli(t.args(officer + QStringList{QStringLiteral("resident"), QStringLiteral("find"), QStringLiteral("Nur'aini Santoso")}),
                 password).exitCode >= 0);
    CHECK(runCli(t.args({QStringLiteral("nik"), QStringLiteral("check"), QStringLiteral("3302279905900003")})).exitCode == 1);

    QFile log(QDir(t.dir.path()).filePath(QStringLiteral("logs/loket.log")));
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("refused: ")));   // the log still says what happened
    CHECK_FALSE(QRegularExpression(QStringLiteral("\\d{16}")).match(text).hasMatch());
    CHECK_FALSE(text.contains(QStringLiteral("Siti")));
    CHECK_FALSE(text.contains(QStringLiteral("Nur'aini")));
    CHECK_FALSE(text.contains(QStringLiteral("Gunung Slamet")));
}
