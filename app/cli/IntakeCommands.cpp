// Intake verbs: nik/kk check, resident add/find, request new/show, receipt, service standard,
// the online leaflet and the holiday calendar.
#include "CliContext.h"

#include "common/Error.h"
#include "intake/IdentityNumber.h"
#include "print/IndonesianDate.h"
#include "print/ReceiptDocument.h"
#include "workflow/RequestStateMachine.h"

#include <QJsonArray>
#include <QJsonObject>

namespace loket::cli {

namespace {

QString identityText(const IdentityCheck &c)
{
    QString text = c.valid ? Cli::tr("%1: sah").arg(c.number) : Cli::tr("%1: TIDAK SAH").arg(c.number.left(40));
    for (const QString &e : c.errors)
        text += QStringLiteral("\n  ") + Cli::tr("kesalahan: ") + e;
    for (const QString &w : c.warnings)
        text += QStringLiteral("\n  ") + Cli::tr("peringatan: ") + w;
    if (c.valid) {
        if (c.district && !c.district->name.isEmpty())
            text += QStringLiteral("\n  ") + Cli::tr("wilayah: %1, %2, %3").arg(c.district->name, c.regency->name, c.province->name);
        if (!c.sex.isEmpty())
            text += QStringLiteral("\n  ") + Cli::tr("lahir: %1, %2").arg(IndonesianDate::format(c.date),
                                                                       c.sex == QStringLiteral("F") ? Cli::tr("perempuan") : Cli::tr("laki-laki"));
        else
            text += QStringLiteral("\n  ") + Cli::tr("tanggal: %1").arg(IndonesianDate::format(c.date));
    }
    return text;
}

int identityCheck(CliContext &ctx, CliArgs &args, bool nik)
{
    const QString number = args.positional(nik ? QStringLiteral("NIK") : QStringLiteral("Nomor KK"));
    args.finish();
    const IdentityCheck c = nik ? IdentityNumber::checkNik(number) : IdentityNumber::checkKk(number);
    ctx.print(c.toJson(), identityText(c));
    return c.valid ? 0 : 1;
}

QString residentLine(const Resident &r)
{
    return QStringLiteral("%1  %2  %3, %4  RT %5/RW %6").arg(r.nik, r.fullName, r.birthPlace, r.birthDate.toString(Qt::ISODate), r.rt, r.rw);
}

int residentAdd(CliContext &ctx, CliArgs &args)
{
    Resident r;
    r.nik = args.required(QStringLiteral("nik"));
    r.kk = args.option(QStringLiteral("kk")).value_or(QString());
    r.fullName = args.required(QStringLiteral("name"));
    r.birthPlace = args.required(QStringLiteral("birth-place"));
    const QString birth = args.required(QStringLiteral("birth-date"));
    r.birthDate = QDate::fromString(birth, Qt::ISODate);
    if (!r.birthDate.isValid())
        throw Error::invalid(Cli::tr("Tanggal lahir \"%1\" tidak sah: tulis TTTT-BB-HH, misalnya 1990-05-15.").arg(birth.left(20)));
    r.sex = args.required(QStringLiteral("sex")).toUpper();
    r.address = args.option(QStringLiteral("address")).value_or(QString());
    r.rt = args.option(QStringLiteral("rt")).value_or(QString());
    r.rw = args.option(QStringLiteral("rw")).value_or(QString());
    r.villageCode = args.option(QStringLiteral("village")).value_or(QString());
    r.phone = args.option(QStringLiteral("phone")).value_or(QString());
    r.religion = args.option(QStringLiteral("religion")).value_or(QString());
    r.maritalStatus = args.option(QStringLiteral("marital-status")).value_or(QString());
    r.occupation = args.option(QStringLiteral("occupation")).value_or(QString());
    args.finish();
    // A registered NIK is refused: "add" never overwrites a person; "resident update" does, field by field.
    const ResidentSaved saved = ctx.services().residents().create(ctx.session(), r);
    QString text = Cli::tr("Penduduk %1 didaftarkan.").arg(r.fullName);
    for (const QString &w : saved.warnings)
        text += QStringLiteral("\n") + Cli::tr("peringatan: ") + w;
    ctx.print(QJsonObject{{QStringLiteral("id"), saved.id}, {QStringLiteral("created"), saved.created},
                          {QStringLiteral("warnings"), QJsonArray::fromStringList(saved.warnings)}},
              text);
    return 0;
}

int residentUpdate(CliContext &ctx, CliArgs &args)
{
    const QString nik = args.required(QStringLiteral("nik"));
    ResidentChanges c;
    c.kk = args.option(QStringLiteral("kk"));
    c.fullName = args.option(QStringLiteral("name"));
    c.birthPlace = args.option(QStringLiteral("birth-place"));
    if (const auto birth = args.option(QStringLiteral("birth-date"))) {
        c.birthDate = QDate::fromString(*birth, Qt::ISODate);
        if (!c.birthDate->isValid())
            throw Error::invalid(Cli::tr("Tanggal lahir \"%1\" tidak sah: tulis TTTT-BB-HH, misalnya 1990-05-15.").arg(birth->left(20)));
    }
    if (const auto sex = args.option(QStringLiteral("sex")))
        c.sex = sex->toUpper();
    c.address = args.option(QStringLiteral("address"));
    c.rt = args.option(QStringLiteral("rt"));
    c.rw = args.option(QStringLiteral("rw"));
    c.villageCode = args.option(QStringLiteral("village"));
    c.phone = args.option(QStringLiteral("phone"));
    c.religion = args.option(QStringLiteral("religion"));
    c.maritalStatus = args.option(QStringLiteral("marital-status"));
    c.occupation = args.option(QStringLiteral("occupation"));
    args.finish();
    if (c.isEmpty())
        throw UsageError(Cli::tr("Sebutkan paling sedikit satu isian yang diubah (--name, --address, --phone ...)."));
    const ResidentSaved saved = ctx.services().residents().update(ctx.session(), nik, c);
    const auto stored = ctx.services().residents().findById(ctx.session(), saved.id);
    QString text = Cli::tr("Data penduduk %1 diperbarui.").arg(stored ? stored->fullName : IdentityNumber::mask(nik));
    for (const QString &w : saved.warnings)
        text += QStringLiteral("\n") + Cli::tr("peringatan: ") + w;
    ctx.print(QJsonObject{{QStringLiteral("id"), saved.id},
                          {QStringLiteral("resident"), stored ? stored->toJson() : QJsonObject()},
                          {QStringLiteral("warnings"), QJsonArray::fromStringList(saved.warnings)}},
              text);
    return 0;
}

int residentFind(CliContext &ctx, CliArgs &args)
{
    const int limit = args.option(QStringLiteral("limit")).value_or(QStringLiteral("20")).toInt();
    const QString query = args.positional(Cli::tr("Kata pencarian"));
    args.finish();
    if (limit < 1 || limit > 1000)
        throw UsageError(Cli::tr("--limit harus 1–1000."));
    const auto found = ctx.services().residents().search(ctx.session(), query, limit);
    QJsonArray json;
    QString text;
    for (const Resident &r : found) {
        json.append(r.toJson());
        text += residentLine(r) + u'\n';
    }
    if (found.isEmpty())
        text = Cli::tr("Tidak ada penduduk yang cocok.");
    ctx.print(QJsonObject{{QStringLiteral("residents"), json}}, text);
    return 0;
}

int requestNew(CliContext &ctx, CliArgs &args)
{
    NewRequest req;
    req.nik = args.required(QStringLiteral("nik"));
    req.serviceCode = args.required(QStringLiteral("service"));
    req.channel = args.option(QStringLiteral("channel")).value_or(QStringLiteral("walk_in"));
    req.received = args.all(QStringLiteral("received"));
    for (const QString &f : args.all(QStringLiteral("field"))) {
        const qsizetype eq = f.indexOf(u'=');
        if (eq <= 0)
            throw UsageError(Cli::tr("--field memerlukan NAMA=NILAI (tertulis: \"%1\").").arg(f.left(40)));
        req.fields.insert(f.left(eq), f.mid(eq + 1));
    }
    req.incomplete = args.flag(QStringLiteral("incomplete"));
    args.finish();
    const Submission s = ctx.services().intake().submit(ctx.session(), req);
    QJsonArray missing;
    QStringList missingLabels;
    for (const RequirementState &m : s.missing()) {
        missing.append(QJsonObject{{QStringLiteral("key"), m.key}, {QStringLiteral("label"), m.label}, {QStringLiteral("mandatory"), m.mandatory}});
        missingLabels << m.label;
    }
    QString text = Cli::tr("Permohonan %1 diterima, status %2, perkiraan selesai %3.")
                       .arg(s.tracking, ReceiptDocument::statusLabel(s.status), IndonesianDate::formatWithWeekday(s.dueDate));
    if (!missingLabels.isEmpty())
        text += QStringLiteral("\n") + Cli::tr("Belum diterima: %1").arg(missingLabels.join(QStringLiteral("; ")));
    for (const QString &w : s.warnings)
        text += QStringLiteral("\n") + Cli::tr("peringatan: ") + w;
    ctx.print(QJsonObject{{QStringLiteral("id"), s.id},
                          {QStringLiteral("tracking"), s.tracking},
                          {QStringLiteral("status"), s.status},
                          {QStringLiteral("due_date"), s.dueDate.toString(Qt::ISODate)},
                          {QStringLiteral("missing"), missing},
                          {QStringLiteral("warnings"), QJsonArray::fromStringList(s.warnings)}},
              text);
    return 0;
}

int requestShow(CliContext &ctx, CliArgs &args)
{
    const QString tracking = args.positional(Cli::tr("Nomor pelacakan"));
    args.finish();
    const RequestDetails d = ctx.services().intake().find(ctx.session(), tracking);
    QString text = Cli::tr("%1  %2\n").arg(d.tracking, ReceiptDocument::statusLabel(d.status));
    text += Cli::tr("Layanan   : %1 — %2\n").arg(d.service.code, d.service.name);
    text += Cli::tr("Saluran   : %1\n").arg(ReceiptDocument::channelLabel(d.channel));
    text += Cli::tr("Pemohon   : %1 (NIK %2)\n").arg(d.resident.fullName, d.resident.nik);
    text += Cli::tr("Diajukan  : %1\n").arg(IndonesianDate::formatDateTime(d.submittedAt));
    text += Cli::tr("Target    : %1\n").arg(IndonesianDate::formatWithWeekday(d.dueDate));
    for (const RequirementState &r : d.requirements)
        text += QStringLiteral("  [%1] %2\n").arg(r.received ? QStringLiteral("x") : QStringLiteral(" "), r.label);
    text += Cli::tr("Riwayat:\n");
    for (const RequestEvent &e : d.events)
        text += QStringLiteral("  %1  %2  %3 (%4, %5)%6\n").arg(e.at, RequestStateMachine::eventLabel(e.type), e.actorName, e.role,
                                                               e.nodeCode, e.note.isEmpty() ? QString() : QStringLiteral(" — ") + e.note);
    for (const RequestEvent &e : d.conflicts)
        text += Cli::tr("KONFLIK: %1 oleh %2 di %3 (%4) tidak dapat diterapkan — selesaikan dengan \"request resolve\" --event %5\n")
                    .arg(RequestStateMachine::eventLabel(e.type), e.actorName, e.nodeCode, e.at, e.id);
    ctx.print(d.toJson(), text);
    return 0;
}

int receipt(CliContext &ctx, CliArgs &args)
{
    const QString out = args.required(QStringLiteral("pdf"));
    const QPageSize size = PrintoutService::pageSize(args.option(QStringLiteral("paper")).value_or(QStringLiteral("a5")));
    const QString tracking = args.positional(Cli::tr("Nomor pelacakan"));
    args.finish();
    PrintoutService::writeFile(out, ctx.services().printouts().receiptPdf(ctx.session(), tracking, size));
    ctx.print(QJsonObject{{QStringLiteral("pdf"), out}}, Cli::tr("Tanda terima ditulis ke %1.").arg(out));
    return 0;
}

int serviceStandard(CliContext &ctx, CliArgs &args)
{
    const QString out = args.required(QStringLiteral("pdf"));
    const QPageSize size = PrintoutService::pageSize(args.option(QStringLiteral("paper")).value_or(QStringLiteral("a4")));
    const QString code = args.positional(Cli::tr("Kode layanan"));
    args.finish();
    PrintoutService::writeFile(out, ctx.services().printouts().serviceStandardPdf(code, size));
    ctx.print(QJsonObject{{QStringLiteral("pdf"), out}}, Cli::tr("Standar pelayanan ditulis ke %1.").arg(out));
    return 0;
}

int leaflet(CliContext &ctx, CliArgs &args)
{
    const QString out = args.required(QStringLiteral("pdf"));
    const QPageSize size = PrintoutService::pageSize(args.option(QStringLiteral("paper")).value_or(QStringLiteral("a4")));
    args.finish();
    PrintoutService::writeFile(out, ctx.services().printouts().onlineLeafletPdf(size));
    ctx.print(QJsonObject{{QStringLiteral("pdf"), out}}, Cli::tr("Leaflet layanan daring ditulis ke %1.").arg(out));
    return 0;
}

int holidayAdd(CliContext &ctx, CliArgs &args)
{
    const QString dateText = args.required(QStringLiteral("date"));
    const QString name = args.required(QStringLiteral("name"));
    args.finish();
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid())
        throw Error::invalid(Cli::tr("Tanggal \"%1\" tidak sah: tulis TTTT-BB-HH.").arg(dateText.left(20)));
    const QString id = ctx.services().holidays().add(ctx.session(), date, name);
    ctx.print(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("date"), date.toString(Qt::ISODate)}},
              Cli::tr("Hari libur %1 dicatat.").arg(IndonesianDate::format(date)));
    return 0;
}

