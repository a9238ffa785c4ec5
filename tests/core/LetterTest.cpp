// Letters in core: every template rendered for a long name on A4 and F4, numbering (a year's
// boundary, voided numbers never given again), the seal (genuine, any character changed, any
// stored field changed, an unknown key, revoked), and a wrong passphrase that issues nothing.
#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "common/Error.h"
#include "documents/PdfDocument.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterSeal.h"
#include "letters/SigningKey.h"
#include "residents/ResidentService.h"
#include "storage/Sql.h"
#include "storage/Uuid7.h"
#include "workflow/WorkflowService.h"

#include <QBuffer>
#include <QDir>
#include <QJsonDocument>
#include <QLinearGradient>
#include <QPainter>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace loket;

namespace {

const QString kLongName = QStringLiteral("Raden Ajeng Siti Nur'aini Kusumawardhani Prawiranegara Putri");   // 60 characters

QString pdfText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(QStringLiteral("l.pdf")), pdf);
    return test::tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
}

QString pdfPageSize(const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(QStringLiteral("l.pdf")), pdf);
    for (const QString &line : test::tool(QStringLiteral("pdfinfo"), {path}).split(u'\n'))
        if (line.startsWith(QStringLiteral("Page size:")))
            return line.mid(10).simplified();
    return {};
}

// A request of serviceCode for the long-named resident, taken to awaiting signature.
QString awaitingSignature(test::DemoDb &db, const QString &serviceCode)
{
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString t = test::submitSample(db.services(), officer, serviceCode);
    Resident r = test::sampleResident();
    r.fullName = kLongName;
    db.services().residents().save(officer, r);   // the letter is drawn from the resident as registered now
    if (db.services().intake().find(officer, t).status == QStringLiteral("returned"))
        db.services().workflow().advance(officer, t, QStringLiteral("resubmit"), QString());
    test::toSignature(db, t);
    return t;
}

} // namespace

TEST_CASE("every bundled template renders for a 60-character name with an apostrophe, on A4 and F4")
{
    test::DemoDb db;
    const QList<LetterTemplate> templates = LetterService::bundledTemplates();
    REQUIRE(templates.size() == db.services().catalogue().list(true).size());
    QStringList numbers;
    for (const LetterTemplate &tmpl : templates) {
        INFO(tmpl.serviceCode.toStdString());
        const QString t = awaitingSignature(db, tmpl.serviceCode);
        const IssuedLetter issued = test::issueLetter(db, t);
        numbers << issued.number;
        const Session officer = db.login(QStringLiteral("petugas"));
        const QByteArray pdf = db.services().letters().letterPdf(officer, issued.id);
        const QString text = pdfText(pdf).simplified();
        CHECK(text.contains(kLongName));   // whole, however the line wraps
        CHECK(text.contains(issued.number));
        CHECK(text.contains(QStringLiteral("NIP. 197503122000031002")));
        CHECK(pdfPageSize(pdf).contains(tmpl.paper == QStringLiteral("f4") ? QStringLiteral("609 x 935") : QStringLiteral("(A4)")));

        // The same content on the other paper: still whole, still one letter.
        const QString content = sql::scalar(db.services().store().db(), QStringLiteral("SELECT content FROM letter WHERE id = ?"),
                                            {issued.id}).toString();
        LetterContent other = LetterContent::fromJson(QJsonDocument::fromJson(content.toUtf8()).object());
        other.paper = tmpl.paper == QStringLiteral("a4") ? QStringLiteral("f4") : QStringLiteral("a4");
        const QByteArray otherPdf = LetterRenderer::pdf(other, issued.url, db.services().office().office(), {}, LetterMark::None);
        const QString otherText = pdfText(otherPdf).simplified();
        CHECK(otherText.contains(kLongName));
        CHECK(otherText.contains(issued.number));
        CHECK(otherText.contains(QStringLiteral("NIP. 197503122000031002")));
    }
    CHECK(QSet<QString>(numbers.begin(), numbers.end()).size() == numbers.size());
    CHECK(AuditLog::verify(db.services().store().db()).ok);
}

