// Counters meeting through a real PostgreSQL hub (scripts/start-test-services.sh): a new counter
// joins and receives the office's data; a request taken at one counter is worked on at another and
// signed at a third; edits of different fields of one resident merge, edits of the same field are
// kept as a conflict on every counter and settled by an officer; concurrent workflow steps end in
// the same status everywhere; two counters registering one NIK offline both keep both rows;
// documents travel (interrupted both ways, resumed, hash-checked). After each exchange every
// counter holds the same rows as the others, table by table.
#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "common/Error.h"
#include "storage/Sql.h"
#include "sync/ChangeApplier.h"
#include "sync/HubConnection.h"
#include "sync/HubLog.h"
#include "sync/NumberReserve.h"
#include "sync/SyncService.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace loket;

namespace {

const QString kOffice = QStringLiteral("33.02.27");

// Every row of a replicated table, in id order, as text (the rows two counters must share).
QStringList rowsOf(test::DemoDb &db, const QString &table)
{
    QStringList out;
    auto q = sql::exec(db.services().store().db(), table == QStringLiteral("blob")
                                                       ? QStringLiteral("SELECT sha256, size, mime, data FROM blob ORDER BY sha256")
                                                       : QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.columns().size(); ++i) {
            const QVariant v = q.value(i);
            cells << q.columns()[i] + u'='
                      + (v.isNull() ? QStringLiteral("NULL")
                                    : v.typeId() == QMetaType::QByteArray
                                        ? QString::fromLatin1(QCryptographicHash::hash(v.toByteArray(), QCryptographicHash::Sha256).toHex())
                                        : v.toString());
        }
        out << cells.join(u'|');
    }
    return out;
}

// Fails naming the first table that differs.
void requireSameData(test::DemoDb &a, test::DemoDb &b)
{
    for (const QString &table : ChangeApplier::replicatedTables()) {
        INFO("table " << table.toStdString());
        const QStringList ra = rowsOf(a, table);
        const QStringList rb = rowsOf(b, table);
        CHECK(ra.size() == rb.size());
        for (qsizetype i = 0; i < qMin(ra.size(), rb.size()); ++i) {
            if (ra[i] != rb[i]) {
                FAIL_CHECK("first difference:\n" << ra[i].toStdString() << "\n" << rb[i].toStdString());
                break;
            }
        }
    }
    CHECK(rowsOf(a, QStringLiteral("blob")).join(u'\n').toStdString() == rowsOf(b, QStringLiteral("blob")).join(u'\n').toStdString());
}

// Syncs every counter, twice round, so that what one sent reaches all.
void syncAll(std::initializer_list<test::DemoDb *> counters)
{
    for (int round = 0; round < 2; ++round)
        for (test::DemoDb *c : counters)
            c->services().sync().sync();
}

QString statusOf(test::DemoDb &db, const QString &tracking)
{
    return sql::scalar(db.services().store().db(), QStringLiteral("SELECT status FROM request WHERE tracking = ?"), {tracking}).toString();
}

QString phoneOf(test::DemoDb &db, const QString &nik)
{
    return sql::scalar(db.services().store().db(), QStringLiteral("SELECT phone FROM resident WHERE nik = ? ORDER BY id LIMIT 1"), {nik})
        .toString();
}

// A complete walk-in SKTM request (every paper received): submitted, ready to verify. n picks
// one of several residents (NIK serial 0003 + n).
QString submitComplete(test::DemoDb &db, int n = 0)
{
    NewRequest req;
    req.resident = test::sampleResident();
    req.resident->nik = req.resident->nik.left(12) + QStringLiteral("%1").arg(3 + n, 4, 10, QLatin1Char('0'));
    req.nik = req.resident->nik;
    req.serviceCode = QStringLiteral("SKTM");
    req.received = {QStringLiteral("ktp"), QStringLiteral("kk"), QStringLiteral("pengantar_kelurahan")};
    return db.services().intake().submit(db.login(QStringLiteral("petugas")), req).tracking;
}

