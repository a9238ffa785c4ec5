// Walk-in intake through the core services: residents, requests, requirements, due dates.
#include "TestSupport.h"

#include "common/Error.h"
#include "intake/TrackingNumber.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace loket;

namespace {

Resident sampleResident(const QString &nik = QStringLiteral("3302275505900003"), const QString &name = QStringLiteral("Siti Nur'aini"))
{
    Resident r;
    r.nik = nik;
    r.kk = QStringLiteral("3302270101150007");
    r.fullName = name;
    r.birthPlace = QStringLiteral("Banyumas");
    r.birthDate = QDate(1990, 5, 15);
    r.sex = QStringLiteral("F");
    r.address = QStringLiteral("Jl. Gunung Slamet No. 5");
    r.rt = QStringLiteral("3");
    r.rw = QStringLiteral("005");
    r.villageCode = QStringLiteral("33.02.27.1005");
    return r;
}

qint64 count(AppServices &s, const QString &table)
{
    return sql::scalar(s.store().db(), QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

} // namespace

TEST_CASE("Residents are registered with checks and found by NIK and by any word of the name")
{
    test::DemoDb demo;
    AppServices &s = demo.services();
    const Session officer = demo.login(QStringLiteral("petugas"));
    const ResidentSaved saved = s.residents().save(officer, sampleResident(QStringLiteral("3302 2755.0590 0003")));
    CHECK(saved.created);
    CHECK(saved.warnings.isEmpty());
    const auto found = s.residents().findByNik(officer, QStringLiteral("3302275505900003"));
    REQUIRE(found);
    CHECK(found->fullName == QStringLiteral("Siti Nur'aini"));
    CHECK(found->rt == QStringLiteral("003"));

    s.residents().save(officer, sampleResident(QStringLiteral("3302271203850001"), QStringLiteral("Moh. Éko Prasetyo")));
    s.residents().save(officer, sampleResident(QStringLiteral("3302271203850002"), QStringLiteral("Sukarni")));
    auto names = [&](const QString &q) {
        QStringList out;
        for (const Resident &r : s.residents().search(officer, q))
            out << r.fullName;
        return out;
    };
    CHECK(names(QStringLiteral("nuraini")) == QStringList{QStringLiteral("Siti Nur'aini")});
    CHECK(names(QStringLiteral("NUR'AI")) == QStringList{QStringLiteral("Siti Nur'aini")});
    CHECK(names(QStringLiteral("eko")) == QStringList{QStringLiteral("Moh. Éko Prasetyo")});
    CHECK(names(QStringLiteral("pras moh")) == QStringList{QStringLiteral("Moh. Éko Prasetyo")});
    CHECK(names(QStringLiteral("s")).size() == 2);
    CHECK(names(QStringLiteral("\" OR 1=1 --")).isEmpty());
    CHECK(names(QStringLiteral("3302271203850002")) == QStringList{QStringLiteral("Sukarni")});
}

TEST_CASE("Updating a resident keeps the previous values in the audit")
{
    test::DemoDb demo;
    AppServices &s = demo.services();
    const Session officer = demo.login(QStringLiteral("petugas"));
    s.residents().save(officer, sampleResident());
    Resident changed = sampleResident();
    changed.phone = QStringLiteral("0812 2800 1234");
    const ResidentSaved saved = s.residents().save(officer, changed);
    CHECK_FALSE(saved.created);
    const QString details = sql::scalar(s.store().db(), QStringLiteral("SELECT details FROM audit_log WHERE action = 'resident.update'")).toString();
    CHECK(details.contains(QStringLiteral("\"phone\":{\"from\":\"\",\"to\":\"0812 2800 1234\"}")));
}

TEST_CASE("Bad resident input is refused or stored exactly - never executed or truncated")
{
    test::DemoDb demo;
    AppServices &s = demo.services();
    const Session officer = demo.login(QStringLiteral("petugas"));
    const qint64 before = count(s, QStringLiteral("resident"));
    auto refused = [&](Resident r, const QString &needle) {
        try {
            s.residents().save(officer, r);
            FAIL("bad resident saved");
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Invalid);
            CHECK(e.message().contains(needle));
        }
    };
    Resident r = sampleResident();
    r.fullName = QString(10000, u'a');
    refused(r, QStringLiteral("10000"));
    r = sampleResident();
    r.fullName = QStringLiteral("Siti\nNur");
    refused(r, QStringLiteral("kendali"));
    r = sampleResident();
    r.fullName = QStringLiteral("   ");
    refused(r, QStringLiteral("Nama lengkap"));
    r = sampleResident();
    r.nik = QStringLiteral("3302271505900000");
    refused(r, QStringLiteral("0000"));
    r = sampleResident();
    r.rt = QStringLiteral("1; DROP TABLE resident");
    refused(r, QStringLiteral("RT"));
    r = sampleResident();
    r.villageCode = QStringLiteral("33.02.27.9999");
    refused(r, QStringLiteral("33.02.27.9999"));
    CHECK(count(s, QStringLiteral("resident")) == before);

    r = sampleResident();
    r.fullName = QStringLiteral("Robert'); DROP TABLE resident; -- ") + QString(100, u'x');
    s.residents().save(officer, r);
    CHECK(s.residents().findByNik(officer, r.nik)->fullName == r.fullName.trimmed());
}

TEST_CASE("A walk-in request gets a tracking number and a working-day due date")
{
    test::DemoDb demo;
    AppServices &s = demo.services();
    const Session officer = demo.login(QStringLiteral("petugas"));
    NewRequest req;
    req.nik = QStringLiteral("3302275505900003");
    req.serviceCode = QStringLiteral("SKD");
    req.resident = sampleResident();
    req.received = {QStringLiteral("ktp"), QStringLiteral("kk"), QStringLiteral("pengantar_rt_rw"), QStringLiteral("pengantar_kelurahan")};
    req.fields.insert(QStringLiteral("keperluan"), QStringLiteral("Melamar pekerjaan"));
    const ServiceType skd = *s.catalogue().findByCode(QStringLiteral("SKD"));
    for (const Requirement &r : skd.requirements)
        if (!req.received.contains(r.key) && r.mandatory)
            req.received << r.key;

    const Submission sub = s.intake().submit(officer, req);
    CHECK(sub.status == QStringLiteral("submitted"));
    CHECK(TrackingNumber::canonical(sub.tracking) == sub.tracking);
    CHECK(sub.tracking.startsWith(QStringLiteral("L1-")));
    CHECK(sub.dueDate == s.holidays().calendar().addWorkingDays(QDate::currentDate(), skd.timeLimitDays));

    const RequestDetails d = s.intake().find(officer, sub.tracking.toLower());
    CHECK(d.channel == QStringLiteral("walk_in"));
    CHECK(d.resident.fullName == QStringLiteral("Siti Nur'aini"));
    CHECK(d.fields.value(QStringLiteral("keperluan")) == QStringLiteral("Melamar pekerjaan"));
    CHECK(d.officerName == QStringLiteral("Rina Lestari"));
    REQUIRE(d.events.size() == 1);
    CHECK(d.events[0].type == QStringLiteral("submitted"));

    // The second request for the same service warns about the open one and gets the next number.
    req.resident.reset();
    req.channel = QStringLiteral("assisted");
    const Submission second = s.intake().submit(officer, req);
    CHECK(second.tracking != sub.tracking);
    REQUIRE(second.warnings.size() == 1);
    CHECK(second.warnings[0].contains(sub.tracking));
    CHECK(s.intake().find(officer, second.tracking).assistedByName == QStringLiteral("Rina Lestari"));
}

TEST_CASE("A missing mandatory paper is refused unless the request is recorded as incomplete")
{
    test::DemoDb demo;
    AppServices &s = demo.services();
    const Session officer = demo.login(QStringLiteral("petugas"));
    s.residents().save(officer, sampleResident());
    const qint64 requests = count(s, QStringLiteral("request"));
    NewRequest req;
    req.nik = QStringLiteral("3302275505900003");
    req.serviceCode = QStringLiteral("SKTM");
    req.received = {QStringLiteral("ktp")};
    CHECK_THROWS_WITH(s.intake().submit(officer, req), Catch::Contains("belum diterima"));
    CHECK(count(s, QStringLiteral("request")) == requests);

    req.incomplete = true;
    const Submission sub = s.intake().submit(officer, req);
    CHECK(sub.status == QStringLiteral("returned"));
    CHECK(sub.missing().size() >= 2);
    const RequestDetails d = s.intake().find(officer, sub.tracking);
    REQUIRE(d.events.size() == 2);
    CHECK(d.events[1].type == QStringLiteral("returned"));
    CHECK(d.events[1].note.contains(QStringLiteral("Kartu Keluarga")));
}

TEST_CASE("Intake refuses unknown services - keys - channels - roles and writes nothing")
{
    test::DemoDb demo;
    AppServices &s = demo.services();
    const Session officer = demo.login(QStringLiteral("petugas"));
    s.residents().save(officer, sampleResident());
    const qint64 outbox = count(s, QStringLiteral("outbox"));
    NewRequest req;
    req.nik = QStringLiteral("3302275505900003");
    req.serviceCode = QStringLiteral("NOPE");
    CHECK_THROWS_AS(s.intake().submit(officer, req), Error);
    req.serviceCode = QStringLiteral("LEGALISASI");
    req.received = {QStringLiteral("passport")};
    CHECK_THROWS_WITH(s.intake().submit(officer, req), Catch::Contains("passport"));
    req.received.clear();
    req.incomplete = true;
    req.channel = QStringLiteral("online");
    CHECK_THROWS_AS(s.intake().submit(officer, req), Error);
    req.channel = QStringLiteral("walk_in");
    req.fields.insert(QStringLiteral("keperluan"), QString(5000, u'x'));
    CHECK_THROWS_WITH(s.intake().submit(officer, req), Catch::Contains("5000"));
    req.fields.clear();
    req.nik = QStringLiteral("3302271203850009");
    CHECK_THROWS_WITH(s.intake().submit(officer, req), Catch::Contains("belum terdaftar"));
    req.nik = QStringLiteral("3302275505900003");
    CHECK_THROWS_AS(s.intake().submit(demo.login(QStringLiteral("kasi")), req), Error);
    CHECK(count(s, QStringLiteral("request")) == 0);
    // log-ins add audit entries to the outbox; the refused submissions add nothing else
    CHECK(sql::scalar(s.store().db(), QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity <> 'audit_log'")).toLongLong()
          == sql::scalar(s.store().db(), QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity <> 'audit_log' AND seq <= ?"), {outbox}).toLongLong());
}

TEST_CASE("Tracking numbers from two counters working offline on the same day never collide")
{
    test::DemoDb a;
    test::DemoDb b;
    // b becomes counter L2 of the same office: same catalogue, different node code.
    sql::exec(b.services().store().db(), QStringLiteral("UPDATE node_state SET node_code = 'L2'"));
    QSet<QString> seen;
    for (test::DemoDb *db : {&a, &b}) {
        const Session officer = db->login(QStringLiteral("petugas"));
        db->services().residents().save(officer, sampleResident());
        NewRequest req;
        req.nik = QStringLiteral("3302275505900003");
        req.serviceCode = QStringLiteral("LEGALISASI");
        req.incomplete = true;
        for (int i = 0; i < 40; ++i) {
            const QString t = db->services().intake().submit(officer, req).tracking;
            CHECK_FALSE(seen.contains(t));
            seen.insert(t);
        }
    }
    CHECK(seen.size() == 80);
}

TEST_CASE("Holidays are kept by administrators and move due dates")
{
    test::DemoDb demo;
    AppServices &s = demo.services();
    const Session admin = demo.login(QStringLiteral("admin"));
    const QDate next = s.holidays().calendar().addWorkingDays(QDate::currentDate(), 1);
    s.holidays().add(admin, next, QStringLiteral("Cuti bersama"));
    CHECK(s.holidays().list(next.year()).size() == 1);
    CHECK(s.holidays().calendar().addWorkingDays(QDate::currentDate(), 1) > next);
    CHECK_THROWS_AS(s.holidays().add(demo.login(QStringLiteral("petugas")), next.addDays(1), QStringLiteral("x")), Error);
}
