// Backup verbs: backup [--to DIR] [--keep N], backup verify FILE, backup settings, restore FILE.
#include "CliContext.h"

#include "common/Error.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace loket::cli {

namespace {

QString bytesText(qint64 bytes)
{
    return QStringLiteral("%1 (%2 byte)").arg(QLocale(QLocale::Indonesian).formattedDataSize(bytes)).arg(bytes);
}

std::optional<int> keepOption(CliArgs &args)
{
    const auto text = args.option(QStringLiteral("keep"));
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int keep = text->toInt(&ok);
    if (!ok)
        throw UsageError(Cli::tr("--keep memerlukan angka (tertulis: \"%1\").").arg(text->left(20)));
    return keep;
}

int backup(CliContext &ctx, CliArgs &args)
{
    const QString to = args.option(QStringLiteral("to")).value_or(QString());
    const std::optional<int> keep = keepOption(args);
    args.finish();
    const BackupResult r = ctx.services().backups().backup(ctx.session(), to, keep);
    const BackupManifest &m = r.manifest;
    QString text = Cli::tr("Cadangan dibuat: %1").arg(r.databaseFile());
    text += u'\n' + Cli::tr("  ukuran %1, %2 halaman basis data, %3 berkas (%4), %5 permohonan, %6 ms")
                        .arg(bytesText(m.dbBytes)).arg(m.pages).arg(m.blobCount)
                        .arg(QLocale(QLocale::Indonesian).formattedDataSize(m.blobBytes)).arg(m.requests).arg(r.elapsedMs);
    text += u'\n' + Cli::tr("  pemeriksaan: quick_check %1, SHA-256 semua berkas cocok; SHA-256 loket.db %2")
                        .arg(m.quickCheck, m.dbSha256);
    for (const QString &old : r.removed)
        text += u'\n' + Cli::tr("  cadangan lama dihapus: %1").arg(old);
    for (const QString &w : r.warnings)
        text += u'\n' + Cli::tr("peringatan: ") + w;
    ctx.print(r.toJson(), text);
    return 0;
}

int backupVerify(CliContext &ctx, CliArgs &args)
{
    const QString path = args.positional(Cli::tr("Cadangan (folder, manifest.json atau loket.db)"));
    args.finish();
    const BackupCheck c = BackupService::verify(path);
    QString text;
    if (c.ok()) {
        text = Cli::tr("Cadangan %1 utuh: loket.db cocok dengan manifest (SHA-256), quick_check ok, %2 berkas dan %3 entri "
                       "audit diperiksa; dibuat %4, skema versi %5, %6 permohonan.")
                   .arg(c.folder).arg(c.blobsChecked).arg(c.auditEntriesChecked)
                   .arg(c.manifest.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                   .arg(c.manifest.schemaVersion).arg(c.manifest.requests);
        if (c.newerSchema)
            text += u'\n' + Cli::tr("catatan: cadangan ini dibuat oleh Loket yang lebih baru (skema versi %1; Loket ini "
                                    "mengenal sampai versi %2): perbarui Loket sebelum memulihkannya.")
                                .arg(c.manifest.schemaVersion).arg(c.knownSchemaVersion);
    }
    ctx.print(c.toJson(), text);
    if (!c.ok()) {
        ctx.err() << Cli::tr("Cadangan %1 rusak:").arg(c.folder) << "\n";
        for (const QString &p : c.problems)
            ctx.err() << "  " << p << "\n";
        return 1;
    }
    return 0;
}

QString statusText(const BackupStatus &s)
{
    QString text = Cli::tr("Folder cadangan : %1\n").arg(s.settings.folder.isEmpty() ? Cli::tr("(belum diatur)") : s.settings.folder);
    text += Cli::tr("Disimpan       : %n cadangan terakhir\n", nullptr, s.settings.keep);
    text += Cli::tr("Harian         : %1\n").arg(s.settings.daily ? Cli::tr("ya (saat aplikasi Loket terbuka)") : Cli::tr("tidak"));
    text += Cli::tr("Terakhir baik  : %1\n").arg(s.lastGoodAt.isValid()
                                                     ? s.lastGoodAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral("  ") + s.lastGoodPath
                                                     : Cli::tr("belum pernah"));
    if (s.lastAttemptAt.isValid() && !s.lastOk)
        text += Cli::tr("Gagal terakhir : %1  %2\n").arg(s.lastAttemptAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                         s.lastMessage);
    return text;
}

QJsonObject statusJson(const BackupStatus &s)
{
    return {{QStringLiteral("folder"), s.settings.folder},
            {QStringLiteral("keep"), s.settings.keep},
            {QStringLiteral("daily"), s.settings.daily},
            {QStringLiteral("last_good_at"), s.lastGoodAt.isValid() ? s.lastGoodAt.toString(Qt::ISODate) : QString()},
            {QStringLiteral("last_good_path"), s.lastGoodPath},
            {QStringLiteral("last_attempt_at"), s.lastAttemptAt.isValid() ? s.lastAttemptAt.toString(Qt::ISODate) : QString()},
            {QStringLiteral("last_ok"), s.lastOk},
            {QStringLiteral("last_message"), s.lastMessage}};
}

int backupSettings(CliContext &ctx, CliArgs &args)
{
    const auto folder = args.option(QStringLiteral("folder"));
    const std::optional<int> keep = keepOption(args);
    const auto daily = args.option(QStringLiteral("daily"));
    args.finish();
    if (daily && *daily != QStringLiteral("on") && *daily != QStringLiteral("off"))
        throw UsageError(Cli::tr("--daily memerlukan on atau off."));
    const Session &session = ctx.session();
    BackupService &backups = ctx.services().backups();
    if (folder || keep || daily) {
        BackupSettings s = backups.status().settings;
        if (folder)
            s.folder = folder->isEmpty() ? QString() : QFileInfo(*folder).absoluteFilePath();
        s.keep = keep.value_or(s.keep);
        if (daily)
            s.daily = *daily == QStringLiteral("on");
        backups.setSettings(session, s);
    } else {
        session.any();
    }
    const BackupStatus s = backups.status();
    ctx.print(statusJson(s), statusText(s));
    return 0;
}

int restore(CliContext &ctx, CliArgs &args)
{
    const QString path = args.positional(Cli::tr("Cadangan (folder, manifest.json atau loket.db)"));
    args.finish();
    const QString db = ctx.paths().databasePath();
    std::optional<Session> session;
    // Replacing a database in use needs an administrator of it; a PC whose database is gone (the
    // disk died) has no one to sign in, and nothing to protect.
    if (QFileInfo::exists(db) && !BackupService::databaseInUse(db)) {
        try {
            if (ctx.services().store().node().initialized())
                session = ctx.session();
        } catch (const Error &e) {
            if (e.kind() != ErrorKind::Storage)
                throw;
        }
    }
    ctx.closeServices();   // the file is about to be replaced: no connection of ours may stay open
    const RestoreResult r = BackupService::restore(session, path, db);
    QString text = Cli::tr("Basis data %1 dipulihkan dari %2: skema versi %3, %4 permohonan.")
                       .arg(r.databasePath, r.restoredFrom).arg(r.schemaVersion).arg(r.requests);
    if (!r.keptAside.isEmpty())
        text += u'\n' + Cli::tr("Basis data sebelumnya disimpan sebagai %1.").arg(r.keptAside);
    ctx.print(r.toJson(), text);
    return 0;
}

} // namespace

QList<Command> backupCommands()
{
    return {
        {QStringLiteral("backup"), QStringLiteral("backup [--to DIR] [--keep N]             # admin"), backup},
        {QStringLiteral("backup verify"), QStringLiteral("backup verify BACKUP_DIR|manifest.json|loket.db"), backupVerify},
        {QStringLiteral("backup settings"), QStringLiteral("backup settings [--folder DIR] [--keep N] [--daily on|off]   # changes: admin"), backupSettings},
        {QStringLiteral("restore"), QStringLiteral("restore BACKUP_DIR|manifest.json|loket.db   # admin"), restore},
    };
}

} // namespace loket::cli
