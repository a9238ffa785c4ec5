#include "Resident.h"

#include "region/RegionDirectory.h"

namespace loket {

QJsonObject Resident::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("nik"), nik},
            {QStringLiteral("kk"), kk},
            {QStringLiteral("full_name"), fullName},
            {QStringLiteral("birth_place"), birthPlace},
            {QStringLiteral("birth_date"), birthDate.isValid() ? QJsonValue(birthDate.toString(Qt::ISODate)) : QJsonValue::Null},
            {QStringLiteral("sex"), sex},
            {QStringLiteral("religion"), religion},
            {QStringLiteral("marital_status"), maritalStatus},
            {QStringLiteral("occupation"), occupation},
            {QStringLiteral("address"), address},
            {QStringLiteral("rt"), rt},
            {QStringLiteral("rw"), rw},
            {QStringLiteral("village_code"), villageCode},
            {QStringLiteral("village_name"), RegionDirectory::instance().name(villageCode)},
            {QStringLiteral("phone"), phone}};
}

} // namespace loket