struct ThreeCounters
{
    test::HubDb hub;
    test::DemoDb l1;
    test::DemoDb l2{false};
    test::DemoDb l3{false};

    ThreeCounters()
    {
        l1.services().sync().linkHub(l1.login(QStringLiteral("admin")), hub.uri());
        l1.services().sync().sync();
        l2.services().sync().join(hub.uri(), QStringLiteral("L2"));
        l3.services().sync().join(hub.uri(), QStringLiteral("L3"));
        syncAll({&l1, &l2, &l3});
    }
};

// A PNG of noise: it does not compress, so its stored page spans several transfer chunks.
QString noisyPng(const QString &dir)
{
    QImage image(1400, 1000, QImage::Format_Grayscale8);
    QRandomGenerator random(7);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.scanLine(y)[x] = uchar(random.bounded(256));
    const QString path = dir + QStringLiteral("/ktp.png");
    REQUIRE(image.save(path, "PNG"));
    return path;
}

} // namespace

TEST_CASE("a new counter joins the hub and receives the office's data - users log in there, the counters hold the same rows")
{
    ThreeCounters office;
    const NodeIdentity l2 = office.l2.services().store().node();
    CHECK(l2.nodeCode == QStringLiteral("L2"));
    CHECK(l2.officeCode == kOffice);
    // The demo office had a counter row for L2 already: the joined PC is that counter.
    CHECK(sql::scalar(office.l2.services().store().db(), QStringLiteral("SELECT id FROM node WHERE code = 'L2'")).toString() == l2.nodeId);
    // L3 had none: it made its own, which reached the others.
    CHECK(sql::scalar(office.l1.services().store().db(), QStringLiteral("SELECT id FROM node WHERE code = 'L3'")).toString()
          == office.l3.services().store().node().nodeId);
    CHECK(office.l2.services().catalogue().list(true).size() == office.l1.services().catalogue().list(true).size());
    requireSameData(office.l1, office.l2);
    requireSameData(office.l1, office.l3);
    for (test::DemoDb *c : {&office.l1, &office.l2, &office.l3}) {
        const AuditVerification v = AuditLog::verify(c->services().store().db());
        INFO((v.findings.isEmpty() ? v.reason : v.findings.first().message).toStdString());
        CHECK(v.ok);
        CHECK(c->services().sync().status().waiting() == 0);
    }

    // The office's users log in at the new counters (a log-in is itself recorded, so checked last).
    CHECK_NOTHROW(office.l2.login(QStringLiteral("petugas")));
    CHECK_NOTHROW(office.l3.login(QStringLiteral("camat")));

    // Joining twice, or with a code another PC has, changes nothing.
    CHECK(test::thrownBy([&] { office.l2.services().sync().join(office.hub.uri(), QStringLiteral("L4")); }).kind() == ErrorKind::Invalid);
    test::DemoDb again(false);
    const Error taken = test::thrownBy([&] { again.services().sync().join(office.hub.uri(), QStringLiteral("L2")); });
    CHECK(taken.message().contains(QStringLiteral("sudah dipakai")));
    CHECK_FALSE(again.services().store().node().initialized());
}

TEST_CASE("a walk-in request taken at counter 1 is verified at counter 2 and signed at counter 3 - every counter shows each step")
{
    ThreeCounters office;
    const QString tracking = submitComplete(office.l1);
    syncAll({&office.l1, &office.l2, &office.l3});
    CHECK(statusOf(office.l2, tracking) == QStringLiteral("submitted"));

    test::toSignature(office.l2, tracking);
    syncAll({&office.l1, &office.l2, &office.l3});
    CHECK(statusOf(office.l3, tracking) == QStringLiteral("awaiting_signature"));

    const IssuedLetter letter = test::issueLetter(office.l3, tracking);
    syncAll({&office.l1, &office.l2, &office.l3});
    requireSameData(office.l1, office.l2);
    requireSameData(office.l1, office.l3);
    for (test::DemoDb *c : {&office.l1, &office.l2, &office.l3}) {
        CHECK(statusOf(*c, tracking) == QStringLiteral("signed"));
        // The letter's PDF came too, and checks against its hash.
        CHECK_NOTHROW(c->services().letters().letterPdf(c->login(QStringLiteral("petugas")), letter.id));
        CHECK(c->services().letters().verifyToken(letter.token).kind == LetterVerdict::Kind::Genuine);
        CHECK(AuditLog::verify(c->services().store().db()).ok);
    }
}

