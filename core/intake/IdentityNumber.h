// NIK and No. KK as Dukcapil issues them: 16 digits, a region prefix, a date and a serial.
// Wrong length, non-digits, an impossible date or serial 0000 make a number invalid; an unknown
// region or a birth date that differs from the form is only a warning (NIKs are permanent).
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace loket {

struct RegionRef
{
    QString code;
    QString name;   // empty when the code is not in the official list
};

struct IdentityCheck
{
    QString number;          // normalised: digits only, as typed otherwise
    bool valid = false;
    QStringList errors;
    QStringList warnings;
    std::optional<RegionRef> province;
    std::optional<RegionRef> regency;
    std::optional<RegionRef> district;
    QDate date;              // NIK: birth date; KK: registration date
    QString sex;             // NIK only: "M" or "F"
    QString serial;

    QJsonObject toJson() const;
};

class IdentityNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdentityNumber)

public:
    // Removes spaces, dots and dashes people type or paste between the digit groups.
    static QString normalise(const QString &typed);

    // today decides the century of a two-digit year (a birth date is never in the future).
    static IdentityCheck checkNik(const QString &typed, const QDate &today = QDate::currentDate());
    static IdentityCheck checkKk(const QString &typed, const QDate &today = QDate::currentDate());

    // Warnings for a NIK against what the form says (birth date and sex as typed).
    static QStringList crossCheck(const IdentityCheck &nik, const QDate &birthDate, const QString &sex);

    // 3302**********03: the first four and last two digits, for receipts.
    static QString mask(const QString &nik);

private:
    static IdentityCheck check(const QString &typed, bool isNik, const QDate &today);
};

} // namespace loket
