// Intake through loket-cli: number checks, residents, requests, and printouts checked with
// independent tools (poppler's pdftotext and pdftoppm, zbar's zbarimg).
#include "TestSupport.h"

#include "intake/IdentityNumber.h"
#include "print/IndonesianDate.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace loket;
using test::runCli;
using test::tool;

namespace {

struct CounterDb
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("loket.db"));

    CounterDb()
    {
        const auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--office-code"), QStringLiteral("33.02.27"),
                               QStringLiteral("--node-code"), QStringLiteral("L1"), QStringLiteral("--admin-user"), QStringLiteral("kepala"),
                               QStringLiteral("--demo")},
                              {QStringLiteral("LOKET_NEW_PASSWORD=kepala-sandi-1")});
        REQUIRE(r.exitCode == 0);
    }
    test::CliResult officer(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("petugas")} + args,
                      {QStringLiteral("LOKET_PASSWORD=demo-petugas")});
    }
};

QJsonObject json(const test::CliResult &r)
{
    INFO(r.out.toStdString() + r.err.toStdString());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("nik check and kk check exit 0 for valid numbers and 1 for invalid ones")
{
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("nik"), QStringLiteral("check"), QStringLiteral("3302 2755 0590 0003")});
    REQUIRE(r.exitCode == 0);
    QJsonObject o = json(r);
    CHECK(o.value(QStringLiteral("valid")).toBool());
    CHECK(o.value(QStringLiteral("sex")).toString() == QStringLiteral("F"));
    CHECK(o.value(QStringLiteral("birth_date")).toString() == QStringLiteral("1990-05-15"));
    CHECK(o.value(QStringLiteral("district")).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Purwokerto Utara"));
    CHECK(o.value(QStringLiteral("regency")).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("33.02"));
    CHECK(o.value(QStringLiteral("province")).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Jawa Tengah"));
    CHECK(o.value(QStringLiteral("errors")).toArray().isEmpty());

    r = runCli({QStringLiteral("--json"), QStringLiteral("nik"), QStringLiteral("check"), QStringLiteral("9902271505900003")});
    CHECK(r.exitCode == 0);
    CHECK(json(r).value(QStringLiteral("warnings")).toArray().size() == 1);
    CHECK(json(r).value(QStringLiteral("district")).isNull());

    r = runCli({QStringLiteral("--json"), QStringLiteral("nik"), QStringLiteral("check"), QStringLiteral("3302271513900001")});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(json(r).value(QStringLiteral("valid")).toBool());
    CHECK(runCli({QStringLiteral("kk"), QStringLiteral("check"), QStringLiteral("3302270101150007")}).exitCode == 0);
    CHECK(runCli({QStringLiteral("kk"), QStringLiteral("check"), QStringLiteral("330227010115")}).exitCode == 1);
    CHECK(runCli({QStringLiteral("nik"), QStringLiteral("check")}).exitCode == 2);
}

TEST_CASE("A walk-in from the command line: resident - request - receipt read back by independent tools")
{
    CounterDb c;
    auto r = c.officer({QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--nik"), QStringLiteral("3302275505900003"),
                        QStringLiteral("--kk"), QStringLiteral("3302270101150007"), QStringLiteral("--name"), QStringLiteral("Siti Nur'aini"),
                        QStringLiteral("--birth-place"), QStringLiteral("Banyumas"), QStringLiteral("--birth-date"), QStringLiteral("1990-05-15"),
                        QStringLiteral("--sex"), QStringLiteral("F"), QStringLiteral("--address"), QStringLiteral("Jl. Gunung Slamet 5"),
                        QStringLiteral("--rt"), QStringLiteral("003"), QStringLiteral("--rw"), QStringLiteral("005"),
                        QStringLiteral("--village"), QStringLiteral("33.02.27.1005")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    r = c.officer({QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("--nik"),
                   QStringLiteral("3302275505900003"), QStringLiteral("--service"), QStringLiteral("SKTM"), QStringLiteral("--channel"),
                   QStringLiteral("walk_in"), QStringLiteral("--received"), QStringLiteral("ktp"), QStringLiteral("kk"),
                   QStringLiteral("--field"), QStringLiteral("keperluan=Beasiswa sekolah anak"), QStringLiteral("--incomplete")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject created = json(r);
    const QString tracking = created.value(QStringLiteral("tracking")).toString();
    const QDate due = QDate::fromString(created.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
    CHECK(created.value(QStringLiteral("status")).toString() == QStringLiteral("returned"));
    REQUIRE(tracking.startsWith(QStringLiteral("L1-")));
    REQUIRE(due.isValid());

    r = c.officer({QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("show"), tracking.toLower()});
    REQUIRE(r.exitCode == 0);
    const QJsonObject shown = json(r);
    CHECK(shown.value(QStringLiteral("channel")).toString() == QStringLiteral("walk_in"));
    CHECK(shown.value(QStringLiteral("fields")).toObject().value(QStringLiteral("keperluan")).toString() == QStringLiteral("Beasiswa sekolah anak"));
    CHECK(shown.value(QStringLiteral("events")).toArray().size() == 2);

    // A mistyped check character is caught.
    QString typo = tracking;
    typo[typo.size() - 1] = typo.back() == u'A' ? u'B' : u'A';
    r = c.officer({QStringLiteral("request"), QStringLiteral("show"), typo});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("salah ketik")));

    const QString pdf = c.dir.filePath(QStringLiteral("receipt.pdf"));
    r = c.officer({QStringLiteral("receipt"), tracking, QStringLiteral("--pdf"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    CHECK(text.contains(tracking));
    CHECK(text.contains(IndonesianDate::format(due)));
    CHECK(text.contains(QStringLiteral("3302**********03")));
    CHECK_FALSE(text.contains(QStringLiteral("3302275505900003")));
    CHECK(text.contains(QStringLiteral("Siti Nur'aini")));
    CHECK(text.contains(QStringLiteral("BELUM LENGKAP")));
    tool(QStringLiteral("pdftoppm"), QStringList{QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-gray"), QStringLiteral("-png"), pdf,
                                      c.dir.filePath(QStringLiteral("page"))});
    const QString qr = tool(QStringLiteral("zbarimg"), QStringList{QStringLiteral("-q"), QStringLiteral("--raw"), c.dir.filePath(QStringLiteral("page-1.png"))});
    CHECK(qr.trimmed() == tracking);
}

TEST_CASE("The service standard handout and the online leaflet print on one page")
{
    CounterDb c;
    const QString pdf = c.dir.filePath(QStringLiteral("standard.pdf"));
    auto r = runCli({QStringLiteral("--db"), c.db, QStringLiteral("service"), QStringLiteral("standard"), QStringLiteral("SKD"),
                     QStringLiteral("--pdf"), pdf, QStringLiteral("--paper"), QStringLiteral("f4")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("STANDAR PELAYANAN")));
    CHECK(text.contains(QStringLiteral("Persyaratan")));
    CHECK(text.contains(QStringLiteral("Penanganan pengaduan")));
    CHECK(text.count(u'\f') == 1);   // one page
    CHECK(tool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("609 x 935 pts")));   // F4, 215 x 330 mm

    const QString leaflet = c.dir.filePath(QStringLiteral("leaflet.pdf"));
    r = runCli({QStringLiteral("--db"), c.db, QStringLiteral("leaflet"), QStringLiteral("online"), QStringLiteral("--pdf"), leaflet});
    REQUIRE(r.exitCode == 0);
    text = tool(QStringLiteral("pdftotext"), {leaflet, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("/paten")));
    tool(QStringLiteral("pdftoppm"), QStringList{QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-gray"), QStringLiteral("-png"), leaflet,
                                      c.dir.filePath(QStringLiteral("leaf"))});
    CHECK(tool(QStringLiteral("zbarimg"), QStringList{QStringLiteral("-q"), QStringLiteral("--raw"), c.dir.filePath(QStringLiteral("leaf-1.png"))})
              .trimmed().endsWith(QStringLiteral("/paten")));

    r = runCli({QStringLiteral("--db"), c.db, QStringLiteral("service"), QStringLiteral("standard"), QStringLiteral("NOPE"),
                QStringLiteral("--pdf"), c.dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(QFile::exists(c.dir.filePath(QStringLiteral("x.pdf"))));
}

TEST_CASE("request new refuses a missing mandatory paper and names it")
{
    CounterDb c;
    REQUIRE(c.officer({QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--nik"), QStringLiteral("3302271505900003"),
                       QStringLiteral("--name"), QStringLiteral("Budi"), QStringLiteral("--birth-place"), QStringLiteral("Purwokerto"),
                       QStringLiteral("--birth-date"), QStringLiteral("1990-05-15"), QStringLiteral("--sex"), QStringLiteral("M")})
                .exitCode == 0);
    const auto r = c.officer({QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("--nik"), QStringLiteral("3302271505900003"),
                              QStringLiteral("--service"), QStringLiteral("SKD"), QStringLiteral("--channel"), QStringLiteral("assisted"),
                              QStringLiteral("--received"), QStringLiteral("ktp")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Kartu Keluarga")));
}

TEST_CASE("resident add refuses a registered NIK naming the resident - resident update changes only the given fields and is audited")
{
    CounterDb c;
    const QStringList add{QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--nik"), QStringLiteral("3302275505900003"),
                          QStringLiteral("--name"), QStringLiteral("Siti Nur'aini"), QStringLiteral("--birth-place"), QStringLiteral("Banyumas"),
                          QStringLiteral("--birth-date"), QStringLiteral("1990-05-15"), QStringLiteral("--sex"), QStringLiteral("F"),
                          QStringLiteral("--address"), QStringLiteral("Jl. Mawar 1"), QStringLiteral("--rt"), QStringLiteral("3"),
                          QStringLiteral("--rw"), QStringLiteral("5")};
    REQUIRE(c.officer(add).exitCode == 0);

    QStringList again = add;
    again[again.indexOf(QStringLiteral("Siti Nur'aini"))] = QStringLiteral("Orang Lain");
    auto r = c.officer(again);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("sudah terdaftar atas nama Siti Nur'aini")));
    CHECK(r.err.contains(IdentityNumber::mask(QStringLiteral("3302275505900003"))));
    CHECK_FALSE(r.err.contains(QStringLiteral("3302275505900003")));   // the NIK itself stays masked
    r = c.officer({QStringLiteral("--json"), QStringLiteral("resident"), QStringLiteral("find"), QStringLiteral("3302275505900003")});
    QJsonObject stored = json(r).value(QStringLiteral("residents")).toArray().first().toObject();
    CHECK(stored.value(QStringLiteral("full_name")).toString() == QStringLiteral("Siti Nur'aini"));

    r = c.officer({QStringLiteral("--json"), QStringLiteral("resident"), QStringLiteral("update"), QStringLiteral("--nik"),
                   QStringLiteral("3302 2755 0590 0003"), QStringLiteral("--address"), QStringLiteral("Jl. Melati 9"),
                   QStringLiteral("--phone"), QStringLiteral("0812 3456 7890")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    stored = json(r).value(QStringLiteral("resident")).toObject();
    CHECK(stored.value(QStringLiteral("address")).toString() == QStringLiteral("Jl. Melati 9"));
    CHECK(stored.value(QStringLiteral("phone")).toString() == QStringLiteral("0812 3456 7890"));
    CHECK(stored.value(QStringLiteral("full_name")).toString() == QStringLiteral("Siti Nur'aini"));   // not given: kept
    CHECK(stored.value(QStringLiteral("rt")).toString() == QStringLiteral("003"));

    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {c.db, QStringLiteral("SELECT details FROM audit_log WHERE action = 'resident.update'")});
    REQUIRE(sqlite.waitForFinished(30000));
    const QString details = QString::fromUtf8(sqlite.readAllStandardOutput());
    CHECK(details.contains(QStringLiteral("Jl. Mawar 1")));
    CHECK(details.contains(QStringLiteral("Jl. Melati 9")));

    // Same checks as a new resident; an unknown NIK and no field at all are refused.
    r = c.officer({QStringLiteral("resident"), QStringLiteral("update"), QStringLiteral("--nik"), QStringLiteral("3302275505900003"),
                   QStringLiteral("--rt"), QStringLiteral("abc")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("RT")));
    r = c.officer({QStringLiteral("resident"), QStringLiteral("update"), QStringLiteral("--nik"), QStringLiteral("3302275505900004"),
                   QStringLiteral("--name"), QStringLiteral("Siapa")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("belum terdaftar")));
    CHECK(c.officer({QStringLiteral("resident"), QStringLiteral("update"), QStringLiteral("--nik"), QStringLiteral("3302275505900003")}).exitCode == 2);
}
