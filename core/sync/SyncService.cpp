#include "SyncService.h"

#include "ChangeApplier.h"
#include "HubConnection.h"
#include "HubLog.h"
#include "NumberReserve.h"
#include "auth/Session.h"
#include "common/Error.h"
#include "office/OfficeService.h"
#include "storage/BlobStore.h"
#include "storage/ChangeSet.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "storage/Uuid7.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace loket {

namespace {

QString officeName(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT name FROM office WHERE deleted = 0 ORDER BY hlc LIMIT 1")).toString();
}

// Blobs that rows here name and this counter does not hold yet.
constexpr char kMissingBlobs[] =
    "SELECT DISTINCT h FROM (SELECT blob_sha256 AS h FROM document_page WHERE deleted = 0 "
    "UNION SELECT pdf_sha256 FROM letter UNION SELECT logo_sha256 FROM office WHERE logo_sha256 IS NOT NULL) "
    "WHERE h NOT IN (SELECT sha256 FROM blob)";

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

SyncService::SyncService(Store &store)
    : m_store(store)
{
}

QString SyncService::linkedHub(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT hub_uri FROM sync_state")).toString();
}

SyncStatus SyncService::status() const
{
    const QSqlDatabase db = m_store.db();
    SyncStatus s;
    auto q = sql::exec(db, QStringLiteral("SELECT hub_uri, pushed_seq, pulled_seq, last_attempt_at, last_ok_at, last_error, "
                                          "(SELECT COALESCE(MAX(seq), 0) FROM outbox) FROM sync_state"));
    if (q.next()) {
        s.hubUri = q.value(0).toString();
        s.pushedSeq = q.value(1).toLongLong();
        s.pulledSeq = q.value(2).toLongLong();
        s.lastAttemptAt = q.value(3).toString();
        s.lastOkAt = q.value(4).toString();
        s.lastError = q.value(5).toString();
        s.outboxSeq = q.value(6).toLongLong();
    }
    s.documentsToSend = sql::scalar(db, QStringLiteral("SELECT count(*) FROM blob WHERE created_hlc > (SELECT blobs_pushed_hlc FROM sync_state)")).toInt();
    s.documentsMissing = sql::scalar(db, QStringLiteral("SELECT count(*) FROM (%1)").arg(QString::fromLatin1(kMissingBlobs))).toInt();
    s.openConflicts = openConflicts();
    return s;
}

QString SyncService::hubUriOr(const QString &uri) const
{
    if (!uri.trimmed().isEmpty())
        return uri.trimmed();
    const QString remembered = linkedHub(m_store.db());
    if (remembered.isEmpty())
        throw Error::invalid(tr("Loket ini belum terhubung ke hub: jalankan hub init --hub URL, atau sebutkan --hub URL."));
    return remembered;
}

HubLink SyncService::linkHub(const Session &session, const QString &uri, const QString &password)
{
    session.require(Role::Admin);
    const NodeIdentity node = m_store.node();
    if (!node.initialized())
        throw Error::invalid(tr("Basis data ini belum disiapkan sebagai loket (init)."));
    const HubAddress address = HubAddress::parse(uri);
    HubConnection hub(address, 10, password);
    if (!password.isEmpty())
        HubConnection::storePassword(address, password);
    HubLog log(hub);
    HubLink link;
    link.migrationsApplied = log.init();
    link.schemaVersion = log.schemaVersion();
    log.registerNode(node.officeCode, officeName(m_store.db()), node.nodeId, node.nodeCode);
    link.hubUri = address.uri();
    const QSqlDatabase db = m_store.db();
    WriteTransaction tx(db);
    sql::exec(db, QStringLiteral("UPDATE sync_state SET hub_uri = ?"), {link.hubUri});
    tx.commit();
    return link;
}

PushReport SyncService::push(const QString &uri, int batchSize)
{
    PushReport report;
    try {
        HubConnection hub(HubAddress::parse(hubUriOr(uri)));
        HubLog log(hub);
        report = pushWith(log, batchSize);
    } catch (const Error &e) {
        recordAttempt(e.message());
        throw;
    }
    recordAttempt({});
    return report;
}

PushReport SyncService::pushWith(HubLog &log, int batchSize)
{
    const NodeIdentity node = m_store.node();
    PushReport report;
    const QSqlDatabase db = m_store.db();
    const auto acknowledge = [&db](qint64 seq) {
        WriteTransaction tx(db);
        sql::exec(db, QStringLiteral("UPDATE sync_state SET pushed_seq = ?"), {seq});
        tx.commit();
    };
    // The hub's word counts: what it holds is what was acknowledged, whatever this PC recorded
    // (an acknowledgement lost after the hub committed leaves this PC behind).
    qint64 from = log.pushedSeq(node.officeCode, node.nodeId);
    const qint64 newest = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM outbox")).toLongLong();
    if (newest < from)
        throw Error::invalid(tr("Hub sudah menerima perubahan sampai nomor %1 dari loket ini, padahal basis data ini hanya "
                                "sampai nomor %2: basis data ini dipulihkan dari cadangan lama atau disalin dari komputer "
                                "lain. Loket ini harus bergabung ulang; perubahannya yang belum terkirim tidak dihapus.")
                                 .arg(from)
                                 .arg(newest));
    // The first batch sends the last acknowledged change again: the hub compares it with what it
    // holds, so a copy restored from an old backup that has since done other work (and so has as
    // many changes as the hub knows, or more) is caught before anything of it is taken.
    bool first = from > 0;
    while (true) {
        QList<OutgoingChange> batch;
        auto q = sql::exec(db, QStringLiteral("SELECT seq, entity, entity_id, op, payload, hlc FROM outbox WHERE seq > ? "
                                              "ORDER BY seq LIMIT ?"),
                           {first ? from - 1 : from, qBound(1, batchSize, 5000) + (first ? 1 : 0)});
        const bool check = first;
        first = false;
        while (q.next())
            batch.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString(), q.value(5).toLongLong()});
        if (batch.isEmpty())
            break;
        const PushOutcome out = log.push(node.officeCode, node.nodeId, batch);
        report.pushed += out.accepted;
        report.alreadyThere += out.alreadyThere - (check ? 1 : 0);   // the check is not a resend
        ++report.batches;
        from = out.pushedSeq;
        acknowledge(from);
    }
    acknowledge(from);
    report.pushedSeq = from;
    return report;
}

