#include "BlobStore.h"

#include "Sql.h"
#include "common/Error.h"

#include <QCryptographicHash>

namespace loket {

QString BlobStore::sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString BlobStore::put(ChangeSet &changes, const QByteArray &data, const QString &mime)
{
    const QString hash = sha256Hex(data);
    // A blob emptied by a retention purge is filled again when the same content comes back.
    sql::exec(changes.db(), QStringLiteral("INSERT INTO blob(sha256, size, mime, data, created_hlc) "
                                           "VALUES (?, ?, ?, ?, (SELECT hlc_last FROM node_state)) "
                                           "ON CONFLICT(sha256) DO UPDATE SET data = excluded.data, size = excluded.size "
                                           "WHERE length(blob.data) = 0 AND excluded.size > 0"),
              {hash, data.size(), mime, data});
    return hash;
}

QByteArray BlobStore::get(const QSqlDatabase &db, const QString &sha256)
{
    const QVariant data = sql::scalar(db, QStringLiteral("SELECT data FROM blob WHERE sha256 = ?"), {sha256});
    if (!data.isValid())
        throw Error::storage(tr("Berkas %1 tidak ada di basis data.").arg(sha256));
    const QByteArray bytes = data.toByteArray();
    if (bytes.isEmpty() && sha256Hex(bytes) != sha256)
        throw Error::storage(tr("Berkas %1 sudah dihapus karena masa simpannya habis.").arg(sha256));
    if (sha256Hex(bytes) != sha256)
        throw Error::storage(tr("Berkas %1 rusak: isinya tidak cocok dengan hash-nya.").arg(sha256));
    return bytes;
}

bool BlobStore::contains(const QSqlDatabase &db, const QString &sha256)
{
    // A blob emptied by a retention purge is no longer there.
    return sql::scalar(db, QStringLiteral("SELECT 1 FROM blob WHERE sha256 = ? AND (length(data) > 0 OR sha256 = ?)"),
                       {sha256, sha256Hex({})}).isValid();
}

} // namespace loket