TEST_CASE("edits of different fields merge - the same field edited at two counters is a conflict on every counter until an officer settles it")
{
    ThreeCounters office;
    const QString nik = test::sampleResident().nik;
    test::submitSample(office.l1.services(), office.l1.login(QStringLiteral("petugas")));
    syncAll({&office.l1, &office.l2, &office.l3});

    // Offline, two counters edit different fields.
    ResidentChanges phone;
    phone.phone = QStringLiteral("081234500001");
    office.l1.services().residents().update(office.l1.login(QStringLiteral("petugas")), nik, phone);
    ResidentChanges address;
    address.address = QStringLiteral("Jl. Gunung Muria 7");
    office.l2.services().residents().update(office.l2.login(QStringLiteral("petugas")), nik, address);
    syncAll({&office.l1, &office.l2, &office.l3});
    for (test::DemoDb *c : {&office.l1, &office.l2, &office.l3}) {
        CHECK(phoneOf(*c, nik) == QStringLiteral("081234500001"));
        CHECK(sql::scalar(c->services().store().db(), QStringLiteral("SELECT address FROM resident WHERE nik = ?"), {nik}).toString()
              == QStringLiteral("Jl. Gunung Muria 7"));
        CHECK(c->services().sync().openConflicts() == 0);
    }
    requireSameData(office.l1, office.l2);

    // Offline again, two counters change the same phone number.
    phone.phone = QStringLiteral("081234500002");
    office.l1.services().residents().update(office.l1.login(QStringLiteral("petugas")), nik, phone);
    phone.phone = QStringLiteral("081234500003");
    office.l2.services().residents().update(office.l2.login(QStringLiteral("petugas")), nik, phone);
    syncAll({&office.l1, &office.l2, &office.l3});
    const QString kept = phoneOf(office.l1, nik);
    CHECK((kept == QStringLiteral("081234500002") || kept == QStringLiteral("081234500003")));
    for (test::DemoDb *c : {&office.l1, &office.l2, &office.l3}) {
        CHECK(phoneOf(*c, nik) == kept);   // one value everywhere, and the other kept beside it
        CHECK(c->services().sync().openConflicts() == 1);
        auto q = sql::exec(c->services().store().db(), QStringLiteral("SELECT entity, field, kept_value, other_value FROM sync_conflict "
                                                                      "WHERE settled_at IS NULL"));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("resident"));
        CHECK(q.value(1).toString() == QStringLiteral("phone"));
        CHECK(q.value(2).toString() == kept);
        CHECK(q.value(3).toString() == (kept == QStringLiteral("081234500002") ? QStringLiteral("081234500003") : QStringLiteral("081234500002")));
    }
    requireSameData(office.l1, office.l3);

    // An officer at counter 3 settles it by entering the right number: settled everywhere.
    phone.phone = QStringLiteral("081234500004");
    office.l3.services().residents().update(office.l3.login(QStringLiteral("petugas")), nik, phone);
    syncAll({&office.l1, &office.l2, &office.l3});
    for (test::DemoDb *c : {&office.l1, &office.l2, &office.l3}) {
        CHECK(phoneOf(*c, nik) == QStringLiteral("081234500004"));
        CHECK(c->services().sync().openConflicts() == 0);
    }
    requireSameData(office.l1, office.l2);
}

