// Letters through loket-cli as the office's scripts drive them: keys, drafting, issuing, the QR
// read back by an independent decoder from a 200-dpi grey rendering, verification from a token,
// a URL, the PDF and an image, keys exported for another office, revocation, printing through
// the real cups-pdf queue (a reprint says SALINAN), export-online, and 1,000 letters issued from
// several processes at once.
#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "setup/Initializer.h"
#include "storage/Sql.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace loket;
using test::runCli;
using test::tool;

namespace {

QJsonObject json(const test::CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QStringList as(const test::DemoDb &db, const QString &user)
{
    return {QStringLiteral("--db"), db.path(), QStringLiteral("--as"), user, QStringLiteral("--json")};
}

QStringList env(const QString &user)
{
    return {QStringLiteral("LOKET_PASSWORD=") + Initializer::demoPassword(user),
            QStringLiteral("LOKET_PASSPHRASE=") + test::signerPassphrase()};
}

// A walk-in SKTM request verified and drafted through loket-cli, sent to signature.
QString draftedRequest(test::DemoDb &db)
{
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString t = test::submitSample(db.services(), officer, QStringLiteral("SKTM"));
    db.services().workflow().advance(officer, t, QStringLiteral("resubmit"), QString());
    auto r = runCli(as(db, QStringLiteral("verifikator")) + QStringList{QStringLiteral("request"), QStringLiteral("advance"), t,
                                                                         QStringLiteral("verify")}, env(QStringLiteral("verifikator")));
    REQUIRE(r.exitCode == 0);
    r = runCli(as(db, QStringLiteral("verifikator")) + QStringList{QStringLiteral("letter"), QStringLiteral("draft"), t,
                                                                    QStringLiteral("--field"), QStringLiteral("keperluan=Beasiswa sekolah"),
                                                                    QStringLiteral("--field"), QStringLiteral("nomor_pengantar=470/88/2026")},
               env(QStringLiteral("verifikator")));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(json(r).value(QStringLiteral("status")).toString() == QStringLiteral("in_process"));
    CHECK(json(r).value(QStringLiteral("empty")).toArray().size() == 1);   // the covering letter's date
    r = runCli(as(db, QStringLiteral("verifikator")) + QStringList{QStringLiteral("letter"), QStringLiteral("draft"), t,
                                                                    QStringLiteral("--field"), QStringLiteral("tanggal_pengantar=1 Desember 2026"),
                                                                    QStringLiteral("--field"), QStringLiteral("nama_ibu=x")},
               env(QStringLiteral("verifikator")));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("nama_ibu")));
    r = runCli(as(db, QStringLiteral("verifikator")) + QStringList{QStringLiteral("letter"), QStringLiteral("draft"), t,
                                                                    QStringLiteral("--field"), QStringLiteral("tanggal_pengantar=1 Desember 2026")},
               env(QStringLiteral("verifikator")));
    REQUIRE(r.exitCode == 0);
    r = runCli(as(db, QStringLiteral("kasi")) + QStringList{QStringLiteral("request"), QStringLiteral("advance"), t, QStringLiteral("to-signature")},
               env(QStringLiteral("kasi")));
    REQUIRE(r.exitCode == 0);
    return t;
}

// The PDF cups-pdf writes for the next job, once written to the end.
QString nextPrintedPdf(const QSet<QString> &before)
{
    const QDir pdfDir(QDir::home().filePath(QStringLiteral("PDF")));
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        QThread::msleep(250);
        for (const QFileInfo &f : pdfDir.entryInfoList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Time)) {
            if (before.contains(f.fileName()) || f.size() == 0)
                continue;
            QFile file(f.filePath());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains("%%EOF"))
                return f.filePath();
        }
    }
    return {};
}

QSet<QString> printedPdfs()
{
    QSet<QString> out;
    for (const QFileInfo &f : QDir(QDir::home().filePath(QStringLiteral("PDF"))).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files))
        out.insert(f.fileName());
    return out;
}

} // namespace