namespace {

// Rows from the hub may name documents that have not arrived yet: the applying connection takes
// them without foreign-key checks (each was checked where it was written).
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(const QSqlDatabase &db)
        : m_db(db)
    {
        sql::execRaw(m_db, QStringLiteral("PRAGMA foreign_keys=OFF"));
    }
    ~ForeignKeysOff()
    {
        try {
            sql::execRaw(m_db, QStringLiteral("PRAGMA foreign_keys=ON"));
        } catch (...) {
        }
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace

void SyncService::pullWith(HubLog &log, SyncReport &report, int batchSize)
{
    const NodeIdentity node = m_store.node();
    const QSqlDatabase db = m_store.db();
    qint64 cursor = status().pulledSeq;
    while (true) {
        const QList<HubChange> batch = log.pull(node.officeCode, cursor, batchSize);
        if (batch.isEmpty())
            break;
        ForeignKeysOff keysOff(db);
        ChangeSet changes(m_store, Actor::system());
        ChangeApplier applier(changes);
        for (const HubChange &c : batch)
            applier.apply(c);
        applier.finish();
        cursor = batch.last().serverSeq;
        sql::exec(changes.db(), QStringLiteral("UPDATE sync_state SET pulled_seq = ?"), {cursor});
        changes.commit();
        report.pulled += int(std::count_if(batch.cbegin(), batch.cend(), [&](const HubChange &c) { return c.nodeId != node.nodeId; }));
        report.applied += applier.counts().applied;
        report.conflicts += applier.counts().conflicts;
    }
    report.pulledSeq = cursor;
}

void SyncService::pushBlobs(HubLog &log, SyncReport &report)
{
    const NodeIdentity node = m_store.node();
    const QSqlDatabase db = m_store.db();
    qint64 cursor = sql::scalar(db, QStringLiteral("SELECT blobs_pushed_hlc FROM sync_state")).toLongLong();
    while (true) {
        QStringList hashes;
        qint64 last = cursor;
        {
            auto q = sql::exec(db, QStringLiteral("SELECT sha256, created_hlc FROM blob WHERE created_hlc > ? ORDER BY created_hlc LIMIT 200"),
                               {cursor});
            while (q.next()) {
                hashes << q.value(0).toString();
                last = q.value(1).toLongLong();
            }
        }
        if (hashes.isEmpty())
            return;
        bool allSent = true;
        for (const QString &sha : log.missingBlobs(node.officeCode, hashes)) {
            try {
                auto q = sql::exec(db, QStringLiteral("SELECT data, mime FROM blob WHERE sha256 = ?"), {sha});
                if (!q.next())
                    continue;
                const QByteArray data = q.value(0).toByteArray();
                const QString mime = q.value(1).toString();
                if (BlobStore::sha256Hex(data) != sha) {
                    allSent = false;
                    report.errors << tr("Berkas %1 di komputer ini tidak cocok lagi dengan SHA-256-nya; tidak dikirim.").arg(sha.left(12));
                    continue;
                }
                const QList<int> held = log.blobChunks(node.officeCode, sha);   // an interrupted upload resumes
                for (int chunk = 0; qint64(chunk) * HubLog::kChunkSize < qMax<qint64>(1, data.size()); ++chunk)
                    if (!held.contains(chunk))
                        log.putBlobChunk(node.officeCode, sha, data.size(), mime, chunk, data.mid(qint64(chunk) * HubLog::kChunkSize, HubLog::kChunkSize));
                log.completeBlob(node.officeCode, sha);
                ++report.blobsSent;
            } catch (const Error &e) {
                if (e.kind() != ErrorKind::Invalid)   // the hub gone: the round stops
                    throw;
                allSent = false;
                report.errors << e.message();
            }
        }
        if (!allSent)
            return;   // tried again from here next round
        cursor = last;
        WriteTransaction tx(db);
        sql::exec(db, QStringLiteral("UPDATE sync_state SET blobs_pushed_hlc = ?"), {cursor});
        tx.commit();
    }
}

void SyncService::pullBlobs(HubLog &log, SyncReport &report)
{
    const NodeIdentity node = m_store.node();
    const QSqlDatabase db = m_store.db();
    QStringList missing;
    {
        auto q = sql::exec(db, QString::fromLatin1(kMissingBlobs));
        while (q.next())
            missing << q.value(0).toString();
    }
    for (const QString &sha : std::as_const(missing)) {
        const HubLog::BlobInfo info = log.blobInfo(node.officeCode, sha);
        if (info.size < 0) {
            ++report.blobsWaiting;   // its counter has not sent it yet
            continue;
        }
        // Chunks already here from an interrupted transfer are kept; the rest are fetched, each
        // committed on its own so the next attempt resumes.
        QList<int> held;
        {
            auto q = sql::exec(db, QStringLiteral("SELECT chunk_no FROM blob_partial WHERE sha256 = ?"), {sha});
            while (q.next())
                held << q.value(0).toInt();
        }
        for (int chunk = 0; chunk < info.chunks; ++chunk) {
            if (held.contains(chunk))
                continue;
            const QByteArray data = log.blobChunk(node.officeCode, sha, chunk);
            WriteTransaction tx(db);
            sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO blob_partial(sha256, chunk_no, data) VALUES (?, ?, ?)"), {sha, chunk, data});
            tx.commit();
        }
        QByteArray whole;
        {
            auto q = sql::exec(db, QStringLiteral("SELECT data FROM blob_partial WHERE sha256 = ? ORDER BY chunk_no"), {sha});
            while (q.next())
                whole += q.value(0).toByteArray();
        }
        WriteTransaction tx(db);
        sql::exec(db, QStringLiteral("DELETE FROM blob_partial WHERE sha256 = ?"), {sha});
        if (whole.size() != info.size || BlobStore::sha256Hex(whole) != sha) {
            tx.commit();
            report.errors << tr("Berkas %1 dari hub tidak cocok dengan SHA-256-nya; diambil ulang pada sinkronisasi berikutnya.").arg(sha.left(12));
            continue;
        }
        sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO blob(sha256, size, mime, data, created_hlc) VALUES (?, ?, ?, ?, ?)"),
                  {sha, whole.size(), info.mime, whole, m_store.hlc().now()});
        tx.commit();
        ++report.blobsReceived;
    }
}

SyncReport SyncService::round(HubLog &log)
{
    const NodeIdentity node = m_store.node();
    SyncReport report;
    log.registerNode(node.officeCode, officeName(m_store.db()), node.nodeId, node.nodeCode);
    report.push = pushWith(log, 500);
    pullWith(log, report);
    report.numbersReserved = NumberReserve::topUp(m_store, log, QDateTime::fromMSecsSinceEpoch(m_store.clock()()).date().year());
    // What the pull sealed (and numbers voided) goes out in the same round.
    const PushReport more = pushWith(log, 500);
    report.push.pushed += more.pushed;
    report.push.batches += more.batches;
    report.push.pushedSeq = more.pushedSeq;
    pushBlobs(log, report);
    pullBlobs(log, report);
    auto head = sql::exec(m_store.db(), QStringLiteral("SELECT audit_seq, audit_head FROM node_state"));
    if (head.next())
        log.recordAuditHead(node.officeCode, node.nodeId, head.value(0).toLongLong(), head.value(1).toString());
    return report;
}

SyncReport SyncService::sync(const QString &uri)
{
    if (!m_store.node().initialized())
        throw Error::invalid(tr("Basis data ini belum disiapkan sebagai loket (init atau node join)."));
    SyncReport report;
    try {
        const HubAddress address = HubAddress::parse(hubUriOr(uri));
        HubConnection hub(address);
        HubLog log(hub);
        if (log.schemaVersion() < Migrator::latestVersion(QStringLiteral("postgres")))
            throw Error::invalid(tr("Skema hub perlu diperbarui: jalankan hub init --hub URL sebagai administrator."));
        if (!uri.trimmed().isEmpty()) {
            WriteTransaction tx(m_store.db());
            sql::exec(m_store.db(), QStringLiteral("UPDATE sync_state SET hub_uri = ?"), {address.uri()});
            tx.commit();
        }
        report = round(log);
    } catch (const Error &e) {
        recordAttempt(e.message());
        throw;
    }
    recordAttempt(report.errors.isEmpty() ? QString() : report.errors.first());
    return report;
}

JoinReport SyncService::join(const QString &uri, const QString &nodeCodeIn, const QString &officeCodeIn)
{
    if (m_store.node().initialized())
        throw Error::invalid(tr("Basis data ini sudah menjadi loket %1: bergabung hanya untuk basis data baru.").arg(m_store.node().nodeCode));
    const QString nodeCode = nodeCodeIn.trimmed().toUpper();
    if (!QRegularExpression(QStringLiteral("^L[0-9]{1,3}$")).match(nodeCode).hasMatch())
        throw Error::invalid(tr("Kode loket \"%1\" tidak sah: huruf L dan nomor loket, misalnya L2.").arg(nodeCodeIn.left(20)));
    const HubAddress address = HubAddress::parse(uri);
    HubConnection hub(address);
    HubLog log(hub);
    if (log.schemaVersion() < Migrator::latestVersion(QStringLiteral("postgres")))
        throw Error::invalid(tr("Hub ini belum disiapkan atau skemanya lama: jalankan hub init --hub URL di loket yang sudah berjalan."));
    QString officeCode = officeCodeIn.trimmed();
    const auto offices = log.offices();
    if (officeCode.isEmpty()) {
        if (offices.size() != 1)
            throw Error::invalid(offices.isEmpty() ? tr("Hub ini belum memuat data kantor mana pun: jalankan hub init di loket pertama.")
                                                   : tr("Hub ini melayani %1 kantor: sebutkan kantornya dengan --office KODE.").arg(offices.size()));
        officeCode = offices.first().first;
    }
    const auto office = std::find_if(offices.cbegin(), offices.cend(), [&](const auto &o) { return o.first == officeCode; });
    if (office == offices.cend() || office->second == 0)
        throw Error::notFound(tr("Kantor %1 belum memiliki data di hub ini.").arg(officeCode));
    if (!log.registeredNode(officeCode, nodeCode).isEmpty())
        throw Error::invalid(tr("Kode loket %1 sudah dipakai komputer lain di hub kantor %2. Pilih kode loket lain.").arg(nodeCode, officeCode));

    // The counter row the office made for this code (if any) becomes this PC's identity.
    const QString rowId = log.counterRowId(officeCode, nodeCode);
    const NodeIdentity identity{rowId.isEmpty() ? Uuid7::generate() : rowId, nodeCode, officeCode, false};
    log.registerNode(officeCode, QString(), identity.nodeId, identity.nodeCode);
    {
        ChangeSet changes(m_store, Actor::system());
        changes.adoptNode(identity);
        sql::exec(changes.db(), QStringLiteral("UPDATE sync_state SET hub_uri = ?"), {address.uri()});
        changes.audit(QStringLiteral("node.join"), QStringLiteral("node"), identity.nodeId,
                      QJsonObject{{QStringLiteral("office_code"), officeCode}, {QStringLiteral("node_code"), nodeCode},
                                  {QStringLiteral("hub"), address.uri()}});
        changes.commit();
    }
    JoinReport report{officeCode, nodeCode, identity.nodeId, {}};
    try {
        report.sync = round(log);
        if (rowId.isEmpty()) {
            ChangeSet changes(m_store, Actor::system());
            OfficeService::insertCounter(changes, {identity.nodeId, nodeCode, tr("Loket %1").arg(nodeCode.mid(1)), true});
            changes.commit();
            pushWith(log, 500);
        }
    } catch (const Error &e) {
        recordAttempt(e.message());
        throw;
    }
    recordAttempt({});
    return report;
}

QStringList SyncService::verifyAnchors(const QString &uri, int *anchors)
{
    const NodeIdentity node = m_store.node();
    HubConnection hub(HubAddress::parse(hubUriOr(uri)));
    HubLog log(hub);
    const QSqlDatabase db = m_store.db();
    QStringList findings;
    int checked = 0;
    for (const HubLog::AuditAnchor &a : log.auditAnchors(node.officeCode)) {
        const bool self = a.nodeId == node.nodeId;
        const qint64 held = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(node_seq), 0) FROM audit_log WHERE node_id = ?"), {a.nodeId})
                                .toLongLong();
        if (!self && held < a.seq)
            continue;   // not received that far yet
        ++checked;
        const QVariant hash = sql::scalar(db, QStringLiteral("SELECT hash FROM audit_log WHERE node_id = ? AND node_seq = ?"), {a.nodeId, a.seq});
        if (!hash.isValid())
            findings << tr("Entri audit nomor %1 loket %2 yang dicatat hub tidak ada di sini: riwayatnya dipotong, ditulis ulang, "
                           "atau basis data ini dipulihkan dari cadangan lama.").arg(a.seq).arg(a.nodeCode);
        else if (hash.toString() != a.head)
            findings << tr("Entri audit nomor %1 loket %2 berbeda dengan yang dicatat hub: riwayatnya ditulis ulang setelah "
                           "disinkronkan.").arg(a.seq).arg(a.nodeCode);
    }
    if (anchors)
        *anchors = checked;
    return findings;
}

int SyncService::openConflicts() const
{
    return sql::scalar(m_store.db(), QStringLiteral("SELECT COUNT(*) FROM sync_conflict WHERE settled_at IS NULL")).toInt();
}

void SyncService::recordAttempt(const QString &error)
{
    const QSqlDatabase db = m_store.db();
    WriteTransaction tx(db);
    if (error.isEmpty())
        sql::exec(db, QStringLiteral("UPDATE sync_state SET last_attempt_at = ?, last_ok_at = ?, last_error = ''"), {nowIso(), nowIso()});
    else
        sql::exec(db, QStringLiteral("UPDATE sync_state SET last_attempt_at = ?, last_error = ?"), {nowIso(), error.left(500)});
    tx.commit();
}

} // namespace loket
