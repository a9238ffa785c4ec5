// The hash-chained audit log detects edited, removed and truncated entries, and request history
// rows changed, removed or added behind the application's back.
#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "common/Error.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"
#include "workflow/WorkflowService.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace loket;

TEST_CASE("The audit chain of a busy database verifies")
{
    test::DemoDb demo;
    const Session admin = demo.login(QStringLiteral("admin"));
    demo.services().office().addCounter(admin, {QString(), QStringLiteral("L4"), QStringLiteral("Loket 4"), true});
    const AuditVerification v = AuditLog::verify(demo.services().store().db());
    CHECK(v.ok);
    CHECK(v.entries > 20);
}

TEST_CASE("An edited - removed or truncated audit entry is named by verify")
{
    test::DemoDb demo;
    const QSqlDatabase db = demo.services().store().db();
    const QString third = sql::scalar(db, QStringLiteral("SELECT id FROM audit_log ORDER BY node_seq LIMIT 1 OFFSET 2")).toString();

    SECTION("edited")
    {
        sql::exec(db, QStringLiteral("UPDATE audit_log SET username = 'mallory' WHERE id = ?"), {third});
        const AuditVerification v = AuditLog::verify(db);
        CHECK_FALSE(v.ok);
        CHECK(v.badEntryId == third);
        CHECK(v.badSeq == 3);
    }
    SECTION("removed from the middle")
    {
        sql::exec(db, QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {third});
        const AuditVerification v = AuditLog::verify(db);
        CHECK_FALSE(v.ok);
        CHECK(v.badSeq == 3);
        CHECK(v.reason.contains(QStringLiteral("hilang")));
    }
    SECTION("cut off the end")
    {
        sql::exec(db, QStringLiteral("DELETE FROM audit_log WHERE node_seq = (SELECT MAX(node_seq) FROM audit_log)"));
        CHECK_FALSE(AuditLog::verify(db).ok);
    }
    SECTION("re-hashed by someone who does not know the chain")
    {
        sql::exec(db, QStringLiteral("UPDATE audit_log SET details = '{}', hash = prev_hash WHERE id = ?"), {third});
        CHECK_FALSE(AuditLog::verify(db).ok);
    }
}

