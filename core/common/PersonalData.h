// Masking of personal numbers wherever they leave the database in clear: the receipt prints a
// masked NIK, and the log sink masks every NIK or KK that a message happens to carry.
#pragma once

#include <QString>

namespace loket {

class PersonalData
{
public:
    // 3302**********03: the first four and last two digits stay, the rest become stars. digits is
    // already normalised (no spaces or dots); six digits or fewer are starred completely.
    static QString maskNumber(const QString &digits);

    // Masks every run of 16 or more digits in free text (a NIK or KK, also typed as
    // "3302 2755 0590 0009" or with dots or dashes between the groups) with maskNumber.
    // Shorter numbers (dates, tracking sequences, counts) are left as they are.
    static QString maskIdentityNumbers(const QString &text);
};

} // namespace loket