int holidayList(CliContext &ctx, CliArgs &args)
{
    const int year = args.option(QStringLiteral("year")).value_or(QStringLiteral("0")).toInt();
    args.finish();
    QJsonArray json;
    QString text;
    for (const Holiday &h : ctx.services().holidays().list(year)) {
        json.append(QJsonObject{{QStringLiteral("id"), h.id}, {QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                                {QStringLiteral("name"), h.name}});
        text += QStringLiteral("%1  %2\n").arg(h.date.toString(Qt::ISODate), h.name);
    }
    ctx.print(QJsonObject{{QStringLiteral("holidays"), json}}, text);
    return 0;
}

} // namespace

QList<Command> intakeCommands()
{
    return {
        {QStringLiteral("nik check"), QStringLiteral("nik check NIK"), [](CliContext &c, CliArgs &a) { return identityCheck(c, a, true); }},
        {QStringLiteral("kk check"), QStringLiteral("kk check NUMBER"), [](CliContext &c, CliArgs &a) { return identityCheck(c, a, false); }},
        {QStringLiteral("resident add"),
         QStringLiteral("resident add --nik N --kk K --name \"...\" --birth-place P --birth-date YYYY-MM-DD --sex M|F "
                        "--address \"...\" --rt 003 --rw 005 --village 33.02.27.1005 [--phone ...]"),
         residentAdd},
        {QStringLiteral("resident update"),
         QStringLiteral("resident update --nik N [--name ..] [--kk ..] [--birth-place ..] [--birth-date ..] [--sex ..] "
                        "[--address ..] [--rt ..] [--rw ..] [--village ..] [--phone ..] [--religion ..] "
                        "[--marital-status ..] [--occupation ..]"),
         residentUpdate},
        {QStringLiteral("resident find"), QStringLiteral("resident find QUERY [--limit N]"), residentFind},
        {QStringLiteral("request new"),
         QStringLiteral("request new --nik N --service CODE --channel walk_in|assisted [--received KEY ...] "
                        "[--field NAME=VALUE ...] [--incomplete]"),
         requestNew},
        {QStringLiteral("request show"), QStringLiteral("request show TRACKING"), requestShow},
        {QStringLiteral("receipt"), QStringLiteral("receipt TRACKING --pdf OUT.pdf [--paper a5|a4]"), receipt},
        {QStringLiteral("service standard"), QStringLiteral("service standard CODE --pdf OUT.pdf [--paper a4|f4]"), serviceStandard},
        {QStringLiteral("leaflet online"), QStringLiteral("leaflet online --pdf OUT.pdf [--paper a4|f4]"), leaflet},
        {QStringLiteral("holiday add"), QStringLiteral("holiday add --date YYYY-MM-DD --name \"...\""), holidayAdd},
        {QStringLiteral("holiday list"), QStringLiteral("holiday list [--year YYYY]"), holidayList},
    };
}

} // namespace loket::cli
