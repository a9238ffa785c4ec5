// Workflow verbs: request advance, request assign, queue.
#include "CliContext.h"

#include "common/Error.h"
#include "online/OnlineImport.h"
#include "print/ReceiptDocument.h"

#include <QJsonArray>
#include <QJsonObject>

namespace loket::cli {

namespace {

int advance(CliContext &ctx, CliArgs &args)
{
    const QString reason = args.option(QStringLiteral("reason")).value_or(QString());
    const QString note = args.option(QStringLiteral("note")).value_or(QString());
    const QString tracking = args.positional(Cli::tr("Nomor pelacakan"));
    const QString action = args.positional(Cli::tr("Tindakan"));
    args.finish();
    const QString status = ctx.services().workflow().advance(ctx.session(), tracking, action, reason, note);
    ctx.print(QJsonObject{{QStringLiteral("tracking"), tracking.toUpper()}, {QStringLiteral("action"), action},
                          {QStringLiteral("status"), status}},
              Cli::tr("%1: %2 → %3").arg(tracking.toUpper(), action, ReceiptDocument::statusLabel(status)));
    return 0;
}

int resolve(CliContext &ctx, CliArgs &args)
{
    const QString eventId = args.required(QStringLiteral("event"));
    const QString note = args.required(QStringLiteral("note"));
    const QString tracking = args.positional(Cli::tr("Nomor pelacakan"));
    args.finish();
    ctx.services().workflow().resolveConflict(ctx.session(), tracking, eventId, note);
    ctx.print(QJsonObject{{QStringLiteral("tracking"), tracking.toUpper()}, {QStringLiteral("resolved_event"), eventId}},
              Cli::tr("Konflik %1 pada %2 diselesaikan.").arg(eventId, tracking.toUpper()));
    return 0;
}

int assign(CliContext &ctx, CliArgs &args)
{
    const QString to = args.required(QStringLiteral("to"));
    const QString tracking = args.positional(Cli::tr("Nomor pelacakan"));
    args.finish();
    ctx.services().workflow().assign(ctx.session(), tracking, to);
    ctx.print(QJsonObject{{QStringLiteral("tracking"), tracking.toUpper()}, {QStringLiteral("assigned_to"), to}},
              Cli::tr("%1 ditugaskan kepada %2.").arg(tracking.toUpper(), to));
    return 0;
}

int queue(CliContext &ctx, CliArgs &args)
{
    QueueFilter f;
    f.status = args.option(QStringLiteral("status")).value_or(QString());
    f.channel = args.option(QStringLiteral("channel")).value_or(QString());
    f.serviceCode = args.option(QStringLiteral("service")).value_or(QString());
    f.overdueOnly = args.flag(QStringLiteral("overdue"));
    const bool mine = args.flag(QStringLiteral("mine"));
    bool ok = true;
    f.limit = args.option(QStringLiteral("limit")).value_or(QStringLiteral("100")).toInt(&ok);
    args.finish();
    if (!ok)
        throw UsageError(Cli::tr("--limit harus berupa angka."));
    const Session &session = ctx.session();
    if (mine)
        f.assignedTo = session.userId;
    QJsonArray json;
    QString text;
    for (const QueueItem &i : ctx.services().workflow().queue(session, f)) {
        json.append(QJsonObject{{QStringLiteral("tracking"), i.tracking}, {QStringLiteral("status"), i.status},
                                {QStringLiteral("channel"), i.channel}, {QStringLiteral("service"), i.serviceCode},
                                {QStringLiteral("resident"), i.residentName}, {QStringLiteral("submitted_at"), i.submittedAt},
                                {QStringLiteral("due_date"), i.dueDate.toString(Qt::ISODate)},
                                {QStringLiteral("assigned_to"), i.assignedTo}, {QStringLiteral("overdue"), i.overdue}});
        text += QStringLiteral("%1  %2  %3  %4  %5  %6%7\n")
                    .arg(i.tracking, -17).arg(i.status, -18).arg(i.channel, -8).arg(i.serviceCode, -11)
                    .arg(i.dueDate.toString(Qt::ISODate), i.residentName, i.overdue ? Cli::tr("  TERLAMBAT") : QString());
    }
    ctx.print(QJsonObject{{QStringLiteral("requests"), json}}, text.isEmpty() ? Cli::tr("Antrian kosong.") : text);
    return 0;
}

int notice(CliContext &ctx, CliArgs &args)
{
    const QString out = args.required(QStringLiteral("pdf"));
    const QPageSize size = PrintoutService::pageSize(args.option(QStringLiteral("paper")).value_or(QStringLiteral("a4")));
    const QString tracking = args.positional(Cli::tr("Nomor pelacakan"));
    args.finish();
    PrintoutService::writeFile(out, ctx.services().printouts().noticePdf(ctx.session(), tracking, size));
    ctx.print(QJsonObject{{QStringLiteral("pdf"), out}}, Cli::tr("Pemberitahuan ditulis ke %1.").arg(out));
    return 0;
}

int importOnline(CliContext &ctx, CliArgs &args)
{
    const QString path = args.positional(Cli::tr("Berkas atau folder JSON"));
    args.finish();
    const auto outcomes = OnlineImport(ctx.services().store()).importPath(ctx.session(), path);
    QJsonArray json;
    QString text;
    int imported = 0, present = 0, conflicts = 0, rejected = 0;
    for (const ImportOutcome &o : outcomes) {
        json.append(QJsonObject{{QStringLiteral("source"), o.source}, {QStringLiteral("portal_id"), o.portalId},
                                {QStringLiteral("result"), o.result}, {QStringLiteral("tracking"), o.tracking},
                                {QStringLiteral("reason"), o.reason}});
        if (o.result == QStringLiteral("imported")) {
            ++imported;
            text += Cli::tr("%1: diimpor sebagai %2\n").arg(o.source, o.tracking);
        } else if (o.result == QStringLiteral("already_present")) {
            ++present;
            text += Cli::tr("%1: sudah ada (%2)\n").arg(o.source, o.tracking);
        } else if (o.result == QStringLiteral("conflict")) {
            ++conflicts;
            text += Cli::tr("%1: KONFLIK — %2\n").arg(o.source, o.reason);
        } else {
            ++rejected;
            text += Cli::tr("%1: DITOLAK — %2\n").arg(o.source, o.reason);
        }
    }
    text += Cli::tr("diimpor %1, sudah ada %2, konflik %3, ditolak %4").arg(imported).arg(present).arg(conflicts).arg(rejected);
    ctx.print(QJsonObject{{QStringLiteral("imported"), imported}, {QStringLiteral("already_present"), present},
                          {QStringLiteral("conflict"), conflicts}, {QStringLiteral("rejected"), rejected},
                          {QStringLiteral("requests"), json}},
              text);
    // A conflict is not an import: whoever runs the import (a cron job, the officer) must look.
    return rejected == 0 && conflicts == 0 ? 0 : 1;
}

} // namespace

QList<Command> workflowCommands()
{
    return {
        {QStringLiteral("request advance"),
         QStringLiteral("request advance TRACKING ACTION [--reason TEXT] [--note TEXT]   "
                        "(verify|return|resubmit|reject|process|to-signature|send-back|sign|ready|complete|cancel)"),
         advance},
        {QStringLiteral("request assign"), QStringLiteral("request assign TRACKING --to USER"), assign},
        {QStringLiteral("request resolve"), QStringLiteral("request resolve TRACKING --event EVENT_ID --note TEXT"), resolve},
        {QStringLiteral("notice"), QStringLiteral("notice TRACKING --pdf OUT.pdf [--paper a4|f4|a5]"), notice},
        {QStringLiteral("import-online"), QStringLiteral("import-online FILE.json|DIRECTORY"), importOnline},
        {QStringLiteral("queue"),
         QStringLiteral("queue [--status S] [--channel C] [--service CODE] [--overdue] [--mine] [--limit N]"), queue},
    };
}

} // namespace loket::cli
