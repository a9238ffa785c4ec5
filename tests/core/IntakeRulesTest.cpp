// NIK and KK rules, tracking-number check characters and working-day due dates.
#include "common/Error.h"
#include "intake/IdentityNumber.h"
#include "intake/TrackingNumber.h"
#include "intake/WorkingCalendar.h"

#include <catch2/catch.hpp>

using namespace loket;

namespace {
const QDate kToday(2026, 11, 30);
}

TEST_CASE("NIK checks follow the Dukcapil rules")
{
    struct Case
    {
        const char *nik;
        bool valid;
        const char *sex;
        const char *birth;   // yyyy-MM-dd or ""
        int warnings;
    };
    const Case cases[] = {
        {"3302271505900003", true, "M", "1990-05-15", 0},    // man, Purwokerto Utara
        {"3302275505900003", true, "F", "1990-05-15", 0},    // woman: day + 40
        {"3302 2715.0590 0003", true, "M", "1990-05-15", 0}, // spaces and dots ignored
        {"3302274101000001", true, "F", "2000-01-01", 0},
        {"3302272902000001", true, "M", "2000-02-29", 0},    // 29 February of a leap year
        {"3302276902040002", true, "F", "2004-02-29", 0},    // the same for a woman
        {"3302272902970001", false, "", "", 0},             // 1997 was no leap year
        {"3302273102900001", false, "", "", 0},             // 31 February
        {"3302271505900000", false, "", "", 0},             // serial 0000
        {"3302273205900001", false, "", "", 0},             // day 32
        {"3302277205900001", false, "", "", 0},             // day 72
        {"3302274005900001", false, "", "", 0},             // day 40
        {"3302270005900001", false, "", "", 0},             // day 00
        {"3302271513900001", false, "", "", 0},             // month 13
        {"3302271500900001", false, "", "", 0},             // month 00
        {"330227150590003", false, "", "", 0},              // 15 digits
        {"33022715059000031", false, "", "", 0},            // 17 digits
        {"33022715059O0003", false, "", "", 0},             // letter O for zero
        {"\u0663\u0663\u0660\u0662271505900003", false, "", "", 0}, // Arabic-Indic digits
        {"", false, "", "", 0},
        {"9902271505900003", true, "M", "1990-05-15", 1},    // unknown region: warning only
        {"3302271505300003", true, "M", "1930-05-15", 0},    // born 1930, not 2030
        {"3302271505260003", true, "M", "2026-05-15", 0},
    };
    for (const Case &c : cases) {
        const IdentityCheck r = IdentityNumber::checkNik(QString::fromUtf8(c.nik), kToday);
        INFO(c.nik);
        INFO(r.errors.join(QStringLiteral(" | ")).toStdString());
        CHECK(r.valid == c.valid);
        if (c.valid) {
            CHECK(r.sex == QString::fromLatin1(c.sex));
            CHECK(r.date.toString(Qt::ISODate) == QString::fromLatin1(c.birth));
            CHECK(r.warnings.size() == c.warnings);
        } else {
            CHECK_FALSE(r.errors.isEmpty());
        }
    }
}

TEST_CASE("NIK error messages name the part that is wrong")
{
    CHECK(IdentityNumber::checkNik(QStringLiteral("330227150590003"), kToday).errors.first().contains(QStringLiteral("15")));
    CHECK(IdentityNumber::checkNik(QStringLiteral("3302271513900001"), kToday).errors.first().contains(QStringLiteral("bulan")));
    CHECK(IdentityNumber::checkNik(QStringLiteral("3302277205900001"), kToday).errors.first().contains(QStringLiteral("72")));
    CHECK(IdentityNumber::checkNik(QStringLiteral("3302271505900000"), kToday).errors.first().contains(QStringLiteral("0000")));
    // A letter among the digits: which one, counted as typed digits (separators skipped).
    CHECK(IdentityNumber::checkNik(QStringLiteral("3302 27O5 0590 0003"), kToday).errors.first()
          == QStringLiteral("NIK hanya boleh berisi angka 0–9: karakter ke-7 adalah \"O\" (huruf O, bukan angka nol)."));
    CHECK(IdentityNumber::checkNik(QStringLiteral("33022715059000x3"), kToday).errors.first().contains(QStringLiteral("ke-15 adalah \"x\"")));
    const IdentityCheck ok = IdentityNumber::checkNik(QStringLiteral("3302271505900003"), kToday);
    CHECK(ok.district->name == QStringLiteral("Purwokerto Utara"));
    CHECK(ok.regency->name == QStringLiteral("Kabupaten Banyumas"));
    CHECK(ok.province->name == QStringLiteral("Jawa Tengah"));
}

TEST_CASE("A birth date or sex that differs from the NIK is a warning")
{
    const IdentityCheck nik = IdentityNumber::checkNik(QStringLiteral("3302275505900003"), kToday);
    CHECK(IdentityNumber::crossCheck(nik, QDate(1990, 5, 15), QStringLiteral("F")).isEmpty());
    CHECK(IdentityNumber::crossCheck(nik, QDate(1990, 5, 16), QStringLiteral("F")).size() == 1);
    CHECK(IdentityNumber::crossCheck(nik, QDate(1990, 5, 15), QStringLiteral("M")).size() == 1);
}

