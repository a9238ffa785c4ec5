// Personal numbers never reach the log in clear: the sink masks every NIK or KK a message carries.
#include "common/Error.h"
#include "common/Logging.h"
#include "common/PersonalData.h"
#include "intake/IdentityNumber.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <spdlog/spdlog.h>

using namespace loket;

TEST_CASE("Every NIK or KK in a text is masked like the receipt masks it - shorter numbers stay")
{
    CHECK(PersonalData::maskIdentityNumbers(QStringLiteral("Penduduk dengan NIK 3302275505900009 belum terdaftar"))
          == QStringLiteral("Penduduk dengan NIK 3302**********09 belum terdaftar"));
    CHECK(PersonalData::maskIdentityNumbers(QStringLiteral("KK 3302.2701.0101.0001, NIK 3302 2755 0590 0009."))
          == QStringLiteral("KK 3302**********01, NIK 3302**********09."));
    CHECK(PersonalData::maskIdentityNumbers(QStringLiteral("a33022755059000091b")) == QStringLiteral("a3302***********91b"));
    const QString ordinary = QStringLiteral("L1-261130-0042-K due 2026-12-07, 15 entries, seq 123456789012345");
    CHECK(PersonalData::maskIdentityNumbers(ordinary) == ordinary);
    // One implementation: the receipt's mask is the log's mask.
    CHECK(IdentityNumber::mask(QStringLiteral("3302 2755 0590 0009")) == PersonalData::maskNumber(QStringLiteral("3302275505900009")));
}

TEST_CASE("The log file holds masked numbers whoever logged them")
{
    QTemporaryDir dir;
    Logging::init(dir.path());
    spdlog::warn("refused: Penduduk dengan NIK {} belum terdaftar", "3302275505900009");
    qWarning("qt says %s", "3302275505900003");
    spdlog::default_logger()->flush();
    QFile f(Logging::logFile(dir.path()));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(QStringLiteral("3302**********09 belum terdaftar")));
    CHECK(text.contains(QStringLiteral("qt says 3302**********03")));
    CHECK_FALSE(text.contains(QStringLiteral("3302275505900009")));
    CHECK_FALSE(text.contains(QStringLiteral("3302275505900003")));
}

TEST_CASE("A refusal is logged by its kind - only storage and device faults keep their message")
{
    CHECK(Logging::refusal(Error::invalid(QStringLiteral("Nomor telepon \"Siti Nur'aini\" tidak sah."))) == "invalid");
    CHECK(Logging::refusal(Error::notFound(QStringLiteral("Penduduk Budi Santoso tidak ditemukan."))) == "not_found");
    CHECK(Logging::refusal(Error::storage(QStringLiteral("Kesalahan basis data: disk I/O error"))) == "storage: Kesalahan basis data: disk I/O error");
}
