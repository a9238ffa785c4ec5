// Files from outside that try to exhaust memory or pass active content for a paper, through the
// real loket-cli with its address space bounded (as `ulimit -v 2000000` would): each is refused
// with its cause named, leaves no document and no blob behind, and the child's peak memory
// (wait4's ru_maxrss) is reported and bounded.
#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThread>
#include <catch2/catch.hpp>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace loket;
using test::runCli;

namespace {

constexpr rlim_t kAddressSpace = rlim_t(2000000) * 1024;   // ulimit -v 2000000

struct Bounded
{
    int exitCode = -1;
    QString out;
    QString err;
    long maxRssKb = 0;
};

// loket-cli in a child whose address space is limited to kAddressSpace; the peak resident memory
// comes from wait4 on that very child. A child still running after 120 s is killed (a FIFO read
// would block forever) and counts as a failure.
Bounded runBounded(const QStringList &args, const QStringList &env)
{
    QTemporaryFile outFile, errFile;
    REQUIRE(outFile.open());
    REQUIRE(errFile.open());
    QList<QByteArray> argv8{QByteArrayLiteral(LOKET_CLI_PATH)};
    for (const QString &a : args)
        argv8 << a.toLocal8Bit();
    QList<QByteArray> env8;
    for (char **e = environ; *e; ++e)
        if (!QByteArray(*e).startsWith("LOKET_PASSWORD="))
            env8 << QByteArray(*e);
    for (const QString &kv : env)
        env8 << kv.toLocal8Bit();
    std::vector<char *> argv, envp;
    for (QByteArray &a : argv8)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (QByteArray &e : env8)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const rlimit limit{kAddressSpace, kAddressSpace};
        ::setrlimit(RLIMIT_AS, &limit);
        ::dup2(devNull, 0);
        ::dup2(outFile.handle(), 1);
        ::dup2(errFile.handle(), 2);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(devNull);
    int status = 0;
    rusage usage{};
    pid_t done = 0;
    for (int waited = 0; waited < 1200 && done == 0; ++waited) {
        done = ::wait4(pid, &status, WNOHANG, &usage);
        if (done == 0)
            QThread::msleep(100);
    }
    if (done == 0) {
        ::kill(pid, SIGKILL);
        ::wait4(pid, &status, 0, &usage);
        FAIL("loket-cli " << args.join(u' ').toStdString() << " still running after 120 s: killed");
    }
    Bounded r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.maxRssKb = usage.ru_maxrss;
    QFile out(outFile.fileName()), err(errFile.fileName());
    REQUIRE(out.open(QIODevice::ReadOnly));
    REQUIRE(err.open(QIODevice::ReadOnly));
    r.out = QString::fromUtf8(out.readAll());
    r.err = QString::fromUtf8(err.readAll());
    return r;
}

void put16(QByteArray &b, quint32 v)
{
    b.append(char(v & 0xff)).append(char(v >> 8));
}

void put32(QByteArray &b, quint32 v)
{
    put16(b, v & 0xffff);
    put16(b, v >> 16);
}

// A little-endian TIFF written byte by byte: `pages` image directories, each declaring a grey
// page of side × side pixels compressed with Deflate, all pointing at one tiny strip (a whole
// page of white compresses to a few kilobytes). Decoded, every page is side² bytes.
QByteArray hostileTiff(int pages, int side)
{
    const QByteArray strip = qCompress(QByteArray(qsizetype(side) * side, '\xff'), 9).mid(4);   // zlib stream
    QByteArray b("II");
    put16(b, 42);
    const quint32 stripOffset = 8;
    put32(b, quint32(stripOffset + strip.size()));   // the first directory follows the strip
    b += strip;
    const int entries = 9;
    const quint32 dirSize = 2 + entries * 12 + 4;
    for (int i = 0; i < pages; ++i) {
        const quint32 here = quint32(b.size());
        put16(b, entries);
        auto entry = [&b](quint32 tag, quint32 type, quint32 count, quint32 value) {
            put16(b, tag);
            put16(b, type);
            put32(b, count);
            if (type == 3 && count == 1) {
                put16(b, value);
                put16(b, 0);
            } else {
                put32(b, value);
            }
        };
        entry(256, 4, 1, quint32(side));           // ImageWidth
        entry(257, 4, 1, quint32(side));           // ImageLength
        entry(258, 3, 1, 8);                       // BitsPerSample
        entry(259, 3, 1, 8);                       // Compression: Deflate
        entry(262, 3, 1, 1);                       // Photometric: black is zero
        entry(273, 4, 1, stripOffset);             // StripOffsets
        entry(277, 3, 1, 1);                       // SamplesPerPixel
        entry(278, 4, 1, quint32(side));           // RowsPerStrip: one strip
        entry(279, 4, 1, quint32(strip.size()));   // StripByteCounts
        put32(b, i + 1 < pages ? here + dirSize : 0);
    }
    return b;
}

// A one-page PDF written by hand, with `catalogExtra` in its catalogue and `extraObjects` as
// objects 4, 5 ...; the cross-reference table is exact, so Poppler opens it.
QByteArray handPdf(const QByteArray &catalogExtra = {}, const QList<QByteArray> &extraObjects = {})
{
    QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R " + catalogExtra + " >>",
                              "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                              "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"};
    objects += extraObjects;
    QByteArray pdf("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : std::as_const(offsets))
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray jpeg48MP()
{
    // 8000 × 6000 (48 MP, a phone's main camera), mostly flat so that it stays small.
    QImage photo(8000, 6000, QImage::Format_RGB32);
    photo.fill(QColor(200, 190, 170));
    QPainter p(&photo);
    p.setPen(QPen(Qt::black, 20));
    p.drawRect(500, 500, 7000, 5000);
    p.end();
    QByteArray bytes;
    QBuffer b(&bytes);
    b.open(QIODevice::WriteOnly);
    REQUIRE(photo.save(&b, "JPEG", 10));
    return bytes;
}

// A JPEG whose frame header (SOF) claims width × height; nothing else changed.
QByteArray jpegClaiming(int width, int height)
{
    QImage small(64, 48, QImage::Format_RGB32);
    small.fill(Qt::white);
    QByteArray bytes;
    QBuffer b(&bytes);
    b.open(QIODevice::WriteOnly);
    REQUIRE(small.save(&b, "JPEG", 80));
    const qsizetype sof = bytes.indexOf("\xFF\xC0");
    REQUIRE(sof > 0);
    bytes[sof + 5] = char(height >> 8);
    bytes[sof + 6] = char(height & 0xff);
    bytes[sof + 7] = char(width >> 8);
    bytes[sof + 8] = char(width & 0xff);
    return bytes;
}

struct HostileCounter
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("loket.db"));
    QString tracking;
    QStringList env{QStringLiteral("LOKET_PASSWORD=demo-petugas")};

    HostileCounter()
    {
        REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--office-code"), QStringLiteral("33.02.27"),
                        QStringLiteral("--node-code"), QStringLiteral("L1"), QStringLiteral("--admin-user"), QStringLiteral("kepala"),
                        QStringLiteral("--demo")},
                       {QStringLiteral("LOKET_NEW_PASSWORD=kepala-sandi-1")})
                    .exitCode == 0);
        REQUIRE(runCli(login() + QStringList{QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--nik"),
                                             QStringLiteral("3302275505900003"), QStringLiteral("--kk"), QStringLiteral("3302270101150007"),
                                             QStringLiteral("--name"), QStringLiteral("Siti Nur'aini"), QStringLiteral("--birth-place"),
                                             QStringLiteral("Banyumas"), QStringLiteral("--birth-date"), QStringLiteral("1990-05-15"),
                                             QStringLiteral("--sex"), QStringLiteral("F"), QStringLiteral("--address"),
                                             QStringLiteral("Jl. Gunung Slamet 5"), QStringLiteral("--rt"), QStringLiteral("003"),
                                             QStringLiteral("--rw"), QStringLiteral("005"), QStringLiteral("--village"),
                                             QStringLiteral("33.02.27.1005")},
                       env)
                    .exitCode == 0);
        const auto r = runCli(login() + QStringList{QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("new"),
                                                    QStringLiteral("--nik"), QStringLiteral("3302275505900003"), QStringLiteral("--service"),
                                                    QStringLiteral("SKD"), QStringLiteral("--channel"), QStringLiteral("walk_in"),
                                                    QStringLiteral("--incomplete")},
                              env);
        tracking = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("tracking")).toString();
        REQUIRE_FALSE(tracking.isEmpty());
    }
    QStringList login() const { return {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("petugas")}; }
    Bounded add(const QString &file) const
    {
        return runBounded(login() + QStringList{QStringLiteral("document"), QStringLiteral("add"), tracking,
                                                QStringLiteral("--requirement"), QStringLiteral("ktp"), QStringLiteral("--file"), file},
                          env);
    }
};

