// The tests' sample resident (and a request of theirs awaiting signature), in a file of its own with no Catch2 in it: a benchmark links it from
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

QString sktmAwaitingSignature(AppServices &services, const Session &officer, const Session &verifier, const Session &approver)
{
    static const QMap<QString, QString> fields{{QStringLiteral("keperluan"), QStringLiteral("Beasiswa")},
                                               {QStringLiteral("nomor_pengantar"), QStringLiteral("470/1/2026")},
                                               {QStringLiteral("tanggal_pengantar"), QStringLiteral("1 Desember 2026")}};
    NewRequest req;
    req.resident = sampleResident();
    req.nik = req.resident->nik;
    req.serviceCode = QStringLiteral("SKTM");
    req.received = {QStringLiteral("ktp"), QStringLiteral("kk"), QStringLiteral("pengantar_kelurahan")};
    const QString t = services.intake().submit(officer, req).tracking;
    services.workflow().advance(verifier, t, QStringLiteral("verify"), QString());
    services.letters().saveDraft(verifier, t, fields);
    services.workflow().advance(approver, t, QStringLiteral("to-signature"), QString());
    return t;
}

} // namespace loket::test
