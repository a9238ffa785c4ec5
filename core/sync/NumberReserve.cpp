#include "NumberReserve.h"

#include "HubConnection.h"
#include "HubLog.h"
#include "SyncService.h"
#include "common/Error.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <spdlog/spdlog.h>

namespace loket {

NumberReserve::NumberReserve(Store &store)
    : m_store(store)
{
}

int NumberReserve::freeCount(Store &store, const QString &registerKey, int year)
{
    return sql::scalar(store.db(), QStringLiteral("SELECT count(*) FROM number_reserve WHERE register_key = ? AND year = ? AND state = 'free'"),
                       {registerKey, year}).toInt();
}

void NumberReserve::prepare(const QString &registerKey, int year)
{
    const QString hub = SyncService::linkedHub(m_store.db());
    if (hub.isEmpty() || freeCount(m_store, registerKey, year) > 0)
        return;
    try {
        HubConnection connection(HubAddress::parse(hub), 3);
        HubLog log(connection);
        reserve(m_store, log, registerKey, year, kKeep);
    } catch (const Error &e) {
        // allocate() says what to do; the reason is in the log.
        spdlog::warn("no letter numbers from the hub for register {} {}: {}", registerKey.toStdString(), year, e.message().toStdString());
    }
}

AllocatedNumber NumberReserve::allocate(ChangeSet &changes, const QString &registerKey, int year)
{
    if (SyncService::linkedHub(changes.db()).isEmpty())
        return m_local.allocate(changes, registerKey, year);
    const QVariant seq = sql::scalar(changes.db(), QStringLiteral("SELECT MIN(seq) FROM number_reserve WHERE register_key = ? AND year = ? "
                                                                  "AND state = 'free'"),
                                     {registerKey, year});
    if (seq.isNull())
        throw Error::invalid(tr("Nomor surat cadangan register %1 tahun %2 di loket ini sudah habis dan hub tidak dapat dihubungi. "
                                "Sambungkan loket ini ke jaringan kantor lalu tandatangani lagi.").arg(registerKey).arg(year));
    sql::exec(changes.db(), QStringLiteral("UPDATE number_reserve SET state = 'used' WHERE register_key = ? AND year = ? AND seq = ?"),
              {registerKey, year, seq});
    return {registerKey, year, seq.toInt()};
}

void NumberReserve::reserve(Store &store, HubLog &log, const QString &registerKey, int year, int count)
{
    const QSqlDatabase db = store.db();
    const NodeIdentity node = store.node();
    // Numbers this counter has seen given (also before the office had a hub) are not handed out again.
    const int seen = sql::scalar(db, QStringLiteral("SELECT MAX(s) FROM (SELECT MAX(seq) AS s FROM letter_number WHERE register_key = ? AND year = ? "
                                                    "UNION ALL SELECT MAX(seq) FROM number_reserve WHERE register_key = ? AND year = ?)"),
                                 {registerKey, year, registerKey, year}).toInt();
    const QList<int> numbers = log.reserveNumbers(node.officeCode, node.nodeId, registerKey, year, count, seen + 1);
    WriteTransaction tx(db);
    for (int seq : numbers)
        sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO number_reserve(register_key, year, seq, state) VALUES (?, ?, ?, 'free')"),
                  {registerKey, year, seq});
    tx.commit();
}

int NumberReserve::topUp(Store &store, HubLog &log, int year)
{
    const QSqlDatabase db = store.db();
    const bool perCode = sql::scalar(db, QStringLiteral("SELECT number_registers FROM office WHERE deleted = 0 ORDER BY hlc LIMIT 1")).toString()
                         != QStringLiteral("office");
    QStringList registers;
    {
        auto q = sql::exec(db, QStringLiteral("SELECT DISTINCT classification_code FROM service_type WHERE active = 1 AND deleted = 0"));
        while (q.next()) {
            const QString key = NumberFormat::registerKey(perCode, q.value(0).toString());
            if (!registers.contains(key))
                registers << key;
        }
    }
    int reserved = 0;
    for (const QString &key : std::as_const(registers)) {
        const int missing = kKeep - freeCount(store, key, year);
        if (missing > 0) {
            reserve(store, log, key, year, missing);
            reserved += missing;
        }
    }

    // A past year's unused numbers: voided in the register, with the reason, for every counter.
    auto past = sql::exec(db, QStringLiteral("SELECT register_key, year, seq FROM number_reserve WHERE state = 'free' AND year < ?"), {year});
    if (!past.isEmpty()) {
        const QString format = sql::scalar(db, QStringLiteral("SELECT number_format FROM office WHERE deleted = 0 ORDER BY hlc LIMIT 1")).toString();
        const QString unit = sql::scalar(db, QStringLiteral("SELECT unit_code FROM office WHERE deleted = 0 ORDER BY hlc LIMIT 1")).toString();
        ChangeSet changes(store, Actor::system());
        while (past.next()) {
            const QString key = past.value(0).toString();
            const int y = past.value(1).toInt();
            const int seq = past.value(2).toInt();
            const bool code = key != QStringLiteral("UMUM") && key != QStringLiteral("KANTOR");
            const QString number = NumberFormat::format(format, {code ? key : QStringLiteral("000"), unit, y}, seq);
            changes.insert(QStringLiteral("letter_number"),
                           {{QStringLiteral("register_key"), key}, {QStringLiteral("year"), y}, {QStringLiteral("seq"), seq},
                            {QStringLiteral("number"), number}, {QStringLiteral("state"), QStringLiteral("voided")},
                            {QStringLiteral("reason"), tr("Nomor cadangan loket %1 tidak terpakai sampai akhir tahun %2.").arg(store.node().nodeCode).arg(y)},
                            {QStringLiteral("voided_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}},
                           QStringLiteral("letter.number_void"));
            sql::exec(changes.db(), QStringLiteral("UPDATE number_reserve SET state = 'voided' WHERE register_key = ? AND year = ? AND seq = ?"),
                      {key, y, seq});
        }
        changes.commit();
    }
    return reserved;
}

} // namespace loket
