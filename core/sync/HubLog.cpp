#include "HubLog.h"

#include "HubConnection.h"
#include "common/Error.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <algorithm>

namespace loket {

HubLog::HubLog(HubConnection &hub)
    : m_hub(hub)
{
}

int HubLog::init()
{
    return Migrator::migrate(m_hub.db());
}

int HubLog::schemaVersion() const
{
    return Migrator::currentVersion(m_hub.db());
}

void HubLog::registerNode(const QString &officeCode, const QString &officeName, const QString &nodeId, const QString &nodeCode)
{
    const QSqlDatabase db = m_hub.db();
    WriteTransaction tx(db);
    sql::exec(db, QStringLiteral("INSERT INTO hub_office (office_code, name) VALUES (?, ?) ON CONFLICT (office_code) DO NOTHING"),
              {officeCode, officeName});
    auto q = sql::exec(db, QStringLiteral("SELECT node_id FROM hub_node WHERE office_code = ? AND node_code = ?"), {officeCode, nodeCode});
    if (q.next()) {
        if (q.value(0).toString() != nodeId)
            throw Error::invalid(tr("Kode loket %1 sudah dipakai komputer lain di hub kantor %2. Pilih kode loket lain.")
                                     .arg(nodeCode, officeCode));
        tx.commit();   // already registered
        return;
    }
    sql::exec(db, QStringLiteral("INSERT INTO hub_node (office_code, node_id, node_code) VALUES (?, ?, ?)"), {officeCode, nodeId, nodeCode});
    tx.commit();
}

qint64 HubLog::pushedSeq(const QString &officeCode, const QString &nodeId) const
{
    return sql::scalar(m_hub.db(), QStringLiteral("SELECT pushed_seq FROM hub_node WHERE office_code = ? AND node_id = ?"),
                       {officeCode, nodeId})
        .toLongLong();
}

PushOutcome HubLog::push(const QString &officeCode, const QString &nodeId, QList<OutgoingChange> changes)
{
    std::sort(changes.begin(), changes.end(), [](const OutgoingChange &a, const OutgoingChange &b) { return a.localSeq < b.localSeq; });
    const QSqlDatabase db = m_hub.db();
    WriteTransaction tx(db);
    // The office row's lock orders every push of the office: numbers are taken and committed in turn.
    auto office = sql::exec(db, QStringLiteral("SELECT last_seq FROM hub_office WHERE office_code = ? FOR UPDATE"), {officeCode});
    if (!office.next())
        throw Error::notFound(tr("Kantor %1 belum terdaftar di hub.").arg(officeCode));
    qint64 lastSeq = office.value(0).toLongLong();
    auto node = sql::exec(db, QStringLiteral("SELECT pushed_seq FROM hub_node WHERE office_code = ? AND node_id = ? FOR UPDATE"),
                          {officeCode, nodeId});
    if (!node.next())
        throw Error::notFound(tr("Loket ini belum terdaftar di hub kantor %1.").arg(officeCode));
    const qint64 held = node.value(0).toLongLong();

    PushOutcome out;
    out.pushedSeq = held;
    for (const OutgoingChange &c : std::as_const(changes)) {
        if (c.localSeq <= held) {
            // Sent before: it must be the very change the hub holds, or this node's history went back.
            auto same = sql::exec(db, QStringLiteral("SELECT entity_id, op, hlc, payload FROM hub_change "
                                                     "WHERE office_code = ? AND node_id = ? AND local_seq = ?"),
                                  {officeCode, nodeId, c.localSeq});
            if (!same.next() || same.value(0).toString() != c.entityId || same.value(1).toString() != c.op
                || same.value(2).toLongLong() != c.hlc || same.value(3).toString() != c.payload)
                throw Error::invalid(tr("Urutan perubahan loket ini mundur: perubahan nomor %1 berbeda dengan yang sudah diterima hub. "
                                        "Basis data loket ini mungkin dipulihkan dari cadangan lama atau disalin dari komputer lain; "
                                        "loket ini harus bergabung ulang.")
                                         .arg(c.localSeq));
            ++out.alreadyThere;
            continue;
        }
        if (c.localSeq <= out.pushedSeq)
            throw Error::invalid(tr("Perubahan nomor %1 dikirim dua kali dalam satu kiriman.").arg(c.localSeq));
        sql::exec(db, QStringLiteral("INSERT INTO hub_change (office_code, server_seq, node_id, local_seq, entity, entity_id, op, payload, hlc) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {officeCode, ++lastSeq, nodeId, c.localSeq, c.entity, c.entityId, c.op, c.payload, c.hlc});
        out.pushedSeq = c.localSeq;
        ++out.accepted;
    }
    if (out.accepted > 0) {
        sql::exec(db, QStringLiteral("UPDATE hub_office SET last_seq = ? WHERE office_code = ?"), {lastSeq, officeCode});
        sql::exec(db, QStringLiteral("UPDATE hub_node SET pushed_seq = ?, last_push_at = now() WHERE office_code = ? AND node_id = ?"),
                  {out.pushedSeq, officeCode, nodeId});
    }
    if (m_beforeCommit)
        m_beforeCommit();
    tx.commit();
    return out;
}

QList<HubChange> HubLog::pull(const QString &officeCode, qint64 afterSeq, int limit) const
{
    QList<HubChange> out;
    auto q = sql::exec(m_hub.db(), QStringLiteral("SELECT server_seq, node_id, local_seq, entity, entity_id, op, payload, hlc FROM hub_change "
                                                  "WHERE office_code = ? AND server_seq > ? ORDER BY server_seq LIMIT ?"),
                       {officeCode, afterSeq, qBound(1, limit, 10000)});
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong()});
    return out;
}

QList<QPair<QString, qint64>> HubLog::offices() const
{
    QList<QPair<QString, qint64>> out;
    auto q = sql::exec(m_hub.db(), QStringLiteral("SELECT office_code, last_seq FROM hub_office ORDER BY office_code"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

QString HubLog::registeredNode(const QString &officeCode, const QString &nodeCode) const
{
    return sql::scalar(m_hub.db(), QStringLiteral("SELECT node_id FROM hub_node WHERE office_code = ? AND node_code = ?"),
                       {officeCode, nodeCode}).toString();
}

QString HubLog::counterRowId(const QString &officeCode, const QString &nodeCode) const
{
    return sql::scalar(m_hub.db(), QStringLiteral("SELECT entity_id FROM hub_change WHERE office_code = ? AND entity = 'node' "
                                                  "AND op = 'upsert' AND payload::jsonb ->> 'code' = ? ORDER BY server_seq LIMIT 1"),
                       {officeCode, nodeCode}).toString();
}

void HubLog::recordAuditHead(const QString &officeCode, const QString &nodeId, qint64 seq, const QString &head)
{
    sql::exec(m_hub.db(), QStringLiteral("UPDATE hub_node SET audit_seq = ?, audit_head = ? WHERE office_code = ? AND node_id = ? "
                                         "AND audit_seq <= ?"),
              {seq, head, officeCode, nodeId, seq});
}

QPair<qint64, QString> HubLog::auditHead(const QString &officeCode, const QString &nodeId) const
{
    auto q = sql::exec(m_hub.db(), QStringLiteral("SELECT audit_seq, audit_head FROM hub_node WHERE office_code = ? AND node_id = ?"),
                       {officeCode, nodeId});
    return q.next() ? QPair<qint64, QString>{q.value(0).toLongLong(), q.value(1).toString()} : QPair<qint64, QString>{0, {}};
}

QList<HubLog::AuditAnchor> HubLog::auditAnchors(const QString &officeCode) const
{
    QList<AuditAnchor> out;
    auto q = sql::exec(m_hub.db(), QStringLiteral("SELECT node_id, node_code, audit_seq, audit_head FROM hub_node WHERE office_code = ? "
                                                  "AND audit_seq > 0 ORDER BY node_code"),
                       {officeCode});
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
    return out;
}

QStringList HubLog::missingBlobs(const QString &officeCode, const QStringList &hashes) const
{
    if (hashes.isEmpty())
        return {};
    QStringList have;
    auto q = sql::exec(m_hub.db(), QStringLiteral("SELECT sha256 FROM hub_blob WHERE office_code = ? AND complete "
                                                  "AND sha256 = ANY(string_to_array(?, ','))"),
                       {officeCode, hashes.join(u',')});
    while (q.next())
        have << q.value(0).toString();
    QStringList missing;
    for (const QString &h : hashes)
        if (!have.contains(h))
            missing << h;
    return missing;
}

QList<int> HubLog::blobChunks(const QString &officeCode, const QString &sha256) const
{
    QList<int> out;
    auto q = sql::exec(m_hub.db(), QStringLiteral("SELECT chunk_no FROM hub_blob_chunk WHERE office_code = ? AND sha256 = ? ORDER BY chunk_no"),
                       {officeCode, sha256});
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

void HubLog::putBlobChunk(const QString &officeCode, const QString &sha256, qint64 size, const QString &mime, int chunkNo,
                          const QByteArray &data)
{
    const QSqlDatabase db = m_hub.db();
    WriteTransaction tx(db);
    const int chunks = int(qMax<qint64>(1, (size + kChunkSize - 1) / kChunkSize));
    sql::exec(db, QStringLiteral("INSERT INTO hub_blob (office_code, sha256, size, mime, chunks) VALUES (?, ?, ?, ?, ?) "
                                 "ON CONFLICT (office_code, sha256) DO NOTHING"),
              {officeCode, sha256, size, mime, chunks});
    sql::exec(db, QStringLiteral("INSERT INTO hub_blob_chunk (office_code, sha256, chunk_no, data) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT DO NOTHING"),
              {officeCode, sha256, chunkNo, data});
    tx.commit();
}

void HubLog::completeBlob(const QString &officeCode, const QString &sha256)
{
    const QSqlDatabase db = m_hub.db();
    WriteTransaction tx(db);
    auto q = sql::exec(db, QStringLiteral("SELECT encode(sha256(string_agg(c.data, ''::bytea ORDER BY c.chunk_no)), 'hex'), "
                                          "count(*), b.chunks, COALESCE(sum(length(c.data)), 0), b.size FROM hub_blob b "
                                          "LEFT JOIN hub_blob_chunk c USING (office_code, sha256) "
                                          "WHERE b.office_code = ? AND b.sha256 = ? GROUP BY b.chunks, b.size"),
                       {officeCode, sha256});
    if (!q.next())
        throw Error::notFound(tr("Berkas %1 belum dikirim ke hub.").arg(sha256.left(12)));
    const bool whole = q.value(1).toInt() == q.value(2).toInt() && q.value(3).toLongLong() == q.value(4).toLongLong();
    if (!whole)
        throw Error::invalid(tr("Berkas %1 belum lengkap di hub.").arg(sha256.left(12)));
    if (q.value(0).toString() != sha256) {
        sql::exec(db, QStringLiteral("DELETE FROM hub_blob WHERE office_code = ? AND sha256 = ?"), {officeCode, sha256});
        tx.commit();
        throw Error::invalid(tr("Berkas %1 rusak dalam pengiriman (SHA-256 tidak cocok) dan dikirim ulang pada sinkronisasi berikutnya.")
                                 .arg(sha256.left(12)));
    }
    sql::exec(db, QStringLiteral("UPDATE hub_blob SET complete = true WHERE office_code = ? AND sha256 = ?"), {officeCode, sha256});
    tx.commit();
}

HubLog::BlobInfo HubLog::blobInfo(const QString &officeCode, const QString &sha256) const
{
    BlobInfo info;
    auto q = sql::exec(m_hub.db(), QStringLiteral("SELECT size, mime, chunks FROM hub_blob WHERE office_code = ? AND sha256 = ? AND complete"),
                       {officeCode, sha256});
    if (q.next())
        info = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()};
    return info;
}

QByteArray HubLog::blobChunk(const QString &officeCode, const QString &sha256, int chunkNo) const
{
    auto q = sql::exec(m_hub.db(), QStringLiteral("SELECT data FROM hub_blob_chunk WHERE office_code = ? AND sha256 = ? AND chunk_no = ?"),
                       {officeCode, sha256, chunkNo});
    if (!q.next())
        throw Error::notFound(tr("Bagian %1 berkas %2 tidak ada di hub.").arg(chunkNo).arg(sha256.left(12)));
    return q.value(0).toByteArray();
}

QList<int> HubLog::reserveNumbers(const QString &officeCode, const QString &nodeId, const QString &registerKey, int year, int count,
                                  int atLeast)
{
    const QSqlDatabase db = m_hub.db();
    WriteTransaction tx(db);
    sql::exec(db, QStringLiteral("INSERT INTO hub_number_register (office_code, register_key, year) VALUES (?, ?, ?) "
                                 "ON CONFLICT DO NOTHING"),
              {officeCode, registerKey, year});
    // The register's row lock: two counters reserving at once take numbers in turn.
    const int next = qMax(atLeast, sql::scalar(db, QStringLiteral("SELECT next_seq FROM hub_number_register WHERE office_code = ? "
                                                                  "AND register_key = ? AND year = ? FOR UPDATE"),
                                               {officeCode, registerKey, year}).toInt());
    QList<int> out;
    for (int seq = next; seq < next + count; ++seq) {
        sql::exec(db, QStringLiteral("INSERT INTO hub_number_reserved (office_code, register_key, year, seq, node_id) VALUES (?, ?, ?, ?, ?)"),
                  {officeCode, registerKey, year, seq, nodeId});
        out << seq;
    }
    sql::exec(db, QStringLiteral("UPDATE hub_number_register SET next_seq = ? WHERE office_code = ? AND register_key = ? AND year = ?"),
              {next + count, officeCode, registerKey, year});
    tx.commit();
    return out;
}

} // namespace loket
