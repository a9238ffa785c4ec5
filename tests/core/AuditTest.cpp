// The hash-chained audit log detects edited, removed and truncated entries.
#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "storage/Sql.h"

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
