#include "Initializer.h"

#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "catalogue/ServiceCatalogue.h"
#include "common/Error.h"
#include "letters/LetterService.h"
#include "office/OfficeService.h"
#include "region/RegionDirectory.h"
#include "storage/ChangeSet.h"
#include "storage/Uuid7.h"

#include <QRegularExpression>
#include <spdlog/spdlog.h>

namespace loket {

namespace {

QString stripPrefix(const QString &name, const QStringList &prefixes)
{
    for (const QString &p : prefixes)
        if (name.startsWith(p, Qt::CaseInsensitive))
            return name.mid(p.size()).trimmed();
    return name;
}

} // namespace

QList<DemoAccount> Initializer::demoAccounts()
{
    return {
        {QStringLiteral("petugas"), QStringLiteral("demo-petugas"), QStringLiteral("Rina Lestari"), QStringLiteral("officer")},
        {QStringLiteral("verifikator"), QStringLiteral("demo-verifikator"), QStringLiteral("Bayu Nugroho"), QStringLiteral("verifier")},
        {QStringLiteral("kasi"), QStringLiteral("demo-kasi"), QStringLiteral("Dwi Hartono, S.Sos."), QStringLiteral("approver")},
        {QStringLiteral("sekcam"), QStringLiteral("demo-sekcam"), QStringLiteral("Sri Wahyuni, S.Sos., M.M."), QStringLiteral("signer")},
        {QStringLiteral("camat"), QStringLiteral("demo-camat"), QStringLiteral("Agus Setiawan, S.STP., M.Si."), QStringLiteral("signer")},
    };
}

QString Initializer::demoPassword(const QString &username)
{
    if (username == QStringLiteral("admin"))
        return QStringLiteral("demo-admin");
    for (const DemoAccount &a : demoAccounts())
        if (a.username == username)
            return a.password;
    return {};
}

void Initializer::initialize(Store &store, const InitOptions &o)
{
    if (store.node().initialized())
        throw Error::invalid(tr("Basis data ini sudah diinisialisasi untuk loket %1.").arg(store.node().nodeCode));

    const RegionDirectory &regions = RegionDirectory::instance();
    if (!QRegularExpression(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{2}$")).match(o.officeCode).hasMatch())
        throw Error::invalid(tr("Kode kecamatan harus berbentuk PP.RR.DD, misalnya 33.02.27 (tertulis: \"%1\").").arg(o.officeCode));
    if (!regions.contains(o.officeCode))
        throw Error::invalid(tr("Kode kecamatan %1 tidak ada dalam daftar kode wilayah resmi.").arg(o.officeCode));

    Office office;
    office.code = o.officeCode;
    office.name = QStringLiteral("KECAMATAN ") + regions.name(o.officeCode).toUpper();
    office.regencyName = regions.name(o.officeCode.left(5)).toUpper();
    const QString regencyShort = stripPrefix(regions.name(o.officeCode.left(5)), {QStringLiteral("Kabupaten "), QStringLiteral("Kota ")});
    office.city = regencyShort;
    if (o.demo) {
        // Demo identity of the reference office; the administrator edits the real values.
        office.unitCode = QStringLiteral("PU");
        office.city = QStringLiteral("Purwokerto");
        office.address = QStringLiteral("Jl. Letjen Pol. Soemarto, Purwanegara, Purwokerto");
        office.postalCode = QStringLiteral("53127");
        office.phone = QStringLiteral("(0281) 636611");
        office.email = QStringLiteral("kec.purwokertoutara@banyumaskab.go.id");
        office.website = QStringLiteral("purwokertoutara.banyumaskab.go.id");
        office.statusUrl = QStringLiteral("https://purwokertoutara.banyumaskab.go.id/lacak");
        office.onlineUrl = QStringLiteral("https://purwokertoutara.banyumaskab.go.id/paten");
        office.verifyUrl = QStringLiteral("https://purwokertoutara.banyumaskab.go.id/verifikasi");
    }
    office.letterheadLines = OfficeService::defaultLetterhead(office);

    NewUser admin{o.adminUsername.trimmed(), o.adminFullName.trimmed().isEmpty() ? o.adminUsername.trimmed() : o.adminFullName.trimmed(),
                  QString(), RoleSet{Role::Admin}, o.adminIsDemo};
    UserService::validate(admin);
    UserService::validatePassword(o.adminPassword);
    Counter counter{Uuid7::generate(), o.nodeCode.trimmed().toUpper(), tr("Loket %1").arg(o.nodeCode.trimmed().toUpper().mid(1)), true};

    // Hash before taking the write lock: Argon2id is deliberately slow.
    const QString adminHash = PasswordHasher::hash(o.adminPassword);
    QList<QPair<NewUser, QString>> demoUsers;
    if (o.demo) {
        for (const DemoAccount &a : demoAccounts())
            demoUsers.append({NewUser{a.username, a.fullName, QString(), RoleSet::parse(a.roles), true},
                              PasswordHasher::hash(a.password)});
    }

    ChangeSet changes(store, Actor::system());
    changes.adoptNode({counter.id, counter.code, o.officeCode, o.demo});
    OfficeService::insertCounter(changes, counter);
    OfficeService::insertOffice(changes, office);
    const QString adminId = UserService::insertUser(changes, admin, adminHash);
    for (const ServiceType &s : ServiceCatalogue::seed())
        ServiceCatalogue::insert(changes, s);
    LetterService::seedTemplates(changes);

    if (o.demo) {
        QHash<QString, QString> ids;
        for (const auto &[user, hash] : std::as_const(demoUsers))
            ids.insert(user.username, UserService::insertUser(changes, user, hash));
        OfficeService::insertCounter(changes, {QString(), QStringLiteral("L2"), tr("Loket 2"), true});
        OfficeService::insertSigner(changes, {QString(), QStringLiteral("Agus Setiawan, S.STP., M.Si."),
                                              QStringLiteral("197503122000031002"), QStringLiteral("Pembina Tk. I (IV/b)"),
                                              QStringLiteral("Camat Purwokerto Utara"), QString(), QString(),
                                              ids.value(QStringLiteral("camat")), true});
        OfficeService::insertSigner(changes, {QString(), QStringLiteral("Sri Wahyuni, S.Sos., M.M."),
                                              QStringLiteral("198004152005012003"), QStringLiteral("Pembina (IV/a)"),
                                              QStringLiteral("Sekretaris Camat"), QStringLiteral("a.n."),
                                              QStringLiteral("CAMAT PURWOKERTO UTARA"), ids.value(QStringLiteral("sekcam")), true});
    }
    changes.audit(QStringLiteral("node.initialize"), QStringLiteral("node"), counter.id,
                  QJsonObject{{QStringLiteral("office_code"), o.officeCode}, {QStringLiteral("node_code"), counter.code},
                              {QStringLiteral("admin_user_id"), adminId}, {QStringLiteral("demo"), o.demo}});
    changes.commit();
    spdlog::info("initialised node {} of office {}{}", counter.code.toStdString(), o.officeCode.toStdString(),
                 o.demo ? " with demo data" : "");
}

void Initializer::initializeDemo(Store &store)
{
    initialize(store, {QStringLiteral("33.02.27"), QStringLiteral("L1"), QStringLiteral("admin"),
                       QStringLiteral("Administrator Demo"), demoPassword(QStringLiteral("admin")), true, true});
}

} // namespace loket
