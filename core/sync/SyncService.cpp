#include "SyncService.h"

#include "HubConnection.h"
#include "HubLog.h"
#include "auth/Session.h"
#include "common/Error.h"
#include "storage/Sql.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>

namespace loket {

namespace {

QString officeName(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT name FROM office WHERE deleted = 0 ORDER BY hlc LIMIT 1")).toString();
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

SyncService::SyncService(Store &store)
    : m_store(store)
{
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
    return s;
}

QString SyncService::hubUriOr(const QString &uri) const
{
    if (!uri.trimmed().isEmpty())
        return uri.trimmed();
    const QString remembered = status().hubUri;
    if (remembered.isEmpty())
        throw Error::invalid(tr("Loket ini belum terhubung ke hub: jalankan hub init --hub URL, atau sebutkan --hub URL."));
    return remembered;
}

HubLink SyncService::linkHub(const Session &session, const QString &uri)
{
    session.require(Role::Admin);
    const NodeIdentity node = m_store.node();
    if (!node.initialized())
        throw Error::invalid(tr("Basis data ini belum disiapkan sebagai loket (init)."));
    const HubAddress address = HubAddress::parse(uri);
    HubConnection hub(address);
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
    const NodeIdentity node = m_store.node();
    PushReport report;
    try {
        const HubAddress address = HubAddress::parse(hubUriOr(uri));
        HubConnection hub(address);
        HubLog log(hub);
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
    } catch (const Error &e) {
        recordAttempt(e.message());
        throw;
    }
    recordAttempt({});
    return report;
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