TEST_CASE("concurrent workflow steps at two counters end in the same status everywhere - two registrations of one NIK both arrive")
{
    ThreeCounters office;
    const QString tracking = submitComplete(office.l1);
    syncAll({&office.l1, &office.l2, &office.l3});

    // Offline: counter 1 verifies while counter 2 returns it to the resident.
    office.l1.services().workflow().advance(office.l1.login(QStringLiteral("verifikator")), tracking, QStringLiteral("verify"), QString());
    office.l2.services().workflow().advance(office.l2.login(QStringLiteral("petugas")), tracking, QStringLiteral("return"),
                                            QStringLiteral("KTP buram"));
    // And both register the same new resident.
    Resident r = test::sampleResident();
    r.nik = QStringLiteral("3302270101900011");
    r.fullName = QStringLiteral("Bagus Prasetyo");
    r.sex = QStringLiteral("M");
    r.birthDate = QDate(1990, 1, 1);
    office.l1.services().residents().create(office.l1.login(QStringLiteral("petugas")), r);
    office.l2.services().residents().create(office.l2.login(QStringLiteral("petugas")), r);

    syncAll({&office.l1, &office.l2, &office.l3});
    const QString status = statusOf(office.l1, tracking);
    for (test::DemoDb *c : {&office.l1, &office.l2, &office.l3}) {
        CHECK(statusOf(*c, tracking) == status);
        const WorkflowState state = WorkflowService::derive(c->services().store().db(),
                                                            sql::scalar(c->services().store().db(), QStringLiteral("SELECT id FROM request WHERE tracking = ?"), {tracking}).toString(),
                                                            QDate::currentDate());
        CHECK(state.conflicts.size() == 1);
        CHECK(sql::scalar(c->services().store().db(), QStringLiteral("SELECT count(*) FROM resident WHERE nik = ?"), {r.nik}).toInt() == 2);
        CHECK(AuditLog::verify(c->services().store().db()).ok);
    }
    requireSameData(office.l1, office.l2);
    requireSameData(office.l1, office.l3);
}

TEST_CASE("documents travel as blobs - interrupted uploads and downloads resume, a damaged transfer is refused and fetched again")
{
    ThreeCounters office;
    const Session officer = office.l1.login(QStringLiteral("petugas"));
    const QString tracking = test::submitSample(office.l1.services(), officer);
    const DocumentInfo doc = office.l1.services().documents().addFiles(officer, tracking, QStringLiteral("ktp"), {noisyPng(office.l1.dir())});
    const QString sha = sql::scalar(office.l1.services().store().db(), QStringLiteral("SELECT blob_sha256 FROM document_page WHERE document_id = ?"),
                                    {doc.id}).toString();
    const qint64 size = sql::scalar(office.l1.services().store().db(), QStringLiteral("SELECT size FROM blob WHERE sha256 = ?"), {sha}).toLongLong();
    REQUIRE(size > 2 * HubLog::kChunkSize);   // several chunks

    // An upload cut off after its first chunk: the next sync sends the rest only.
    {
        HubConnection hub(HubAddress::parse(office.hub.uri()));
        HubLog log(hub);
        auto blob = sql::exec(office.l1.services().store().db(), QStringLiteral("SELECT data, mime FROM blob WHERE sha256 = ?"), {sha});
        REQUIRE(blob.next());
        const QByteArray data = blob.value(0).toByteArray();
        log.putBlobChunk(kOffice, sha, data.size(), blob.value(1).toString(), 0, data.left(HubLog::kChunkSize));
        CHECK(log.missingBlobs(kOffice, {sha}) == QStringList{sha});
    }
    // Counter 2 receives the rows first: the page is there, its picture not yet.
    office.l2.services().sync().sync();
    SyncReport r = office.l2.services().sync().sync();
    CHECK(sql::scalar(office.l2.services().store().db(), QStringLiteral("SELECT count(*) FROM document_page WHERE blob_sha256 = ?"), {sha}).toInt() == 0);
    r = office.l1.services().sync().sync();
    CHECK(r.blobsSent == 1);
    CHECK(r.errors.isEmpty());

    // A download cut off after a damaged first chunk: refused by its hash, fetched whole next time.
    r = office.l2.services().sync().sync();
    REQUIRE(sql::scalar(office.l2.services().store().db(), QStringLiteral("SELECT count(*) FROM document_page WHERE blob_sha256 = ?"), {sha}).toInt() == 1);
    CHECK(r.blobsReceived == 1);
    CHECK(office.l2.services().documents().open(office.l2.login(QStringLiteral("petugas")), doc.id).size() == 1);

    // Counter 3 had a damaged chunk left by an earlier attempt.
    {
        const QSqlDatabase db = office.l3.services().store().db();
        sql::exec(db, QStringLiteral("INSERT INTO blob_partial(sha256, chunk_no, data) VALUES (?, 0, ?)"), {sha, QByteArray(HubLog::kChunkSize, 'x')});
    }
    r = office.l3.services().sync().sync();
    CHECK(r.blobsReceived == 0);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors.first().contains(QStringLiteral("SHA-256")));
    CHECK_FALSE(sql::scalar(office.l3.services().store().db(), QStringLiteral("SELECT 1 FROM blob WHERE sha256 = ?"), {sha}).isValid());
    r = office.l3.services().sync().sync();
    CHECK(r.blobsReceived == 1);
    CHECK(r.errors.isEmpty());
    CHECK(office.l3.services().documents().open(office.l3.login(QStringLiteral("petugas")), doc.id).size() == 1);
    syncAll({&office.l1, &office.l2, &office.l3});
    requireSameData(office.l1, office.l2);
    requireSameData(office.l1, office.l3);
}

