// Letter verbs: keys, drafting, issuing, verifying, revoking, voiding, printing, the register,
// templates, numbering settings and the export back to the online application.
#include "CliContext.h"

#include "common/Error.h"
#include "letters/LetterRenderer.h"
#include "letters/VerifyPage.h"
#include "office/OfficeService.h"
#include "print/PrintoutService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace loket::cli {

namespace {

QDate dateOption(CliArgs &args, const QString &name)
{
    const std::optional<QString> text = args.option(name);
    if (!text)
        return {};
    const QDate d = QDate::fromString(*text, Qt::ISODate);
    if (!d.isValid())
        throw UsageError(Cli::tr("--%1 harus berupa tanggal YYYY-MM-DD.").arg(name));
    return d;
}

QJsonObject readJsonFile(const QString &path, const QString &what)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error::invalid(Cli::tr("%1 %2 tidak dapat dibaca.").arg(what, path));
    // Read with a bound, not by the size the file claims: a pipe or a device claims none.
    constexpr qint64 kMax = 5 * 1024 * 1024;
    const QByteArray bytes = f.read(kMax + 1);
    if (bytes.size() > kMax)
        throw Error::invalid(Cli::tr("%1 %2 terlalu besar (paling besar 5 MB).").arg(what, path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (!doc.isObject())
        throw Error::invalid(Cli::tr("%1 %2 bukan JSON yang sah: %3.").arg(what, path, error.errorString()));
    return doc.object();
}

QJsonObject issuedJson(const IssuedLetter &l)
{
    return {{QStringLiteral("letter_id"), l.id}, {QStringLiteral("tracking"), l.tracking}, {QStringLiteral("number"), l.number},
            {QStringLiteral("date"), l.date.toString(Qt::ISODate)}, {QStringLiteral("token"), l.token},
            {QStringLiteral("url"), l.url}, {QStringLiteral("pdf_sha256"), l.pdfSha256}, {QStringLiteral("pages"), l.pages}};
}

int keysGenerate(CliContext &ctx, CliArgs &args)
{
    args.finish();
    const Session &session = ctx.session();
    const QString keyId = ctx.services().letters().generateKey(session, ctx.passphrase());
    ctx.print(QJsonObject{{QStringLiteral("key_id"), keyId}},
              Cli::tr("Kunci tanda tangan %1 dibuat untuk %2.").arg(keyId, session.fullName));
    return 0;
}

int keysExport(CliContext &ctx, CliArgs &args)
{
    const QString out = args.required(QStringLiteral("out"));
    args.finish();
    const QJsonObject keys = ctx.services().letters().exportKeys();
    PrintoutService::writeFile(out, QJsonDocument(keys).toJson(QJsonDocument::Indented));
    ctx.print(QJsonObject{{QStringLiteral("out"), out}, {QStringLiteral("keys"), keys.value(QStringLiteral("keys")).toArray().size()},
                          {QStringLiteral("revoked"), keys.value(QStringLiteral("revoked")).toArray().size()}},
              Cli::tr("%1 kunci publik dan %2 surat dicabut ditulis ke %3.")
                  .arg(keys.value(QStringLiteral("keys")).toArray().size())
                  .arg(keys.value(QStringLiteral("revoked")).toArray().size())
                  .arg(out));
    return 0;
}

int letterDraft(CliContext &ctx, CliArgs &args)
{
    const QStringList pairs = args.all(QStringLiteral("field"));
    const std::optional<QString> pdf = args.option(QStringLiteral("pdf"));
    const bool save = args.flag(QStringLiteral("save"));
    const QString tracking = args.positional(Cli::tr("Nomor pelacakan"));
    args.finish();
    QMap<QString, QString> fields;
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            throw UsageError(Cli::tr("--field harus berbentuk NAMA=NILAI: %1").arg(pair.left(60)));
        fields.insert(pair.left(eq).trimmed(), pair.mid(eq + 1));
    }
    LetterService &letters = ctx.services().letters();
    const Session &session = ctx.session();
    LetterDraft d = letters.draft(session, tracking);
    // From "verified", drafting is the "process" step: it saves even with no field given.
    if (!fields.isEmpty() || save || d.status == QStringLiteral("verified"))
        d = letters.saveDraft(session, tracking, fields);
    int pages = 0;
    if (pdf)
        PrintoutService::writeFile(*pdf, letters.draftPdf(session, tracking, &pages));
    QJsonObject values;
    QString text = Cli::tr("Konsep surat %1 (%2, templat versi %3), status %4:\n")
                       .arg(d.tracking, d.tmpl.subject).arg(d.tmpl.version).arg(d.status);
    for (const TemplateField &f : std::as_const(d.tmpl.fields)) {
        values.insert(f.key, d.fields.value(f.key));
        text += QStringLiteral("  %1 (%2): %3\n").arg(f.label, f.key, d.fields.value(f.key).isEmpty() ? Cli::tr("— belum diisi —")
                                                                                                    : d.fields.value(f.key));
    }
    QJsonObject json{{QStringLiteral("tracking"), d.tracking}, {QStringLiteral("status"), d.status},
                     {QStringLiteral("template_id"), d.tmpl.id}, {QStringLiteral("template_version"), d.tmpl.version},
                     {QStringLiteral("fields"), values}, {QStringLiteral("empty"), QJsonArray::fromStringList(d.emptyFields())}};
    if (pdf) {
        json.insert(QStringLiteral("pdf"), *pdf);
        json.insert(QStringLiteral("pages"), pages);
        text += Cli::tr("Pratinjau ditulis ke %1 (%2 halaman).\n").arg(*pdf).arg(pages);
    }
    ctx.print(json, text);
    return 0;
}

int letterIssue(CliContext &ctx, CliArgs &args)
{
    const std::optional<QString> pdf = args.option(QStringLiteral("pdf"));
    QStringList trackings;
    while (auto t = args.nextPositional())
        trackings << *t;
    args.finish();
    if (trackings.isEmpty())
        throw UsageError(Cli::tr("Sebutkan nomor pelacakan permohonan yang ditandatangani."));
    if (pdf && trackings.size() > 1)
        throw UsageError(Cli::tr("--pdf hanya untuk satu permohonan."));
    if (trackings.size() > 1000)
        throw UsageError(Cli::tr("Paling banyak 1000 permohonan sekali tanda tangan."));
    const Session &session = ctx.session();
    const QString passphrase = ctx.passphrase();
    QStringList failures;
    LetterService &letters = ctx.services().letters();
    const QList<IssuedLetter> issued = letters.issue(session, trackings, passphrase, &failures);
    if (pdf && !issued.isEmpty())
        PrintoutService::writeFile(*pdf, letters.letterPdf(session, issued.first().id));
    QString text;
    QJsonArray list;
    for (const IssuedLetter &l : issued) {
        list.append(issuedJson(l));
        text += Cli::tr("%1: surat %2 diterbitkan (%3 halaman).\n").arg(l.tracking, l.number).arg(l.pages);
    }
    for (const QString &f : std::as_const(failures))
        text += Cli::tr("%1 — tidak diterbitkan\n").arg(f);
    if (trackings.size() == 1) {
        QJsonObject json = issuedJson(issued.first());
        if (pdf)
            json.insert(QStringLiteral("pdf"), *pdf);
        ctx.print(json, text);
    } else {
        ctx.print(QJsonObject{{QStringLiteral("letters"), list}, {QStringLiteral("failed"), QJsonArray::fromStringList(failures)}}, text);
    }
    if (!failures.isEmpty())
        ctx.err() << Cli::tr("%1 dari %2 surat tidak diterbitkan.").arg(failures.size()).arg(trackings.size()) << "\n";
    return failures.isEmpty() ? 0 : 1;
}

int letterPrint(CliContext &ctx, CliArgs &args)
{
    const QString printer = args.option(QStringLiteral("printer")).value_or(QString());
    bool ok = true;
    const int copies = args.option(QStringLiteral("copies")).value_or(QStringLiteral("1")).toInt(&ok);
    const QString id = args.positional(Cli::tr("Nomor surat"));
    args.finish();
    if (!ok)
        throw UsageError(Cli::tr("--copies harus berupa angka."));
    const PrintResult r = ctx.services().letters().print(ctx.session(), id, printer, copies);
    ctx.print(QJsonObject{{QStringLiteral("print_id"), r.printId}, {QStringLiteral("job_id"), r.jobId},
                          {QStringLiteral("printer"), r.printer}, {QStringLiteral("copies"), copies},
                          {QStringLiteral("reprint"), r.reprint}},
              r.reprint ? Cli::tr("Salinan dikirim ke %1 (pekerjaan %2, %3 lembar).").arg(r.printer).arg(r.jobId).arg(copies)
                        : Cli::tr("Surat dikirim ke %1 (pekerjaan %2, %3 lembar).").arg(r.printer).arg(r.jobId).arg(copies));
    return 0;
}

int letterVerify(CliContext &ctx, CliArgs &args)
{
    const std::optional<QString> keysFile = args.option(QStringLiteral("keys"));
    const QString input = args.positional(Cli::tr("Segel, alamat, PDF atau gambar"));
    args.finish();
    std::optional<QJsonObject> keys;
    if (keysFile) {
        keys = readJsonFile(*keysFile, Cli::tr("Berkas kunci"));
        if (keys->value(QStringLiteral("format")).toString() != QStringLiteral("loket-keys/1"))
            throw Error::invalid(Cli::tr("Berkas kunci %1 bukan berformat loket-keys/1.").arg(*keysFile));
    }
    const LetterVerdict v = ctx.services().letters().verify(input, keys);
    QString text = Cli::tr("Surat %1\n").arg(LetterVerdict::label(v.kind).toUpper());
    if (!v.number.isEmpty()) {
        text += Cli::tr("  Nomor      : %1\n  Tanggal    : %2\n  Perihal    : %3\n  Nama       : %4\n")
                    .arg(v.number, v.date.toString(Qt::ISODate), v.subject, v.residentName);
        if (!v.signerName.isEmpty())
            text += Cli::tr("  Penandatangan: %1 (%2)\n").arg(v.signerName, v.signerTitle);
    }
    if (!v.reason.isEmpty())
        text += Cli::tr("  Keterangan : %1%2\n").arg(v.reason, v.revokedAt.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(v.revokedAt));
    if (!v.note.isEmpty())
        text += Cli::tr("  Catatan    : %1\n").arg(v.note);
    ctx.print(v.toJson(), text);
    return v.genuine() ? 0 : 1;
}

int letterVerifyPage(CliContext &ctx, CliArgs &args)
{
    const QString out = args.required(QStringLiteral("out"));
    const bool force = args.flag(QStringLiteral("force"));
    args.finish();
    const VerifyPageResult r = VerifyPage::write(out, ctx.services().letters().exportKeys(), ctx.services().office().logo(), force);
    QString text = Cli::tr("Halaman verifikasi ditulis ke %1 (%2 kunci, %3 surat dicabut, keadaan %4).\n")
                       .arg(r.file).arg(r.keys).arg(r.revoked).arg(r.exportedAt);
    if (!r.verifyUrl.isEmpty())
        text += Cli::tr("Pasang berkas itu di %1, atau bagikan berkasnya; ekspor lagi sesudah mencabut surat atau membuat kunci baru.\n")
                    .arg(r.verifyUrl);
    for (const QString &w : r.warnings)
        text += Cli::tr("Perhatian: %1\n").arg(w);
    ctx.print(QJsonObject{{QStringLiteral("file"), r.file}, {QStringLiteral("keys"), r.keys}, {QStringLiteral("revoked"), r.revoked},
                          {QStringLiteral("exported_at"), r.exportedAt}, {QStringLiteral("verify_url"), r.verifyUrl},
                          {QStringLiteral("bytes"), r.bytes}, {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)}},
              text.chopped(1));
    return 0;
}

