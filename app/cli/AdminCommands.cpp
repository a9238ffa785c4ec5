// Foundation verbs: init, user add|list, service list, audit verify|seal.
#include "CliContext.h"

#include "audit/AuditLog.h"
#include "common/Error.h"
#include "setup/Initializer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace loket::cli {

namespace {

int init(CliContext &ctx, CliArgs &args)
{
    InitOptions o;
    o.officeCode = args.required(QStringLiteral("office-code"));
    o.nodeCode = args.required(QStringLiteral("node-code"));
    o.adminUsername = args.required(QStringLiteral("admin-user"));
    o.adminFullName = args.option(QStringLiteral("admin-name")).value_or(QString());
    o.demo = args.flag(QStringLiteral("demo"));
    args.finish();
    AppServices &s = ctx.services();
    if (s.store().node().initialized())
        throw Error::invalid(Cli::tr("Basis data ini sudah diinisialisasi untuk loket %1.").arg(s.store().node().nodeCode));
    o.adminPassword = ctx.newPassword();
    Initializer::initialize(s.store(), o);
    const NodeIdentity node = s.store().node();
    ctx.print(QJsonObject{{QStringLiteral("database"), ctx.paths().databasePath()},
                          {QStringLiteral("office_code"), node.officeCode},
                          {QStringLiteral("node_code"), node.nodeCode},
                          {QStringLiteral("node_id"), node.nodeId},
                          {QStringLiteral("admin_user"), o.adminUsername},
                          {QStringLiteral("demo"), node.demo},
                          {QStringLiteral("services"), s.catalogue().list(true).size()}},
              Cli::tr("Basis data %1 siap: kantor %2, loket %3, administrator %4.")
                  .arg(ctx.paths().databasePath(), s.office().office().name, node.nodeCode, o.adminUsername));
    return 0;
}

int userAdd(CliContext &ctx, CliArgs &args)
{
    NewUser u;
    u.username = args.required(QStringLiteral("username"));
    u.fullName = args.required(QStringLiteral("full-name"));
    const QStringList roles = args.all(QStringLiteral("role"));
    if (roles.isEmpty())
        throw UsageError(Cli::tr("Opsi --role wajib diberikan."));
    u.roles = RoleSet::parse(roles.join(u','));
    u.nip = args.option(QStringLiteral("nip")).value_or(QString());
    args.finish();
    const Session &session = ctx.session();
    session.require(Role::Admin); // refuse before asking for the new password
    UserService::validate(u);
    const QString id = ctx.services().users().create(session, u, ctx.newPassword());
    ctx.print(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("username"), u.username},
                          {QStringLiteral("roles"), QJsonArray::fromStringList(u.roles.names())}},
              Cli::tr("Pengguna %1 dibuat (%2).").arg(u.username, u.roles.toString()));
    return 0;
}

int userList(CliContext &ctx, CliArgs &args)
{
    args.finish();
    const auto users = ctx.services().users().list(ctx.session());
    QJsonArray json;
    QString text;
    for (const UserRecord &u : users) {
        json.append(QJsonObject{{QStringLiteral("id"), u.id},
                                {QStringLiteral("username"), u.username},
                                {QStringLiteral("full_name"), u.fullName},
                                {QStringLiteral("nip"), u.nip},
                                {QStringLiteral("roles"), QJsonArray::fromStringList(u.roles.names())},
                                {QStringLiteral("active"), u.active},
                                {QStringLiteral("demo"), u.demo}});
        text += QStringLiteral("%1  %2  %3%4\n").arg(u.username, -14).arg(u.fullName, -32).arg(u.roles.toString(),
                                                     u.active ? QString() : Cli::tr("  (nonaktif)"));
    }
    ctx.print(QJsonObject{{QStringLiteral("users"), json}}, text);
    return 0;
}

int serviceList(CliContext &ctx, CliArgs &args)
{
    const bool all = args.flag(QStringLiteral("all"));
    args.finish();
    const auto services = ctx.services().catalogue().list(all);
    QJsonArray json;
    QString text;
    for (const ServiceType &s : services) {
        json.append(s.toJson());
        text += QStringLiteral("%1  %2  %3\n")
                    .arg(s.code, -12)
                    .arg(s.name, -60)
                    .arg(s.timeLimitDays == 0 ? Cli::tr("hari yang sama") : Cli::tr("%n hari kerja", nullptr, s.timeLimitDays));
    }
    ctx.print(QJsonObject{{QStringLiteral("services"), json}}, text);
    return 0;
}

