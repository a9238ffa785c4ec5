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

} // namespace loket
