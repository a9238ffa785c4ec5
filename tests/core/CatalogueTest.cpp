// The seeded service catalogue and its validation.
#include "TestSupport.h"

#include "common/Error.h"
#include "storage/Sql.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace loket;

TEST_CASE("The catalogue ships at least ten real kecamatan services with their six public components")
{
    test::DemoDb demo;
    const auto services = demo.services().catalogue().list(true);
    REQUIRE(services.size() >= 10);
    QSet<QString> codes;
    for (const ServiceType &s : services) {
        INFO(s.code.toStdString());
        codes.insert(s.code);
        CHECK_FALSE(s.name.isEmpty());
        CHECK(s.requirements.size() >= 2);
        CHECK_FALSE(s.procedure.isEmpty());
        CHECK_FALSE(s.fee.isEmpty());
        CHECK_FALSE(s.product.isEmpty());
        CHECK_FALSE(s.complaintChannel.isEmpty());
        CHECK_FALSE(s.classificationCode.isEmpty());
        CHECK_NOTHROW(ServiceCatalogue::validate(s));
    }
    for (const char *code : {"SKTM", "SKD", "SKTS", "ADMINDUK", "AHLI-WARIS", "DISP-NIKAH", "KERAMAIAN", "LEGALISASI",
                             "REKOM-SKCK", "REKOM-PBG"})
        CHECK(codes.contains(QString::fromLatin1(code)));
    const ServiceType sktm = *demo.services().catalogue().findByCode(QStringLiteral("sktm"));
    CHECK(sktm.requirements.first().key == QStringLiteral("ktp"));
    CHECK(sktm.fee == QStringLiteral("Gratis"));
    CHECK(demo.services().catalogue().findByCode(QStringLiteral("REKOM-PBG"))->category == QStringLiteral("perizinan"));
}

TEST_CASE("An administrator edits a service - the audit keeps the previous values")
{
    test::DemoDb demo;
    AppServices &s = demo.services();
    const Session admin = demo.login(QStringLiteral("admin"));
    ServiceType sktm = *s.catalogue().findByCode(QStringLiteral("SKTM"));
    sktm.timeLimitDays = 2;
    sktm.requirements.append({QStringLiteral("surat_pernyataan"), QStringLiteral("Surat pernyataan tidak mampu"), false});
    s.catalogue().update(admin, sktm);
    const ServiceType after = *s.catalogue().findByCode(QStringLiteral("SKTM"));
    CHECK(after.timeLimitDays == 2);
    CHECK(after.requirements.last() == Requirement{QStringLiteral("surat_pernyataan"), QStringLiteral("Surat pernyataan tidak mampu"), false});
    const QString details = sql::scalar(s.store().db(), QStringLiteral("SELECT details FROM audit_log WHERE action = 'service.update'")).toString();
    CHECK(details.contains(QStringLiteral("time_limit_days")));

    sktm.active = false;
    s.catalogue().update(admin, sktm);
    CHECK_FALSE(s.catalogue().findByCode(QStringLiteral("SKTM"))->active);
    bool listed = false;
    for (const ServiceType &t : s.catalogue().list())
        listed |= t.code == QStringLiteral("SKTM");
    CHECK_FALSE(listed);
}

TEST_CASE("Invalid services are refused with a message naming the problem - and nothing changes")
{
    test::DemoDb demo;
    AppServices &s = demo.services();
    const Session admin = demo.login(QStringLiteral("admin"));
    const ServiceType original = *s.catalogue().findByCode(QStringLiteral("SKD"));

    auto refused = [&](ServiceType t, const QString &needle) {
        try {
            s.catalogue().update(admin, t);
            FAIL("an invalid service was saved");
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Invalid);
            CHECK(e.message().contains(needle));
        }
    };
    ServiceType t = original;
    t.name = QStringLiteral("  ");
    refused(t, QStringLiteral("Nama layanan"));
    t = original;
    t.code = QStringLiteral("SKTM");
    refused(t, QStringLiteral("sudah dipakai"));
    t = original;
    t.requirements.append(t.requirements.first());
    refused(t, QStringLiteral("dua kali"));
    t = original;
    t.timeLimitDays = -1;
    refused(t, QStringLiteral("-1"));
    t = original;
    t.classificationCode = QStringLiteral("abc");
    refused(t, QStringLiteral("abc"));
    t = original;
    t.category = QStringLiteral("lainnya");
    refused(t, QStringLiteral("lainnya"));

    const ServiceType after = *s.catalogue().findByCode(QStringLiteral("SKD"));
    CHECK(after.name == original.name);
    CHECK(after.requirements == original.requirements);
}
