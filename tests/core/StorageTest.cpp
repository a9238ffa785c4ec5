// Storage layer: migrations, atomic change sets with their outbox and audit entries, pragmas.
#include "TestSupport.h"

#include "common/Error.h"
#include "common/FilePermissions.h"
#include "storage/ChangeSet.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QDir>
#include <QSqlRecord>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace loket;

namespace {

QString schemaDump(const QSqlDatabase &db)
{
    auto q = sql::exec(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    QString out;
    while (q.next())
        out += q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString() + u'\n';
    return out;
}

qint64 count(const QSqlDatabase &db, const QString &table)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

} // namespace

TEST_CASE("Migrations build an empty database and leave an up-to-date one unchanged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.db"));
    const int available = int(Migrator::available(QStringLiteral("sqlite")).size());
    REQUIRE(available >= 1);
    QString firstSchema;
    {
        Database db(DatabaseOptions{path});
        CHECK(db.migrationsApplied() == available);
        CHECK(db.schemaVersion() == Migrator::available(QStringLiteral("sqlite")).last().version);
        firstSchema = schemaDump(db.connection());
        CHECK(firstSchema.contains(QStringLiteral("table outbox")));
        CHECK(firstSchema.contains(QStringLiteral("table audit_log")));
    }
    {
        Database db(DatabaseOptions{path});
        CHECK(db.migrationsApplied() == 0);
        CHECK(schemaDump(db.connection()) == firstSchema);
        CHECK(count(db.connection(), QStringLiteral("schema_version")) == available);
    }
}