TEST_CASE("a long letter flows onto a second page that carries its number, the signature block whole")
{
    test::DemoDb db;
    const QString t = awaitingSignature(db, QStringLiteral("AHLI-WARIS"));
    const Session verifier = db.login(QStringLiteral("verifikator"));
    // Sent back to add twenty heirs (the field holds at most 2000 characters): the list runs past the first page.
    db.services().workflow().advance(db.login(QStringLiteral("kasi")), t, QStringLiteral("send-back"), QStringLiteral("Daftar ahli waris"));
    QStringList heirs;
    for (int i = 1; i <= 20; ++i)
        heirs << QStringLiteral("%1. Ahli waris nomor %1 bin Fulan, anak kandung almarhum, beralamat di Kelurahan Grendeng").arg(i);
    const LetterDraft d = db.services().letters().draft(verifier, t);
    REQUIRE(d.fields.contains(QStringLiteral("daftar_ahli_waris")));
    db.services().letters().saveDraft(verifier, t, {{QStringLiteral("daftar_ahli_waris"), heirs.join(u'\n')}});
    db.services().workflow().advance(db.login(QStringLiteral("kasi")), t, QStringLiteral("to-signature"), QString());
    const IssuedLetter issued = test::issueLetter(db, t);
    CHECK(issued.pages >= 2);
    const QString text = pdfText(db.services().letters().letterPdf(verifier, issued.id));
    CHECK(text.contains(QStringLiteral("Halaman 2 dari %1").arg(issued.pages)));
    CHECK(text.count(issued.number) >= 2);   // under the title and at the head of page 2
    CHECK(text.contains(QStringLiteral("20. Ahli waris nomor 20")));
    CHECK(text.contains(QStringLiteral("NIP. 197503122000031002")));
}

TEST_CASE("numbers: consecutive per register, restarting with the year, a voided number never given again")
{
    test::DemoDb db;
    qint64 now = QDateTime(QDate(2026, 12, 31), QTime(10, 0)).toMSecsSinceEpoch();
    AppServices timed(DatabaseOptions{db.path()}, [&now] { return now; });
    test::DemoDb &same = db;
    const auto issueAt = [&](const QString &service) {
        const QString t = awaitingSignature(same, service);
        const Session camat = timed.users().login(QStringLiteral("camat"), QStringLiteral("demo-camat"));
        if (!timed.letters().hasKey(camat))
            timed.letters().generateKey(camat, test::signerPassphrase());
        return timed.letters().issueOne(camat, t, test::signerPassphrase());
    };
    const IssuedLetter a = issueAt(QStringLiteral("SKTM"));
    const IssuedLetter b = issueAt(QStringLiteral("SKTM"));
    const IssuedLetter c = issueAt(QStringLiteral("SKD"));   // another classification code: its own register
    CHECK(a.number == QStringLiteral("400.9.14.1/0001/PU/2026"));
    CHECK(b.number == QStringLiteral("400.9.14.1/0002/PU/2026"));
    CHECK(c.number == QStringLiteral("400.12.2.1/0001/PU/2026"));

    const Session admin = timed.users().login(QStringLiteral("admin"), QStringLiteral("demo-admin"));
    timed.letters().voidNumber(admin, b.number, QStringLiteral("Tercetak salah, kertas rusak"));
    CHECK_THROWS_AS(timed.letters().voidNumber(admin, b.number, QStringLiteral("lagi")), Error);
    const IssuedLetter d = issueAt(QStringLiteral("SKTM"));
    CHECK(d.number == QStringLiteral("400.9.14.1/0003/PU/2026"));   // 0002 stays voided in the register
    CHECK(timed.letters().letter(admin, b.number).status == QStringLiteral("voided"));

    now = QDateTime(QDate(2027, 1, 4), QTime(8, 0)).toMSecsSinceEpoch();
    const IssuedLetter e = issueAt(QStringLiteral("SKTM"));
    CHECK(e.number == QStringLiteral("400.9.14.1/0001/PU/2027"));

    // One register for the office: the sequence is shared by every classification code.
    Office o = timed.office().office();
    o.numberRegisters = QStringLiteral("office");
    timed.office().updateOffice(admin, o);
    const IssuedLetter f = issueAt(QStringLiteral("SKD"));
    const IssuedLetter g = issueAt(QStringLiteral("SKTM"));
    CHECK(f.number == QStringLiteral("400.12.2.1/0001/PU/2027"));
    CHECK(g.number == QStringLiteral("400.9.14.1/0002/PU/2027"));
    // Back to one register per code mid-year: that register's next number was already given by
    // the office register, so it is passed over instead of blocking signing for the year.
    o.numberRegisters = QStringLiteral("per_code");
    timed.office().updateOffice(admin, o);
    const IssuedLetter h = issueAt(QStringLiteral("SKTM"));
    CHECK(h.number == QStringLiteral("400.9.14.1/0003/PU/2027"));
    o.numberFormat = QStringLiteral("{nomor}/{unit}");   // no year: two years would share numbers
    CHECK_THROWS_WITH(timed.office().updateOffice(admin, o), Catch::Contains("{tahun}"));
    o.numberFormat = QStringLiteral("{klasifikasi}/{nomer}/{tahun}");
    CHECK_THROWS_WITH(timed.office().updateOffice(admin, o), Catch::Contains("{nomer}"));
}

