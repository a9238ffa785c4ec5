#include "PersonalData.h"

namespace loket {

namespace {

// A NIK and a KK have 16 digits; a longer run is masked too, as it may be one typed with extra digits.
constexpr int kIdentityDigits = 16;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isGroupSeparator(QChar c)
{
    return c == u' ' || c == u'.' || c == u'-';
}

} // namespace

QString PersonalData::maskNumber(const QString &digits)
{
    if (digits.size() <= 6)
        return QString(digits.size(), u'*');
    return digits.left(4) + QString(digits.size() - 6, u'*') + digits.right(2);
}

QString PersonalData::maskIdentityNumbers(const QString &text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isDigit(text.at(i))) {
            out += text.at(i++);
            continue;
        }
        // A run of digit groups joined by single separators: "3302275505900009", "3302 2755 0590 0009".
        const qsizetype start = i;
        QString digits;
        qsizetype end = i;
        while (end < text.size()) {
            if (isDigit(text.at(end))) {
                digits += text.at(end++);
            } else if (isGroupSeparator(text.at(end)) && end + 1 < text.size() && isDigit(text.at(end + 1))) {
                ++end;
            } else {
                break;
            }
        }
        if (digits.size() >= kIdentityDigits)
            out += maskNumber(digits);
        else
            out += QStringView(text).mid(start, end - start);
        i = end;
    }
    return out;
}

} // namespace loket
