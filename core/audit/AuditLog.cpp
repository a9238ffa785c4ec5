#include "AuditLog.h"

#include "storage/Sql.h"
#include "storage/Uuid7.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace loket {

namespace {

const QString kGenesis = QString(64, u'0');
const QString kNoNode = QStringLiteral("-");

QString entryHash(const QString &prevHash, const QString &id, const QString &nodeId, qint64 nodeSeq, qint64 hlc,
                  const QString &at, const QString &userId, const QString &username, const QString &role,
                  const QString &nodeCode, const QString &action, const QString &entity,
                  const QString &entityId, const QString &details)
{
    // A JSON array is an unambiguous encoding of the fields: no separator can be forged.
    const QJsonArray fields{prevHash, id, nodeId, QString::number(nodeSeq), QString::number(hlc), at, userId,
                            username, role, nodeCode, action, entity, entityId, details};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

} // namespace

QString AuditLog::append(const QSqlDatabase &db, const NodeIdentity &node, qint64 hlc, const Actor &actor,
                         const QString &action, const QString &entity, const QString &entityId,
                         const QJsonObject &details)
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
                                   node.nodeCode, action, entity, entityId, detailText);
    sql::exec(db, QStringLiteral("INSERT INTO audit_log(id, node_id, node_seq, hlc, at, user_id, username, role, "
                                 "node_code, action, entity, entity_id, details, prev_hash, hash) "
                                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
              {id, nodeId, seq, hlc, at, actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId), actor.username,
               actor.role, node.nodeCode, action, entity, entityId, detailText, prev, hash});
    sql::exec(db, QStringLiteral("UPDATE node_state SET audit_seq = ?, audit_head = ?"), {seq, hash});
    return id;
}

AuditVerification AuditLog::verify(const QSqlDatabase &db)
{
    AuditVerification result;
    auto q = sql::exec(db, QStringLiteral(
        "SELECT id, node_id, node_seq, hlc, at, user_id, username, role, node_code, action, entity, entity_id, "
        "details, prev_hash, hash FROM audit_log ORDER BY node_id, node_seq"));
    QString currentNode;
    qint64 expectedSeq = 1;
    QString prevHash;
    auto fail = [&](const QString &entryId, const QString &nodeCode, qint64 seq, const QString &reason) {
        result.ok = false;
        result.badEntryId = entryId;
        result.nodeCode = nodeCode;
        result.badSeq = seq;
        result.reason = reason;
    };
    while (q.next()) {
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
            fail(QString(), nodeCode, expectedSeq,
                 tr("entri nomor %1 dari node %2 hilang (berikutnya yang ada: %3)").arg(expectedSeq).arg(nodeCode).arg(seq));
            return result;
        }
        const QString stored = q.value(14).toString();
        const QString recomputed = entryHash(q.value(13).toString(), id, nodeId, seq, q.value(3).toLongLong(),
                                             q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                                             q.value(7).toString(), nodeCode, q.value(9).toString(),
                                             q.value(10).toString(), q.value(11).toString(), q.value(12).toString());
        if (q.value(13).toString() != prevHash) {
            fail(id, nodeCode, seq, tr("entri %1 (nomor %2) tidak tersambung ke entri sebelumnya").arg(id).arg(seq));
            return result;
        }
        if (recomputed != stored) {
            fail(id, nodeCode, seq, tr("entri %1 (nomor %2) telah diubah").arg(id).arg(seq));
            return result;
        }
        prevHash = stored;
        ++expectedSeq;
        ++result.entries;
    }

    // Entries cut off the end of this node's own chain leave the recorded head behind.
    auto head = sql::exec(db, QStringLiteral("SELECT node_id, audit_seq, audit_head, node_code FROM node_state"));
    if (head.next() && head.value(1).toLongLong() > 0) {
        const QString nodeId = head.value(0).toString().isEmpty() ? kNoNode : head.value(0).toString();
        const qint64 headSeq = head.value(1).toLongLong();
        const QVariant last = sql::scalar(db, QStringLiteral("SELECT hash FROM audit_log WHERE node_id = ? AND node_seq = ?"),
                                          {nodeId, headSeq});
        if (!last.isValid()) {
            fail(QString(), head.value(3).toString(), headSeq,
                 tr("entri nomor %1 (yang terakhir dicatat) hilang").arg(headSeq));
        } else if (last.toString() != head.value(2).toString()) {
            fail(QString(), head.value(3).toString(), headSeq, tr("ujung rantai audit tidak cocok dengan entri nomor %1").arg(headSeq));
        }
    }
    return result;
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