namespace {

// A LEGALISASI request taken to `signed` by the demo users; returns its id.
QString signedRequest(test::DemoDb &demo)
{
    const Session officer = demo.login(QStringLiteral("petugas"));
    Resident r = test::sampleResident();
    NewRequest req;
    req.nik = r.nik;
    req.resident = r;
    req.serviceCode = QStringLiteral("LEGALISASI");
    req.received = {QStringLiteral("dokumen_asli"), QStringLiteral("fotokopi_dokumen"), QStringLiteral("ktp")};
    const QString t = demo.services().intake().submit(officer, req).tracking;
    test::toSignature(demo, t);
    test::issueLetter(demo, t);
    REQUIRE(demo.services().intake().find(officer, t).status == QStringLiteral("signed"));
    return sql::scalar(demo.services().store().db(), QStringLiteral("SELECT id FROM request WHERE tracking = ?"), {t}).toString();
}

// Runs statement on a connection of its own, as someone with the file and sqlite3 would.
void tamper(const QString &path, const QString &statement, const QVariantList &values = {})
{
    const QString name = QStringLiteral("tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.prepare(statement));
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

const AuditFinding *findingFor(const AuditVerification &v, const QString &kind, const QString &table, const QString &id)
{
    for (const AuditFinding &f : v.findings)
        if (f.kind == kind && f.table == table && f.id == id)
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("A request's history changed behind the application's back is named by verify")
{
    test::DemoDb demo;
    const QString requestId = signedRequest(demo);
    const QSqlDatabase db = demo.services().store().db();
    const QString signedEvent = sql::scalar(db, QStringLiteral("SELECT id FROM request_event WHERE request_id = ? AND type = 'signed'"),
                                            {requestId}).toString();
    REQUIRE(signedEvent.size() == 36);
    const AuditVerification clean = AuditLog::verify(db);
    INFO((clean.findings.isEmpty() ? QString() : clean.findings.first().message).toStdString());
    REQUIRE(clean.ok);
    CHECK(clean.rowsChecked >= 6);   // the request and its five events

    SECTION("an event's actor edited")
    {
        tamper(demo.path(), QStringLiteral("UPDATE request_event SET actor_name = 'kasi' WHERE id = ?"), {signedEvent});
        const AuditVerification v = AuditLog::verify(db);
        CHECK_FALSE(v.ok);
        CHECK(v.reason.isEmpty());   // the chain itself is intact
        REQUIRE(v.findingCount == 1);
        const AuditFinding *f = findingFor(v, QStringLiteral("changed"), QStringLiteral("request_event"), signedEvent);
        REQUIRE(f);
        CHECK(f->entryId.size() == 36);
        CHECK(f->message.contains(signedEvent));
        CHECK(f->message.contains(f->entryId));
    }
    SECTION("a NULL column of the request set to empty text")
    {
        REQUIRE(sql::scalar(db, QStringLiteral("SELECT assigned_to IS NULL FROM request WHERE id = ?"), {requestId}).toBool());
        tamper(demo.path(), QStringLiteral("UPDATE request SET assigned_to = '' WHERE id = ?"), {requestId});
        CHECK(findingFor(AuditLog::verify(db), QStringLiteral("changed"), QStringLiteral("request"), requestId));
    }
    SECTION("the signed event deleted")
    {
        tamper(demo.path(), QStringLiteral("DELETE FROM request_event WHERE id = ?"), {signedEvent});
        const AuditVerification v = AuditLog::verify(db);
        CHECK_FALSE(v.ok);
        REQUIRE(v.findingCount == 1);
        const AuditFinding *f = findingFor(v, QStringLiteral("removed"), QStringLiteral("request_event"), signedEvent);
        REQUIRE(f);
        CHECK(f->message.contains(signedEvent));
    }
    SECTION("a forged event inserted")
    {
        const QString forged = QStringLiteral("01900000-0000-7000-8000-0000000f0001");
        tamper(demo.path(), QStringLiteral("INSERT INTO request_event (id, request_id, type, actor_id, actor_name, role, node_id, "
                                           "node_code, at, note, payload, hlc, changed_by, changed_node, deleted) "
                                           "SELECT ?, request_id, 'completed', actor_id, actor_name, role, node_id, node_code, at, "
                                           "'', '{}', hlc + 1, changed_by, changed_node, 0 FROM request_event WHERE id = ?"),
               {forged, signedEvent});
        const AuditVerification v = AuditLog::verify(db);
        CHECK_FALSE(v.ok);
        REQUIRE(v.findingCount == 1);
        CHECK(findingFor(v, QStringLiteral("added"), QStringLiteral("request_event"), forged));
    }
    SECTION("a request row edited")
    {
        tamper(demo.path(), QStringLiteral("UPDATE request SET status = 'completed' WHERE id = ?"), {requestId});
        const AuditVerification v = AuditLog::verify(db);
        CHECK_FALSE(v.ok);
        REQUIRE(v.findingCount == 1);
        CHECK(findingFor(v, QStringLiteral("changed"), QStringLiteral("request"), requestId));
    }
    SECTION("a request row edited, then written again by Loket: the next write does not cover the edit")
    {
        tamper(demo.path(), QStringLiteral("UPDATE request SET form_fields = '{\"keperluan\":\"palsu\"}' WHERE id = ?"),
               {requestId});
        // The next ordinary write of the row (here: an assignment) records the row's new hash.
        const Session officer = demo.login(QStringLiteral("petugas"));
        const QString tracking = sql::scalar(db, QStringLiteral("SELECT tracking FROM request WHERE id = ?"), {requestId}).toString();
        demo.services().workflow().assign(officer, tracking, QStringLiteral("petugas"));
        const AuditVerification v = AuditLog::verify(db);
        CHECK_FALSE(v.ok);
        CHECK(v.reason.isEmpty());
        const AuditFinding *f = findingFor(v, QStringLiteral("changed"), QStringLiteral("request"), requestId);
        REQUIRE(f);
        CHECK(f->message.contains(QStringLiteral("ditulis lagi")));
    }
    SECTION("an entry's row hash rewritten to match an edit breaks the chain")
    {
        tamper(demo.path(), QStringLiteral("UPDATE audit_log SET row_sha256 = ? WHERE entity_id = ? AND row_sha256 IS NOT NULL"),
               {QString(64, u'a'), signedEvent});
        const AuditVerification v = AuditLog::verify(db);
        CHECK_FALSE(v.ok);
        CHECK_FALSE(v.reason.isEmpty());
    }
}

TEST_CASE("Rows written before row hashes are reported until audit seal covers them")
{
    test::DemoDb demo;
    const QString requestId = signedRequest(demo);
    const Session admin = demo.login(QStringLiteral("admin"));
    const QString legacy = QStringLiteral("01900000-0000-7000-8000-0000000e0001");
    {
        // What an older Loket left behind: an event and an audit entry naming it without its content hash.
        ChangeSet changes(demo.services().store(), admin.require(Role::Admin));
        sql::exec(changes.db(), QStringLiteral("INSERT INTO request_event (id, request_id, type, actor_name, role, node_id, node_code, "
                                               "at, hlc) VALUES (?, ?, 'note', 'admin', 'admin', 'n', 'L1', '2026-01-01', 1)"),
                  {legacy, requestId});
        changes.audit(QStringLiteral("request.note"), QStringLiteral("request_event"), legacy);
        changes.commit();
    }
    const QSqlDatabase db = demo.services().store().db();
    AuditVerification v = AuditLog::verify(db);
    CHECK_FALSE(v.ok);
    CHECK(findingFor(v, QStringLiteral("unsealed"), QStringLiteral("request_event"), legacy));

    CHECK_THROWS_AS(AuditLog::seal(demo.services().store(), demo.login(QStringLiteral("petugas"))), Error);
    CHECK(AuditLog::seal(demo.services().store(), admin) == 1);
    v = AuditLog::verify(db);
    CHECK(v.ok);
    tamper(demo.path(), QStringLiteral("UPDATE request_event SET note = 'diubah' WHERE id = ?"), {legacy});
    CHECK(findingFor(AuditLog::verify(db), QStringLiteral("changed"), QStringLiteral("request_event"), legacy));
}

TEST_CASE("A row's canonical hash covers every column but NULLs - tells NULL from empty text and keeps 64-bit integers exact")
{
    const QVariantMap row{{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("note"), QStringLiteral("")},
                          {QStringLiteral("hlc"), qint64(1) << 60}};
    QVariantMap nullNote = row;
    nullNote[QStringLiteral("note")] = QVariant();
    QVariantMap nextHlc = row;
    nextHlc[QStringLiteral("hlc")] = (qint64(1) << 60) + 1;
    QVariantMap textHlc = row;
    textHlc[QStringLiteral("hlc")] = QString::number(qint64(1) << 60);
    QVariantMap extra = row;
    extra[QStringLiteral("deleted")] = 0;
    const QString h = AuditLog::rowSha256(row);
    CHECK(h.size() == 64);
    CHECK(h == AuditLog::rowSha256(row));
    CHECK(h != AuditLog::rowSha256(nullNote));
    CHECK(h != AuditLog::rowSha256(nextHlc));
    CHECK(h != AuditLog::rowSha256(textHlc));
    CHECK(h != AuditLog::rowSha256(extra));
    // A column a later migration adds is NULL in the rows already hashed: their hash stays.
    QVariantMap addedColumn = row;
    addedColumn[QStringLiteral("portal_hash")] = QVariant();
    CHECK(h == AuditLog::rowSha256(addedColumn));
    CHECK(AuditLog::protectedTables().contains(QStringLiteral("request_event")));
}

TEST_CASE("Entries hashed with Qt's JSON writer - as the first entries were - keep verifying")
{
    test::DemoDb demo;
    const QSqlDatabase db = demo.services().store().db();
    // Another node's chain of two entries, hashed here the original way (QJsonDocument), with the
    // text verify must encode exactly as Qt does: quotes, backslashes, accents, a dash, DEL; then
    // a tab and an emoji.
    const QStringList details{QStringLiteral("{\"note\":\"Jl. \\\"Sudirman\\\" \\\\ 5 — café \u007f ok\"}"),
                              QStringLiteral("{\"note\":\"baris\\tdua 😀\"}\t😀")};
    QString prev = QString(64, u'0');
    for (int i = 0; i < details.size(); ++i) {
        const QString id = QStringLiteral("01900000-0000-7000-8000-00000000c00%1").arg(i);
        const QString seq = QString::number(i + 1);
        const QString hlc = QString::number(1000 + i);
        const QJsonArray fields{prev, id, QStringLiteral("other-node"), seq, hlc, QStringLiteral("2026-01-01T00:00:00.000Z"),
                                QString(), QStringLiteral("Ségolène"), QStringLiteral("officer"), QStringLiteral("L9"),
                                QStringLiteral("note"), QStringLiteral("x"), QStringLiteral("y"), details.at(i)};
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
        sql::exec(db, QStringLiteral("INSERT INTO audit_log(id, node_id, node_seq, hlc, at, user_id, username, role, node_code, action, "
                                     "entity, entity_id, details, prev_hash, hash) VALUES (?, 'other-node', ?, ?, "
                                     "'2026-01-01T00:00:00.000Z', NULL, 'Ségolène', 'officer', 'L9', 'note', 'x', 'y', ?, ?, ?)"),
                  {id, i + 1, 1000 + i, details.at(i), prev, hash});
        prev = hash;
    }
    const AuditVerification v = AuditLog::verify(db);
    INFO(v.reason.toStdString());
    CHECK(v.ok);
}
