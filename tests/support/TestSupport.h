// Helpers shared by the tests: temporary databases, demo set-up, running loket-cli.
#pragma once

#include "auth/Session.h"
#include "common/Error.h"
#include "letters/LetterService.h"
#include "setup/AppServices.h"

class QPainter;

#include <QJsonObject>
#include <QMap>
#include <QPageLayout>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace loket::test {

// A temporary folder with a fresh, initialised demo database (admin password "demo-admin"), or
// with an empty one (initialise false) for a counter that joins a hub.
class DemoDb
{
public:
    explicit DemoDb(bool initialise = true);
    QString path() const { return m_dir.filePath(QStringLiteral("loket.db")); }
    QString dir() const { return m_dir.path(); }
    AppServices &services() { return *m_services; }
    Session login(const QString &username);  // with the demo password
    void close() { m_services.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services;
};

// A fresh, empty PostgreSQL database on the test server (scripts/start-test-services.sh: role
// "loket" on 127.0.0.1:5432), dropped afterwards. Sets LOKET_HUB_PASSWORD for this process and
// the loket-cli it starts.
class HubDb
{
public:
    HubDb();
    ~HubDb();
    HubDb(const HubDb &) = delete;
    HubDb &operator=(const HubDb &) = delete;
    QString uri() const;
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The passphrase of the demo signers' keys made by the tests.
inline QString signerPassphrase() { return QStringLiteral("frasa-sandi-tanda-tangan"); }
// Fills every field of the request's letter draft (as the verifier), from verified or in process.
void fillLetterDraft(DemoDb &db, const QString &tracking, const QMap<QString, QString> &values = {});
// Issues the letter of a request awaiting signature as `signer` (making its key once).
IssuedLetter issueLetter(DemoDb &db, const QString &tracking, const QString &signer = QStringLiteral("camat"));
// verify, draft with every field filled, to-signature: the request then awaits signature.
void toSignature(DemoDb &db, const QString &tracking, const QMap<QString, QString> &values = {});

// A resident of Purwokerto Utara (Siti Nur'aini, NIK 3302275505900003) with every field filled.
Resident sampleResident();
// A complete walk-in SKTM request for sampleResident(), verified, its letter drafted with plain
// values, sent to signature: ready for `letter issue`. Returns its tracking number.
QString sktmAwaitingSignature(AppServices &services, const Session &officer, const Session &verifier, const Session &approver);
// Submits an incomplete walk-in request of `serviceCode` for sampleResident(); returns its tracking number.
QString submitSample(AppServices &services, const Session &officer, const QString &serviceCode = QStringLiteral("SKD"));

// An online request as the portal sends it (docs/online-requests.md): a Surat Keterangan Domisili
// for Dewi Lestari of Purwokerto Utara with the purpose filled in and only her KTP attached (a
// small PNG, base64).
QJsonObject onlineRequest(const QString &portalId = QStringLiteral("PU-2026-000123"),
                          const QString &nik = QStringLiteral("3302275505900004"));

// Two counters of one office that worked offline: `second` becomes a copy of `first`'s database
// (as sync would have left it) under a node of its own, code L2. Both are open again afterwards.
void copyAsSecondCounter(DemoDb &first, DemoDb &second);
// Copies every request event of `from` that `to` lacks, as sync will.
void copyEvents(DemoDb &from, DemoDb &to);

// Points libsane at a configuration of the project's own (only the `test` backend, geometry up to
// 400 mm) through SANE_CONFIG_DIR, before libsane is first used; returns that folder for child
// processes. Nothing in /etc is read or changed.
QString useSaneTestBackend();

// A PDF drawn by Qt at 300 dpi, one page per layout (A4, F4, landscape … with no margins),
// each painted by paint(painter, the page's rectangle in pixels, its index).
QByteArray drawPdf(const QList<QPageLayout> &pages, const std::function<void(QPainter &, const QRect &, int)> &paint);
// An A4 portrait page without margins, for drawPdf.
QPageLayout a4Page();

// Writes bytes to path (the test fails when it cannot); returns the path.
QString writeFile(const QString &path, const QByteArray &bytes);
// The number of rows of table in the database at db, read by the sqlite3 shell (no connection of
// the test's own is left open on it).
qint64 countRows(const QString &db, const QString &table);

// The loket::Error that f throws; the test fails when it throws none.
Error thrownBy(const std::function<void()> &f);

// Runs loket-cli with args; env entries are added to the environment; stdinText is fed in.
CliResult runCli(const QStringList &args, const QStringList &env = {}, const QByteArray &stdinText = {});
// Standard output of an independent tool (poppler, zbar, tesseract), which must finish with exit 0.
QString tool(const QString &program, const QStringList &args);

// For a child that can wedge rather than fail (the SANE test backend cancels its reader thread
// asynchronously and can leave a lock held): how long one run may take before it is taken for hung,
// and how many runs in all. The hung run is killed; a command retried this way must store nothing
// until it finishes (as `document add` does).
struct HangGuard
{
    int timeoutMs = 60000;
    int attempts = 2;
};
// runCli with a hang guard: a run still going after guard.timeoutMs is killed and the command run
// again; when every attempt hangs the test fails naming the command.
CliResult runCli(const QStringList &args, const QStringList &env, const QByteArray &stdinText, const HangGuard &guard);

} // namespace loket::test
