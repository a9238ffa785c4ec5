// Tracking numbers given to residents on the receipt: node code, date, a per-node daily sequence
// and an ISO/IEC 7064 MOD 37-2 check character, e.g. L1-261130-0042-K. Unique across counters
// without asking any server; every single mistyped character and every swap of two adjacent
// characters is caught by the check character.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace loket {

struct TrackingParts
{
    QString nodeCode;
    QDate date;
    int sequence = 0;
};

class TrackingNumber
{
    Q_DECLARE_TR_FUNCTIONS(TrackingNumber)

public:
    static QString format(const QString &nodeCode, const QDate &date, int sequence);
    // Accepts what people type: any case, with or without dashes and spaces. Returns the
    // canonical form, or throws Error::invalid saying what is wrong (e.g. a wrong check character).
    static QString canonical(const QString &typed);
    static TrackingParts parse(const QString &typed);
    // Null when the payload's check value has no character (1 in 37): such a sequence is skipped.
    static QChar checkCharacter(const QString &payload);   // payload: [0-9A-Z]*, no dashes
    static bool isIssuable(const QString &nodeCode, const QDate &date, int sequence);
};

} // namespace loket
