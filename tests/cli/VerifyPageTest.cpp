// The verification page in a real browser: `loket-cli letter verify-page` writes it, headless
// Chromium (Debian's) opens it from file:// with a genuine token, a token with one character
// changed, a token of another office's key and a revoked letter's token, with the browser's own
// Ed25519 and with the vendored @noble/ed25519, and the verdicts read from its DOM are those of
// `loket-cli letter verify`. A page pasted into, switched to English and measured at 360 px wide;
// printed to PDF; a 360×740 screenshot (kept for the README when LOKET_SCREENSHOT_DIR is set).
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace loket;
using test::runCli;

namespace {

QJsonObject json(const test::CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// A walk-in SKTM request of a resident of this name, drafted and awaiting signature.
QString requestOf(test::DemoDb &db, const QString &nik, const QString &name, const QDate &birth)
{
    NewRequest req;
    req.resident = test::sampleResident();
    req.resident->nik = nik;
    req.resident->fullName = name;
    req.resident->birthDate = birth;
    req.nik = nik;
    req.serviceCode = QStringLiteral("SKTM");
    req.received = {QStringLiteral("ktp"), QStringLiteral("kk"), QStringLiteral("pengantar_kelurahan")};
    const QString t = db.services().intake().submit(db.login(QStringLiteral("petugas")), req).tracking;
    test::toSignature(db, t);
    return t;
}

// Runs Debian's headless Chromium on url with extra switches; returns its standard output.
QString chromium(const QString &url, const QStringList &extra)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (program.isEmpty())
        FAIL("chromium is missing (scripts/install-deps.sh test installs it)");
    QTemporaryDir profile;
    QProcess p;
    p.start(program, QStringList{QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                                 QStringLiteral("--no-first-run"), QStringLiteral("--user-data-dir=") + profile.path(),
                                 QStringLiteral("--virtual-time-budget=10000")}
                        + extra + QStringList{url});
    const bool done = p.waitForFinished(90000);
    if (!done)
        p.kill();
    INFO(url.left(200).toStdString() << "\n" << p.readAllStandardError().right(2000).toStdString());
    REQUIRE(done);
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pageUrl(const QString &page, const QString &query, const QString &token)
{
    return QUrl::fromLocalFile(page).toString() + query + u'#' + token;
}

struct PageVerdict
{
    QString verdict;   // data-verdict of the verdict box
    QString text;      // the box's text, tags stripped
};

PageVerdict readVerdict(const QString &dom)
{
    static const QRegularExpression box(QStringLiteral("<section id=\"verdict\"[^>]*data-verdict=\"([a-z_]+)\"[^>]*>(.*?)</section>"),
                                        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]+>"));
    const QRegularExpressionMatch m = box.match(dom);
    if (!m.hasMatch())
        return {};
    return {m.captured(1), QString(m.captured(2)).replace(tag, QStringLiteral(" ")).simplified()};
}

QString cliVerdict(const QStringList &db, const QString &token, const QStringList &options)
{
    const auto r = runCli(db + QStringList{QStringLiteral("letter"), QStringLiteral("verify"), token} + options);
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == (json(r).value(QStringLiteral("verdict")).toString() == QStringLiteral("genuine") ? 0 : 1));
    return json(r).value(QStringLiteral("verdict")).toString();
}

} // namespace