int letterRevoke(CliContext &ctx, CliArgs &args)
{
    const QString reason = args.required(QStringLiteral("reason"));
    const QString id = args.positional(Cli::tr("Nomor surat"));
    args.finish();
    ctx.services().letters().revoke(ctx.session(), id, reason);
    const LetterRecord r = ctx.services().letters().letter(ctx.session(), id);
    ctx.print(r.toJson(), Cli::tr("Surat %1 dicabut: %2").arg(r.number, reason.trimmed()));
    return 0;
}

int letterVoid(CliContext &ctx, CliArgs &args)
{
    const QString reason = args.required(QStringLiteral("reason"));
    const QString number = args.positional(Cli::tr("Nomor surat"));
    args.finish();
    ctx.services().letters().voidNumber(ctx.session(), number, reason);
    ctx.print(QJsonObject{{QStringLiteral("number"), number.trimmed()}, {QStringLiteral("state"), QStringLiteral("voided")},
                          {QStringLiteral("reason"), reason.trimmed()}},
              Cli::tr("Nomor %1 dibatalkan: %2").arg(number.trimmed(), reason.trimmed()));
    return 0;
}

int letterList(CliContext &ctx, CliArgs &args)
{
    const QDate from = dateOption(args, QStringLiteral("from"));
    const QDate to = dateOption(args, QStringLiteral("to"));
    const QString search = args.option(QStringLiteral("search")).value_or(QString());
    const std::optional<QString> csv = args.option(QStringLiteral("csv"));
    args.finish();
    const QList<LetterRecord> letters = ctx.services().letters().list(ctx.session(), from, to, search, LetterService::kRegisterMax);
    if (csv)
        PrintoutService::writeFile(*csv, QByteArray("\xEF\xBB\xBF") + LetterService::registerCsv(letters).toUtf8());
    QJsonArray json;
    QString text;
    for (const LetterRecord &l : letters) {
        json.append(l.toJson());
        text += QStringLiteral("%1  %2  %3  %4  %5  %6\n").arg(l.number, -26).arg(l.date.toString(Qt::ISODate)).arg(l.tracking, -17)
                    .arg(l.status, -7).arg(l.serviceCode, -10).arg(l.residentName);
    }
    if (csv)
        text += Cli::tr("Register ditulis ke %1.\n").arg(*csv);
    ctx.print(QJsonObject{{QStringLiteral("letters"), json}}, letters.isEmpty() ? Cli::tr("Belum ada surat.") : text);
    return 0;
}

