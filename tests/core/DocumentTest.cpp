// Documents attached to requests: pages stored once per SHA-256, verified when read, written in
// one transaction or not at all, opening and exporting audited, retention purge; and the files
// residents bring checked before anything is stored.
#include "TestSupport.h"

#include "common/Error.h"
#include "documents/DocumentService.h"
#include "documents/FileCheck.h"
#include "intake/IntakeTypes.h"
#include "setup/Initializer.h"
#include "storage/BlobStore.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace loket;

namespace {

QString submit(AppServices &services, const Session &officer)
{
    return test::submitSample(services, officer);
}

QImage textPage(int dpi, const QString &text)
{
    QImage page(int(210 / 25.4 * dpi), int(297 / 25.4 * dpi), QImage::Format_Grayscale8);
    page.fill(Qt::white);
    QPainter p(&page);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(dpi / 6);
    p.setFont(f);
    p.drawText(QRect(dpi, dpi, page.width() - 2 * dpi, page.height() - 2 * dpi), Qt::TextWordWrap, text);
    p.end();
    page.setDotsPerMeterX(int(dpi / 0.0254));
    page.setDotsPerMeterY(int(dpi / 0.0254));
    return page;
}

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer b(&bytes);
    b.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&b, format));
    return bytes;
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir + u'/' + name;
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QByteArray pdfOfPages(int pages)
{
    QByteArray bytes;
    QBuffer b(&bytes);
    b.open(QIODevice::WriteOnly);
    QPdfWriter w(&b);
    QPainter p(&w);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            w.newPage();
        p.drawText(200, 200, QStringLiteral("Halaman %1").arg(i + 1));
    }
    p.end();
    return bytes;
}

int count(AppServices &s, const char *table)
{
    return sql::scalar(s.store().db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toInt();
}

QString refusal(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    FAIL("the input was accepted");
    return {};
}

} // namespace

TEST_CASE("Pages are stored once per SHA-256 and verified when read", "[documents]")
{
    test::DemoDb db;
    AppServices &s = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = submit(s, officer);
    const int blobsBefore = count(s, "blob");

    const PageToStore page = DocumentService::encodeImage(textPage(100, QStringLiteral("Surat pengantar RT 003 RW 005")));
    const DocumentInfo first = s.documents().addPages(officer, tracking, QStringLiteral("pengantar_rt_rw"),
                                                      QStringLiteral("scan"), QString(), {page, page});
    CHECK(first.pageCount == 2);
    CHECK(first.pages.at(0).sha256 == BlobStore::sha256Hex(page.bytes));
    CHECK(first.pages.at(0).sha256 == first.pages.at(1).sha256);
    const DocumentInfo second = s.documents().addPages(officer, tracking, QStringLiteral("pengantar_rt_rw"),
                                                       QStringLiteral("scan"), QString(), {page});
    CHECK(count(s, "blob") == blobsBefore + 1);   // the same page three times, stored once
    CHECK(s.documents().list(officer, tracking).size() == 2);
    CHECK(s.intake().find(officer, tracking).documents.size() == 2);

    // Opening is recorded in the audit: scans are personal data.
    const QList<QByteArray> shown = s.documents().open(officer, second.id);
    REQUIRE(shown.size() == 1);
    CHECK(shown.constFirst() == page.bytes);
    CHECK(sql::scalar(s.store().db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'document.viewed' "
                                                     "AND entity_id = ?"), {second.id}).toInt() == 1);

    // A blob altered in the database is reported, never shown.
    sql::exec(s.store().db(), QStringLiteral("UPDATE blob SET data = ? WHERE sha256 = ?"),
              {QByteArray("not the page"), page.bytes.isEmpty() ? QString() : first.pages.at(0).sha256});
    const QString message = refusal([&] { s.documents().open(officer, second.id); });
    CHECK(message.contains(QStringLiteral("rusak")));
    CHECK(sql::scalar(s.store().db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'document.viewed' "
                                                     "AND entity_id = ?"), {second.id}).toInt() == 1);
    refusal([&] { s.documents().exportPdf(officer, second.id); });
}

