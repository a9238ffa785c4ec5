#include "TestSupport.h"

#include "common/Error.h"
#include "setup/Initializer.h"
#include "storage/Sql.h"
#include "sync/HubConnection.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSqlRecord>
#include <QUuid>
#include <catch2/catch.hpp>

namespace loket::test {

DemoDb::DemoDb(bool initialise)
{
    REQUIRE(m_dir.isValid());
    reopen();
    if (initialise)
        Initializer::initializeDemo(m_services->store());
}

void DemoDb::reopen()
{
    m_services.reset();
    m_services = std::make_unique<AppServices>(DatabaseOptions{path()});
}

Session DemoDb::login(const QString &username)
{
    return m_services->users().login(username, Initializer::demoPassword(username));
}

void fillLetterDraft(DemoDb &db, const QString &tracking, const QMap<QString, QString> &values)
{
    const Session verifier = db.login(QStringLiteral("verifikator"));
    LetterService &letters = db.services().letters();
    QMap<QString, QString> fields;
    for (const TemplateField &f : letters.draft(verifier, tracking).tmpl.fields)
        fields.insert(f.key, values.value(f.key, f.defaultValue.isEmpty() ? QStringLiteral("Isian %1").arg(f.key) : f.defaultValue));
    letters.saveDraft(verifier, tracking, fields);
}

IssuedLetter issueLetter(DemoDb &db, const QString &tracking, const QString &signer)
{
    const Session session = db.login(signer);
    LetterService &letters = db.services().letters();
    if (!letters.hasKey(session))
        letters.generateKey(session, signerPassphrase());
    return letters.issueOne(session, tracking, signerPassphrase());
}

void toSignature(DemoDb &db, const QString &tracking, const QMap<QString, QString> &values)
{
    WorkflowService &wf = db.services().workflow();
    const Session verifier = db.login(QStringLiteral("verifikator"));
    if (db.services().intake().find(verifier, tracking).status == QStringLiteral("submitted"))
        wf.advance(verifier, tracking, QStringLiteral("verify"), QString());
    fillLetterDraft(db, tracking, values);
    wf.advance(db.login(QStringLiteral("kasi")), tracking, QStringLiteral("to-signature"), QString());
}

QString submitSample(AppServices &services, const Session &officer, const QString &serviceCode)
{
    NewRequest req;
    req.nik = sampleResident().nik;
    req.serviceCode = serviceCode;
    req.incomplete = true;
    req.resident = sampleResident();
    return services.intake().submit(officer, req).tracking;
}

QJsonObject onlineRequest(const QString &portalId, const QString &nik)
{
    QImage ktp(40, 30, QImage::Format_RGB32);
    ktp.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(ktp.save(&buffer, "PNG"));
    return {{QStringLiteral("format"), QStringLiteral("loket-online-request/1")},
            {QStringLiteral("portal_id"), portalId},
            {QStringLiteral("submitted_at"), QStringLiteral("2026-11-30T08:15:00+07:00")},
            {QStringLiteral("service_code"), QStringLiteral("SKD")},
            {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("nik"), nik},
                                                      {QStringLiteral("full_name"), QStringLiteral("Dewi Lestari")},
                                                      {QStringLiteral("birth_place"), QStringLiteral("Purwokerto")},
                                                      {QStringLiteral("birth_date"), QStringLiteral("1990-05-15")},
                                                      {QStringLiteral("sex"), QStringLiteral("F")},
                                                      {QStringLiteral("address"), QStringLiteral("Jl. Gunung Slamet No. 7")},
                                                      {QStringLiteral("rt"), QStringLiteral("003")},
                                                      {QStringLiteral("rw"), QStringLiteral("005")},
                                                      {QStringLiteral("village_code"), QStringLiteral("33.02.27.1003")}}},
            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("keperluan"), QStringLiteral("Syarat beasiswa")}}},
            {QStringLiteral("attachments"),
             QJsonArray{QJsonObject{{QStringLiteral("requirement"), QStringLiteral("ktp")},
                                    {QStringLiteral("file_name"), QStringLiteral("ktp.png")},
                                    {QStringLiteral("content_base64"), QString::fromLatin1(png.toBase64())}}}}};
}

void copyAsSecondCounter(DemoDb &first, DemoDb &second)
{
    second.close();
    first.close();
    QFile::remove(second.path());
    QFile::remove(second.path() + QStringLiteral("-wal"));
    QFile::remove(second.path() + QStringLiteral("-shm"));
    REQUIRE(QFile::copy(first.path(), second.path()));
    first.reopen();
    second.reopen();
    sql::exec(second.services().store().db(), QStringLiteral("UPDATE node_state SET node_id = ?, node_code = 'L2'"),
              {QStringLiteral("01900000-0000-7000-8000-00000000b002")});
}

