// A resident (penduduk) as the counter records them.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <optional>

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

// The fields to change on a registered resident; those left empty stay as they are.
struct ResidentChanges
{
    std::optional<QString> kk;
    std::optional<QString> fullName;
    std::optional<QString> birthPlace;
    std::optional<QDate> birthDate;
    std::optional<QString> sex;
    std::optional<QString> religion;
    std::optional<QString> maritalStatus;
    std::optional<QString> occupation;
    std::optional<QString> address;
    std::optional<QString> rt;
    std::optional<QString> rw;
    std::optional<QString> villageCode;
    std::optional<QString> phone;

    bool isEmpty() const;
    // resident with these fields replaced.
    Resident applyTo(Resident resident) const;
};

} // namespace loket