TEST_CASE("seal: genuine, any character changed, a stored field changed, an unknown key, revoked")
{
    test::DemoDb db;
    LetterService &letters = db.services().letters();
    const QString t = awaitingSignature(db, QStringLiteral("SKTM"));
    const IssuedLetter issued = test::issueLetter(db, t);

    const LetterVerdict genuine = letters.verifyToken(issued.url);
    CHECK(genuine.kind == LetterVerdict::Kind::Genuine);
    CHECK(genuine.number == issued.number);
    CHECK(genuine.residentName == kLongName);
    CHECK(genuine.subject == QStringLiteral("Surat Keterangan Tidak Mampu"));
    CHECK(genuine.signerName == QStringLiteral("Agus Setiawan, S.STP., M.Si."));
    CHECK(letters.verifyToken(issued.token).kind == LetterVerdict::Kind::Genuine);

    // Every single character of the token changed, one at a time: never genuine.
    const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    int checked = 0;
    for (int i = 0; i < issued.token.size(); ++i) {
        QString bad = issued.token;
        bad[i] = alphabet.at((alphabet.indexOf(bad.at(i)) + 1 + i % 7) % alphabet.size());
        const LetterVerdict v = letters.verifyToken(bad);
        INFO("position " << i);
        CHECK((v.kind == LetterVerdict::Kind::Altered || v.kind == LetterVerdict::Kind::UnknownKey));
        ++checked;
    }
    CHECK(checked == issued.token.size());
    CHECK(letters.verifyToken(issued.token.left(issued.token.size() - 1)).kind == LetterVerdict::Kind::Altered);
    CHECK(letters.verifyToken(QStringLiteral("bukan segel")).kind == LetterVerdict::Kind::Altered);

    // Any field of the letter as stored changed (by someone with the file): altered.
    const QString content = sql::scalar(db.services().store().db(), QStringLiteral("SELECT content FROM letter WHERE id = ?"),
                                        {issued.id}).toString();
    for (const QString &field : {QStringLiteral("resident_nik"), QStringLiteral("body"), QStringLiteral("date"), QStringLiteral("subject")}) {
        QJsonObject changed = QJsonDocument::fromJson(content.toUtf8()).object();
        changed.insert(field, QString(changed.value(field).toString() + QStringLiteral("1")));
        sql::exec(db.services().store().db(), QStringLiteral("UPDATE letter SET content = ? WHERE id = ?"),
                  {QString::fromUtf8(QJsonDocument(changed).toJson(QJsonDocument::Compact)), issued.id});
        INFO(field.toStdString());
        CHECK(letters.verifyToken(issued.token).kind == LetterVerdict::Kind::Altered);
    }
    sql::exec(db.services().store().db(), QStringLiteral("UPDATE letter SET content = ? WHERE id = ?"), {content, issued.id});
    CHECK(letters.verifyToken(issued.token).kind == LetterVerdict::Kind::Genuine);

    // A token sealed by a key this office does not know.
    const SealedKey foreign = SigningKey::generate(QStringLiteral("kunci-kantor-lain"));
    const auto unsealed = UnsealedKey::unseal(foreign, QStringLiteral("kunci-kantor-lain"));
    SealFields f = LetterSeal::decodeBody([&] {
        QByteArray body, sig;
        LetterSeal::split(issued.token, &body, &sig);
        return body;
    }());
    f.keyId = QByteArray::fromHex(foreign.keyId.toLatin1());
    const QByteArray body = LetterSeal::encodeBody(f);
    const LetterVerdict unknown = letters.verifyToken(LetterSeal::token(body, unsealed->sign(LetterSeal::signedMessage(body))));
    CHECK(unknown.kind == LetterVerdict::Kind::UnknownKey);

    // Revoked: reported with its reason; with the exported keys too, offline.
    letters.revoke(db.login(QStringLiteral("camat")), issued.id, QStringLiteral("Diterbitkan keliru, diganti"));
    const LetterVerdict revoked = letters.verifyToken(issued.url);
    CHECK(revoked.kind == LetterVerdict::Kind::Revoked);
    CHECK(revoked.reason == QStringLiteral("Diterbitkan keliru, diganti"));
    CHECK_FALSE(revoked.revokedAt.isEmpty());
    const QJsonObject keys = letters.exportKeys();
    CHECK(letters.verifyToken(issued.url, keys).kind == LetterVerdict::Kind::Revoked);
    // The request goes back to be drafted and signed again.
    CHECK(db.services().intake().find(db.login(QStringLiteral("petugas")), t).status == QStringLiteral("in_process"));
    CHECK(AuditLog::verify(db.services().store().db()).ok);
}

