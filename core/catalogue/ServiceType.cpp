#include "ServiceType.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace loket {

namespace {

QJsonArray requirementsArray(const QList<Requirement> &requirements)
{
    QJsonArray out;
    for (const Requirement &r : requirements)
        out.append(QJsonObject{{QStringLiteral("key"), r.key}, {QStringLiteral("label"), r.label},
                               {QStringLiteral("mandatory"), r.mandatory}});
    return out;
}

QList<Requirement> requirementsList(const QJsonArray &array)
{
    QList<Requirement> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("label")).toString(),
                    o.value(QStringLiteral("mandatory")).toBool(true)});
    }
    return out;
}

} // namespace

QJsonObject ServiceType::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("category"), category},
            {QStringLiteral("requirements"), requirementsArray(requirements)},
            {QStringLiteral("procedure"), procedure},
            {QStringLiteral("time_limit_days"), timeLimitDays},
            {QStringLiteral("fee"), fee},
            {QStringLiteral("product"), product},
            {QStringLiteral("complaint_channel"), complaintChannel},
            {QStringLiteral("legal_basis"), legalBasis},
            {QStringLiteral("classification_code"), classificationCode},
            {QStringLiteral("active"), active}};
}

ServiceType ServiceType::fromJson(const QJsonObject &j)
{
    ServiceType s;
    s.code = j.value(QStringLiteral("code")).toString();
    s.name = j.value(QStringLiteral("name")).toString();
    s.category = j.value(QStringLiteral("category")).toString(s.category);
    s.requirements = requirementsList(j.value(QStringLiteral("requirements")).toArray());
    s.procedure = j.value(QStringLiteral("procedure")).toString();
    s.timeLimitDays = j.value(QStringLiteral("time_limit_days")).toInt(0);
    s.fee = j.value(QStringLiteral("fee")).toString();
    s.product = j.value(QStringLiteral("product")).toString();
    s.complaintChannel = j.value(QStringLiteral("complaint_channel")).toString();
    s.legalBasis = j.value(QStringLiteral("legal_basis")).toString();
    s.classificationCode = j.value(QStringLiteral("classification_code")).toString();
    s.active = j.value(QStringLiteral("active")).toBool(true);
    return s;
}

QString ServiceType::requirementsToJson(const QList<Requirement> &requirements)
{
    return QString::fromUtf8(QJsonDocument(requirementsArray(requirements)).toJson(QJsonDocument::Compact));
}

QList<Requirement> ServiceType::requirementsFromJson(const QString &json)
{
    return requirementsList(QJsonDocument::fromJson(json.toUtf8()).array());
}

} // namespace loket