TEST_CASE("KK numbers: sixteen digits with a registration date and a serial")
{
    CHECK(IdentityNumber::checkKk(QStringLiteral("3302270101150007"), kToday).valid);
    CHECK(IdentityNumber::checkKk(QStringLiteral("3302270101150007"), kToday).sex.isEmpty());
    CHECK_FALSE(IdentityNumber::checkKk(QStringLiteral("3302274101150007"), kToday).valid); // no +40 on a KK
    CHECK_FALSE(IdentityNumber::checkKk(QStringLiteral("3302270101150000"), kToday).valid);
    CHECK_FALSE(IdentityNumber::checkKk(QStringLiteral("330227010115000"), kToday).valid);
    CHECK_FALSE(IdentityNumber::checkKk(QStringLiteral("33022701011500a7"), kToday).valid);
    CHECK(IdentityNumber::checkKk(QStringLiteral("9902270101150007"), kToday).warnings.size() == 1);
}

TEST_CASE("Masked NIK keeps the first four and last two digits")
{
    CHECK(IdentityNumber::mask(QStringLiteral("3302271505900003")) == QStringLiteral("3302**********03"));
}

TEST_CASE("Tracking numbers round-trip and are unique per node")
{
    const QString a = TrackingNumber::format(QStringLiteral("L1"), kToday, 42);
    const QString b = TrackingNumber::format(QStringLiteral("L2"), kToday, 42);
    CHECK(a.startsWith(QStringLiteral("L1-261130-0042-")));
    CHECK(a != b);
    CHECK(TrackingNumber::canonical(a.toLower()) == a);
    QString compact = a;
    compact.remove(u'-');
    CHECK(TrackingNumber::canonical(compact) == a);
    const TrackingParts p = TrackingNumber::parse(a);
    CHECK(p.nodeCode == QStringLiteral("L1"));
    CHECK(p.date == kToday);
    CHECK(p.sequence == 42);
    CHECK_THROWS_AS(TrackingNumber::format(QStringLiteral("L1"), kToday, 10000), Error);
    int issuable = 0;
    for (int seq = 1; seq <= 9999; ++seq)
        issuable += TrackingNumber::isIssuable(QStringLiteral("L1"), kToday, seq);
    CHECK(issuable > 9500);   // about 1 in 37 sequences has no check character and is skipped
}

TEST_CASE("Every single-character typo and every adjacent swap is caught by the check character")
{
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    int numbers = 0, substitutions = 0, swaps = 0;
    for (const QString &node : {QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("B12")}) {
        for (int seq : {1, 7, 42, 999, 1234, 9999, 17, 18, 19, 20, 21, 22, 23, 24}) {
            if (!TrackingNumber::isIssuable(node, kToday.addDays(seq % 40), seq))
                continue;
            QString valid = TrackingNumber::format(node, kToday.addDays(seq % 40), seq);
            valid.remove(u'-');
            ++numbers;
            for (int i = 0; i < valid.size(); ++i) {
                for (QChar c : alphabet) {
                    if (c == valid[i])
                        continue;
                    QString typo = valid;
                    typo[i] = c;
                    ++substitutions;
                    INFO(typo.toStdString());
                    CHECK_THROWS_AS(TrackingNumber::parse(typo), Error);
                }
                if (i + 1 < valid.size() && valid[i] != valid[i + 1]) {
                    QString swapped = valid;
                    std::swap(swapped[i], swapped[i + 1]);
                    ++swaps;
                    INFO(swapped.toStdString());
                    CHECK_THROWS_AS(TrackingNumber::parse(swapped), Error);
                }
            }
        }
    }
    CHECK(numbers >= 36);
    CHECK(substitutions > 5000);
    CHECK(swaps > 100);
}

TEST_CASE("Working-day due dates skip weekends, holidays and cross the year boundary")
{
    // 2026-12-25 (Fri) Christmas, 2027-01-01 (Fri) New Year.
    const WorkingCalendar cal({QDate(2026, 12, 25), QDate(2027, 1, 1)});
    CHECK(cal.addWorkingDays(QDate(2026, 11, 30), 0) == QDate(2026, 11, 30));  // Monday, same day
    CHECK(cal.addWorkingDays(QDate(2026, 12, 5), 0) == QDate(2026, 12, 7));    // Saturday -> Monday
    CHECK(cal.addWorkingDays(QDate(2026, 12, 4), 1) == QDate(2026, 12, 7));    // Friday + 1 -> Monday
    CHECK(cal.addWorkingDays(QDate(2026, 12, 24), 1) == QDate(2026, 12, 28));  // over Christmas and a weekend
    CHECK(cal.addWorkingDays(QDate(2026, 12, 30), 3) == QDate(2027, 1, 5));    // over New Year
    CHECK(cal.addWorkingDays(QDate(2026, 12, 21), 5) == QDate(2026, 12, 29));
    CHECK(cal.workingDaysBetween(QDate(2026, 12, 24), QDate(2026, 12, 28)) == 1);
    CHECK(cal.isWorkingDay(QDate(2026, 12, 24)));
    CHECK_FALSE(cal.isWorkingDay(QDate(2026, 12, 25)));
}