TEST_CASE("only the signer with the right passphrase signs: a wrong one issues nothing and takes no number")
{
    test::DemoDb db;
    LetterService &letters = db.services().letters();
    const QString t = awaitingSignature(db, QStringLiteral("SKD"));
    const Session camat = db.login(QStringLiteral("camat"));
    CHECK_THROWS_WITH(letters.issueOne(camat, t, test::signerPassphrase()), Catch::Contains("keys generate"));
    CHECK_THROWS_AS(letters.generateKey(camat, QStringLiteral("pendek")), Error);
    letters.generateKey(camat, test::signerPassphrase());
    const auto count = [&](const QString &table) {
        return sql::scalar(db.services().store().db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt();
    };
    try {
        letters.issueOne(camat, t, QStringLiteral("frasa-sandi-yang-salah"));
        FAIL("signed with a wrong passphrase");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Auth);
    }
    CHECK(count(QStringLiteral("letter")) == 0);
    CHECK(count(QStringLiteral("letter_number")) == 0);
    CHECK(db.services().intake().find(camat, t).status == QStringLiteral("awaiting_signature"));
    // Someone else, even with the role's menu open, is not a signer.
    CHECK_THROWS_AS(letters.issueOne(db.login(QStringLiteral("kasi")), t, test::signerPassphrase()), Error);
    // The delegate signs with a key of her own, a.n. Camat.
    const Session sekcam = db.login(QStringLiteral("sekcam"));
    letters.generateKey(sekcam, QStringLiteral("sekcam-frasa-sandi"));
    const IssuedLetter issued = letters.issueOne(sekcam, t, QStringLiteral("sekcam-frasa-sandi"));
    const QString text = pdfText(letters.letterPdf(sekcam, issued.id)).simplified();
    CHECK(text.contains(QStringLiteral("a.n. CAMAT PURWOKERTO UTARA Sekretaris Camat")));
    CHECK(count(QStringLiteral("letter_number")) == 1);
    // The private key is stored only sealed: the public key is not derivable from the stored bytes.
    const QString sealed = sql::scalar(db.services().store().db(), QStringLiteral("SELECT sealed_secret FROM signing_key LIMIT 1")).toString();
    CHECK(sealed.size() > 100);
}