void copyEvents(DemoDb &from, DemoDb &to)
{
    auto q = sql::exec(from.services().store().db(), QStringLiteral("SELECT * FROM request_event"));
    while (q.next()) {
        QStringList cols, marks;
        QVariantList values;
        for (int i = 0; i < q.columns().size(); ++i) {
            cols << q.columns().at(i);
            marks << QStringLiteral("?");
            values << q.value(i);
        }
        sql::execList(to.services().store().db(), QStringLiteral("INSERT OR IGNORE INTO request_event (%1) VALUES (%2)")
                                                      .arg(cols.join(u','), marks.join(u',')), values);
    }
}

QString useSaneTestBackend()
{
    static QTemporaryDir dir;
    static bool written = false;
    if (!written) {
        REQUIRE(dir.isValid());
        QFile dll(dir.filePath(QStringLiteral("dll.conf")));
        REQUIRE(dll.open(QIODevice::WriteOnly));
        dll.write("test\n");
        QFile conf(dir.filePath(QStringLiteral("test.conf")));
        REQUIRE(conf.open(QIODevice::WriteOnly));
        conf.write("number_of_devices 1\ngeometry_max 400.0\nbr_x 210.0\nbr_y 297.0\n");
        written = true;
    }
    qputenv("SANE_CONFIG_DIR", dir.path().toLocal8Bit());   // no trailing ':': only this folder
    return dir.path();
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

qint64 countRows(const QString &db, const QString &table)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db, QStringLiteral("SELECT COUNT(*) FROM ") + table});
    REQUIRE(p.waitForFinished());
    return p.readAllStandardOutput().trimmed().toLongLong();
}

CliResult runCli(const QStringList &args, const QStringList &env, const QByteArray &stdinText)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("LOKET_PASSWORD"));
    e.remove(QStringLiteral("LOKET_NEW_PASSWORD"));
    for (const QString &kv : env)
        e.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(LOKET_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    p.write(stdinText);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    INFO(program.toStdString() << " " << args.join(u' ').toStdString());
    REQUIRE(p.waitForFinished(120000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

CliResult runCli(const QStringList &args, const QStringList &env, const QByteArray &stdinText, const HangGuard &guard)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("LOKET_PASSWORD"));
    e.remove(QStringLiteral("LOKET_NEW_PASSWORD"));
    for (const QString &kv : env)
        e.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    const QString command = QStringLiteral("loket-cli ") + args.join(u' ');
    for (int attempt = 1; attempt <= guard.attempts; ++attempt) {
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(LOKET_CLI_PATH), args);
        REQUIRE(p.waitForStarted());
        p.write(stdinText);
        p.closeWriteChannel();
        if (p.waitForFinished(guard.timeoutMs))
            return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                    QString::fromUtf8(p.readAllStandardError())};
        p.kill();
        p.waitForFinished(10000);
        WARN(command.toStdString() << ": still running after " << guard.timeoutMs / 1000 << " s (attempt " << attempt
                                   << " of " << guard.attempts << "), killed");
    }
    FAIL(command.toStdString() << ": hung " << guard.attempts << " times (killed after " << guard.timeoutMs / 1000
                               << " s each); the scanner backend in the child wedged, see the test's note");
    return {};
}

QByteArray drawPdf(const QList<QPageLayout> &pages, const std::function<void(QPainter &, const QRect &, int)> &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    QPainter painter;
    for (int i = 0; i < pages.size(); ++i) {
        writer.setPageLayout(pages.at(i));
        if (i == 0)
            painter.begin(&writer);
        else
            writer.newPage();
        paint(painter, writer.pageLayout().paintRectPixels(writer.resolution()), i);
    }
    painter.end();
    return bytes;
}

QPageLayout a4Page()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
}

Error thrownBy(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e;
    }
    FAIL("no loket::Error was thrown");
    return Error::invalid({});
}

namespace {

// Runs one statement on the server's maintenance database "postgres" as the test role.
void onTestServer(const QString &statement)
{
    const HubAddress admin = HubAddress::parse(QStringLiteral("postgresql://loket@127.0.0.1:5432/postgres"));
    try {
        HubConnection c(admin, 5);
        sql::execRaw(c.db(), statement);
    } catch (const Error &e) {
        FAIL("PostgreSQL for the hub tests (scripts/start-test-services.sh): " << e.message().toStdString());
    }
}

} // namespace

HubDb::HubDb()
    : m_name(QStringLiteral("loket_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16))
{
    qputenv("LOKET_HUB_PASSWORD", "loket-test");
    onTestServer(QStringLiteral("CREATE DATABASE %1").arg(m_name));
}

HubDb::~HubDb()
{
    try {
        const HubAddress admin = HubAddress::parse(QStringLiteral("postgresql://loket@127.0.0.1:5432/postgres"));
        HubConnection c(admin, 5);
        sql::execRaw(c.db(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    } catch (const Error &) {
        // the server went away: nothing left to drop
    }
}

QString HubDb::uri() const
{
    return QStringLiteral("postgresql://loket@127.0.0.1:5432/") + m_name;
}

} // namespace loket::test
