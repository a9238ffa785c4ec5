// Backups, restore, file permissions and plain storage messages through the real loket-cli:
// a backup taken while another process writes, damaged and newer backups refused, keep-last-N,
// 0600/0700 files, a newer schema, a read-only folder and a full disk.
#include "TestSupport.h"

#include "backup/BackupService.h"
#include "common/FilePermissions.h"
#include "setup/Initializer.h"
#include "storage/BlobStore.h"
#include "storage/ChangeSet.h"
#include "storage/Migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QThread>
#include <catch2/catch.hpp>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace loket;
using test::runCli;

namespace {

const QString kNik = QStringLiteral("3302275505900003");   // test::sampleResident()

// A demo counter database (admin/demo-admin, petugas/demo-petugas) with the sample resident and
// two blobs, closed so that only loket-cli processes use it.
struct BackupDb
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("counter/loket.db"));
    QString backups = dir.filePath(QStringLiteral("backups"));

    // bulkBlobs: scans enough to make the backup take a while (a busy counter's database).
    explicit BackupDb(int bulkBlobs = 0)
    {
        REQUIRE(QDir().mkpath(QFileInfo(db).absolutePath()));
        AppServices services(DatabaseOptions{db});
        Initializer::initializeDemo(services.store());
        const Session officer = services.users().login(QStringLiteral("petugas"), QStringLiteral("demo-petugas"));
        services.residents().save(officer, test::sampleResident());
        ChangeSet changes(services.store(), officer.any());
        BlobStore::put(changes, QByteArrayLiteral("scan of a KTP, page 1"), QStringLiteral("image/png"));
        BlobStore::put(changes, QByteArray(20000, 'x'), QStringLiteral("image/png"));
        for (int i = 0; i < bulkBlobs; ++i) {
            QByteArray page(256 * 1024, Qt::Uninitialized);
            for (qsizetype j = 0; j < page.size(); j += 4)
                *reinterpret_cast<quint32 *>(page.data() + j) = QRandomGenerator::global()->generate();
            BlobStore::put(changes, page, QStringLiteral("image/jpeg"));
        }
        changes.commit();
    }
    QStringList args(const QStringList &rest, const QString &database = {}) const
    {
        return QStringList{QStringLiteral("--db"), database.isEmpty() ? db : database} + rest;
    }
    test::CliResult admin(const QStringList &rest, const QString &database = {}) const
    {
        return runCli(QStringList{QStringLiteral("--as"), QStringLiteral("admin")} + args(rest, database),
                      {QStringLiteral("LOKET_PASSWORD=demo-admin")});
    }
    test::CliResult anyone(const QStringList &rest, const QString &database = {}) const
    {
        return runCli(args(rest, database));
    }
    // Makes a backup and returns its folder.
    QString backup() const
    {
        const auto r = admin({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("--to"), backups});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("folder")).toString();
    }
};

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}

QString sha256(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

int sqlite3(const QString &db, const QString &statement)
{
    return QProcess::execute(QStringLiteral("sqlite3"), {db, statement});
}

QString sqlite3Value(const QString &db, const QString &statement)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db, statement});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// A copy of the backup folder that a test may damage.
QString copyBackup(const QString &folder, const QString &to)
{
    REQUIRE(QDir().mkpath(to));
    for (const QString &name : QDir(folder).entryList(QDir::Files))
        REQUIRE(QFile::copy(QDir(folder).filePath(name), QDir(to).filePath(name)));
    return to;
}

// The manifest made to match a database a test changed on purpose, so that only the deeper checks
// can find what was done.
void resealManifest(const QString &folder, int schemaVersion = -1)
{
    const QString manifest = QDir(folder).filePath(QStringLiteral("manifest.json"));
    QJsonObject m = readJson(manifest);
    QJsonObject db = m.value(QStringLiteral("database")).toObject();
    db.insert(QStringLiteral("sha256"), sha256(QDir(folder).filePath(QStringLiteral("loket.db"))));
    db.insert(QStringLiteral("bytes"), QFileInfo(QDir(folder).filePath(QStringLiteral("loket.db"))).size());
    m.insert(QStringLiteral("database"), db);
    if (schemaVersion >= 0)
        m.insert(QStringLiteral("schema_version"), schemaVersion);
    writeJson(manifest, m);
}

} // namespace