TEST_CASE("a change this version cannot read stops the pull before it - nothing after it is skipped")
{
    ThreeCounters office;
    HubConnection hub(HubAddress::parse(office.hub.uri()));
    HubLog log(hub);
    const QString stranger = QStringLiteral("01900000-0000-7000-8000-00000000e001");
    log.registerNode(kOffice, QString(), stranger, QStringLiteral("L9"));
    log.push(kOffice, stranger, {{1, QStringLiteral("future_table"), QStringLiteral("x1"), QStringLiteral("upsert"),
                                  QStringLiteral("{\"id\":\"x1\"}"), 1}});
    const qint64 before = office.l2.services().sync().status().pulledSeq;
    const Error e = test::thrownBy([&] { office.l2.services().sync().sync(); });
    CHECK(e.message().contains(QStringLiteral("future_table")));
    CHECK(e.message().contains(QStringLiteral("perbarui Loket")));
    CHECK(office.l2.services().sync().status().pulledSeq == before);
    CHECK(office.l2.services().sync().status().lastError.contains(QStringLiteral("future_table")));
}

TEST_CASE("letter numbers come from the hub - counters signing at once never share one, and an offline counter signs from its reserve until it runs out")
{
    ThreeCounters office;
    QStringList waiting;
    for (int n = 0; n < 8; ++n) {
        waiting << submitComplete(office.l1, n);
        test::toSignature(office.l1, waiting.last());
    }
    syncAll({&office.l1, &office.l2, &office.l3});
    const QString sktmRegister = NumberFormat::registerKey(
        true, sql::scalar(office.l2.services().store().db(), QStringLiteral("SELECT classification_code FROM service_type WHERE code = 'SKTM'")).toString());
    CHECK(NumberReserve::freeCount(office.l2.services().store(), sktmRegister, QDate::currentDate().year()) == NumberReserve::kKeep);

    // Two counters sign at the same time, each from its reserve.
    QStringList numbers;
    numbers << test::issueLetter(office.l2, waiting[0]).number << test::issueLetter(office.l2, waiting[1]).number;
    numbers << test::issueLetter(office.l3, waiting[2]).number << test::issueLetter(office.l3, waiting[3]).number;
    syncAll({&office.l1, &office.l2, &office.l3});
    for (test::DemoDb *c : {&office.l1, &office.l2, &office.l3}) {
        CHECK(sql::scalar(c->services().store().db(), QStringLiteral("SELECT count(DISTINCT number) FROM letter")).toInt() == 4);
        CHECK(c->services().sync().openConflicts() == 0);
    }
    CHECK(QSet<QString>(numbers.cbegin(), numbers.cend()).size() == 4);

    // Counter 2 loses the network: it signs from its reserve, then says why it cannot go on.
    sql::exec(office.l2.services().store().db(), QStringLiteral("UPDATE sync_state SET hub_uri = 'postgresql://loket@127.0.0.1:1/tidak_ada'"));
    const int reserve = NumberReserve::kKeep;
    for (int i = 0; i < reserve; ++i)
        numbers << test::issueLetter(office.l2, waiting[4 + i]).number;
    const Error e = test::thrownBy([&] { test::issueLetter(office.l2, waiting[4 + reserve]); });
    CHECK(e.message().contains(QStringLiteral("habis")));
    CHECK(statusOf(office.l2, waiting[4 + reserve]) == QStringLiteral("awaiting_signature"));

    // Back online: the last one is signed, and every counter holds every number once.
    sql::exec(office.l2.services().store().db(), QStringLiteral("UPDATE sync_state SET hub_uri = ?"), {office.hub.uri()});
    numbers << test::issueLetter(office.l2, waiting[4 + reserve]).number;
    syncAll({&office.l1, &office.l2, &office.l3});
    CHECK(QSet<QString>(numbers.cbegin(), numbers.cend()).size() == numbers.size());
    for (test::DemoDb *c : {&office.l1, &office.l2, &office.l3})
        CHECK(sql::scalar(c->services().store().db(), QStringLiteral("SELECT count(DISTINCT number) FROM letter")).toInt() == numbers.size());
    requireSameData(office.l1, office.l2);
    requireSameData(office.l1, office.l3);
}