TEST_CASE("the verification page in headless Chromium gives the verdicts of letter verify for genuine, altered, unknown-key and revoked tokens")
{
    test::DemoDb db;
    const IssuedLetter genuine = test::issueLetter(
        db, requestOf(db, QStringLiteral("3302274107880004"), QStringLiteral("Nur’aini Śekar Ayu Pratiwi"), QDate(1988, 7, 1)));
    const IssuedLetter revoked = test::issueLetter(db, requestOf(db, QStringLiteral("3302275505900003"), QStringLiteral("Siti Nur'aini"),
                                                                 QDate(1990, 5, 15)));
    db.services().letters().revoke(db.login(QStringLiteral("camat")), revoked.id, QStringLiteral("Salah tulis alamat, diganti"));
    test::DemoDb elsewhere;   // another office: its own Camat's key, unknown to this office's page
    const IssuedLetter foreign = test::issueLetter(
        elsewhere, requestOf(elsewhere, QStringLiteral("3302274107880004"), QStringLiteral("Nur’aini Śekar Ayu Pratiwi"), QDate(1988, 7, 1)));
    QString altered = genuine.token;   // one character of the resident's name changed
    const qsizetype at = genuine.token.size() - 100;
    altered[at] = altered[at] == u'A' ? u'B' : u'A';

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("verifikasi"));
    const auto r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("--json"), QStringLiteral("letter"), QStringLiteral("verify-page"),
                           QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(json(r).value(QStringLiteral("keys")).toInt() == 1);
    CHECK(json(r).value(QStringLiteral("revoked")).toInt() == 1);
    const QString page = QDir(out).filePath(QStringLiteral("index.html"));
    // Public by design, though loket-cli writes its own files for its user only.
    CHECK(QFile::permissions(page) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup
                                       | QFile::ReadOther));
    CHECK((QFile::permissions(out) & QFile::ExeOther));
    QFile file(page);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    // Self-contained: nothing is fetched from anywhere, and the policy says so to the browser.
    CHECK_FALSE(html.contains(QStringLiteral("src=\"http")));
    CHECK_FALSE(html.contains(QStringLiteral("href=\"http")));
    CHECK(html.contains(QStringLiteral("default-src 'none'")));

    const QString keys = dir.filePath(QStringLiteral("kunci.json"));
    REQUIRE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"), keys}).exitCode == 0);
    const QStringList elsewhereDb{QStringLiteral("--db"), dir.filePath(QStringLiteral("kosong.db")), QStringLiteral("--json")};
    const QStringList thisDb{QStringLiteral("--db"), db.path(), QStringLiteral("--json")};

    struct Case
    {
        const char *what;
        QString token;
        QString expected;
    };
    const QList<Case> cases{{"genuine", genuine.token, QStringLiteral("genuine")},
                            {"one character changed", altered, QStringLiteral("altered")},
                            {"another office's key", foreign.token, QStringLiteral("unknown_key")},
                            {"revoked", revoked.token, QStringLiteral("revoked")},
                            // Not the token's exact spelling: a second '#', a percent-escape.
                            {"text before a second #", QStringLiteral("lain#") + genuine.token, QStringLiteral("altered")},
                            {"percent-escaped", QStringLiteral("%41") + genuine.token.mid(1), QStringLiteral("altered")}};
    for (const Case &c : cases) {
        INFO(c.what);
        const QString url = QStringLiteral("https://purwokertoutara.banyumaskab.go.id/verifikasi#") + c.token;
        CHECK(cliVerdict(elsewhereDb, url, {QStringLiteral("--keys"), keys}) == c.expected);
        CHECK(cliVerdict(thisDb, url, {}) == c.expected);
        for (const QString &engine : {QString(), QStringLiteral("?ed25519=noble")}) {
            INFO("engine " << (engine.isEmpty() ? "Web Crypto" : "noble"));
            const QString dom = chromium(pageUrl(page, engine, c.token), {QStringLiteral("--dump-dom")});
            const PageVerdict v = readVerdict(dom);
            INFO(v.text.toStdString());
            CHECK(v.verdict == c.expected);
            if (c.expected == QStringLiteral("genuine") || c.expected == QStringLiteral("revoked"))
                CHECK(dom.contains(engine.isEmpty() ? QStringLiteral("Ed25519 bawaan peramban") : QStringLiteral("@noble/ed25519 3.2.0.")));
        }
    }

    // What the reader compares with the paper, in Indonesian by default.
    const PageVerdict shown = readVerdict(chromium(pageUrl(page, {}, genuine.token), {QStringLiteral("--dump-dom")}));
    CHECK(shown.text.contains(QStringLiteral("Asli")));
    CHECK(shown.text.contains(QStringLiteral("tanggal halaman ini dibuat")));   // how far its revocations reach
    CHECK(shown.text.contains(genuine.number));
    CHECK(shown.text.contains(QStringLiteral("Nur’aini Śekar Ayu Pratiwi")));
    CHECK(shown.text.contains(QStringLiteral("Surat Keterangan Tidak Mampu")));
    CHECK(shown.text.contains(QStringLiteral("Agus Setiawan")));
    // What an unknown key's seal says is not shown as if it were proven.
    const PageVerdict unknown = readVerdict(chromium(pageUrl(page, {}, foreign.token), {QStringLiteral("--dump-dom")}));
    CHECK_FALSE(unknown.text.contains(foreign.number));
    CHECK(unknown.text.contains(QStringLiteral("belum terbukti")));
    const PageVerdict withdrawn = readVerdict(chromium(pageUrl(page, QStringLiteral("?lang=en"), revoked.token), {QStringLiteral("--dump-dom")}));
    CHECK(withdrawn.text.contains(QStringLiteral("Revoked")));
    CHECK(withdrawn.text.contains(QStringLiteral("Salah tulis alamat, diganti")));
    const QString empty = chromium(QUrl::fromLocalFile(page).toString(), {QStringLiteral("--dump-dom")});
    CHECK(readVerdict(empty).verdict == QStringLiteral("none"));
    CHECK(empty.contains(QStringLiteral("Halaman ini dibuat")));   // the page says when it was made

    // A phone: pasted rather than scanned, switched to English, 360 px wide with nothing cut off.
    const QString harness = test::writeFile(dir.filePath(QStringLiteral("verifikasi/harness.html")), QStringLiteral(R"(<!DOCTYPE html>
<html><body><pre id="out">pending</pre><iframe id="f" src="index.html" width="360" height="740"></iframe>
<script>
const f = document.getElementById('f');
f.addEventListener('load', async () => {
    const d = f.contentDocument, lines = [];
    const settle = async () => {
        for (let i = 0; i < 500; ++i) {
            const v = d.getElementById('verdict').dataset.verdict;
            if (v !== 'checking')
                return v;
            await new Promise((r) => setTimeout(r, 20));
        }
        return 'timeout';
    };
    lines.push('initial=' + await settle());
    d.getElementById('token').value = '  https://example.invalid/verifikasi#%1\n';
    d.getElementById('check').requestSubmit();
    lines.push('pasted=' + await settle());
    lines.push('title=' + d.getElementById('verdict-title').textContent);
    d.getElementById('lang').click();
    lines.push('english=' + d.getElementById('verdict-title').textContent);
    lines.push('label=' + d.querySelector('label').textContent);
    lines.push('overflow=' + (d.documentElement.scrollWidth - d.documentElement.clientWidth));
    lines.push('title_px=' + parseFloat(getComputedStyle(d.getElementById('verdict-title')).fontSize));
    document.getElementById('out').textContent = lines.join('\n');
});
</script></body></html>)").arg(genuine.token).toUtf8());
    const QString dom = chromium(QUrl::fromLocalFile(harness).toString(), {QStringLiteral("--allow-file-access-from-files"), QStringLiteral("--dump-dom")});
    INFO(dom.left(3000).toStdString());
    CHECK(dom.contains(QStringLiteral("initial=none")));
    CHECK(dom.contains(QStringLiteral("pasted=genuine")));
    CHECK(dom.contains(QStringLiteral("title=Asli")));
    CHECK(dom.contains(QStringLiteral("english=Genuine")));
    CHECK(dom.contains(QStringLiteral("label=Seal or address from the QR code")));
    CHECK(dom.contains(QStringLiteral("overflow=0")));
    CHECK(dom.contains(QStringLiteral("title_px=")));
    static const QRegularExpression px(QStringLiteral("title_px=([0-9.]+)"));
    CHECK(px.match(dom).captured(1).toDouble() >= 24.0);   // the verdict reads at arm's length

    // The screenshot at 360×740 a phone shows, kept for the README when asked.
    const QString shot = dir.filePath(QStringLiteral("verify-page.png"));
    chromium(pageUrl(page, {}, genuine.token), {QStringLiteral("--window-size=360,740"), QStringLiteral("--hide-scrollbars"),
                                                QStringLiteral("--screenshot=") + shot});
    const QImage image(shot);
    CHECK(image.size() == QSize(360, 740));
    if (const QString keep = qEnvironmentVariable("LOKET_SCREENSHOT_DIR"); !keep.isEmpty())
        CHECK(image.save(QDir(keep).filePath(QStringLiteral("verify-page.png"))));

    // Printed: the verdict and what was signed, without the form and its buttons.
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    chromium(pageUrl(page, {}, genuine.token), {QStringLiteral("--no-pdf-header-footer"), QStringLiteral("--print-to-pdf=") + printed});
    const QString paper = test::tool(QStringLiteral("pdftotext"), {printed, QStringLiteral("-")});
    CHECK(paper.contains(QStringLiteral("ASLI")));
    CHECK(paper.contains(genuine.number));
    CHECK(paper.contains(QStringLiteral("Halaman ini dibuat")));
    CHECK_FALSE(paper.contains(QStringLiteral("Periksa")));

    // A page written before a revocation cannot know it; written again, it does.
    const QString before = dir.filePath(QStringLiteral("lama.html"));
    REQUIRE(QFile::copy(page, before));
    db.services().letters().revoke(db.login(QStringLiteral("camat")), genuine.id, QStringLiteral("Diganti surat baru"));
    REQUIRE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("letter"), QStringLiteral("verify-page"), QStringLiteral("--out"), out}).exitCode == 0);
    CHECK(readVerdict(chromium(pageUrl(before, {}, genuine.token), {QStringLiteral("--dump-dom")})).verdict == QStringLiteral("genuine"));
    const PageVerdict now = readVerdict(chromium(pageUrl(page, {}, genuine.token), {QStringLiteral("--dump-dom")}));
    CHECK(now.verdict == QStringLiteral("revoked"));
    CHECK(now.text.contains(QStringLiteral("Diganti surat baru")));
}

