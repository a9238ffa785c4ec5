#include "ServiceCatalogue.h"

#include "common/Error.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace loket {

namespace {

const QString kColumns = QStringLiteral(
    "id, code, name, category, requirements, procedure, time_limit_days, fee, product, complaint_channel, "
    "legal_basis, classification_code, active");

ServiceType readService(const sql::Rows &q)
{
    ServiceType s;
    s.id = q.value(0).toString();
    s.code = q.value(1).toString();
    s.name = q.value(2).toString();
    s.category = q.value(3).toString();
    s.requirements = ServiceType::requirementsFromJson(q.value(4).toString());
    s.procedure = q.value(5).toString();
    s.timeLimitDays = q.value(6).toInt();
    s.fee = q.value(7).toString();
    s.product = q.value(8).toString();
    s.complaintChannel = q.value(9).toString();
    s.legalBasis = q.value(10).toString();
    s.classificationCode = q.value(11).toString();
    s.active = q.value(12).toBool();
    return s;
}

QVariantMap values(const ServiceType &s)
{
    return {{QStringLiteral("code"), s.code.trimmed()},
            {QStringLiteral("name"), s.name.trimmed()},
            {QStringLiteral("category"), s.category},
            {QStringLiteral("requirements"), ServiceType::requirementsToJson(s.requirements)},
            {QStringLiteral("procedure"), s.procedure.trimmed()},
            {QStringLiteral("time_limit_days"), s.timeLimitDays},
            {QStringLiteral("fee"), s.fee.trimmed()},
            {QStringLiteral("product"), s.product.trimmed()},
            {QStringLiteral("complaint_channel"), s.complaintChannel.trimmed()},
            {QStringLiteral("legal_basis"), s.legalBasis.trimmed()},
            {QStringLiteral("classification_code"), s.classificationCode.trimmed()},
            {QStringLiteral("active"), s.active ? 1 : 0}};
}

} // namespace

ServiceCatalogue::ServiceCatalogue(Store &store)
    : m_store(store)
{
}

void ServiceCatalogue::validate(const ServiceType &s)
{
    if (!QRegularExpression(QStringLiteral("^[A-Z0-9][A-Z0-9-]{1,15}$")).match(s.code.trimmed()).hasMatch())
        throw Error::invalid(tr("Kode layanan \"%1\" tidak sah: 2–16 huruf besar, angka atau tanda hubung.").arg(s.code));
    if (s.name.trimmed().isEmpty())
        throw Error::invalid(tr("Nama layanan %1 wajib diisi.").arg(s.code));
    if (s.category != QStringLiteral("perizinan") && s.category != QStringLiteral("non_perizinan"))
        throw Error::invalid(tr("Kategori \"%1\" tidak dikenal: perizinan atau non_perizinan.").arg(s.category));
    if (s.timeLimitDays < 0 || s.timeLimitDays > 365)
        throw Error::invalid(tr("Jangka waktu %1 hari kerja tidak masuk akal (0–365).").arg(s.timeLimitDays));
    if (!s.classificationCode.isEmpty()
        && !QRegularExpression(QStringLiteral("^\\d{3}(\\.\\d{1,3})*$")).match(s.classificationCode.trimmed()).hasMatch())
        throw Error::invalid(tr("Kode klasifikasi arsip \"%1\" tidak sah (contoh: 400.12.2.2).").arg(s.classificationCode));
    static const QRegularExpression keyRe(QStringLiteral("^[a-z0-9_]{1,40}$"));
    QSet<QString> keys;
    for (const Requirement &r : s.requirements) {
        if (!keyRe.match(r.key).hasMatch())
            throw Error::invalid(tr("Kunci persyaratan \"%1\" tidak sah: huruf kecil, angka atau garis bawah.").arg(r.key));
        if (keys.contains(r.key))
            throw Error::invalid(tr("Kunci persyaratan \"%1\" dipakai dua kali.").arg(r.key));
        if (r.label.trimmed().isEmpty())
            throw Error::invalid(tr("Persyaratan \"%1\" belum diberi keterangan.").arg(r.key));
        keys.insert(r.key);
    }
}

QList<ServiceType> ServiceCatalogue::list(bool includeInactive) const
{
    QList<ServiceType> out;
    auto q = sql::exec(m_store.db(), QStringLiteral("SELECT %1 FROM service_type WHERE deleted = 0 AND (active = 1 OR ?) "
                                                         "ORDER BY name").arg(kColumns), {includeInactive ? 1 : 0});
    while (q.next())
        out.append(readService(q));
    return out;
}

std::optional<ServiceType> ServiceCatalogue::findByCode(const QString &code) const
{
    auto q = sql::exec(m_store.db(), QStringLiteral("SELECT %1 FROM service_type WHERE deleted = 0 AND code = ?").arg(kColumns),
                            {code.trimmed().toUpper()});
    if (!q.next())
        return std::nullopt;
    return readService(q);
}

QString ServiceCatalogue::insert(ChangeSet &changes, const ServiceType &service)
{
    validate(service);
    if (sql::scalar(changes.db(), QStringLiteral("SELECT 1 FROM service_type WHERE code = ?"), {service.code.trimmed()}).isValid())
        throw Error::invalid(tr("Kode layanan %1 sudah dipakai.").arg(service.code));
    return changes.insert(QStringLiteral("service_type"), values(service), QStringLiteral("service.create"));
}

QString ServiceCatalogue::create(const Session &session, const ServiceType &service)
{
    ChangeSet changes(m_store, session.require(Role::Admin));
    const QString id = insert(changes, service);
    changes.commit();
    return id;
}

void ServiceCatalogue::update(const Session &session, const ServiceType &service)
{
    const Actor actor = session.require(Role::Admin);
    validate(service);
    ChangeSet changes(m_store, actor);
    if (sql::scalar(changes.db(), QStringLiteral("SELECT 1 FROM service_type WHERE code = ? AND id <> ?"),
                    {service.code.trimmed(), service.id}).isValid())
        throw Error::invalid(tr("Kode layanan %1 sudah dipakai.").arg(service.code));
    changes.update(QStringLiteral("service_type"), service.id, values(service), QStringLiteral("service.update"));
    changes.commit();
}

QList<ServiceType> ServiceCatalogue::seed()
{
    QFile file(QStringLiteral(":/seed/services.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error::storage(tr("Katalog layanan bawaan tidak ditemukan di sumber aplikasi."));
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("services")).toArray();
    QList<ServiceType> out;
    for (const QJsonValue &v : array)
        out.append(ServiceType::fromJson(v.toObject()));
    return out;
}

} // namespace loket