TEST_CASE("audit anchors on the hub: a history cut back after it was synced is found - an intact one matches every anchor")
{
    ThreeCounters office;
    submitComplete(office.l2);
    syncAll({&office.l1, &office.l2, &office.l3});
    office.l2.login(QStringLiteral("verifikator"));   // an entry that names no row
    office.l2.services().sync().sync();
    SyncService &sync = office.l2.services().sync();
    int anchors = 0;
    CHECK(sync.verifyAnchors({}, &anchors).isEmpty());
    CHECK(anchors == 3);   // its own and the two others', as far as it holds them

    // Counter 2's history is cut back to before its last sync (as an old copy would be), with its
    // chain head moved back so that the chain alone still verifies.
    const QSqlDatabase db = office.l2.services().store().db();
    const QString self = office.l2.services().store().node().nodeId;
    const qint64 last = sql::scalar(db, QStringLiteral("SELECT MAX(node_seq) FROM audit_log WHERE node_id = ?"), {self}).toLongLong();
    REQUIRE(sql::scalar(db, QStringLiteral("SELECT action FROM audit_log WHERE node_id = ? AND node_seq = ?"), {self, last}).toString()
            == QStringLiteral("auth.login"));
    sql::exec(db, QStringLiteral("DELETE FROM audit_log WHERE node_id = ? AND node_seq = ?"), {self, last});
    sql::exec(db, QStringLiteral("UPDATE node_state SET audit_seq = ?, audit_head = (SELECT hash FROM audit_log WHERE node_id = ? AND node_seq = ?)"),
              {last - 1, self, last - 1});
    CHECK(AuditLog::verify(db).ok);
    const QStringList findings = sync.verifyAnchors({});
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().contains(QStringLiteral("L2")));
    CHECK(findings.first().contains(QStringLiteral("tidak ada di sini")));
    // The others still match.
    CHECK(office.l1.services().sync().verifyAnchors({}).isEmpty());
}