TEST_CASE("letter verify-page refuses a file given as its folder and changes nothing")
{
    test::DemoDb db;
    QTemporaryDir dir;
    const QString file = test::writeFile(dir.filePath(QStringLiteral("bukan-folder")), "isi");
    auto r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("letter"), QStringLiteral("verify-page"), QStringLiteral("--out"), file});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("bukan folder")));
    QFile kept(file);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "isi");
    // No key yet: the page is written, and the office is told it cannot vouch for any letter.
    r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("letter"), QStringLiteral("verify-page"), QStringLiteral("--out"),
                dir.filePath(QStringLiteral("baru/verifikasi"))});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Belum ada kunci tanda tangan")));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("baru/verifikasi/index.html"))));

    // The office's own home page in the folder is not overwritten unless that is what is asked.
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("situs"))));
    const QString home = test::writeFile(dir.filePath(QStringLiteral("situs/index.html")), "<html>Beranda kantor</html>");
    const QStringList write{QStringLiteral("--db"), db.path(), QStringLiteral("letter"), QStringLiteral("verify-page"),
                            QStringLiteral("--out"), dir.filePath(QStringLiteral("situs"))};
    r = runCli(write);
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("--force")));
    QFile homePage(home);
    REQUIRE(homePage.open(QIODevice::ReadOnly));
    CHECK(homePage.readAll() == "<html>Beranda kantor</html>");
    homePage.close();
    CHECK(runCli(write + QStringList{QStringLiteral("--force")}).exitCode == 0);
    CHECK(runCli(write).exitCode == 0);   // Loket's own page is simply written again
}
