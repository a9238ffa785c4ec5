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

bool ResidentChanges::isEmpty() const
{
    return !kk && !fullName && !birthPlace && !birthDate && !sex && !religion && !maritalStatus && !occupation
        && !address && !rt && !rw && !villageCode && !phone;
}

Resident ResidentChanges::applyTo(Resident r) const
{
    r.kk = kk.value_or(r.kk);
    r.fullName = fullName.value_or(r.fullName);
    r.birthPlace = birthPlace.value_or(r.birthPlace);
    r.birthDate = birthDate.value_or(r.birthDate);
    r.sex = sex.value_or(r.sex);
    r.religion = religion.value_or(r.religion);
    r.maritalStatus = maritalStatus.value_or(r.maritalStatus);
    r.occupation = occupation.value_or(r.occupation);
    r.address = address.value_or(r.address);
    r.rt = rt.value_or(r.rt);
    r.rw = rw.value_or(r.rw);
    r.villageCode = villageCode.value_or(r.villageCode);
    r.phone = phone.value_or(r.phone);
    return r;
}

} // namespace loket