TEST_CASE("letter issue - the QR read back by zbarimg from a 200-dpi grey page - verify from token, URL, PDF, image and exported keys")
{
    test::DemoDb db;
    const QString t = draftedRequest(db);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("surat.pdf"));

    // A wrong passphrase: nothing issued.
    auto r = runCli(as(db, QStringLiteral("camat")) + QStringList{QStringLiteral("keys"), QStringLiteral("generate")}, env(QStringLiteral("camat")));
    REQUIRE(r.exitCode == 0);
    r = runCli(as(db, QStringLiteral("camat")) + QStringList{QStringLiteral("letter"), QStringLiteral("issue"), t},
               {QStringLiteral("LOKET_PASSWORD=demo-camat"), QStringLiteral("LOKET_PASSPHRASE=salah-sama-sekali")});
    CHECK(r.exitCode == 1);
    CHECK(test::countRows(db.path(), QStringLiteral("letter")) == 0);

    r = runCli(as(db, QStringLiteral("camat")) + QStringList{QStringLiteral("letter"), QStringLiteral("issue"), t, QStringLiteral("--pdf"), pdf},
               env(QStringLiteral("camat")));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject issued = json(r);
    const QString number = issued.value(QStringLiteral("number")).toString();
    const QString token = issued.value(QStringLiteral("token")).toString();
    const QString url = issued.value(QStringLiteral("url")).toString();
    CHECK(number == QStringLiteral("400.9.14.1/0001/PU/2026").replace(QStringLiteral("2026"), QString::number(QDate::currentDate().year())));
    CHECK(url.endsWith(u'#' + token));
    CHECK_FALSE(issued.value(QStringLiteral("letter_id")).toString().isEmpty());

    // An independent decoder reads the QR from the page as a 200-dpi grey scanner would see it.
    tool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-gray"), QStringLiteral("-png"), pdf,
                                      dir.filePath(QStringLiteral("page"))});
    const QString page = dir.filePath(QStringLiteral("page-1.png"));
    CHECK(tool(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), page}).trimmed() == url);

    const QStringList noLogin{QStringLiteral("--db"), db.path(), QStringLiteral("--json")};
    for (const QString &input : {token, url, pdf, page}) {
        r = runCli(noLogin + QStringList{QStringLiteral("letter"), QStringLiteral("verify"), input});
        INFO(input.toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(json(r).value(QStringLiteral("verdict")).toString() == QStringLiteral("genuine"));
        CHECK(json(r).value(QStringLiteral("number")).toString() == number);
        CHECK(json(r).value(QStringLiteral("signer")).toString() == QStringLiteral("Agus Setiawan, S.STP., M.Si."));
    }
    QString bad = token;
    bad[10] = bad[10] == u'A' ? u'B' : u'A';
    r = runCli(noLogin + QStringList{QStringLiteral("letter"), QStringLiteral("verify"), bad});
    CHECK(r.exitCode == 1);
    CHECK(json(r).value(QStringLiteral("label")).toString() == QStringLiteral("diubah atau palsu"));

    // Another office verifies with the exported public keys only, on an empty database.
    const QString keys = dir.filePath(QStringLiteral("kunci.json"));
    REQUIRE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"), keys}).exitCode == 0);
    const QStringList elsewhere{QStringLiteral("--db"), dir.filePath(QStringLiteral("lain.db")), QStringLiteral("--json")};
    r = runCli(elsewhere + QStringList{QStringLiteral("letter"), QStringLiteral("verify"), url});
    CHECK(r.exitCode == 1);
    CHECK(json(r).value(QStringLiteral("verdict")).toString() == QStringLiteral("unknown_key"));
    r = runCli(elsewhere + QStringList{QStringLiteral("letter"), QStringLiteral("verify"), url, QStringLiteral("--keys"), keys});
    CHECK(r.exitCode == 0);
    CHECK(json(r).value(QStringLiteral("note")).toString().contains(QStringLiteral("Pencabutan diketahui sampai")));
    // A mistyped file name is a missing file, not a forged letter.
    r = runCli(noLogin + QStringList{QStringLiteral("letter"), QStringLiteral("verify"), dir.filePath(QStringLiteral("tidak-ada.pdf"))});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("tidak ditemukan")));

    // Revoked: every way of asking says so, with the reason.
    r = runCli(as(db, QStringLiteral("camat")) + QStringList{QStringLiteral("letter"), QStringLiteral("revoke"), number,
                                                              QStringLiteral("--reason"), QStringLiteral("Salah nama, diganti")},
               env(QStringLiteral("camat")));
    REQUIRE(r.exitCode == 0);
    for (const QString &input : {token, pdf}) {
        r = runCli(noLogin + QStringList{QStringLiteral("letter"), QStringLiteral("verify"), input});
        CHECK(r.exitCode == 1);
        CHECK(json(r).value(QStringLiteral("verdict")).toString() == QStringLiteral("revoked"));
        CHECK(json(r).value(QStringLiteral("reason")).toString() == QStringLiteral("Salah nama, diganti"));
    }
    r = runCli(as(db, QStringLiteral("petugas")) + QStringList{QStringLiteral("letter"), QStringLiteral("list"), QStringLiteral("--csv"),
                                                                dir.filePath(QStringLiteral("register.csv"))}, env(QStringLiteral("petugas")));
    REQUIRE(r.exitCode == 0);
    CHECK(json(r).value(QStringLiteral("letters")).toArray().first().toObject().value(QStringLiteral("status")).toString() == QStringLiteral("revoked"));
    QFile csv(dir.filePath(QStringLiteral("register.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(csv.readAll()).contains(number));
    CHECK(AuditLog::verify(db.services().store().db()).ok);
}

TEST_CASE("letter print goes through the real cups-pdf queue - a reprint says SALINAN")
{
    QStringList printers = tool(QStringLiteral("lpstat"), {QStringLiteral("-e")}).split(u'\n', Qt::SkipEmptyParts);
    if (!printers.contains(QStringLiteral("LoketPDF")))
        FAIL("The CUPS queue LoketPDF is missing (scripts/start-test-services.sh starts it)");
    test::DemoDb db;
    const QString t = draftedRequest(db);
    REQUIRE(runCli(as(db, QStringLiteral("camat")) + QStringList{QStringLiteral("keys"), QStringLiteral("generate")}, env(QStringLiteral("camat"))).exitCode == 0);
    auto r = runCli(as(db, QStringLiteral("camat")) + QStringList{QStringLiteral("letter"), QStringLiteral("issue"), t}, env(QStringLiteral("camat")));
    REQUIRE(r.exitCode == 0);
    const QString id = json(r).value(QStringLiteral("letter_id")).toString();
    const QString number = json(r).value(QStringLiteral("number")).toString();
    QTemporaryDir dir;

    for (const bool reprint : {false, true}) {
        const QSet<QString> before = printedPdfs();
        r = runCli(as(db, QStringLiteral("petugas")) + QStringList{QStringLiteral("letter"), QStringLiteral("print"), id, QStringLiteral("--printer"),
                                                                    QStringLiteral("LoketPDF")}, env(QStringLiteral("petugas")));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(json(r).value(QStringLiteral("reprint")).toBool() == reprint);
        const QString printed = nextPrintedPdf(before);
        REQUIRE_FALSE(printed.isEmpty());
        // The CUPS filters turn text into glyphs pdftotext cannot read: the seal says which letter it
        // is, and OCR reads the SALINAN mark.
        const QString verify = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("--json"), QStringLiteral("letter"),
                                       QStringLiteral("verify"), printed}).out;
        const QJsonObject verdict = QJsonDocument::fromJson(verify.toUtf8()).object();
        INFO(verify.toStdString());
        CHECK(verdict.value(QStringLiteral("number")).toString() == number);
        // Its unreadable glyphs are not taken for altered words: the seal holds, and the answer
        // says that only the seal could be checked.
        CHECK(verdict.value(QStringLiteral("verdict")).toString() == QStringLiteral("genuine"));
        CHECK(verdict.value(QStringLiteral("note")).toString().contains(QStringLiteral("hanya segelnya")));
        const QString prefix = dir.filePath(reprint ? QStringLiteral("copy") : QStringLiteral("original"));
        tool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"), QStringLiteral("-png"),
                                          printed, prefix});
        const QString ocr = tool(QStringLiteral("tesseract"), {prefix + QStringLiteral("-1.png"), QStringLiteral("-"), QStringLiteral("-l"),
                                                               QStringLiteral("ind")});
        CHECK(ocr.contains(QStringLiteral("SALINAN")) == reprint);
        QFile::remove(printed);
    }
    const QSqlDatabase sdb = db.services().store().db();
    CHECK(sql::scalar(sdb, QStringLiteral("SELECT COUNT(*) FROM letter_print WHERE letter_id = ?"), {id}).toInt() == 2);
    CHECK(sql::scalar(sdb, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'letter.reprint'")).toInt() == 1);
}

TEST_CASE("export-online writes each online request's changes and its signed PDF once")
{
    test::DemoDb db;
    QTemporaryDir dir;
    const QString inbox = dir.filePath(QStringLiteral("inbox"));
    QDir().mkpath(inbox);
    test::writeFile(inbox + QStringLiteral("/a.json"),
                    QJsonDocument(QJsonObject{{QStringLiteral("requests"), QJsonArray{test::onlineRequest()}}}).toJson());
    auto r = runCli(as(db, QStringLiteral("petugas")) + QStringList{QStringLiteral("import-online"), inbox}, env(QStringLiteral("petugas")));
    INFO(r.out.toStdString() + r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString t = json(r).value(QStringLiteral("requests")).toArray().first().toObject().value(QStringLiteral("tracking")).toString();
    REQUIRE_FALSE(t.isEmpty());
    test::toSignature(db, t);
    const IssuedLetter issued = test::issueLetter(db, t);

    const QString out = dir.filePath(QStringLiteral("hasil"));
    r = runCli(as(db, QStringLiteral("petugas")) + QStringList{QStringLiteral("export-online"), QStringLiteral("--to"), out}, env(QStringLiteral("petugas")));
    REQUIRE(r.exitCode == 0);
    CHECK(json(r).value(QStringLiteral("letters")).toInt() == 1);
    const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() == 2);
    QFile f(QDir(out).filePath(files.filter(QStringLiteral(".json")).first()));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    CHECK(doc.value(QStringLiteral("format")).toString() == QStringLiteral("loket-online-result/1"));
    const QJsonObject req = doc.value(QStringLiteral("requests")).toArray().first().toObject();
    CHECK(req.value(QStringLiteral("portal_id")).toString() == QStringLiteral("PU-2026-000123"));
    CHECK(req.value(QStringLiteral("status")).toString() == QStringLiteral("signed"));
    const QJsonObject letter = req.value(QStringLiteral("letters")).toArray().first().toObject();
    CHECK(letter.value(QStringLiteral("number")).toString() == issued.number);
    CHECK(QFile::exists(QDir(out).filePath(letter.value(QStringLiteral("pdf")).toString())));

    // A rerun writes nothing; the next change is written next time, once.
    r = runCli(as(db, QStringLiteral("petugas")) + QStringList{QStringLiteral("export-online"), QStringLiteral("--to"), out}, env(QStringLiteral("petugas")));
    CHECK(json(r).value(QStringLiteral("events")).toInt() == 0);
    CHECK(QDir(out).entryList(QDir::Files).size() == 2);
    db.services().workflow().advance(db.login(QStringLiteral("petugas")), t, QStringLiteral("ready"), QString());
    r = runCli(as(db, QStringLiteral("petugas")) + QStringList{QStringLiteral("export-online"), QStringLiteral("--to"), out}, env(QStringLiteral("petugas")));
    CHECK(json(r).value(QStringLiteral("events")).toInt() == 1);
    CHECK(json(r).value(QStringLiteral("letters")).toInt() == 0);
    CHECK(QDir(out).entryList(QDir::Files).size() == 3);
}

TEST_CASE("1000 letters issued by four processes at once get 1000 distinct consecutive numbers")
{
    test::DemoDb db;
    AppServices &s = db.services();
    const Session officer = db.login(QStringLiteral("petugas")), verifier = db.login(QStringLiteral("verifikator")),
                  kasi = db.login(QStringLiteral("kasi")), camat = db.login(QStringLiteral("camat"));
    s.letters().generateKey(camat, test::signerPassphrase());
    const int total = 1000, lanes = 4;
    QList<QStringList> trackings(lanes);
    for (int i = 0; i < total; ++i)
        trackings[i % lanes] << test::sktmAwaitingSignature(s, officer, verifier, kasi);
    QList<QProcess *> processes;
    for (int lane = 0; lane < lanes; ++lane) {
        auto *p = new QProcess;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("LOKET_PASSWORD"), QStringLiteral("demo-camat"));
        e.insert(QStringLiteral("LOKET_PASSPHRASE"), test::signerPassphrase());
        p->setProcessEnvironment(e);
        p->start(QStringLiteral(LOKET_CLI_PATH), QStringList{QStringLiteral("--db"), db.path(), QStringLiteral("--as"),
                                                             QStringLiteral("camat"), QStringLiteral("letter"), QStringLiteral("issue")}
                                                     + trackings[lane]);
        processes << p;
    }
    for (QProcess *p : processes) {
        REQUIRE(p->waitForFinished(900000));
        INFO(QString::fromUtf8(p->readAllStandardOutput() + p->readAllStandardError()).toStdString());
        CHECK(p->exitCode() == 0);
        delete p;
    }
    const QSqlDatabase sdb = s.store().db();
    CHECK(sql::scalar(sdb, QStringLiteral("SELECT COUNT(*) FROM letter")).toInt() == total);
    CHECK(sql::scalar(sdb, QStringLiteral("SELECT COUNT(DISTINCT number) FROM letter")).toInt() == total);
    CHECK(sql::scalar(sdb, QStringLiteral("SELECT MIN(seq) FROM letter_number")).toInt() == 1);
    CHECK(sql::scalar(sdb, QStringLiteral("SELECT MAX(seq) FROM letter_number")).toInt() == total);
    CHECK(sql::scalar(sdb, QStringLiteral("SELECT COUNT(*) FROM request WHERE status = 'signed'")).toInt() == total);
    CHECK(AuditLog::verify(sdb).ok);
}