int letterPdf(CliContext &ctx, CliArgs &args)
{
    const QString out = args.required(QStringLiteral("out"));
    const QString id = args.positional(Cli::tr("Nomor surat"));
    args.finish();
    const QByteArray pdf = ctx.services().letters().letterPdf(ctx.session(), id);
    PrintoutService::writeFile(out, pdf);
    ctx.print(QJsonObject{{QStringLiteral("out"), out}, {QStringLiteral("bytes"), pdf.size()}}, Cli::tr("PDF surat ditulis ke %1.").arg(out));
    return 0;
}

int templateList(CliContext &ctx, CliArgs &args)
{
    args.finish();
    QJsonArray json;
    QString text;
    for (const LetterTemplate &t : ctx.services().letters().templates(ctx.session())) {
        QJsonObject o = t.toJson();
        o.remove(QStringLiteral("body"));
        json.append(o);
        text += QStringLiteral("%1  v%2  %3  %4  %5\n").arg(t.serviceCode, -10).arg(t.version).arg(t.kind, -10).arg(t.paper, t.subject);
    }
    ctx.print(QJsonObject{{QStringLiteral("templates"), json}}, text);
    return 0;
}

int templateExport(CliContext &ctx, CliArgs &args)
{
    const QString out = args.required(QStringLiteral("out"));
    const QString service = args.positional(Cli::tr("Kode layanan")).toUpper();
    args.finish();
    const QList<LetterTemplate> history = ctx.services().letters().templateHistory(ctx.session(), service);
    if (history.isEmpty())
        throw Error::notFound(Cli::tr("Layanan %1 belum memiliki templat surat.").arg(service.left(20)));
    PrintoutService::writeFile(out, QJsonDocument(history.first().toJson()).toJson(QJsonDocument::Indented));
    ctx.print(QJsonObject{{QStringLiteral("out"), out}, {QStringLiteral("version"), history.first().version}},
              Cli::tr("Templat %1 versi %2 ditulis ke %3.").arg(service).arg(history.first().version).arg(out));
    return 0;
}

