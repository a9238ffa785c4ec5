#include "TrackingNumber.h"

#include "common/Error.h"

#include <QRegularExpression>

namespace loket {

namespace {

constexpr int kModulus = 37;   // prime, larger than the 36 characters used
const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

// ISO/IEC 7064 MOD 37-2 (pure system): the payload's characters weighted by powers of 2; the
// check value c makes the total congruent to 1. Because 37 is prime and neighbouring weights
// differ by a factor of 2, any single substitution or adjacent swap changes the total.
// The value 36 would need a 37th character; numbers whose check value is 36 are not issued.
int checkValue(const QString &payload)
{
    int p = 0;
    for (QChar c : payload)
        p = ((p + int(kAlphabet.indexOf(c))) * 2) % kModulus;
    return ((1 - p) % kModulus + kModulus) % kModulus;
}

QString compact(const QString &typed)
{
    QString out;
    for (QChar c : typed) {
        if (c == u'-' || c.isSpace())
            continue;
        out.append(c.toUpper());
    }
    return out;
}

} // namespace

QChar TrackingNumber::checkCharacter(const QString &payload)
{
    const int c = checkValue(payload);
    return c < kAlphabet.size() ? kAlphabet.at(c) : QChar();
}

bool TrackingNumber::isIssuable(const QString &nodeCode, const QDate &date, int sequence)
{
    return sequence >= 1 && sequence <= 9999
        && !checkCharacter(nodeCode + date.toString(QStringLiteral("yyMMdd")) + QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0'))).isNull();
}

QString TrackingNumber::format(const QString &nodeCode, const QDate &date, int sequence)
{
    if (sequence < 1 || sequence > 9999)
        throw Error::invalid(tr("Nomor urut pelacakan %1 di luar batas 1–9999 untuk satu loket per hari.").arg(sequence));
    const QString datePart = date.toString(QStringLiteral("yyMMdd"));
    const QString seqPart = QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0'));
    const QChar check = checkCharacter(nodeCode + datePart + seqPart);
    if (check.isNull())
        throw Error::invalid(tr("Nomor urut %1 tidak dipakai untuk nomor pelacakan (tidak ada karakter pemeriksa).").arg(sequence));
    return nodeCode + u'-' + datePart + u'-' + seqPart + u'-' + check;
}

TrackingParts TrackingNumber::parse(const QString &typed)
{
    static const QRegularExpression shape(QStringLiteral("^([A-Z][A-Z0-9]{0,3})(\\d{6})(\\d{4})([0-9A-Z])$"));
    const QString c = compact(typed);
    const auto m = shape.match(c);
    if (!m.hasMatch())
        throw Error::invalid(tr("\"%1\" bukan nomor pelacakan: bentuknya seperti L1-261130-0042-K.").arg(typed.left(40)));
    const QString payload = c.chopped(1);
    if (checkCharacter(payload) != c.back())
        throw Error::invalid(tr("Nomor pelacakan %1 salah ketik: karakter pemeriksa tidak cocok. Periksa lagi setiap angka.")
                                 .arg(typed.left(40)));
    const QDate date = QDate::fromString(QStringLiteral("20") + m.captured(2), QStringLiteral("yyyyMMdd"));
    if (!date.isValid())
        throw Error::invalid(tr("Tanggal dalam nomor pelacakan %1 tidak sah.").arg(typed.left(40)));
    return {m.captured(1), date, m.captured(3).toInt()};
}

QString TrackingNumber::canonical(const QString &typed)
{
    const TrackingParts p = parse(typed);
    return format(p.nodeCode, p.date, p.sequence);
}

} // namespace loket