TEST_CASE("The database is opened in WAL mode with synchronous=FULL and foreign keys on")
{
    QTemporaryDir dir;
    Database db(DatabaseOptions{dir.filePath(QStringLiteral("p.db"))});
    const QSqlDatabase c = db.connection();
    CHECK(sql::scalar(c, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(sql::scalar(c, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(sql::scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(sql::scalar(c, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
}

TEST_CASE("A file that is not a database is refused with a clear message and left alone")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("junk.db"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    const QByteArray junk(8192, 'x');
    f.write(junk);
    f.close();
    REQUIRE_THROWS_AS(Database(DatabaseOptions{path}), Error);
    QFile again(path);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(again.readAll() == junk);
}

TEST_CASE("Every shared write has its outbox row and audit entry in the same transaction")
{
    test::DemoDb demo;
    Store &store = demo.services().store();
    const QSqlDatabase db = store.db();
    const qint64 outboxBefore = count(db, QStringLiteral("outbox"));
    const qint64 auditBefore = count(db, QStringLiteral("audit_log"));

    ChangeSet changes(store, Actor{QStringLiteral("u1"), QStringLiteral("tester"), QStringLiteral("admin")});
    const QString id = changes.insert(QStringLiteral("node"), {{QStringLiteral("code"), QStringLiteral("L9")},
                                                                {QStringLiteral("name"), QStringLiteral("Loket 9")}},
                                      QStringLiteral("counter.create"));
    changes.commit();

    CHECK(count(db, QStringLiteral("outbox")) == outboxBefore + 2); // the row and its audit entry
    auto q = sql::exec(db, QStringLiteral("SELECT entity, op, payload FROM outbox WHERE entity_id = ?"), {id});
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("node"));
    CHECK(q.value(1).toString() == QStringLiteral("upsert"));
    CHECK(q.value(2).toString().contains(QStringLiteral("Loket 9")));
    CHECK(count(db, QStringLiteral("audit_log")) == auditBefore + 1);
    auto row = sql::exec(db, QStringLiteral("SELECT hlc, changed_by, changed_node FROM node WHERE id = ?"), {id});
    REQUIRE(row.next());
    CHECK(row.value(0).toLongLong() > 0);
    CHECK(row.value(1).toString() == QStringLiteral("u1"));
    CHECK(row.value(2).toString() == store.node().nodeId);
}

TEST_CASE("A write that fails half-way leaves no row - no outbox entry and no audit entry")
{
    test::DemoDb demo;
    Store &store = demo.services().store();
    const QSqlDatabase db = store.db();
    const qint64 nodes = count(db, QStringLiteral("node"));
    const qint64 outbox = count(db, QStringLiteral("outbox"));
    const qint64 audit = count(db, QStringLiteral("audit_log"));
    const QVariant auditHead = sql::scalar(db, QStringLiteral("SELECT audit_head FROM node_state"));

    SECTION("an exception after the first write")
    {
        try {
            ChangeSet changes(store, Actor::system());
            changes.insert(QStringLiteral("node"), {{QStringLiteral("code"), QStringLiteral("L7")},
                                                    {QStringLiteral("name"), QStringLiteral("Loket 7")}},
                           QStringLiteral("counter.create"));
            throw Error::invalid(QStringLiteral("power cut"));
        } catch (const Error &) {
        }
    }
    SECTION("a constraint violation on the second write")
    {
        ChangeSet changes(store, Actor::system());
        changes.insert(QStringLiteral("node"), {{QStringLiteral("code"), QStringLiteral("L8")},
                                                {QStringLiteral("name"), QStringLiteral("Loket 8")}},
                       QStringLiteral("counter.create"));
        CHECK_THROWS_AS(changes.insert(QStringLiteral("node"), {{QStringLiteral("code"), QStringLiteral("L1")},
                                                                {QStringLiteral("name"), QStringLiteral("duplicate")}},
                                       QStringLiteral("counter.create")),
                        Error);
    }
    CHECK(count(db, QStringLiteral("node")) == nodes);
    CHECK(count(db, QStringLiteral("outbox")) == outbox);
    CHECK(count(db, QStringLiteral("audit_log")) == audit);
    CHECK(sql::scalar(db, QStringLiteral("SELECT audit_head FROM node_state")) == auditHead);
}

TEST_CASE("Updates record the previous values and tombstones never delete")
{
    test::DemoDb demo;
    AppServices &s = demo.services();
    const Session admin = demo.login(QStringLiteral("admin"));
    const QString id = s.office().addCounter(admin, {QString(), QStringLiteral("L5"), QStringLiteral("Loket 5"), true});
    s.office().updateCounter(admin, {id, QStringLiteral("L5"), QStringLiteral("Loket Lima"), true});
    const QString details = sql::scalar(s.store().db(), QStringLiteral("SELECT details FROM audit_log WHERE action = 'counter.update' "
                                                                       "AND entity_id = ?"), {id}).toString();
    CHECK(details.contains(QStringLiteral("\"from\":\"Loket 5\"")));
    CHECK(details.contains(QStringLiteral("\"to\":\"Loket Lima\"")));

    ChangeSet changes(s.store(), Actor::system());
    changes.tombstone(QStringLiteral("node"), id, QStringLiteral("counter.remove"));
    changes.commit();
    CHECK(sql::scalar(s.store().db(), QStringLiteral("SELECT deleted FROM node WHERE id = ?"), {id}).toInt() == 1);
    CHECK(sql::scalar(s.store().db(), QStringLiteral("SELECT op FROM outbox WHERE entity_id = ? ORDER BY seq DESC"), {id}).toString()
          == QStringLiteral("tombstone"));
}

TEST_CASE("Migration scripts are split into statements - keeping trigger bodies whole")
{
    const QStringList s = Migrator::splitStatements(QStringLiteral(
        "-- comment\nCREATE TABLE a (x INTEGER);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "  UPDATE a SET x = 1;\n  UPDATE a SET x = 2;\nEND;\nINSERT INTO a VALUES (1);\n"));
    REQUIRE(s.size() == 3);
    CHECK(s[1].startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(s[1].endsWith(QStringLiteral("END;")));
}

TEST_CASE("The database folder, the database, its -wal and -shm are 0700/0600, also when an older version made them 0644")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("counter"));
    const QString path = QDir(folder).filePath(QStringLiteral("loket.db"));
    {
        Database db(DatabaseOptions{path});
        CHECK(FilePermissions::mode(folder) == 0700);
        for (const char *suffix : {"", "-wal", "-shm"})
            CHECK(FilePermissions::mode(path + QLatin1String(suffix)) == 0600);
    }
    REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    Database db(DatabaseOptions{path});
    CHECK(FilePermissions::mode(folder) == 0700);
    for (const char *suffix : {"", "-wal", "-shm"})
        CHECK(FilePermissions::mode(path + QLatin1String(suffix)) == 0600);
}

TEST_CASE("A database of a newer schema is refused before anything is written, naming both versions")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.db"));
    const int known = Migrator::latestVersion(QStringLiteral("sqlite"));
    {
        Database db(DatabaseOptions{path});
        sql::exec(db.connection(), QStringLiteral("INSERT INTO schema_version(version, name, applied_at) VALUES (?, 'future', '2099')"),
                  {known + 1});
    }
    try {
        Database db(DatabaseOptions{path});
        FAIL("a newer schema was opened");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("versi %1").arg(known + 1)));
        CHECK(e.message().contains(QStringLiteral("versi %1").arg(known)));
        CHECK(e.message().contains(QStringLiteral("Perbarui Loket")));
    }
    // Nothing of it stays open or changed: a program that knows the version opens it again.
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer-schema-check"));
    raw.setDatabaseName(path);
    REQUIRE(raw.open());
    CHECK(sql::scalar(raw, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt() == known + 1);
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("newer-schema-check"));
}