TEST_CASE("A backup taken while another loket-cli writes requests is consistent and restores with every request it names")
{
    BackupDb t(150);   // ≈ 38 MB of scans: the backup runs long enough to meet the writer's commits
    // Another process registers requests one after another for the whole test, the backup's
    // log-in and copy among them; a request it could not register is noted in `failed`.
    const QString failed = t.dir.filePath(QStringLiteral("failed"));
    QProcess writer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LOKET_PASSWORD"), QStringLiteral("demo-petugas"));
    writer.setProcessEnvironment(env);
    writer.start(QStringLiteral("sh"), {QStringLiteral("-c"),
                                        QStringLiteral("while :; do \"%1\" --db \"%2\" --as petugas request new --nik %3 "
                                                       "--service SKD --channel walk_in --incomplete >/dev/null 2>>\"%4\" "
                                                       "|| echo failed >>\"%4\"; done")
                                            .arg(QStringLiteral(LOKET_CLI_PATH), t.db, kNik, failed)});
    REQUIRE(writer.waitForStarted());
    const auto requests = [&t](const QString &db) { return sqlite3Value(db, QStringLiteral("SELECT COUNT(*) FROM request")).toInt(); };
    for (int i = 0; i < 600 && requests(t.db) < 3; ++i)
        QThread::msleep(100);
    REQUIRE(requests(t.db) >= 3);

    QProcess backup;
    env.insert(QStringLiteral("LOKET_PASSWORD"), QStringLiteral("demo-admin"));
    backup.setProcessEnvironment(env);
    backup.start(QStringLiteral(LOKET_CLI_PATH), t.args({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("--json"),
                                                         QStringLiteral("backup"), QStringLiteral("--to"), t.backups}));
    REQUIRE(backup.waitForStarted());
    REQUIRE(backup.waitForFinished(120000));
    const test::CliResult r{backup.exitCode(), QString::fromUtf8(backup.readAllStandardOutput()),
                            QString::fromUtf8(backup.readAllStandardError())};
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject made = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QString folder = made.value(QStringLiteral("folder")).toString();
    CHECK(made.value(QStringLiteral("check")).toString() == QStringLiteral("ok"));
    CHECK(made.value(QStringLiteral("blobs")).toInt() == 152);
    CHECK(made.value(QStringLiteral("bytes")).toInteger() == QFileInfo(QDir(folder).filePath(QStringLiteral("loket.db"))).size());
    CHECK(QFileInfo(folder).fileName().startsWith(QStringLiteral("loket-backup-")));

    for (int i = 0; i < 600 && requests(t.db) < made.value(QStringLiteral("requests")).toInt() + 2; ++i)
        QThread::msleep(100);   // the writer went on after the backup
    writer.kill();
    writer.waitForFinished();
    QThread::msleep(2000);   // the loket-cli the shell had started finishes on its own
    // No request of the writer failed meanwhile (the file holds the writer's standard error).
    QFile failures(failed);
    const QString failureText = failures.open(QIODevice::ReadOnly) ? QString::fromUtf8(failures.readAll()) : QString();
    INFO(failureText.toStdString());
    CHECK(failureText.trimmed().isEmpty());
    const int backedUp = made.value(QStringLiteral("requests")).toInt();
    CHECK(backedUp >= 3);
    CHECK(requests(t.db) > backedUp);

    const auto verified = t.anyone({QStringLiteral("backup"), QStringLiteral("verify"), folder});
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("utuh")));

    // A new PC whose disk died: nothing to sign in to, the backup goes in place.
    const QString fresh = t.dir.filePath(QStringLiteral("new-pc/loket.db"));
    const auto restored = t.anyone({QStringLiteral("--json"), QStringLiteral("restore"), QDir(folder).filePath(QStringLiteral("manifest.json"))}, fresh);
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(requests(fresh) == backedUp);
    const auto audit = t.anyone({QStringLiteral("audit"), QStringLiteral("verify")}, fresh);
    INFO(audit.err.toStdString());
    CHECK(audit.exitCode == 0);

    // The counter's own database replaced: only by an administrator, the old one kept aside.
    const auto refused = t.anyone({QStringLiteral("restore"), folder});
    CHECK(refused.exitCode == 1);
    const auto inPlace = t.admin({QStringLiteral("--json"), QStringLiteral("restore"), folder});
    INFO(inPlace.err.toStdString());
    REQUIRE(inPlace.exitCode == 0);
    const QString aside = QJsonDocument::fromJson(inPlace.out.toUtf8()).object().value(QStringLiteral("kept_aside")).toString();
    CHECK(aside.contains(QStringLiteral(".before-restore-")));
    CHECK(requests(aside) > backedUp);
    CHECK(requests(t.db) == backedUp);
    CHECK(t.anyone({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);
}

TEST_CASE("A truncated backup database or a tampered blob is refused by backup verify and restore with the reason")
{
    BackupDb t;
    const QString folder = t.backup();
    const auto contents = [&t] {
        return sqlite3Value(t.db, QStringLiteral("SELECT (SELECT group_concat(sha256) FROM blob) || (SELECT COUNT(*) FROM resident) "
                                                 "|| (SELECT node_id FROM node_state)"));
    };
    const QString before = contents();

    const QString cut = copyBackup(folder, t.dir.filePath(QStringLiteral("damaged/loket-backup-cut")));
    QFile db(QDir(cut).filePath(QStringLiteral("loket.db")));
    REQUIRE(db.resize(db.size() / 2));
    auto r = t.anyone({QStringLiteral("backup"), QStringLiteral("verify"), cut});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("terpotong")));
    r = t.admin({QStringLiteral("restore"), cut});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("rusak dan tidak dipulihkan")));
    CHECK(r.err.contains(QStringLiteral("terpotong")));

    // One blob changed and the manifest's hash of the file made to match: the blob check finds it.
    const QString tampered = copyBackup(folder, t.dir.filePath(QStringLiteral("damaged/loket-backup-blob")));
    REQUIRE(sqlite3(QDir(tampered).filePath(QStringLiteral("loket.db")),
                    QStringLiteral("UPDATE blob SET data = X'00112233' WHERE size = 20000")) == 0);
    resealManifest(tampered);
    r = t.anyone({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("verify"), QDir(tampered).filePath(QStringLiteral("loket.db"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("tidak cocok dengan SHA-256-nya")));
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("ok")).toBool() == false);
    r = t.admin({QStringLiteral("restore"), tampered});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("tidak cocok dengan SHA-256-nya")));

    CHECK(contents() == before);   // nothing was put in place (the log-ins changed only login_state)
    CHECK(QDir(t.dir.filePath(QStringLiteral("counter"))).entryList({QStringLiteral("*before-restore*")}, QDir::Files).isEmpty());
}