int templateImport(CliContext &ctx, CliArgs &args)
{
    const QString file = args.positional(Cli::tr("Berkas templat"));
    args.finish();
    const LetterTemplate t = ctx.services().letters().saveTemplate(ctx.session(), LetterTemplate::fromJson(readJsonFile(file, Cli::tr("Templat"))));
    ctx.print(QJsonObject{{QStringLiteral("service"), t.serviceCode}, {QStringLiteral("version"), t.version}, {QStringLiteral("id"), t.id}},
              Cli::tr("Templat %1 versi %2 disimpan.").arg(t.serviceCode).arg(t.version));
    return 0;
}

int letterSettings(CliContext &ctx, CliArgs &args)
{
    const std::optional<QString> url = args.option(QStringLiteral("verify-url"));
    const std::optional<QString> format = args.option(QStringLiteral("number-format"));
    const std::optional<QString> registers = args.option(QStringLiteral("registers"));
    args.finish();
    OfficeService &offices = ctx.services().office();
    Office o = offices.office();
    if (url || format || registers) {
        if (url)
            o.verifyUrl = url->trimmed();
        if (format)
            o.numberFormat = format->trimmed();
        if (registers)
            o.numberRegisters = registers->trimmed();
        offices.updateOffice(ctx.session(), o);
        o = offices.office();
    }
    ctx.print(QJsonObject{{QStringLiteral("verify_url"), o.verifyUrl}, {QStringLiteral("number_format"), o.numberFormat},
                          {QStringLiteral("registers"), o.numberRegisters}},
              Cli::tr("Alamat verifikasi: %1\nFormat nomor: %2\nRegister: %3")
                  .arg(o.verifyUrl.isEmpty() ? Cli::tr("(belum diisi)") : o.verifyUrl, o.numberFormat, o.numberRegisters));
    return 0;
}

