// Hub verbs (issue 14, landing in steps): hub init links this counter to the office's PostgreSQL
// hub; sync status says where it stands.
#include "CliContext.h"

#include "sync/SyncService.h"

#include <QJsonObject>

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

int syncStatus(CliContext &ctx, CliArgs &args)
{
    args.finish();
    const SyncStatus s = ctx.services().sync().status();
    QString text = s.hubUri.isEmpty() ? Cli::tr("Belum terhubung ke hub.\n") : Cli::tr("Hub: %1\n").arg(s.hubUri);
    text += Cli::tr("Perubahan menunggu dikirim: %1 (terkirim sampai nomor %2)\n").arg(s.waiting()).arg(s.pushedSeq);
    text += Cli::tr("Terakhir berhasil: %1\n").arg(s.lastOkAt.isEmpty() ? Cli::tr("belum pernah") : s.lastOkAt);
    if (!s.lastError.isEmpty())
        text += Cli::tr("Galat terakhir (%1): %2\n").arg(s.lastAttemptAt, s.lastError);
    ctx.print(QJsonObject{{QStringLiteral("hub"), s.hubUri}, {QStringLiteral("waiting"), s.waiting()},
                          {QStringLiteral("outbox_seq"), s.outboxSeq}, {QStringLiteral("pushed_seq"), s.pushedSeq},
                          {QStringLiteral("pulled_seq"), s.pulledSeq}, {QStringLiteral("last_attempt_at"), s.lastAttemptAt},
                          {QStringLiteral("last_ok_at"), s.lastOkAt}, {QStringLiteral("last_error"), s.lastError}},
              text.chopped(1));
    return 0;
}

} // namespace

QList<Command> syncCommands()
{
    return {
        {QStringLiteral("hub init"), QStringLiteral("hub init --hub URL                        # admin; postgresql://USER@HOST:PORT/DB, "
                                                    "password from LOKET_HUB_PASSWORD or ~/.pgpass"), hubInit},
        {QStringLiteral("sync status"), QStringLiteral("sync status"), syncStatus},
    };
}

} // namespace loket::cli