TEST_CASE("A backup of a newer schema is refused by restore, naming both versions")
{
    BackupDb t;
    const QString folder = copyBackup(t.backup(), t.dir.filePath(QStringLiteral("future/loket-backup-20990101-000000")));
    REQUIRE(sqlite3(QDir(folder).filePath(QStringLiteral("loket.db")),
                    QStringLiteral("INSERT INTO schema_version(version, name, applied_at) VALUES (999, 'future', '2099-01-01')")) == 0);
    resealManifest(folder, 999);
    const auto verified = t.anyone({QStringLiteral("backup"), QStringLiteral("verify"), folder});
    CHECK(verified.exitCode == 0);   // intact, only too new
    CHECK(verified.out.contains(QStringLiteral("lebih baru")));
    const auto r = t.admin({QStringLiteral("restore"), folder});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("999")));
    CHECK(r.err.contains(QString::number(Migrator::latestVersion(QStringLiteral("sqlite")))));
    CHECK(r.err.contains(QStringLiteral("Perbarui Loket")));
}

TEST_CASE("keep-last-N deletes only the oldest complete backups")
{
    BackupDb t;
    const QDir dir(t.backups);
    REQUIRE(QDir().mkpath(t.backups));
    const auto make = [&](const QString &name, bool manifest) {
        REQUIRE(dir.mkpath(name));
        if (manifest)
            writeJson(dir.filePath(name + QStringLiteral("/manifest.json")), QJsonObject{{QStringLiteral("format"), QStringLiteral("loket-backup")}});
    };
    make(QStringLiteral("loket-backup-20200101-000000"), true);
    make(QStringLiteral("loket-backup-20200102-000000"), true);
    make(QStringLiteral("loket-backup-20200102-000000-2"), true);
    make(QStringLiteral(".loket-backup-20200103-000000.partial"), false);   // a backup cut off half-way
    make(QStringLiteral("loket-backup-20200104-000000"), false);            // no manifest: not complete
    make(QStringLiteral("family-photos"), false);

    const auto r = t.admin({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("--to"), t.backups, QStringLiteral("--keep"), QStringLiteral("2")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QStringList left = dir.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    CHECK(left == QStringList{QStringLiteral(".loket-backup-20200103-000000.partial"), QStringLiteral("family-photos"),
                              QStringLiteral("loket-backup-20200102-000000-2"), QStringLiteral("loket-backup-20200104-000000"),
                              QFileInfo(o.value(QStringLiteral("folder")).toString()).fileName()});
    CHECK(o.value(QStringLiteral("removed")).toArray().size() == 2);
}

TEST_CASE("Files are 0600 and folders 0700 after init and some work - an old 0644 database is tightened when opened")
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    const QStringList base{QStringLiteral("--profile"), profile};
    REQUIRE(runCli(base + QStringList{QStringLiteral("init"), QStringLiteral("--office-code"), QStringLiteral("33.02.27"),
                                      QStringLiteral("--node-code"), QStringLiteral("L1"), QStringLiteral("--admin-user"),
                                      QStringLiteral("kepala"), QStringLiteral("--demo")},
                   {QStringLiteral("LOKET_NEW_PASSWORD=kepala-sandi-1")}).exitCode == 0);
    const auto officer = [&](const QStringList &rest) {
        return runCli(base + QStringList{QStringLiteral("--as"), QStringLiteral("kepala")} + rest,
                      {QStringLiteral("LOKET_PASSWORD=kepala-sandi-1")});
    };
    const Resident s = test::sampleResident();
    REQUIRE(officer({QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--nik"), s.nik, QStringLiteral("--name"), s.fullName,
                     QStringLiteral("--birth-place"), s.birthPlace, QStringLiteral("--birth-date"), s.birthDate.toString(Qt::ISODate),
                     QStringLiteral("--sex"), s.sex}).exitCode == 0);
    REQUIRE(officer({QStringLiteral("backup"), QStringLiteral("--to"), QDir(profile).filePath(QStringLiteral("backups"))}).exitCode == 0);
    QFile ini(QDir(profile).filePath(QStringLiteral("loket.ini")));   // as the desktop app leaves it
    REQUIRE(ini.open(QIODevice::WriteOnly));
    ini.write("[General]\nlastUser=kepala\n");
    ini.close();

    const auto everythingPrivate = [&] {
        CHECK(FilePermissions::mode(profile) == 0700);
        QDirIterator it(profile, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            INFO(path.toStdString());
            CHECK(FilePermissions::mode(path) == (it.fileInfo().isDir() ? 0700 : 0600));
            files += it.fileInfo().isFile() ? 1 : 0;
        }
        CHECK(files >= 4);   // loket.db, the log, the backup's loket.db and manifest.json, loket.ini
    };
    QFile::setPermissions(ini.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    everythingPrivate();

    // What an older version left: readable by every account.
    const QString db = QDir(profile).filePath(QStringLiteral("loket.db"));
    for (const QString &path : {db, QDir(profile).filePath(QStringLiteral("logs/loket.log")), ini.fileName()})
        REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    for (const QString &path : {profile, QDir(profile).filePath(QStringLiteral("logs"))})
        REQUIRE(::chmod(QFile::encodeName(path).constData(), 0755) == 0);
    REQUIRE(runCli(base + QStringList{QStringLiteral("service"), QStringLiteral("list")}).exitCode == 0);
    everythingPrivate();
}

TEST_CASE("A database of a newer schema is refused, naming both versions, and nothing is written to it")
{
    BackupDb t;
    REQUIRE(sqlite3(t.db, QStringLiteral("INSERT INTO schema_version(version, name, applied_at) VALUES (999, 'future', '2099-01-01')")) == 0);
    const QString before = sha256(t.db);
    const auto r = t.admin({QStringLiteral("resident"), QStringLiteral("find"), QStringLiteral("siti")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("999")));
    CHECK(r.err.contains(QString::number(Migrator::latestVersion(QStringLiteral("sqlite")))));
    CHECK(r.err.contains(QStringLiteral("Perbarui Loket")));
    CHECK(sha256(t.db) == before);
}

TEST_CASE("A folder the user cannot write is named, with what to do, instead of SQLite's words")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    REQUIRE(QDir().mkpath(folder));
    const QString db = QDir(folder).filePath(QStringLiteral("loket.db"));
    // root ignores permissions: the program runs as "nobody" instead, for whom the folder (root's,
    // 0755) is read-only, exactly like a 0500 folder for its owner.
    QStringList program{QStringLiteral(LOKET_CLI_PATH)};
    if (::geteuid() == 0) {
        REQUIRE(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        program = QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), QStringLiteral(LOKET_CLI_PATH)};
        // A build under a folder "nobody" cannot enter (e.g. /root) cannot be run that way at all.
        QProcess probe;
        probe.start(program.first(), program.mid(1) + QStringList{QStringLiteral("--help")});
        if (!probe.waitForFinished(60000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0) {
            WARN("loket-cli cannot run as nobody here (" << probe.readAllStandardError().trimmed().toStdString()
                                                         << "): the read-only folder is not tested");
            return;
        }
    } else {
        REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0500) == 0);
    }
    QProcess p;
    p.start(program.first(), program.mid(1) + QStringList{QStringLiteral("--db"), db, QStringLiteral("service"), QStringLiteral("list")});
    REQUIRE(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO(err.toStdString());
    CHECK(p.exitCode() == 1);
    CHECK(err.contains(QStringLiteral("folder %1 tidak dapat ditulis oleh pengguna ini").arg(folder)));
    CHECK(err.contains(QStringLiteral("Berikan hak tulis")));
    CHECK_FALSE(QFileInfo::exists(db));
    ::chmod(QFile::encodeName(folder).constData(), 0700);
}

