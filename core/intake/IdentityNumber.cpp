#include "IdentityNumber.h"

#include "common/PersonalData.h"
#include "region/RegionDirectory.h"

namespace loket {

namespace {

std::optional<RegionRef> region(const QString &code)
{
    return RegionRef{code, RegionDirectory::instance().name(code)};
}

QJsonValue regionJson(const std::optional<RegionRef> &r)
{
    if (!r || r->name.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("code"), r->code}, {QStringLiteral("name"), r->name}};
}

bool isAsciiDigits(const QString &s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

} // namespace

QJsonObject IdentityCheck::toJson() const
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("valid"), valid},
            {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("province"), regionJson(province)},
            {QStringLiteral("regency"), regionJson(regency)},
            {QStringLiteral("district"), regionJson(district)},
            {QStringLiteral("birth_date"), date.isValid() && !sex.isEmpty() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue::Null},
            {QStringLiteral("date"), date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue::Null},
            {QStringLiteral("sex"), sex.isEmpty() ? QJsonValue::Null : QJsonValue(sex)},
            {QStringLiteral("serial"), serial}};
}

QString IdentityNumber::normalise(const QString &typed)
{
    QString out;
    out.reserve(typed.size());
    for (QChar c : typed) {
        if (c.isSpace() || c == u'.' || c == u'-')
            continue;
        out.append(c);
    }
    return out;
}

IdentityCheck IdentityNumber::checkNik(const QString &typed, const QDate &today)
{
    return check(typed, true, today);
}

IdentityCheck IdentityNumber::checkKk(const QString &typed, const QDate &today)
{
    return check(typed, false, today);
}

IdentityCheck IdentityNumber::check(const QString &typed, bool isNik, const QDate &today)
{
    IdentityCheck r;
    r.number = normalise(typed);
    const QString what = isNik ? tr("NIK") : tr("Nomor KK");
    if (r.number.isEmpty()) {
        r.errors << tr("%1 kosong.").arg(what);
        return r;
    }
    if (!isAsciiDigits(r.number)) {
        // Point at the character, counted as the officer counts digits (spaces, dots and dashes skipped).
        qsizetype at = 0;
        while (at < r.number.size() && r.number.at(at) >= u'0' && r.number.at(at) <= u'9')
            ++at;
        const QString bad = r.number.mid(at, r.number.at(at).isHighSurrogate() ? 2 : 1);
        r.errors << tr("%1 hanya boleh berisi angka 0–9: karakter ke-%2 adalah \"%3\"%4.")
                        .arg(what)
                        .arg(at + 1)
                        .arg(bad, bad.at(0).isLetter() && bad.toUpper() == QStringLiteral("O") ? tr(" (huruf O, bukan angka nol)")
                                  : bad.at(0).isLetter() && (bad == QStringLiteral("l") || bad == QStringLiteral("I"))
                                      ? tr(" (huruf, bukan angka satu)")
                                      : QString());
        return r;
    }
    if (r.number.size() != 16) {
        r.errors << tr("%1 harus 16 angka, tertulis %2 angka.").arg(what).arg(r.number.size());
        return r;
    }

    // Region of first registration (NIK) or of issue (KK).
    const QString prov = r.number.left(2);
    const QString reg = prov + u'.' + r.number.mid(2, 2);
    const QString dist = reg + u'.' + r.number.mid(4, 2);
    r.province = region(prov);
    r.regency = region(reg);
    r.district = region(dist);
    if (r.district->name.isEmpty()) {
        r.warnings << tr("Kode wilayah %1 tidak ada dalam daftar kode wilayah resmi (bisa kode lama yang sudah dimekarkan).")
                          .arg(dist);
    }

    int day = r.number.mid(6, 2).toInt();
    const int month = r.number.mid(8, 2).toInt();
    const int yy = r.number.mid(10, 2).toInt();
    r.serial = r.number.right(4);

    if (isNik) {
        if (day >= 41 && day <= 71) {
            r.sex = QStringLiteral("F");
            day -= 40;
        } else if (day >= 1 && day <= 31) {
            r.sex = QStringLiteral("M");
        } else {
            r.errors << tr("Bagian tanggal lahir NIK (%1) tidak mungkin: harus 01–31, atau 41–71 untuk perempuan.")
                            .arg(r.number.mid(6, 2));
        }
    } else if (day < 1 || day > 31) {
        r.errors << tr("Bagian tanggal Nomor KK (%1) tidak mungkin: harus 01–31.").arg(r.number.mid(6, 2));
    }
    if (month < 1 || month > 12)
        r.errors << tr("Bagian bulan %1 (%2) tidak mungkin: harus 01–12.").arg(what, r.number.mid(8, 2));

    if (r.errors.isEmpty()) {
        // A two-digit year: this century unless that would be in the future.
        int year = 2000 + yy;
        if (QDate(year, 1, 1) > today)
            year -= 100;
        QDate date(year, month, day);
        if (!date.isValid() || date > today) {
            const QDate other(year - 100, month, day);   // e.g. 29 February of a leap year one century back
            if (other.isValid())
                date = other;
        }
        if (!date.isValid())
            r.errors << tr("Tanggal dalam %1 (%2-%3) tidak ada di kalender.").arg(what).arg(day, 2, 10, QLatin1Char('0'))
                            .arg(month, 2, 10, QLatin1Char('0'));
        else
            r.date = date;
    }
    if (r.serial == QStringLiteral("0000"))
        r.errors << tr("Nomor urut %1 (4 angka terakhir) tidak boleh 0000.").arg(what);

    if (!isNik)
        r.sex.clear();
    r.valid = r.errors.isEmpty();
    return r;
}

QStringList IdentityNumber::crossCheck(const IdentityCheck &nik, const QDate &birthDate, const QString &sex)
{
    QStringList warnings;
    if (!nik.valid)
        return warnings;
    if (birthDate.isValid() && nik.date.isValid()
        && (birthDate.day() != nik.date.day() || birthDate.month() != nik.date.month() || birthDate.year() % 100 != nik.date.year() % 100))
        warnings << tr("Tanggal lahir %1 berbeda dengan yang tercantum di NIK (%2).")
                        .arg(birthDate.toString(QStringLiteral("dd-MM-yyyy")), nik.date.toString(QStringLiteral("dd-MM-yy")));
    if (!sex.isEmpty() && !nik.sex.isEmpty() && sex != nik.sex)
        warnings << tr("Jenis kelamin berbeda dengan yang tercantum di NIK.");
    return warnings;
}

QString IdentityNumber::mask(const QString &nik)
{
    return PersonalData::maskNumber(normalise(nik));
}

} // namespace loket
