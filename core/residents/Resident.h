// A resident (penduduk) as the counter records them.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace loket {

struct Resident
{
    QString id;
    QString nik;
    QString kk;
    QString fullName;
    QString birthPlace;
    QDate birthDate;
    QString sex;            // "M" or "F"
    QString religion;
    QString maritalStatus;
    QString occupation;
    QString address;        // street / dusun
    QString rt;             // "003"
    QString rw;             // "005"
    QString villageCode;    // 33.02.27.1005
    QString phone;

    QJsonObject toJson() const;
};

} // namespace loket