int auditVerify(CliContext &ctx, CliArgs &args)
{
    const int limit = args.option(QStringLiteral("limit")).value_or(QStringLiteral("20")).toInt();
    const std::optional<QString> hub = args.option(QStringLiteral("hub"));
    args.finish();
    AuditVerification v = AuditLog::verify(ctx.services().store().db());
    // With the hub: the chain heads it recorded at each sync must still be in the chains here.
    int anchors = 0;
    const QStringList anchorFindings = hub ? ctx.services().sync().verifyAnchors(*hub, &anchors) : QStringList();
    for (const QString &message : anchorFindings) {
        v.ok = false;
        ++v.findingCount;
        v.findings.append({QStringLiteral("anchor"), QStringLiteral("audit_log"), QString(), QString(), QString(), 0, message});
    }
    QJsonArray findings;
    for (const AuditFinding &f : v.findings)
        findings.append(QJsonObject{{QStringLiteral("kind"), f.kind},
                                    {QStringLiteral("table"), f.table},
                                    {QStringLiteral("id"), f.id},
                                    {QStringLiteral("entry_id"), f.entryId},
                                    {QStringLiteral("node_code"), f.nodeCode},
                                    {QStringLiteral("node_seq"), f.nodeSeq},
                                    {QStringLiteral("message"), f.message}});
    ctx.print(QJsonObject{{QStringLiteral("ok"), v.ok},
                          {QStringLiteral("entries"), v.entries},
                          {QStringLiteral("rows_checked"), v.rowsChecked},
                          {QStringLiteral("bad_entry_id"), v.badEntryId},
                          {QStringLiteral("bad_node_seq"), v.badSeq},
                          {QStringLiteral("node_code"), v.nodeCode},
                          {QStringLiteral("reason"), v.reason},
                          {QStringLiteral("finding_count"), v.findingCount},
                          {QStringLiteral("hub_anchors_checked"), anchors},
                          {QStringLiteral("findings"), findings}},
              v.ok ? Cli::tr("Audit utuh: %1 entri dan %2 baris riwayat diperiksa.").arg(v.entries).arg(v.rowsChecked)
                         + (hub ? u' ' + Cli::tr("Cocok dengan %1 ujung rantai yang dicatat hub.").arg(anchors) : QString())
                   : QString());
    if (v.ok)
        return 0;
    if (!v.reason.isEmpty())
        ctx.err() << Cli::tr("Rantai audit rusak: %1").arg(v.reason) << "\n";
    int shown = 0;
    for (const AuditFinding &f : v.findings) {
        if (f.kind == QStringLiteral("chain"))
            continue;   // said above
        if (shown++ >= limit)
            break;
        ctx.err() << f.kind << ": " << f.message << "\n";
    }
    ctx.err() << Cli::tr("Audit tidak utuh: %1 temuan.").arg(v.findingCount) << "\n";
    return 1;
}

int auditSeal(CliContext &ctx, CliArgs &args)
{
    args.finish();
    const qint64 sealed = AuditLog::seal(ctx.services().store(), ctx.session());
    ctx.print(QJsonObject{{QStringLiteral("sealed"), sealed}},
              Cli::tr("%1 baris riwayat lama kini dicakup audit.").arg(sealed));
    return 0;
}

} // namespace

QList<Command> adminCommands()
{
    return {
        {QStringLiteral("init"), QStringLiteral("init --office-code 33.02.27 --node-code L1 --admin-user NAME [--admin-name \"...\"] [--demo]"), init},
        {QStringLiteral("user add"), QStringLiteral("user add --username U --full-name \"...\" --role ROLE[,ROLE...] [--nip N]"), userAdd},
        {QStringLiteral("user list"), QStringLiteral("user list"), userList},
        {QStringLiteral("service list"), QStringLiteral("service list [--all]"), serviceList},
        {QStringLiteral("audit verify"), QStringLiteral("audit verify [--limit N] [--hub URL]   # --hub: also against the chain heads the hub recorded"), auditVerify},
        {QStringLiteral("audit seal"), QStringLiteral("audit seal"), auditSeal},
    };
}

} // namespace loket::cli