TEST_CASE("templates: an unknown placeholder is refused by name, an edit is a new version the next letter records")
{
    test::DemoDb db;
    LetterService &letters = db.services().letters();
    const Session admin = db.login(QStringLiteral("admin"));
    LetterTemplate t = letters.templateHistory(admin, QStringLiteral("SKD")).first();
    CHECK(t.version == 1);
    t.body += QStringLiteral("<p>{{penduduk.nama_ibu}}</p>");
    CHECK_THROWS_WITH(letters.saveTemplate(admin, t), Catch::Contains("{{penduduk.nama_ibu}}"));
    t.body.replace(QStringLiteral("{{penduduk.nama_ibu}}"), QStringLiteral("{{isian.catatan}}"));
    CHECK_THROWS_WITH(letters.saveTemplate(admin, t), Catch::Contains("catatan"));
    t.fields.append({QStringLiteral("catatan"), QStringLiteral("Catatan"), QStringLiteral("Tanpa catatan"), false});
    CHECK_THROWS_AS(letters.saveTemplate(db.login(QStringLiteral("verifikator")), t), Error);
    const LetterTemplate saved = letters.saveTemplate(admin, t);
    CHECK(saved.version == 2);
    const QString tracking = awaitingSignature(db, QStringLiteral("SKD"));
    const IssuedLetter issued = test::issueLetter(db, tracking);
    CHECK(sql::scalar(db.services().store().db(), QStringLiteral("SELECT template_version FROM letter WHERE id = ?"), {issued.id}).toInt() == 2);
    CHECK(pdfText(letters.letterPdf(admin, issued.id)).contains(QStringLiteral("Tanpa catatan")));
}

