// The workflow through the core services, including two counters that disagree and are merged.
#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "common/Error.h"
#include "storage/Sql.h"
#include "workflow/WorkflowService.h"

#include <catch2/catch.hpp>

using namespace loket;

namespace {

QString newRequest(test::DemoDb &db)
{
    const Session officer = db.login(QStringLiteral("petugas"));
    Resident r;
    r.nik = QStringLiteral("3302271505900003");
    r.fullName = QStringLiteral("Budi Santoso");
    r.birthPlace = QStringLiteral("Purwokerto");
    r.birthDate = QDate(1990, 5, 15);
    r.sex = QStringLiteral("M");
    NewRequest req;
    req.nik = r.nik;
    req.resident = r;
    req.serviceCode = QStringLiteral("LEGALISASI");
    req.received = {QStringLiteral("dokumen_asli"), QStringLiteral("fotokopi_dokumen"), QStringLiteral("ktp")};
    return db.services().intake().submit(officer, req).tracking;
}

} // namespace

TEST_CASE("A request walks the whole workflow with the right roles")
{
    test::DemoDb db;
    WorkflowService &wf = db.services().workflow();
    const QString t = newRequest(db);
    const Session officer = db.login(QStringLiteral("petugas")), verifier = db.login(QStringLiteral("verifikator")),
                  approver = db.login(QStringLiteral("kasi")), signer = db.login(QStringLiteral("camat"));
    CHECK_THROWS_WITH(wf.advance(officer, t, QStringLiteral("verify"), QString()), Catch::Contains("verifier"));
    CHECK(wf.advance(verifier, t, QStringLiteral("verify"), QString()) == QStringLiteral("verified"));
    CHECK_THROWS_WITH(wf.advance(verifier, t, QStringLiteral("verify"), QString()), Catch::Contains("verified"));
    CHECK(wf.advance(verifier, t, QStringLiteral("process"), QString()) == QStringLiteral("in_process"));
    test::fillLetterDraft(db, t);
    CHECK(wf.advance(approver, t, QStringLiteral("to-signature"), QString()) == QStringLiteral("awaiting_signature"));
    CHECK_THROWS_AS(wf.advance(signer, t, QStringLiteral("send-back"), QString()), Error);   // reason required
    CHECK(wf.advance(signer, t, QStringLiteral("send-back"), QStringLiteral("Nama salah ketik")) == QStringLiteral("in_process"));
    CHECK(wf.advance(approver, t, QStringLiteral("to-signature"), QString()) == QStringLiteral("awaiting_signature"));
    // Signing is issuing the letter; the old status-only step is refused.
    CHECK_THROWS_WITH(wf.advance(signer, t, QStringLiteral("sign"), QString()), Catch::Contains("letter issue"));
    test::issueLetter(db, t);
    CHECK(db.services().intake().find(signer, t).status == QStringLiteral("signed"));
    CHECK(wf.advance(officer, t, QStringLiteral("ready"), QString()) == QStringLiteral("ready"));
    CHECK(wf.advance(officer, t, QStringLiteral("complete"), QString(), QStringLiteral("Diambil sendiri")) == QStringLiteral("completed"));
    const RequestDetails d = db.services().intake().find(officer, t);
    CHECK(d.status == QStringLiteral("completed"));
    CHECK(d.events.size() == 9);
    CHECK(d.events[4].note == QStringLiteral("Nama salah ketik"));
    CHECK(AuditLog::verify(db.services().store().db()).ok);
}

TEST_CASE("A refused transition records nothing")
{
    test::DemoDb db;
    const QString t = newRequest(db);
    const qint64 before = sql::scalar(db.services().store().db(), QStringLiteral("SELECT COUNT(*) FROM request_event")).toLongLong();
    CHECK_THROWS_AS(db.services().workflow().advance(db.login(QStringLiteral("petugas")), t, QStringLiteral("sign"), QString()), Error);
    CHECK_THROWS_AS(db.services().workflow().advance(db.login(QStringLiteral("admin")), t, QStringLiteral("cancel"), QString()), Error);
    CHECK_THROWS_AS(db.services().workflow().advance(db.login(QStringLiteral("admin")), t, QStringLiteral("explode"), QString()), Error);
    CHECK(sql::scalar(db.services().store().db(), QStringLiteral("SELECT COUNT(*) FROM request_event")).toLongLong() == before);
}