TEST_CASE("A document is stored whole or not at all", "[documents]")
{
    test::DemoDb db;
    AppServices &s = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = submit(s, officer);
    const int documents = count(s, "document");
    const int blobs = count(s, "blob");
    const PageToStore good = DocumentService::encodeImage(textPage(50, QStringLiteral("halaman satu")));
    PageToStore bad = good;
    bad.bytes.clear();
    refusal([&] { s.documents().addPages(officer, tracking, QStringLiteral("ktp"), QStringLiteral("scan"), QString(), {good, bad}); });
    refusal([&] { s.documents().addPages(officer, tracking, QStringLiteral("no_such_slot"), QStringLiteral("scan"), QString(), {good}); });
    refusal([&] { s.documents().addPages(officer, tracking, QStringLiteral("ktp"), QStringLiteral("scan"), QString(), {}); });
    CHECK(count(s, "document") == documents);
    CHECK(count(s, "document_page") == 0);
    CHECK(count(s, "blob") == blobs);
}

TEST_CASE("Files from residents are checked before anything is stored", "[documents]")
{
    test::DemoDb db;
    AppServices &s = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = submit(s, officer);
    const QString dir = db.dir();
    const QByteArray jpeg = encode(textPage(100, QStringLiteral("KTP")).convertToFormat(QImage::Format_RGB32), "JPEG");
    const QByteArray png = encode(textPage(50, QStringLiteral("KK")), "PNG");
    const QByteArray pdf = pdfOfPages(3);

    // A PNG whose header declares 50,000 × 50,000 pixels (a decompression bomb): IHDR with a valid CRC.
    QByteArray bomb = png.left(8);
    {
        QByteArray ihdr("IHDR");
        auto be32 = [](quint32 v) {
            QByteArray out(4, '\0');
            out[0] = char(v >> 24);
            out[1] = char(v >> 16);
            out[2] = char(v >> 8);
            out[3] = char(v);
            return out;
        };
        ihdr += be32(50000) + be32(50000) + QByteArray("\x08\x00\x00\x00\x00", 5);
        quint32 crc = 0xFFFFFFFFu;
        for (char c : ihdr) {
            crc ^= quint8(c);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
        bomb += be32(13) + ihdr + be32(~crc);
        bomb += png.mid(png.indexOf("IDAT") - 4);   // the rest of a real PNG: IDAT ... IEND
    }

    const QString big = dir + QStringLiteral("/besar.pdf");
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(pdf);
        REQUIRE(f.resize(qint64(200) * 1024 * 1024));   // 200 MB (sparse)
    }

    const struct
    {
        const char *name;
        QByteArray bytes;
        const char *reason;
    } bad[] = {
        {"kosong.jpg", QByteArray(), "kosong"},
        {"terpotong.jpg", jpeg.left(jpeg.size() / 2), "terpotong"},
        {"terpotong.png", png.left(png.size() / 2), "terpotong"},
        {"terpotong.pdf", pdf.left(pdf.size() / 2), "PDF"},
        {"ktp.png", jpeg, "berisi JPEG"},
        {"ktp.docx", jpeg, ".docx"},
        {"bom.png", bomb, "50000 × 50000"},
        {"surat.pdf", QByteArray("<!DOCTYPE html><html><body>Login</body></html>"), "HTML"},
        {"acak.bin", QByteArray(5000, '\x42'), "bukan JPEG"},
    };
    for (const auto &b : bad) {
        const QString path = writeFile(dir, QString::fromLatin1(b.name), b.bytes);
        const QString message = refusal([&] { s.documents().addFiles(officer, tracking, QStringLiteral("ktp"), {path}); });
        INFO(b.name << ": " << message.toStdString());
        CHECK(message.contains(QString::fromUtf8(b.reason)));
    }
    CHECK(refusal([&] { s.documents().addFiles(officer, tracking, QStringLiteral("ktp"), {big}); })
              .contains(QStringLiteral("terlalu besar")));
    CHECK(refusal([&] { s.documents().addFiles(officer, tracking, QStringLiteral("ktp"), {dir + QStringLiteral("/tidak-ada.jpg")}); })
              .contains(QStringLiteral("tidak ditemukan")));
    // One bad file among good ones: nothing of the batch is stored.
    const QString goodJpeg = writeFile(dir, QStringLiteral("ktp.jpg"), jpeg);
    refusal([&] { s.documents().addFiles(officer, tracking, QStringLiteral("ktp"), {goodJpeg, dir + QStringLiteral("/bom.png")}); });
    CHECK(count(s, "document") == 0);
    CHECK(count(s, "document_page") == 0);

    // Good files: a JPEG is kept byte for byte; a PDF is kept as the document itself.
    const DocumentInfo photo = s.documents().addFiles(officer, tracking, QStringLiteral("ktp"), {goodJpeg});
    CHECK(photo.pages.constFirst().sha256 == BlobStore::sha256Hex(jpeg));
    CHECK(photo.source == QStringLiteral("file"));
    const DocumentInfo letter = s.documents().addFiles(officer, tracking, QStringLiteral("pengantar_kelurahan"),
                                                       {writeFile(dir, QStringLiteral("pengantar.pdf"), pdf)});
    CHECK(letter.mime == QStringLiteral("application/pdf"));
    CHECK(letter.pageCount == 3);
    CHECK(s.documents().exportPdf(officer, letter.id) == pdf);
    const DocumentInfo tiff = s.documents().addFiles(
        officer, tracking, QStringLiteral("kk"), {writeFile(dir, QStringLiteral("kk.tif"), encode(textPage(50, QStringLiteral("KK")), "TIFF"))});
    CHECK(tiff.pages.constFirst().mime == QStringLiteral("image/png"));
}