TEST_CASE("the seal is read from a 200-dpi grey page and from a skewed, blurred, uneven photo of it")
{
    test::DemoDb db;
    LetterService &letters = db.services().letters();
    const QString t = awaitingSignature(db, QStringLiteral("SKD"));
    const IssuedLetter issued = test::issueLetter(db, t);
    const QByteArray pdf = letters.letterPdf(db.login(QStringLiteral("petugas")), issued.id);
    const QImage scan = PdfDocument(pdf).render(0, 200).convertToFormat(QImage::Format_Grayscale8);
    CHECK(letters.verifyImage(scan).kind == LetterVerdict::Kind::Genuine);

    // A phone photo: a 12-megapixel camera sees an A4 page at about 300 dpi. The page is turned 6°,
    // lies on a grey desk, is darker towards one side, slightly out of focus and saved as JPEG.
    const QImage page = PdfDocument(pdf).render(0, 300).convertToFormat(QImage::Format_Grayscale8);
    QImage photo(int(page.width() * 1.1), int(page.height() * 1.1), QImage::Format_RGB32);
    photo.fill(QColor(90, 90, 90));
    {
        QPainter p(&photo);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(photo.width() / 2.0, photo.height() / 2.0);
        p.rotate(6);
        p.drawImage(QPointF(-page.width() / 2.0, -page.height() / 2.0), page);
        p.resetTransform();
        QLinearGradient shade(0, 0, photo.width(), 0);
        shade.setColorAt(0, QColor(0, 0, 0, 0));
        shade.setColorAt(1, QColor(0, 0, 0, 70));
        p.fillRect(photo.rect(), shade);
    }
    const QImage blurred = photo.scaled(photo.width() / 3, photo.height() / 3, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                               .scaled(photo.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        REQUIRE(blurred.save(&buffer, "JPEG", 70));
    }
    const QImage soft = QImage::fromData(jpeg, "JPEG");
    const LetterVerdict v = letters.verifyImage(soft);
    CHECK(v.kind == LetterVerdict::Kind::Genuine);
    CHECK(v.number == issued.number);
    // A page with no seal says so.
    QImage blank(800, 1000, QImage::Format_Grayscale8);
    blank.fill(255);
    CHECK_THROWS_AS(letters.verifyImage(blank), Error);
}

TEST_CASE("a PDF is genuine as issued or as its SALINAN - edited words under a genuine seal are caught - a draft must be saved")
{
    test::DemoDb db;
    LetterService &letters = db.services().letters();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString t = awaitingSignature(db, QStringLiteral("SKTM"));
    const IssuedLetter issued = test::issueLetter(db, t);
    const QByteArray archived = letters.letterPdf(officer, issued.id);

    const LetterVerdict same = letters.verifyPdf(archived);
    CHECK(same.kind == LetterVerdict::Kind::Genuine);
    CHECK(same.note.contains(QStringLiteral("sama persis")));

    // The reprint, drawn again and marked SALINAN: other bytes, the same words.
    const QString content = sql::scalar(db.services().store().db(), QStringLiteral("SELECT content FROM letter WHERE id = ?"),
                                        {issued.id}).toString();
    const LetterContent sealed = LetterContent::fromJson(QJsonDocument::fromJson(content.toUtf8()).object());
    const Office office = db.services().office().office();
    const QByteArray copy = LetterRenderer::pdf(sealed, issued.url, office, db.services().office().logo(), LetterMark::Copy);
    const LetterVerdict reprint = letters.verifyPdf(copy);
    CHECK(reprint.kind == LetterVerdict::Kind::Genuine);
    CHECK(reprint.note.contains(QStringLiteral("sama dengan surat")));

    // The soft copy edited: the purpose changed, the seal (and so the QR) left as it was.
    LetterContent edited = sealed;
    edited.bodyHtml.replace(QStringLiteral("tidak mampu"), QStringLiteral("mampu"));
    REQUIRE(edited.bodyHtml != sealed.bodyHtml);
    const QByteArray forged = LetterRenderer::pdf(edited, issued.url, office, db.services().office().logo(), LetterMark::None);
    const LetterVerdict caught = letters.verifyPdf(forged);
    CHECK(caught.kind == LetterVerdict::Kind::Altered);
    CHECK(caught.reason.contains(issued.number));
    // Another office, with the keys file only, cannot compare the words: it says so.
    const LetterVerdict elsewhere = letters.verifyPdf(forged, letters.exportKeys());
    CHECK(elsewhere.kind == LetterVerdict::Kind::Genuine);
    CHECK(elsewhere.note.contains(QStringLiteral("Hanya segelnya")));
    CHECK(elsewhere.note.contains(QStringLiteral("Pencabutan diketahui sampai")));

    // A name that is not there is a missing file, not a forged seal.
    CHECK_THROWS_WITH(letters.verify(QStringLiteral("surat-yang-tidak-ada.pdf")), Catch::Contains("tidak ditemukan"));
    CHECK(letters.verify(issued.url).kind == LetterVerdict::Kind::Genuine);

    // A request moved on by the plain workflow step, with no draft saved, is not signed: the
    // signer signs only what was drafted and reviewed.
    const QString bare = test::submitSample(db.services(), officer, QStringLiteral("SKTM"));
    WorkflowService &wf = db.services().workflow();
    wf.advance(officer, bare, QStringLiteral("resubmit"), QString());
    wf.advance(db.login(QStringLiteral("verifikator")), bare, QStringLiteral("verify"), QString());
    wf.advance(db.login(QStringLiteral("verifikator")), bare, QStringLiteral("process"), QString());
    wf.advance(db.login(QStringLiteral("kasi")), bare, QStringLiteral("to-signature"), QString());
    CHECK_THROWS_WITH(letters.issueOne(db.login(QStringLiteral("camat")), bare, test::signerPassphrase()),
                      Catch::Contains("simpan konsep"));
}