TEST_CASE("Two counters that hand over and cancel concurrently derive the same status and conflict after merging")
{
    test::DemoDb a;
    const QString t = newRequest(a);
    WorkflowService &wf = a.services().workflow();
    wf.advance(a.login(QStringLiteral("verifikator")), t, QStringLiteral("verify"), QString());
    test::toSignature(a, t);
    test::issueLetter(a, t);
    wf.advance(a.login(QStringLiteral("petugas")), t, QStringLiteral("ready"), QString());

    // Counter L2 starts from a copy of the same data (what sync would have given it).
    test::DemoDb b;
    test::copyAsSecondCounter(a, b);

    // Offline, A hands over while B cancels; then each receives the other's events (in either
    // order of arrival: the fold orders by HLC, not by arrival).
    a.services().workflow().advance(a.login(QStringLiteral("petugas")), t, QStringLiteral("complete"), QString());
    b.services().workflow().advance(b.login(QStringLiteral("admin")), t, QStringLiteral("cancel"), QStringLiteral("Dobel"));
    test::copyEvents(a, b);
    test::copyEvents(b, a);
    const QDate today = QDate::currentDate();
    const auto requestId = [&](test::DemoDb &db) {
        return sql::scalar(db.services().store().db(), QStringLiteral("SELECT id FROM request")).toString();
    };
    const WorkflowState sa = WorkflowService::derive(a.services().store().db(), requestId(a), today);
    const WorkflowState sb = WorkflowService::derive(b.services().store().db(), requestId(b), today);
    CHECK(sa.status == sb.status);
    REQUIRE(sa.conflicts.size() == 1);
    REQUIRE(sb.conflicts.size() == 1);
    CHECK(sa.conflicts[0].eventId == sb.conflicts[0].eventId);
    // A's hand-over has the earlier HLC, so it stands and B's cancellation is the conflict.
    CHECK(sa.status == QStringLiteral("completed"));
    CHECK(sa.conflicts[0].type == QStringLiteral("cancelled"));

    // The conflict is shown on the request until an officer settles it, on either node.
    const Session officer = a.login(QStringLiteral("petugas"));
    REQUIRE(a.services().intake().find(officer, t).conflicts.size() == 1);
    CHECK_THROWS_AS(a.services().workflow().resolveConflict(officer, t, sa.conflicts[0].eventId, QString()), Error);
    CHECK_THROWS_AS(a.services().workflow().resolveConflict(officer, t, QStringLiteral("no-such-event"), QStringLiteral("x")), Error);
    a.services().workflow().resolveConflict(officer, t, sa.conflicts[0].eventId, QStringLiteral("Sudah diserahkan; pembatalan diabaikan"));
    CHECK(a.services().intake().find(officer, t).conflicts.isEmpty());
    CHECK(a.services().intake().find(officer, t).status == QStringLiteral("completed"));
    test::copyEvents(a, b);
    CHECK(WorkflowService::derive(b.services().store().db(), requestId(b), today).conflicts.isEmpty());
}

TEST_CASE("The queue filters by status - channel - service - assignment and overdue")
{
    test::DemoDb db;
    const QString t = newRequest(db);
    const Session officer = db.login(QStringLiteral("petugas"));
    WorkflowService &wf = db.services().workflow();
    CHECK(wf.queue(officer, {}).size() == 1);
    CHECK(wf.queue(officer, {QStringLiteral("verified")}).isEmpty());
    CHECK(wf.queue(officer, {QString(), QStringLiteral("walk_in"), QStringLiteral("legalisasi")}).size() == 1);
    wf.assign(officer, t, QStringLiteral("petugas"));
    QueueFilter mine;
    mine.assignedTo = officer.userId;
    CHECK(wf.queue(officer, mine).size() == 1);
    CHECK_THROWS_AS(wf.assign(officer, t, QStringLiteral("kasi")), Error);   // officers only take work for themselves
    sql::exec(db.services().store().db(), QStringLiteral("UPDATE request SET due_date = '2020-01-01'"));
    QueueFilter overdue;
    overdue.overdueOnly = true;
    const auto items = wf.queue(officer, overdue);
    REQUIRE(items.size() == 1);
    CHECK(items[0].overdue);
}
