#include "AuditLog.h"

#include "auth/Session.h"
#include "common/Error.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"
#include "storage/Uuid7.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace loket {

namespace {

const QString kGenesis = QString(64, u'0');
const QString kNoNode = QStringLiteral("-");

// True when s is written by Qt's JSON writer as itself between quotes, with only '"' and '\\'
// escaped: no control characters (escaped as \\n, \\u001f ...) and no surrogates.
bool plainJsonText(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.isSurrogate())
            return false;
    }
    return true;
}

QString entryHash(const QString &prevHash, const QString &id, const QString &nodeId, qint64 nodeSeq, qint64 hlc,
                  const QString &at, const QString &userId, const QString &username, const QString &role,
                  const QString &nodeCode, const QString &action, const QString &entity,
                  const QString &entityId, const QString &details, const QString &rowSha256)
{
    // A JSON array is an unambiguous encoding of the fields: no separator can be forged.
    QStringList fields{prevHash, id, nodeId, QString::number(nodeSeq), QString::number(hlc), at, userId,
                       username, role, nodeCode, action, entity, entityId, details};
    // Only entries that wrote a protected row carry a row hash; the others (and every entry
    // written before row hashes existed) hash exactly as they always did. The array's length
    // keeps the two forms apart.
    if (!rowSha256.isEmpty())
        fields.append(rowSha256);
    // The bytes are those of QJsonDocument's compact form, which the first entries were hashed
    // over. Written by hand when that is simple (audit verify hashes every entry; Qt's writer is
    // several times slower); any text with control characters or surrogates goes through Qt.
    QString text = QStringLiteral("[");
    for (const QString &f : std::as_const(fields)) {
        if (!plainJsonText(f)) {
            return QString::fromLatin1(QCryptographicHash::hash(
                QJsonDocument(QJsonArray::fromStringList(fields)).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
        }
        if (text.size() > 1)
            text += u',';
        text += u'"';
        if (f.contains(u'"') || f.contains(u'\\')) {
            for (const QChar c : f) {
                if (c == u'"' || c == u'\\')
                    text += u'\\';
                text += c;
            }
        } else {
            text += f;
        }
        text += u'"';
    }
    text += u']';
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Read-only streaming over a result too big to hold (see sql::forEach): callers only read.
template <typename RowFn>
void forEachRow(const QSqlDatabase &db, const QString &statement, const QVariantList &values, RowFn &&onRow)
{
    sql::forEach(db, statement, values, [&](const QSqlQuery &q) {
        onRow(q);
        return true;
    });
}

void appendJsonString(QString &out, const QString &s)
{
    out += u'"';
    const bool plain = std::none_of(s.cbegin(), s.cend(), [](QChar c) { return c == u'"' || c == u'\\' || c.unicode() < 0x20; });
    if (plain) {
        out += s;
    } else {
        for (const QChar c : s) {
            if (c == u'"' || c == u'\\') {
                out += u'\\';
                out += c;
            } else if (c.unicode() < 0x20) {
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
    }
    out += u'"';
}

void appendJsonValue(QString &out, const QVariant &v)
{
    if (v.isNull()) {
        out += QStringLiteral("null");
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        // Written by hand: a JSON library's doubles would round an HLC (more than 53 bits).
        out += QString::number(v.toLongLong());
        return;
    case QMetaType::Double:
        out += QString::number(v.toDouble(), 'g', 17);
        return;
    case QMetaType::QByteArray:
        out += QStringLiteral("{\"base64\":\"") + QString::fromLatin1(v.toByteArray().toBase64()) + QStringLiteral("\"}");
        return;
    default:
        appendJsonString(out, v.toString());
    }
}

// Columns holding NULL are left out, so a column a later migration adds (NULL in existing rows)
// does not change the hash of every row; NULL and '' still differ (absent against present).
QString canonicalSha256(const QStringList &sortedColumns, const QVariantList &values)
{
    QString text = QStringLiteral("[");
    for (int i = 0; i < sortedColumns.size(); ++i) {
        if (values.at(i).isNull())
            continue;
        if (text.size() > 1)
            text += u',';
        text += u'[';
        appendJsonString(text, sortedColumns.at(i));
        text += u',';
        appendJsonValue(text, values.at(i));
        text += u']';
    }
    text += u']';
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// The columns of a protected table as the canonical form orders them.
QStringList sortedColumns(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    forEachRow(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table},
               [&](const auto &row) { columns << row.value(0).toString(); });
    columns.sort();
    return columns;
}

} // namespace

const QStringList &AuditLog::protectedTables()
{
    // One line per table.
    static const QStringList tables{
        QStringLiteral("request"),
        QStringLiteral("request_event"),
        QStringLiteral("letter"),
        QStringLiteral("letter_number"),
        QStringLiteral("letter_revocation"),
    };
    return tables;
}

bool AuditLog::isProtected(const QString &table)
{
    return protectedTables().contains(table);
}

QString AuditLog::rowSha256(const QVariantMap &row)
{
    // QVariantMap iterates in key order, which is the canonical column order.
    return canonicalSha256(row.keys(), row.values());
}

QString AuditLog::recordedRowSha256(const QSqlDatabase &db, const QString &table, const QString &id)
{
    return sql::scalar(db, QStringLiteral("SELECT row_sha256 FROM audit_log WHERE entity = ? AND entity_id = ? "
                                          "AND row_sha256 IS NOT NULL ORDER BY hlc DESC, node_id DESC LIMIT 1"),
                       {table, id}).toString();
}

QString AuditLog::append(const QSqlDatabase &db, const NodeIdentity &node, qint64 hlc, const Actor &actor,
                         const QString &action, const QString &entity, const QString &entityId,
                         const QJsonObject &details, const QString &rowSha256)
{
    auto head = sql::exec(db, QStringLiteral("SELECT audit_seq, audit_head FROM node_state"));
    head.next();
    const qint64 seq = head.value(0).toLongLong() + 1;
    const QString prev = seq == 1 ? kGenesis : head.value(1).toString();

    const QString id = Uuid7::generate();
    const QString nodeId = node.nodeId.isEmpty() ? kNoNode : node.nodeId;
    const QString at = QDateTime::fromMSecsSinceEpoch(Hlc::physical(hlc), Qt::UTC).toString(Qt::ISODateWithMs);
    const QString detailText = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    const QString hash = entryHash(prev, id, nodeId, seq, hlc, at, actor.userId, actor.username, actor.role,
                                   node.nodeCode, action, entity, entityId, detailText, rowSha256);
    sql::exec(db, QStringLiteral("INSERT INTO audit_log(id, node_id, node_seq, hlc, at, user_id, username, role, "
                                 "node_code, action, entity, entity_id, details, prev_hash, hash, row_sha256) "
                                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
              {id, nodeId, seq, hlc, at, actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId), actor.username,
               actor.role, node.nodeCode, action, entity, entityId, detailText, prev, hash,
               rowSha256.isEmpty() ? QVariant() : QVariant(rowSha256)});
    sql::exec(db, QStringLiteral("UPDATE node_state SET audit_seq = ?, audit_head = ?"), {seq, hash});
    return id;
}

namespace {

class Verifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    Verifier(const QSqlDatabase &db, AuditVerification &result)
        : m_db(db)
        , m_result(result)
    {
    }

    void verifyChain();
    void verifyRows(const QString &table);

private:
    void add(AuditFinding finding)
    {
        m_result.ok = false;
        ++m_result.findingCount;
        if (m_result.findings.size() < AuditVerification::kMaxFindings)
            m_result.findings.append(std::move(finding));
    }
    void chainFault(const QString &entryId, const QString &nodeCode, qint64 seq, const QString &reason)
    {
        m_result.badEntryId = entryId;
        m_result.nodeCode = nodeCode;
        m_result.badSeq = seq;
        m_result.reason = reason;
        add({QStringLiteral("chain"), QStringLiteral("audit_log"), entryId, entryId, nodeCode, seq, reason});
    }

    QSqlDatabase m_db;
    AuditVerification &m_result;
};

void Verifier::verifyChain()
{
    QString currentNode;
    qint64 expectedSeq = 1;
    QString prevHash;
    bool broken = false;
    forEachRow(m_db, QStringLiteral(
        "SELECT id, node_id, node_seq, hlc, at, user_id, username, role, node_code, action, entity, entity_id, "
        "details, prev_hash, hash, row_sha256 FROM audit_log ORDER BY node_id, node_seq"), {},
        [&](const auto &q) {
            if (broken)
                return;   // the first fault is the one reported; what follows it cannot be trusted
            const QString id = q.value(0).toString();
            const QString nodeId = q.value(1).toString();
            const qint64 seq = q.value(2).toLongLong();
            const QString nodeCode = q.value(8).toString();
            if (nodeId != currentNode) {
                currentNode = nodeId;
                expectedSeq = 1;
                prevHash = kGenesis;
            }
            if (seq != expectedSeq) {
                chainFault(QString(), nodeCode, expectedSeq,
                           tr("entri nomor %1 dari node %2 hilang (berikutnya yang ada: %3)").arg(expectedSeq).arg(nodeCode).arg(seq));
                broken = true;
                return;
            }
            const QString stored = q.value(14).toString();
            const QString recomputed = entryHash(q.value(13).toString(), id, nodeId, seq, q.value(3).toLongLong(),
                                                 q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                                                 q.value(7).toString(), nodeCode, q.value(9).toString(),
                                                 q.value(10).toString(), q.value(11).toString(), q.value(12).toString(),
                                                 q.value(15).toString());
            if (q.value(13).toString() != prevHash) {
                chainFault(id, nodeCode, seq, tr("entri %1 (nomor %2) tidak tersambung ke entri sebelumnya").arg(id).arg(seq));
                broken = true;
                return;
            }
            if (recomputed != stored) {
                chainFault(id, nodeCode, seq, tr("entri %1 (nomor %2) telah diubah").arg(id).arg(seq));
                broken = true;
                return;
            }
            if (q.value(9).toString() == AuditLog::kTamperFound) {
                // A row found changed behind Loket's back when it was next written: the write that
                // followed recorded its new hash, so only this entry still tells.
                add({QStringLiteral("changed"), q.value(10).toString(), q.value(11).toString(), id, nodeCode, seq,
                     tr("baris %1 %2 diubah di luar aplikasi; ketahuan saat baris itu ditulis lagi (entri audit %3, "
                        "loket %4, nomor %5)").arg(q.value(10).toString(), q.value(11).toString(), id, nodeCode).arg(seq)});
            }
            prevHash = stored;
            ++expectedSeq;
            ++m_result.entries;
        });
    if (broken)
        return;

    // Entries cut off the end of this node's own chain leave the recorded head behind.
    auto head = sql::exec(m_db, QStringLiteral("SELECT node_id, audit_seq, audit_head, node_code FROM node_state"));
    if (head.next() && head.value(1).toLongLong() > 0) {
        const QString nodeId = head.value(0).toString().isEmpty() ? kNoNode : head.value(0).toString();
        const qint64 headSeq = head.value(1).toLongLong();
        const QVariant last = sql::scalar(m_db, QStringLiteral("SELECT hash FROM audit_log WHERE node_id = ? AND node_seq = ?"),
                                          {nodeId, headSeq});
        if (!last.isValid()) {
            chainFault(QString(), head.value(3).toString(), headSeq,
                       tr("entri nomor %1 (yang terakhir dicatat) hilang").arg(headSeq));
        } else if (last.toString() != head.value(2).toString()) {
            chainFault(QString(), head.value(3).toString(), headSeq,
                       tr("ujung rantai audit tidak cocok dengan entri nomor %1").arg(headSeq));
        }
    }
}

void Verifier::verifyRows(const QString &table)
{
    const QStringList columns = sortedColumns(m_db, table);
    const int idColumn = int(columns.indexOf(QStringLiteral("id")));
    if (columns.isEmpty() || idColumn < 0)
        return;   // a protected table this schema does not have yet
    QStringList selected;
    for (const QString &c : columns)
        selected << QStringLiteral("t.") + c;
    const int n = int(columns.size());

    // Each row with the hash and rowid of the last hashed entry that wrote it, both read from the
    // partial index audit_log_row alone; for a row with none, whether any older entry names it.
    const QString lastHashed = QStringLiteral("(SELECT x.%1 FROM audit_log x WHERE x.entity = ? AND x.entity_id = t.id "
                                              "AND x.row_sha256 IS NOT NULL ORDER BY x.hlc DESC, x.node_id DESC LIMIT 1)");
    forEachRow(m_db, QStringLiteral(
        "SELECT %1, %2, %3, "
        "EXISTS (SELECT 1 FROM audit_log o WHERE o.entity = ? AND o.entity_id = t.id) FROM %4 t")
        .arg(selected.join(u','), lastHashed.arg(QStringLiteral("row_sha256")), lastHashed.arg(QStringLiteral("rowid")), table),
        {table, table, table},
        [&](const auto &q) {
            ++m_result.rowsChecked;
            QVariantList values;
            values.reserve(n);
            for (int i = 0; i < n; ++i)
                values << q.value(i);
            const QString id = values.at(idColumn).toString();
            const QString recorded = q.value(n).toString();
            if (recorded.isEmpty()) {
                if (q.value(n + 2).toBool())
                    add({QStringLiteral("unsealed"), table, id, QString(), QString(), 0,
                         tr("baris %1 %2 dicatat sebelum audit menyimpan isi baris, sehingga perubahannya tidak dapat "
                            "diperiksa; jalankan \"audit seal\"").arg(table, id)});
                else
                    add({QStringLiteral("added"), table, id, QString(), QString(), 0,
                         tr("baris %1 %2 tidak tercatat di audit: ditambahkan di luar aplikasi").arg(table, id)});
                return;
            }
            if (canonicalSha256(columns, values) != recorded) {
                // Rare: only now is the entry itself read, to name it.
                auto entry = sql::exec(m_db, QStringLiteral("SELECT id, node_code, node_seq FROM audit_log WHERE rowid = ?"),
                                       {q.value(n + 1)});
                entry.next();
                const QString entryId = entry.value(0).toString();
                const QString nodeCode = entry.value(1).toString();
                const qint64 seq = entry.value(2).toLongLong();
                add({QStringLiteral("changed"), table, id, entryId, nodeCode, seq,
                     tr("baris %1 %2 diubah di luar aplikasi: isinya tidak cocok dengan entri audit %3 (loket %4, nomor %5)")
                         .arg(table, id, entryId, nodeCode).arg(seq)});
            }
        });

    // Rows the audit names that are no longer there (nothing shared is ever hard-deleted). Any
    // entry counts, so a row written before row hashes existed cannot vanish unseen either. The
    // ids come from the index alone; only a missing row's last entry is read from the log.
    forEachRow(m_db, QStringLiteral(
        "SELECT m.entity_id, a.id, a.node_code, a.node_seq FROM "
        "(SELECT DISTINCT entity_id FROM audit_log WHERE entity = ? AND entity_id <> '') m "
        "JOIN audit_log a ON a.rowid = (SELECT x.rowid FROM audit_log x WHERE x.entity = ? AND x.entity_id = m.entity_id "
        "ORDER BY x.hlc DESC LIMIT 1) "
        "WHERE NOT EXISTS (SELECT 1 FROM %1 t WHERE t.id = m.entity_id)").arg(table), {table, table},
        [&](const auto &q) {
            const QString id = q.value(0).toString();
            const QString entryId = q.value(1).toString();
            const QString nodeCode = q.value(2).toString();
            const qint64 seq = q.value(3).toLongLong();
            add({QStringLiteral("removed"), table, id, entryId, nodeCode, seq,
                 tr("baris %1 %2 hilang: entri audit %3 (loket %4, nomor %5) mencatatnya").arg(table, id, entryId, nodeCode).arg(seq)});
        });
}

} // namespace

AuditVerification AuditLog::verify(const QSqlDatabase &db)
{
    AuditVerification result;
    Verifier verifier(db, result);
    verifier.verifyChain();
    for (const QString &table : protectedTables())
        verifier.verifyRows(table);
    return result;
}

qint64 AuditLog::seal(Store &store, const Session &session)
{
    const Actor actor = session.require(Role::Admin);
    qint64 sealed = 0;
    for (const QString &table : protectedTables()) {
        if (sortedColumns(store.db(), table).isEmpty())
            continue;
        // Small transactions: counters keep working while a large database is sealed.
        for (;;) {
            ChangeSet changes(store, actor);
            QStringList ids;
            {
                // Read to the end and closed before the first write.
                auto q = sql::exec(changes.db(), QStringLiteral(
                    "SELECT t.id FROM %1 t WHERE NOT EXISTS (SELECT 1 FROM audit_log x WHERE x.entity = ? AND "
                    "x.entity_id = t.id AND x.row_sha256 IS NOT NULL) AND EXISTS (SELECT 1 FROM audit_log o "
                    "WHERE o.entity = ? AND o.entity_id = t.id) LIMIT 500").arg(table), {table, table});
                while (q.next())
                    ids << q.value(0).toString();
            }
            if (ids.isEmpty())
                break;
            for (const QString &id : std::as_const(ids))
                changes.sealRow(table, id, QStringLiteral("audit.seal"));
            changes.commit();
            sealed += ids.size();
        }
    }
    return sealed;
}

QList<AuditEntry> AuditLog::recent(const QSqlDatabase &db, int limit)
{
    QList<AuditEntry> out;
    auto q = sql::exec(db, QStringLiteral("SELECT id, node_code, node_seq, hlc, at, username, role, action, entity, "
                                          "entity_id, details FROM audit_log ORDER BY hlc DESC LIMIT ?"), {limit});
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                    q.value(8).toString(), q.value(9).toString(), q.value(10).toString()});
    }
    return out;
}

} // namespace loket