TEST_CASE("A document exports as one PDF at the pages' physical size", "[documents]")
{
    test::DemoDb db;
    AppServices &s = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = submit(s, officer);
    PageToStore a4 = DocumentService::encodeImage(textPage(100, QStringLiteral("Halaman satu")));
    PageToStore a4b = DocumentService::encodeImage(textPage(100, QStringLiteral("Halaman dua")));
    const DocumentInfo doc = s.documents().addPages(officer, tracking, QStringLiteral("kk"), QStringLiteral("scan"), QString(), {a4, a4b});
    const QByteArray pdf = s.documents().exportPdf(officer, doc.id);
    const QString path = db.dir() + QStringLiteral("/export.pdf");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(info.waitForFinished(30000));
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    INFO(text.toStdString());
    CHECK(text.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))));
    CHECK(text.contains(QStringLiteral("(A4)")));
    CHECK(sql::scalar(s.store().db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'document.exported'")).toInt() == 1);
}

TEST_CASE("Documents past the retention period are purged by an administrator, audited", "[documents]")
{
    test::DemoDb db;
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = submit(db.services(), officer);
    const PageToStore page = DocumentService::encodeImage(textPage(50, QStringLiteral("lama")));
    db.services().documents().addPages(officer, tracking, QStringLiteral("ktp"), QStringLiteral("scan"), QString(), {page});
    const Session admin = db.login(QStringLiteral("admin"));
    CHECK(refusal([&] { db.services().documents().purgeExpired(admin); }).contains(QStringLiteral("belum diatur")));
    CHECK(refusal([&] { db.services().documents().setRetentionDays(officer, 30); }).contains(QStringLiteral("admin")) );
    db.services().documents().setRetentionDays(admin, 30);
    CHECK(db.services().documents().purgeExpired(admin).documents == 0);   // still young

    const QString path = db.path();
    db.close();
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + qint64(31) * 24 * 3600 * 1000;
    AppServices future(DatabaseOptions{path}, [later] { return later; });
    const Session futureAdmin = future.users().login(QStringLiteral("admin"), Initializer::demoPassword(QStringLiteral("admin")));
    const PurgeResult r = future.documents().purgeExpired(futureAdmin);
    CHECK(r.documents == 1);
    CHECK(r.blobsDeleted == 1);
    CHECK(r.bytesFreed == page.bytes.size());
    CHECK(future.documents().list(futureAdmin, tracking).isEmpty());
    CHECK(refusal([&] { BlobStore::get(future.store().db(), BlobStore::sha256Hex(page.bytes)); }).contains(QStringLiteral("dihapus")));
    CHECK_FALSE(BlobStore::contains(future.store().db(), BlobStore::sha256Hex(page.bytes)));
    // Both purges are in the audit, the one that found nothing too.
    CHECK(sql::scalar(future.store().db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'document.purge_expired'")).toInt() == 2);
    // The same page brought again later is stored again.
    const Session futureOfficer = future.users().login(QStringLiteral("petugas"), Initializer::demoPassword(QStringLiteral("petugas")));
    const DocumentInfo again = future.documents().addPages(futureOfficer, tracking, QStringLiteral("ktp"), QStringLiteral("scan"), QString(), {page});
    CHECK(future.documents().open(futureOfficer, again.id).constFirst() == page.bytes);
}

TEST_CASE("Papers are attached until a request goes for signature - later ones are refused in words", "[documents]")
{
    test::DemoDb db;
    AppServices &s = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const Session verifier = db.login(QStringLiteral("verifikator"));
    const PageToStore page = DocumentService::encodeImage(textPage(50, QStringLiteral("KTP")));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString jpeg = writeFile(dir.path(), QStringLiteral("ktp.jpg"), encode(textPage(50, QStringLiteral("KTP")), "JPEG"));
    const auto documents = [&](const QString &tracking) { return s.documents().list(officer, tracking).size(); };

    // Recorded as incomplete (returned): the resident brings the missing paper and it is attached.
    const QString returned = submit(s, officer);
    REQUIRE(s.intake().find(officer, returned).status == QStringLiteral("returned"));
    s.documents().addPages(officer, returned, QStringLiteral("kk"), QStringLiteral("scan"), QString(), {page});
    // Verified and being processed: still accepted.
    const QString inProcess = submit(s, officer);
    s.workflow().advance(officer, inProcess, QStringLiteral("resubmit"), QString());
    s.workflow().advance(verifier, inProcess, QStringLiteral("verify"), QString());
    s.workflow().advance(verifier, inProcess, QStringLiteral("process"), QString());
    s.documents().addFiles(officer, inProcess, QStringLiteral("ktp"), {jpeg});
    CHECK(documents(returned) == 1);
    CHECK(documents(inProcess) == 1);
    CHECK(DocumentService::papersRefusal(inProcess, QStringLiteral("in_process")).isEmpty());

    // Sent for signature, signed, handed over, rejected or cancelled: refused, nothing stored.
    s.workflow().advance(db.login(QStringLiteral("kasi")), inProcess, QStringLiteral("to-signature"), QString());
    const QString rejected = submit(s, officer);
    s.workflow().advance(officer, rejected, QStringLiteral("resubmit"), QString());
    s.workflow().advance(verifier, rejected, QStringLiteral("reject"), QStringLiteral("Bukan warga kecamatan ini"));
    const QString cancelled = submit(s, officer);
    s.workflow().advance(db.login(QStringLiteral("admin")), cancelled, QStringLiteral("cancel"), QStringLiteral("Dobel"));
    const qint64 blobs = sql::scalar(s.store().db(), QStringLiteral("SELECT COUNT(*) FROM blob")).toLongLong();
    for (const QString &tracking : {inProcess, rejected, cancelled}) {
        const QString status = s.intake().find(officer, tracking).status;
        INFO(tracking.toStdString() << " " << status.toStdString());
        CHECK_FALSE(DocumentService::acceptsPapers(status));
        const QString scanRefused = refusal([&] {
            s.documents().addPages(officer, tracking, QStringLiteral("kk"), QStringLiteral("scan"), QString(), {page});
        });
        CHECK(scanRefused == DocumentService::papersRefusal(tracking, status));
        CHECK(scanRefused.contains(tracking));
        CHECK(scanRefused.contains(QStringLiteral("hanya dapat ditambahkan sampai permohonan diajukan untuk ditandatangani")));
        CHECK(refusal([&] { s.documents().addFiles(officer, tracking, QStringLiteral("kk"), {jpeg}); }) == scanRefused);
        CHECK(refusal([&] { s.documents().addFiles(db.login(QStringLiteral("admin")), tracking, QStringLiteral("kk"), {jpeg}); })
              == scanRefused);
    }
    CHECK(documents(inProcess) == 1);
    CHECK(documents(rejected) == 0);
    CHECK(documents(cancelled) == 0);
    CHECK(sql::scalar(s.store().db(), QStringLiteral("SELECT COUNT(*) FROM blob")).toLongLong() == blobs);
    for (const QString &status : {QStringLiteral("awaiting_signature"), QStringLiteral("signed"), QStringLiteral("ready"),
                                  QStringLiteral("completed")})
        CHECK_FALSE(DocumentService::acceptsPapers(status));
    // What was attached before stays readable.
    CHECK(s.documents().open(officer, s.documents().list(officer, inProcess).constFirst().id).size() == 1);
}
