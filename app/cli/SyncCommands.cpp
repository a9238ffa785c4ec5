// Hub verbs (issue 14): hub init links this counter to the office's PostgreSQL hub, node join makes
// a new counter of an office already there, sync exchanges changes (once or --watch), sync status
// says where it stands.
#include "CliContext.h"

#include "common/Error.h"
#include "sync/SyncService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace loket::cli {

namespace {

int hubInit(CliContext &ctx, CliArgs &args)
{
    const QString uri = args.required(QStringLiteral("hub"));
    args.finish();
    const HubLink link = ctx.services().sync().linkHub(ctx.session(), uri);
    ctx.print(QJsonObject{{QStringLiteral("hub"), link.hubUri}, {QStringLiteral("schema_version"), link.schemaVersion},
                          {QStringLiteral("migrations_applied"), link.migrationsApplied}},
              Cli::tr("Hub %1 siap (skema versi %2, %3 migrasi dijalankan); loket ini terdaftar dan mengingat alamatnya.")
                  .arg(link.hubUri)
                  .arg(link.schemaVersion)
                  .arg(link.migrationsApplied));
    return 0;
}

QJsonObject reportJson(const SyncReport &r)
{
    return {{QStringLiteral("pushed"), r.push.pushed},
            {QStringLiteral("pulled"), r.pulled},
            {QStringLiteral("applied"), r.applied},
            {QStringLiteral("conflicts"), r.conflicts},
            {QStringLiteral("blobs_sent"), r.blobsSent},
            {QStringLiteral("blobs_received"), r.blobsReceived},
            {QStringLiteral("blobs_waiting"), r.blobsWaiting},
            {QStringLiteral("pushed_seq"), r.push.pushedSeq},
            {QStringLiteral("pulled_seq"), r.pulledSeq},
            {QStringLiteral("errors"), QJsonArray::fromStringList(r.errors)}};
}

QString reportText(const SyncReport &r)
{
    QString text = Cli::tr("Terkirim %1 perubahan, diterima %2 (%3 diterapkan), %4 konflik baru; berkas terkirim %5, diterima %6")
                       .arg(r.push.pushed)
                       .arg(r.pulled)
                       .arg(r.applied)
                       .arg(r.conflicts)
                       .arg(r.blobsSent)
                       .arg(r.blobsReceived);
    if (r.blobsWaiting > 0)
        text += Cli::tr(", %1 berkas belum tersedia di hub").arg(r.blobsWaiting);
    text += u'.';
    for (const QString &e : r.errors)
        text += u'\n' + Cli::tr("Galat: %1").arg(e);
    return text;
}

int sync(CliContext &ctx, CliArgs &args)
{
    const QString uri = args.option(QStringLiteral("hub")).value_or(QString());
    const bool watch = args.flag(QStringLiteral("watch"));
    const int interval = args.option(QStringLiteral("interval")).value_or(QStringLiteral("10")).toInt();
    args.finish();
    if (interval < 1 || interval > 3600)
        throw Error::invalid(Cli::tr("--interval harus antara 1 dan 3600 detik."));
    if (!watch) {
        const SyncReport r = ctx.services().sync().sync(uri);
        ctx.print(reportJson(r), reportText(r));
        return r.errors.isEmpty() ? 0 : 1;
    }
    // Keeps running: each round's outcome on its own line (one JSON object a line with --json); a
    // hub that cannot be reached is reported and tried again at the next round.
    for (QString hub = uri;; QThread::sleep(interval)) {
        QJsonObject line;
        QString text;
        try {
            const SyncReport r = ctx.services().sync().sync(hub);
            line = reportJson(r);
            text = reportText(r);
        } catch (const Error &e) {
            line = {{QStringLiteral("error"), e.message()}};
            text = Cli::tr("Galat: %1").arg(e.message());
        }
        hub.clear();   // remembered from the first round on
        line.insert(QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (ctx.json())
            ctx.out() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << Qt::endl;
        else
            ctx.out() << line.value(QStringLiteral("at")).toString() << u' ' << text << Qt::endl;
    }
}

int nodeJoin(CliContext &ctx, CliArgs &args)
{
    const QString uri = args.required(QStringLiteral("hub"));
    const QString nodeCode = args.required(QStringLiteral("node-code"));
    const QString office = args.option(QStringLiteral("office")).value_or(QString());
    args.finish();
    const JoinReport r = ctx.services().sync().join(uri, nodeCode, office);
    QJsonObject json = reportJson(r.sync);
    json.insert(QStringLiteral("office_code"), r.officeCode);
    json.insert(QStringLiteral("node_code"), r.nodeCode);
    json.insert(QStringLiteral("node_id"), r.nodeId);
    json.insert(QStringLiteral("database"), ctx.paths().databasePath());
    ctx.print(json, Cli::tr("Loket %1 bergabung dengan kantor %2: %3 perubahan dan %4 berkas diterima dari hub.")
                        .arg(r.nodeCode, r.officeCode)
                        .arg(r.sync.pulled)
                        .arg(r.sync.blobsReceived));
    return r.sync.errors.isEmpty() ? 0 : 1;
}

int syncStatus(CliContext &ctx, CliArgs &args)
{
    args.finish();
    const SyncStatus s = ctx.services().sync().status();
    QString text = s.hubUri.isEmpty() ? Cli::tr("Belum terhubung ke hub.\n") : Cli::tr("Hub: %1\n").arg(s.hubUri);
    text += Cli::tr("Perubahan menunggu dikirim: %1 (terkirim sampai nomor %2)\n").arg(s.waiting()).arg(s.pushedSeq);
    text += Cli::tr("Terakhir berhasil: %1\n").arg(s.lastOkAt.isEmpty() ? Cli::tr("belum pernah") : s.lastOkAt);
    text += Cli::tr("Konflik terbuka: %1\n").arg(ctx.services().sync().openConflicts());
    if (!s.lastError.isEmpty())
        text += Cli::tr("Galat terakhir (%1): %2\n").arg(s.lastAttemptAt, s.lastError);
    ctx.print(QJsonObject{{QStringLiteral("hub"), s.hubUri}, {QStringLiteral("waiting"), s.waiting()},
                          {QStringLiteral("outbox_seq"), s.outboxSeq}, {QStringLiteral("pushed_seq"), s.pushedSeq},
                          {QStringLiteral("pulled_seq"), s.pulledSeq}, {QStringLiteral("last_attempt_at"), s.lastAttemptAt},
                          {QStringLiteral("last_ok_at"), s.lastOkAt}, {QStringLiteral("last_error"), s.lastError},
                          {QStringLiteral("open_conflicts"), ctx.services().sync().openConflicts()}},
              text.chopped(1));
    return 0;
}

} // namespace

QList<Command> syncCommands()
{
    return {
        {QStringLiteral("hub init"), QStringLiteral("hub init --hub URL                        # admin; postgresql://USER@HOST:PORT/DB, "
                                                    "password from LOKET_HUB_PASSWORD or ~/.pgpass"), hubInit},
        {QStringLiteral("node join"), QStringLiteral("node join --hub URL --node-code L2 [--office 33.02.27]   # a new counter: joins "
                                                     "and receives the office's data"), nodeJoin},
        {QStringLiteral("sync status"), QStringLiteral("sync status"), syncStatus},
        {QStringLiteral("sync"), QStringLiteral("sync [--hub URL] [--watch [--interval SECONDS]]   # push, pull, documents; "
                                                "--json prints pushed, pulled, blobs_sent, blobs_received, conflicts, errors"), sync},
    };
}

} // namespace loket::cli
