// Office identity, counters and signers.
#include "TestSupport.h"

#include "common/Error.h"

#include <QBuffer>
#include <QImage>
#include <catch2/catch.hpp>

using namespace loket;

TEST_CASE("The demo office is Purwokerto Utara with a letterhead - counters and signers")
{
    test::DemoDb demo;
    OfficeService &office = demo.services().office();
    const Office o = office.office();
    CHECK(o.code == QStringLiteral("33.02.27"));
    CHECK(o.name == QStringLiteral("KECAMATAN PURWOKERTO UTARA"));
    CHECK(o.regencyName == QStringLiteral("KABUPATEN BANYUMAS"));
    REQUIRE(o.letterheadLines.size() >= 3);
    CHECK(o.letterheadLines[0] == QStringLiteral("PEMERINTAH KABUPATEN BANYUMAS"));
    CHECK(office.counters().size() == 2);
    const auto signers = office.signers();
    REQUIRE(signers.size() == 2);
    bool delegated = false;
    for (const Signer &s : signers)
        delegated |= s.delegation == QStringLiteral("a.n.") && s.principalTitle == QStringLiteral("CAMAT PURWOKERTO UTARA");
    CHECK(delegated);
}

TEST_CASE("An administrator edits the office identity and logo - bad values are refused")
{
    test::DemoDb demo;
    OfficeService &office = demo.services().office();
    const Session admin = demo.login(QStringLiteral("admin"));
    Office o = office.office();
    o.phone = QStringLiteral("(0281) 123456");
    o.letterheadLines = {QStringLiteral("PEMERINTAH KABUPATEN BANYUMAS"), QStringLiteral("KECAMATAN PURWOKERTO UTARA"),
                         QStringLiteral("Jalan Baru 1")};
    office.updateOffice(admin, o);
    CHECK(office.office().phone == QStringLiteral("(0281) 123456"));
    CHECK(office.office().letterheadLines.last() == QStringLiteral("Jalan Baru 1"));

    o.email = QStringLiteral("bukan-email");
    CHECK_THROWS_AS(office.updateOffice(admin, o), Error);
    CHECK(office.office().email == QStringLiteral("kec.purwokertoutara@banyumaskab.go.id"));

    QImage logo(64, 64, QImage::Format_RGB32);
    logo.fill(Qt::darkGreen);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    office.setLogo(admin, png);
    CHECK(office.logo() == png);
    CHECK_THROWS_AS(office.setLogo(admin, QByteArrayLiteral("<html>not an image</html>")), Error);
    CHECK(office.logo() == png);
    office.setLogo(admin, {});
    CHECK(office.logo().isEmpty());
}

TEST_CASE("Counter codes are unique and well formed - signers need a title and a valid NIP")
{
    test::DemoDb demo;
    OfficeService &office = demo.services().office();
    const Session admin = demo.login(QStringLiteral("admin"));
    CHECK_THROWS_AS(office.addCounter(admin, {QString(), QStringLiteral("L1"), QStringLiteral("Dobel"), true}), Error);
    CHECK_THROWS_AS(office.addCounter(admin, {QString(), QStringLiteral("loket 3"), QStringLiteral("Salah"), true}), Error);
    CHECK_NOTHROW(office.addCounter(admin, {QString(), QStringLiteral("L3"), QStringLiteral("Loket 3"), true}));
    CHECK(office.counters().size() == 3);

    Signer s{QString(), QStringLiteral("Ahmad"), QStringLiteral("1234"), QString(), QStringLiteral("Camat"), QString(), QString(), QString(), true};
    CHECK_THROWS_AS(office.addSigner(admin, s), Error);
    s.nip = QStringLiteral("197001011990031001");
    s.delegation = QStringLiteral("a.n.");
    CHECK_THROWS_AS(office.addSigner(admin, s), Error); // a.n. needs the principal's title
    s.delegation = QStringLiteral("Plt.");
    CHECK_NOTHROW(office.addSigner(admin, s));
}