int exportOnline(CliContext &ctx, CliArgs &args)
{
    const QString dir = args.required(QStringLiteral("to"));
    args.finish();
    const OnlineExportResult r = ctx.services().letters().exportOnline(ctx.session(), dir);
    ctx.print(QJsonObject{{QStringLiteral("requests"), r.requests}, {QStringLiteral("events"), r.events},
                          {QStringLiteral("letters"), r.letters}, {QStringLiteral("files"), QJsonArray::fromStringList(r.files)}},
              r.events == 0 ? Cli::tr("Tidak ada perubahan baru untuk aplikasi daring.")
                            : Cli::tr("%1 permohonan daring, %2 perubahan status, %3 surat ditulis ke %4.")
                                  .arg(r.requests).arg(r.events).arg(r.letters).arg(dir));
    return 0;
}

} // namespace

QList<Command> letterCommands()
{
    return {
        {QStringLiteral("keys generate"), QStringLiteral("keys generate                             # signer; passphrase: LOKET_PASSPHRASE or stdin"), keysGenerate},
        {QStringLiteral("keys export"), QStringLiteral("keys export --out FILE"), keysExport},
        {QStringLiteral("letter draft"), QStringLiteral("letter draft TRACKING [--field NAME=VALUE ...] [--pdf OUT.pdf]   # verifier"), letterDraft},
        {QStringLiteral("letter issue"), QStringLiteral("letter issue TRACKING [TRACKING ...] [--pdf OUT.pdf]   # signer"), letterIssue},
        {QStringLiteral("letter print"), QStringLiteral("letter print LETTER_ID|NUMBER [--printer NAME] [--copies N]"), letterPrint},
        {QStringLiteral("letter verify"), QStringLiteral("letter verify TOKEN|URL|FILE.pdf|IMAGE [--keys FILE]   # exit 0 genuine, 1 otherwise"), letterVerify},
        {QStringLiteral("letter verify-page"), QStringLiteral("letter verify-page --out DIR [--force]    # the static page for the verification address"), letterVerifyPage},
        {QStringLiteral("letter revoke"), QStringLiteral("letter revoke LETTER_ID|NUMBER --reason TEXT"), letterRevoke},
        {QStringLiteral("letter void-number"), QStringLiteral("letter void-number NUMBER --reason TEXT"), letterVoid},
        {QStringLiteral("letter list"), QStringLiteral("letter list [--from DATE] [--to DATE] [--search TEXT] [--csv FILE]"), letterList},
        {QStringLiteral("letter pdf"), QStringLiteral("letter pdf LETTER_ID|NUMBER --out FILE.pdf"), letterPdf},
        {QStringLiteral("letter template list"), QStringLiteral("letter template list"), templateList},
        {QStringLiteral("letter template export"), QStringLiteral("letter template export SERVICE --out FILE.json"), templateExport},
        {QStringLiteral("letter template import"), QStringLiteral("letter template import FILE.json      # admin: saves a new version"), templateImport},
        {QStringLiteral("letter settings"), QStringLiteral("letter settings [--verify-url URL] [--number-format F] [--registers per_code|office]   # changes: admin"), letterSettings},
        {QStringLiteral("export-online"), QStringLiteral("export-online --to DIR"), exportOnline},
    };
}

} // namespace loket::cli
