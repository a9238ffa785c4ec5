// Residents' papers through loket-cli: scanners, documents scanned from the SANE test device or
// added from files, listed and exported; a scan killed half-way stores nothing.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace loket;
using test::runCli;

namespace {

struct ScanCounter
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("loket.db"));
    QString sane = test::useSaneTestBackend();
    QString tracking;

    ScanCounter()
    {
        REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--office-code"), QStringLiteral("33.02.27"),
                        QStringLiteral("--node-code"), QStringLiteral("L1"), QStringLiteral("--admin-user"), QStringLiteral("kepala"),
                        QStringLiteral("--demo")},
                       {QStringLiteral("LOKET_NEW_PASSWORD=kepala-sandi-1")})
                    .exitCode == 0);
        REQUIRE(officer({QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--nik"), QStringLiteral("3302275505900003"),
                         QStringLiteral("--kk"), QStringLiteral("3302270101150007"), QStringLiteral("--name"), QStringLiteral("Siti Nur'aini"),
                         QStringLiteral("--birth-place"), QStringLiteral("Banyumas"), QStringLiteral("--birth-date"), QStringLiteral("1990-05-15"),
                         QStringLiteral("--sex"), QStringLiteral("F"), QStringLiteral("--address"), QStringLiteral("Jl. Gunung Slamet 5"),
                         QStringLiteral("--rt"), QStringLiteral("003"), QStringLiteral("--rw"), QStringLiteral("005"),
                         QStringLiteral("--village"), QStringLiteral("33.02.27.1005")})
                    .exitCode == 0);
        tracking = json(officer({QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("--nik"),
                                 QStringLiteral("3302275505900003"), QStringLiteral("--service"), QStringLiteral("SKD"),
                                 QStringLiteral("--channel"), QStringLiteral("walk_in"), QStringLiteral("--incomplete")}))
                       .value(QStringLiteral("tracking"))
                       .toString();
        REQUIRE_FALSE(tracking.isEmpty());
    }
    QStringList env() const
    {
        return {QStringLiteral("LOKET_PASSWORD=demo-petugas"), QStringLiteral("SANE_CONFIG_DIR=") + sane};
    }
    test::CliResult officer(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("petugas")} + args, env());
    }
    static QJsonObject json(const test::CliResult &r)
    {
        INFO(r.out.toStdString() + r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        REQUIRE(doc.isObject());
        return doc.object();
    }
    int documents() const
    {
        return json(officer({QStringLiteral("--json"), QStringLiteral("document"), QStringLiteral("list"), tracking}))
            .value(QStringLiteral("documents"))
            .toArray()
            .size();
    }
};

} // namespace

TEST_CASE("loket-cli lists scanners and scans a feeder batch into a requirement slot", "[cli][documents]")
{
    ScanCounter c;
    const QJsonArray devices = c.json(c.officer({QStringLiteral("--json"), QStringLiteral("scan"), QStringLiteral("devices")}))
                                   .value(QStringLiteral("devices"))
                                   .toArray();
    REQUIRE_FALSE(devices.isEmpty());
    CHECK(devices.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("test:0"));

    const QJsonObject doc = c.json(c.officer({QStringLiteral("--json"), QStringLiteral("document"), QStringLiteral("add"), c.tracking,
                                              QStringLiteral("--requirement"), QStringLiteral("pengantar_rt_rw"), QStringLiteral("--scan"),
                                              QStringLiteral("test:0"), QStringLiteral("--source"), QStringLiteral("adf"),
                                              QStringLiteral("--mode"), QStringLiteral("gray"), QStringLiteral("--resolution"),
                                              QStringLiteral("100"), QStringLiteral("--option"), QStringLiteral("test-picture=Grid")}));
    CHECK(doc.value(QStringLiteral("page_count")).toInt() == 10);
    const QJsonArray pages = doc.value(QStringLiteral("pages")).toArray();
    REQUIRE(pages.size() == 10);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QJsonValue &p : pages) {
        CHECK(hex.match(p.toObject().value(QStringLiteral("sha256")).toString()).hasMatch());
        CHECK(p.toObject().value(QStringLiteral("bytes")).toInt() > 0);
        CHECK(p.toObject().value(QStringLiteral("bytes")).toInt() < 150 * 1024);
    }
    CHECK(c.documents() == 1);

    const QString pdf = c.dir.filePath(QStringLiteral("export.pdf"));
    REQUIRE(c.officer({QStringLiteral("document"), QStringLiteral("export"), doc.value(QStringLiteral("id")).toString(),
                       QStringLiteral("--pdf"), pdf})
                .exitCode == 0);
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(30000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QRegularExpression(QStringLiteral("Pages:\\s+10\\n"))));

    // Refusals name the problem and store nothing.
    auto refused = c.officer({QStringLiteral("document"), QStringLiteral("add"), c.tracking, QStringLiteral("--requirement"),
                              QStringLiteral("ktp"), QStringLiteral("--scan"), QStringLiteral("test:0"), QStringLiteral("--option"),
                              QStringLiteral("read-return-value=SANE_STATUS_JAMMED")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("macet")));
    const QString html = c.dir.filePath(QStringLiteral("surat.pdf"));
    QFile f(html);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("<html><body>Sesi berakhir</body></html>");
    f.close();
    refused = c.officer({QStringLiteral("document"), QStringLiteral("add"), c.tracking, QStringLiteral("--requirement"),
                         QStringLiteral("ktp"), QStringLiteral("--file"), html});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("HTML")));
    refused = c.officer({QStringLiteral("document"), QStringLiteral("add"), c.tracking, QStringLiteral("--requirement"),
                         QStringLiteral("ktp")});
    CHECK(refused.exitCode == 2);
    CHECK(c.documents() == 1);

    // A page without a NIK gives no NIK rather than a guess.
    const QString blank = c.dir.filePath(QStringLiteral("kosong.png"));
    QImage white(600, 400, QImage::Format_Grayscale8);
    white.fill(Qt::white);
    REQUIRE(white.save(blank));
    refused = c.officer({QStringLiteral("ocr"), QStringLiteral("nik"), blank});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("Tidak ada NIK")));
}

TEST_CASE("A scan killed half-way leaves no document behind", "[cli][documents]")
{
    ScanCounter c;
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : c.env())
        e.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(LOKET_CLI_PATH),
            {QStringLiteral("--db"), c.db, QStringLiteral("--as"), QStringLiteral("petugas"), QStringLiteral("document"),
             QStringLiteral("add"), c.tracking, QStringLiteral("--requirement"), QStringLiteral("ktp"), QStringLiteral("--scan"),
             QStringLiteral("test:0"), QStringLiteral("--source"), QStringLiteral("adf"), QStringLiteral("--resolution"),
             QStringLiteral("200"), QStringLiteral("--option"), QStringLiteral("read-delay=yes"), QStringLiteral("--option"),
             QStringLiteral("read-delay-duration=50000"), QStringLiteral("--option"), QStringLiteral("read-limit=yes"),
             QStringLiteral("--option"), QStringLiteral("read-limit-size=8192")});
    REQUIRE(p.waitForStarted());
    QThread::msleep(1500);
    REQUIRE(p.state() == QProcess::Running);   // still reading the first pages
    p.kill();
    REQUIRE(p.waitForFinished(10000));
    CHECK(c.documents() == 0);
}