void report(const char *what, const Bounded &r)
{
    WARN(what << ": exit " << r.exitCode << ", peak " << r.maxRssKb / 1024 << " MB — " << r.err.trimmed().toStdString());
}

} // namespace

TEST_CASE("Hostile files given to document add are refused before they fill memory", "[cli][documents][hostile]")
{
    HostileCounter c;
    const qint64 blobs = test::countRows(c.db, QStringLiteral("blob"));
    const struct
    {
        const char *name;
        QByteArray bytes;
        const char *cause;
    } hostile[] = {
        {"500-halaman.tif", hostileTiff(500, 5000), "500"},
        {"60-halaman.tif", hostileTiff(60, 5000), "1500 megapiksel"},
        {"raksasa.jpg", jpegClaiming(15000, 15000), "15000 × 15000"},
        {"skrip.pdf", "<html><body><script>location='http://x'</script>\n" + handPdf(), "HTML"},
        {"js.pdf", handPdf("/OpenAction 4 0 R", {"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"}), "JavaScript"},
        {"js-samar.pdf", handPdf("/OpenAction 4 0 R", {"<< /S /J#61vaScript /JS (app.alert\\(1\\)) >>"}), "JavaScript"},
        {"launch.pdf", handPdf("/OpenAction 4 0 R", {"<< /S /Launch /F (cmd.exe) >>"}), "Launch"},
        {"sisipan.pdf", handPdf("/Names << /EmbeddedFiles << /Names [(a.exe) 4 0 R] >> >>", {"<< /Type /Filespec /F (a.exe) >>"}),
         "EmbeddedFiles"},
        {"aa.pdf", handPdf("/AA << /WC 4 0 R >>", {"<< /S /GoTo /D [3 0 R /Fit] >>"}), "/AA"},
        {"kepala-geser.pdf", "   " + handPdf(), "tidak berada di awal"},
    };
    for (const auto &h : hostile) {
        const QString path = c.dir.filePath(QString::fromLatin1(h.name));
        test::writeFile(path, h.bytes);
        const Bounded r = c.add(path);
        report(h.name, r);
        INFO(h.name << " (" << h.bytes.size() << " bytes): " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QString::fromUtf8(h.cause)));
        CHECK(r.maxRssKb < 300 * 1024);   // refused from the headers: nothing big was decoded
    }
    // Special files: a device and a FIFO (which would block a reader for ever).
    const QString fifo = c.dir.filePath(QStringLiteral("pipa.jpg"));
    REQUIRE(::mkfifo(fifo.toLocal8Bit().constData(), 0600) == 0);
    const QString zero = c.dir.filePath(QStringLiteral("nol.jpg"));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), zero));
    for (const auto &[path, cause] : {std::pair{fifo, "FIFO"}, std::pair{zero, "perangkat"}}) {
        const Bounded r = c.add(path);
        report(cause, r);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QString::fromUtf8(cause)));
    }
    CHECK(test::countRows(c.db, QStringLiteral("document")) == 0);
    CHECK(test::countRows(c.db, QStringLiteral("document_page")) == 0);
    CHECK(test::countRows(c.db, QStringLiteral("blob")) == blobs);

    // What the documentation promises is accepted: the same hand-made PDF without active content,
    // and a 48-megapixel phone photo (more than Qt's default allocation limit allows).
    const QString clean = c.dir.filePath(QStringLiteral("bersih.pdf"));
    test::writeFile(clean, handPdf("/OpenAction [3 0 R /Fit]"));
    Bounded r = c.add(clean);
    report("bersih.pdf", r);
    CHECK(r.exitCode == 0);
    const QString photo = c.dir.filePath(QStringLiteral("foto-48mp.jpg"));
    test::writeFile(photo, jpeg48MP());
    r = runBounded(c.login() + QStringList{QStringLiteral("--json"), QStringLiteral("document"), QStringLiteral("add"), c.tracking,
                                           QStringLiteral("--requirement"), QStringLiteral("ktp"), QStringLiteral("--file"), photo},
                   c.env);
    report("foto-48mp.jpg", r);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject page = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("pages")).toArray().at(0).toObject();
    CHECK(page.value(QStringLiteral("width")).toInt() == 8000);
    CHECK(page.value(QStringLiteral("height")).toInt() == 6000);
    CHECK(test::countRows(c.db, QStringLiteral("document")) == 2);

    // A multi-page TIFF within the limits (8 pages of 25 MP, 200 MP in all) is decoded one page at
    // a time: the peak stays far below the 200 MB that all its pages would take at once.
    const QString batch = c.dir.filePath(QStringLiteral("8-halaman.tif"));
    test::writeFile(batch, hostileTiff(8, 5000));
    r = runBounded(c.login() + QStringList{QStringLiteral("--json"), QStringLiteral("document"), QStringLiteral("add"), c.tracking,
                                           QStringLiteral("--requirement"), QStringLiteral("kk"), QStringLiteral("--file"), batch},
                   c.env);
    report("8-halaman.tif", r);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("page_count")).toInt() == 8);
    CHECK(r.maxRssKb < 200 * 1024);
}