TEST_CASE("A full disk is named as such, with what to do, and the database stays intact")
{
    QTemporaryDir dir;
    const QString disk = dir.filePath(QStringLiteral("disk"));
    REQUIRE(QDir().mkpath(disk));
    // A small tmpfs is a disk that fills up for real; mounting needs root (CAP_SYS_ADMIN).
    if (::mount("tmpfs", QFile::encodeName(disk).constData(), "tmpfs", 0, "size=3m") != 0) {
        WARN("tmpfs cannot be mounted here (not root?): full-disk test skipped");
        return;
    }
    const auto unmount = qScopeGuard([&] { ::umount2(QFile::encodeName(disk).constData(), MNT_DETACH); });
    const QString db = QDir(disk).filePath(QStringLiteral("loket.db"));
    // The log lives elsewhere, so that only the database meets the full disk.
    const QStringList base{QStringLiteral("--profile"), dir.filePath(QStringLiteral("profile")), QStringLiteral("--db"), db};
    REQUIRE(runCli(base + QStringList{QStringLiteral("init"), QStringLiteral("--office-code"), QStringLiteral("33.02.27"),
                                      QStringLiteral("--node-code"), QStringLiteral("L1"), QStringLiteral("--admin-user"),
                                      QStringLiteral("kepala")},
                   {QStringLiteral("LOKET_NEW_PASSWORD=kepala-sandi-1")}).exitCode == 0);
    {
        QFile filler(QDir(disk).filePath(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, '\0');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        const QByteArray byte(1, '\0');
        while (filler.write(byte) == 1 && filler.flush()) {
        }
    }
    const Resident s = test::sampleResident();
    const auto r = runCli(base + QStringList{QStringLiteral("--as"), QStringLiteral("kepala"), QStringLiteral("resident"), QStringLiteral("add"),
                                             QStringLiteral("--nik"), s.nik, QStringLiteral("--name"), s.fullName, QStringLiteral("--birth-place"),
                                             s.birthPlace, QStringLiteral("--birth-date"), s.birthDate.toString(Qt::ISODate),
                                             QStringLiteral("--sex"), s.sex, QStringLiteral("--address"), QString(2000, u'a').left(200)},
                          {QStringLiteral("LOKET_PASSWORD=kepala-sandi-1")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Disk penuh")));
    CHECK(r.err.contains(db));
    CHECK(r.err.contains(QStringLiteral("Kosongkan ruang disk")));

    REQUIRE(QFile::remove(QDir(disk).filePath(QStringLiteral("filler"))));
    const auto audit = runCli(base + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(audit.err.toStdString());
    CHECK(audit.exitCode == 0);
}
