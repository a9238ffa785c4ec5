#include "BackupManifest.h"

#include "common/Error.h"

#include <QDir>
#include <QJsonArray>

namespace loket {

namespace {

QJsonObject object(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    if (!v.isObject())
        throw Error::invalid(QCoreApplication::translate("BackupManifest", "manifest.json tidak berisi bagian \"%1\".").arg(key));
    return v.toObject();
}

qint64 number(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    if (!v.isDouble() || v.toDouble() < 0)
        throw Error::invalid(QCoreApplication::translate("BackupManifest", "manifest.json tidak berisi angka \"%1\".").arg(key));
    return qint64(v.toDouble());
}

QString text(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    if (!v.isString())
        throw Error::invalid(QCoreApplication::translate("BackupManifest", "manifest.json tidak berisi teks \"%1\".").arg(key));
    return v.toString();
}

} // namespace

QJsonObject BackupManifest::toJson() const
{
    return {{QStringLiteral("format"), kFormat},
            {QStringLiteral("format_version"), formatVersion},
            {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("schema_version"), schemaVersion},
            {QStringLiteral("node"), QJsonObject{{QStringLiteral("id"), nodeId},
                                                 {QStringLiteral("code"), nodeCode},
                                                 {QStringLiteral("office_code"), officeCode}}},
            {QStringLiteral("database"), QJsonObject{{QStringLiteral("file"), kDatabaseFile},
                                                     {QStringLiteral("bytes"), dbBytes},
                                                     {QStringLiteral("sha256"), dbSha256},
                                                     {QStringLiteral("pages"), pages},
                                                     {QStringLiteral("page_size"), pageSize},
                                                     {QStringLiteral("quick_check"), quickCheck}}},
            {QStringLiteral("blobs"), QJsonObject{{QStringLiteral("count"), blobCount},
                                                  {QStringLiteral("bytes"), blobBytes},
                                                  {QStringLiteral("purged"), blobsPurged}}},
            {QStringLiteral("rows"), QJsonObject{{QStringLiteral("request"), requests},
                                                 {QStringLiteral("request_event"), requestEvents},
                                                 {QStringLiteral("resident"), residents},
                                                 {QStringLiteral("document"), documents},
                                                 {QStringLiteral("audit_log"), auditEntries}}}};
}

BackupManifest BackupManifest::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != kFormat)
        throw Error::invalid(QCoreApplication::translate("BackupManifest", "manifest.json bukan manifest cadangan Loket (format bukan \"%1\").").arg(kFormat));
    BackupManifest m;
    m.formatVersion = int(number(json, QStringLiteral("format_version")));
    if (m.formatVersion > kFormatVersion)
        throw Error::invalid(QCoreApplication::translate("BackupManifest", "Cadangan memakai format versi %1; Loket ini mengenal sampai versi %2. Perbarui Loket.")
                                 .arg(m.formatVersion).arg(kFormatVersion));
    m.createdAt = QDateTime::fromString(text(json, QStringLiteral("created_at")), Qt::ISODate);
    if (!m.createdAt.isValid())
        throw Error::invalid(QCoreApplication::translate("BackupManifest", "manifest.json: waktu pembuatan tidak sah."));
    m.schemaVersion = int(number(json, QStringLiteral("schema_version")));
    const QJsonObject node = object(json, QStringLiteral("node"));
    m.nodeId = node.value(QStringLiteral("id")).toString();
    m.nodeCode = node.value(QStringLiteral("code")).toString();
    m.officeCode = node.value(QStringLiteral("office_code")).toString();
    const QJsonObject db = object(json, QStringLiteral("database"));
    if (text(db, QStringLiteral("file")) != kDatabaseFile)
        throw Error::invalid(QCoreApplication::translate("BackupManifest", "manifest.json menyebut berkas basis data selain %1.").arg(kDatabaseFile));
    m.dbBytes = number(db, QStringLiteral("bytes"));
    m.dbSha256 = text(db, QStringLiteral("sha256"));
    m.pages = number(db, QStringLiteral("pages"));
    m.pageSize = number(db, QStringLiteral("page_size"));
    m.quickCheck = db.value(QStringLiteral("quick_check")).toString();
    const QJsonObject blobs = object(json, QStringLiteral("blobs"));
    m.blobCount = number(blobs, QStringLiteral("count"));
    m.blobBytes = number(blobs, QStringLiteral("bytes"));
    m.blobsPurged = blobs.value(QStringLiteral("purged")).toInteger();
    const QJsonObject rows = object(json, QStringLiteral("rows"));
    m.requests = number(rows, QStringLiteral("request"));
    m.requestEvents = rows.value(QStringLiteral("request_event")).toInteger();
    m.residents = rows.value(QStringLiteral("resident")).toInteger();
    m.documents = rows.value(QStringLiteral("document")).toInteger();
    m.auditEntries = number(rows, QStringLiteral("audit_log"));
    return m;
}

QJsonObject BackupCheck::toJson() const
{
    return {{QStringLiteral("ok"), ok()},
            {QStringLiteral("folder"), folder},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
            {QStringLiteral("newer_schema"), newerSchema},
            {QStringLiteral("known_schema_version"), knownSchemaVersion},
            {QStringLiteral("blobs_checked"), blobsChecked},
            {QStringLiteral("audit_entries_checked"), auditEntriesChecked},
            {QStringLiteral("manifest"), manifestRead ? manifest.toJson() : QJsonObject()}};
}

QString BackupResult::databaseFile() const
{
    return QDir(folder).filePath(BackupManifest::kDatabaseFile);
}

QJsonObject BackupResult::toJson() const
{
    return {{QStringLiteral("ok"), true},
            {QStringLiteral("folder"), folder},
            {QStringLiteral("file"), databaseFile()},
            {QStringLiteral("bytes"), manifest.dbBytes},
            {QStringLiteral("pages"), manifest.pages},
            {QStringLiteral("blobs"), manifest.blobCount},
            {QStringLiteral("blob_bytes"), manifest.blobBytes},
            {QStringLiteral("requests"), manifest.requests},
            {QStringLiteral("check"), manifest.quickCheck},
            {QStringLiteral("sha256"), manifest.dbSha256},
            {QStringLiteral("schema_version"), manifest.schemaVersion},
            {QStringLiteral("elapsed_ms"), elapsedMs},
            {QStringLiteral("removed"), QJsonArray::fromStringList(removed)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("manifest"), manifest.toJson()}};
}

QJsonObject RestoreResult::toJson() const
{
    return {{QStringLiteral("ok"), true},
            {QStringLiteral("restored_from"), restoredFrom},
            {QStringLiteral("database"), databasePath},
            {QStringLiteral("kept_aside"), keptAside},
            {QStringLiteral("schema_version"), schemaVersion},
            {QStringLiteral("requests"), requests}};
}

} // namespace loket