TEST_CASE("An online inbox cannot feed import-online a device, a FIFO or a file outside it", "[cli][online][hostile]")
{
    HostileCounter c;
    const QString inbox = c.dir.filePath(QStringLiteral("inbox"));
    QDir().mkpath(inbox);
    // Outside the inbox: a valid request, reachable only through a link.
    const QString outside = c.dir.filePath(QStringLiteral("luar.json"));
    test::writeFile(outside, QJsonDocument(test::onlineRequest(QStringLiteral("PU-LUAR-1"))).toJson());
    REQUIRE(QFile::link(outside, inbox + QStringLiteral("/a-luar.json")));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), inbox + QStringLiteral("/b-nol.json")));
    REQUIRE(::mkfifo(QString(inbox + QStringLiteral("/c-pipa.json")).toLocal8Bit().constData(), 0600) == 0);
    // An attachment named by path that is a link to /dev/zero inside the inbox.
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), inbox + QStringLiteral("/ktp.png")));
    QJsonObject viaLink = test::onlineRequest(QStringLiteral("PU-NOL-1"));
    viaLink[QStringLiteral("attachments")] = QJsonArray{QJsonObject{{QStringLiteral("requirement"), QStringLiteral("ktp")},
                                                                    {QStringLiteral("file_name"), QStringLiteral("ktp.png")},
                                                                    {QStringLiteral("path"), QStringLiteral("ktp.png")}}};
    test::writeFile(inbox + QStringLiteral("/d-lampiran.json"), QJsonDocument(viaLink).toJson());
    // And one good request, which is imported.
    test::writeFile(inbox + QStringLiteral("/e-baik.json"), QJsonDocument(test::onlineRequest(QStringLiteral("PU-BAIK-1"))).toJson());

    const qint64 blobs = test::countRows(c.db, QStringLiteral("blob"));
    const Bounded r = runBounded(c.login() + QStringList{QStringLiteral("--json"), QStringLiteral("import-online"), inbox}, c.env);
    report("import-online inbox", r);
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.maxRssKb < 300 * 1024);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("imported")).toInt() == 1);
    CHECK(o.value(QStringLiteral("rejected")).toInt() == 4);
    const QJsonArray results = o.value(QStringLiteral("requests")).toArray();
    REQUIRE(results.size() == 5);
    auto reason = [&results](int i) { return results.at(i).toObject().value(QStringLiteral("reason")).toString(); };
    CHECK(reason(0).contains(QStringLiteral("luar folder")));
    CHECK(reason(1).contains(QStringLiteral("luar folder (/dev/zero)")));
    CHECK(reason(2).contains(QStringLiteral("FIFO")));
    CHECK(reason(3).contains(QStringLiteral("luar folder (/dev/zero)")));
    CHECK(results.at(4).toObject().value(QStringLiteral("result")).toString() == QStringLiteral("imported"));
    CHECK(test::countRows(c.db, QStringLiteral("request")) == 2);   // the walk-in one and the good one
    CHECK(test::countRows(c.db, QStringLiteral("blob")) == blobs + 1);
}
