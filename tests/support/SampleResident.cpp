// The tests' sample resident, in a file of its own with no Catch2 in it: a benchmark links it from
// the support library without pulling in the test framework.
#include "TestSupport.h"

namespace loket::test {

Resident sampleResident()
{
    Resident r;
    r.nik = QStringLiteral("3302275505900003");
    r.kk = QStringLiteral("3302270101150007");
    r.fullName = QStringLiteral("Siti Nur'aini");
    r.birthPlace = QStringLiteral("Banyumas");
    r.birthDate = QDate(1990, 5, 15);
    r.sex = QStringLiteral("F");
    r.address = QStringLiteral("Jl. Gunung Slamet No. 5");
    r.rt = QStringLiteral("003");
    r.rw = QStringLiteral("005");
    r.villageCode = QStringLiteral("33.02.27.1005");
    return r;
}

} // namespace loket::test
