#include "OnlineImport.h"

#include "catalogue/ServiceCatalogue.h"
#include "common/Error.h"
#include "documents/FileCheck.h"
#include "intake/HolidayCalendar.h"
#include "intake/IntakeService.h"
#include "residents/ResidentService.h"
#include "storage/BlobStore.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"
#include "workflow/WorkflowService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace loket {

namespace {

struct Attachment
{
    QString requirement;
    QString fileName;
    QByteArray bytes;
    QString mime;
    int pages = 1;
    QSize pixels;
};

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

OnlineImport::OnlineImport(Store &store)
    : m_store(store)
{
}

QList<ImportOutcome> OnlineImport::importPath(const Session &session, const QString &path)
{
    session.requireAny({Role::Officer, Role::Admin});
    const QFileInfo info(path);
    if (!info.exists())
        throw Error::notFound(tr("%1 tidak ditemukan.").arg(path));
    QStringList files;
    if (info.isDir()) {
        const QDir dir(path);
        for (const QString &f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << dir.filePath(f);
    } else {
        files << path;
    }
    QList<ImportOutcome> out;
    for (const QString &file : std::as_const(files)) {
        const QString name = QFileInfo(file).fileName();
        QFile f(file);
        if (QFileInfo(file).size() > kMaxFileBytes) {
            out.append({name, QString(), QStringLiteral("rejected"), QString(), tr("berkas lebih dari 200 MB")});
            continue;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            out.append({name, QString(), QStringLiteral("rejected"), QString(), tr("berkas tidak dapat dibaca: %1").arg(f.errorString())});
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        if (error.error != QJsonParseError::NoError) {
            out.append({name, QString(), QStringLiteral("rejected"), QString(),
                        tr("bukan JSON yang sah: %1 (posisi %2)").arg(error.errorString()).arg(error.offset)});
            continue;
        }
        QJsonArray requests;
        if (doc.isArray())
            requests = doc.array();
        else if (doc.object().contains(QStringLiteral("requests")))
            requests = doc.object().value(QStringLiteral("requests")).toArray();
        else
            requests.append(doc.object());
        for (int i = 0; i < requests.size(); ++i) {
            const QString source = requests.size() > 1 ? QStringLiteral("%1#%2").arg(name).arg(i + 1) : name;
            out.append(importOne(session, requests[i].toObject(), info.isDir() ? path : info.absolutePath(), source));
        }
    }
    return out;
}

ImportOutcome OnlineImport::importOne(const Session &session, const QJsonObject &r, const QString &baseDir, const QString &source)
{
    ImportOutcome outcome{source, str(r, "portal_id"), QStringLiteral("rejected"), QString(), QString()};
    try {
        const Actor actor = session.requireAny({Role::Officer, Role::Admin});
        if (str(r, "format") != QStringLiteral("loket-online-request/1"))
            throw Error::invalid(tr("format harus \"loket-online-request/1\""));
        if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9._/-]{1,64}$")).match(outcome.portalId).hasMatch())
            throw Error::invalid(tr("portal_id kosong atau tidak sah"));
        const QDateTime submittedAt = QDateTime::fromString(str(r, "submitted_at"), Qt::ISODate);
        if (!submittedAt.isValid())
            throw Error::invalid(tr("submitted_at bukan tanggal dan waktu ISO 8601"));
        const auto service = ServiceCatalogue(m_store).findByCode(str(r, "service_code"));
        if (!service || !service->active)
            throw Error::invalid(tr("layanan \"%1\" tidak ada atau tidak dibuka").arg(str(r, "service_code").left(20)));

        const QJsonObject a = r.value(QStringLiteral("applicant")).toObject();
        Resident resident;
        resident.nik = str(a, "nik");
        resident.kk = str(a, "kk");
        resident.fullName = str(a, "full_name");
        resident.birthPlace = str(a, "birth_place");
        resident.birthDate = QDate::fromString(str(a, "birth_date"), Qt::ISODate);
        resident.sex = str(a, "sex");
        resident.religion = str(a, "religion");
        resident.maritalStatus = str(a, "marital_status");
        resident.occupation = str(a, "occupation");
        resident.address = str(a, "address");
        resident.rt = str(a, "rt");
        resident.rw = str(a, "rw");
        resident.villageCode = str(a, "village_code");
        resident.phone = str(a, "phone");
        ResidentService::validate(resident);

        QJsonObject fields;
        const QJsonObject inFields = r.value(QStringLiteral("fields")).toObject();
        static const QRegularExpression fieldRe(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
        for (auto it = inFields.constBegin(); it != inFields.constEnd(); ++it) {
            if (!fieldRe.match(it.key()).hasMatch() || !it.value().isString() || it.value().toString().size() > 2000)
                throw Error::invalid(tr("isian \"%1\" tidak sah").arg(it.key().left(40)));
            fields.insert(it.key(), it.value());
        }

        QList<Attachment> attachments;
        QStringList keys;
        for (const Requirement &req : service->requirements)
            keys << req.key;
        const QString root = QDir(baseDir).canonicalPath();
        for (const QJsonValue &v : r.value(QStringLiteral("attachments")).toArray()) {
            const QJsonObject o = v.toObject();
            Attachment att{str(o, "requirement"), str(o, "file_name"), {}, {}};
            if (!keys.contains(att.requirement))
                throw Error::invalid(tr("lampiran untuk persyaratan \"%1\" yang tidak ada pada layanan %2")
                                         .arg(att.requirement.left(40), service->code));
            if (o.contains(QStringLiteral("content_base64"))) {
                const auto decoded = QByteArray::fromBase64Encoding(str(o, "content_base64").toLatin1(),
                                                                    QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded)
                    throw Error::invalid(tr("lampiran %1: base64 tidak sah").arg(att.fileName.left(60)));
                att.bytes = *decoded;
            } else {
                const QString full = QDir(baseDir).absoluteFilePath(str(o, "path"));
                const QString canonical = QFileInfo(full).canonicalFilePath();
                if (str(o, "path").isEmpty() || canonical.isEmpty() || !canonical.startsWith(root + u'/'))
                    throw Error::invalid(tr("lampiran %1: berkas \"%2\" tidak ada di folder berkas JSON")
                                             .arg(att.fileName.left(60), str(o, "path").left(100)));
                QFile f(canonical);
                if (f.size() > kMaxAttachmentBytes || !f.open(QIODevice::ReadOnly))
                    throw Error::invalid(tr("lampiran %1 tidak dapat dibaca atau lebih dari 20 MB").arg(att.fileName.left(60)));
                att.bytes = f.readAll();
            }
            if (att.bytes.size() > kMaxAttachmentBytes)
                throw Error::invalid(tr("lampiran %1 lebih dari 20 MB").arg(att.fileName.left(60)));
            // The same checks as a file brought to the counter: type by content and name, complete,
            // not a decompression bomb, a PDF with the structure of a readable one.
            try {
                const CheckedFile checked = FileCheck::checkBytes(att.bytes, att.fileName);
                att.mime = checked.mime;
                att.pages = checked.mime == QStringLiteral("application/pdf") ? checked.pdfPages : 1;
                att.pixels = checked.images.isEmpty() ? QSize() : checked.images.constFirst().size();
            } catch (const Error &e) {
                throw Error::invalid(tr("lampiran %1: %2").arg(att.fileName.left(60), e.message()));
            }
            if (att.mime == QStringLiteral("image/tiff"))
                throw Error::invalid(tr("lampiran %1: kirim JPEG, PNG atau PDF, bukan TIFF").arg(att.fileName.left(60)));
            attachments.append(att);
        }

        ChangeSet changes(m_store, actor);
        const QVariant existing = sql::scalar(changes.db(), QStringLiteral("SELECT tracking FROM request WHERE portal_id = ?"),
                                              {outcome.portalId});
        if (existing.isValid()) {
            outcome.result = QStringLiteral("already_present");
            outcome.tracking = existing.toString();
            return outcome;   // nothing written: the change set rolls back
        }
        QString residentId = sql::scalar(changes.db(), QStringLiteral("SELECT id FROM resident WHERE nik = ? AND deleted = 0"),
                                         {resident.nik}).toString();
        if (residentId.isEmpty())
            residentId = ResidentService::save(changes, resident).id;

        QJsonArray reqs;
        for (const Requirement &req : service->requirements) {
            bool received = false;
            for (const Attachment &att : std::as_const(attachments))
                received |= att.requirement == req.key;
            reqs.append(QJsonObject{{QStringLiteral("key"), req.key}, {QStringLiteral("label"), req.label},
                                    {QStringLiteral("mandatory"), req.mandatory}, {QStringLiteral("received"), received}});
        }
        const QDate day = submittedAt.toLocalTime().date();
        outcome.tracking = IntakeService::allocateTracking(changes, QDateTime::fromMSecsSinceEpoch(changes.wallClockMs()).date());
        const QDate due = HolidayCalendar::calendar(changes.db()).addWorkingDays(day, service->timeLimitDays);
        const QString requestId = changes.insert(
            QStringLiteral("request"),
            {{QStringLiteral("tracking"), outcome.tracking},
             {QStringLiteral("channel"), QStringLiteral("online")},
             {QStringLiteral("resident_id"), residentId},
             {QStringLiteral("service_id"), service->id},
             {QStringLiteral("service_code"), service->code},
             {QStringLiteral("requirements"), QString::fromUtf8(QJsonDocument(reqs).toJson(QJsonDocument::Compact))},
             {QStringLiteral("form_fields"), QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact))},
             {QStringLiteral("status"), QStringLiteral("submitted")},
             {QStringLiteral("submitted_at"), submittedAt.toString(Qt::ISODate)},
             {QStringLiteral("submitted_date"), day.toString(Qt::ISODate)},
             {QStringLiteral("due_date"), due.toString(Qt::ISODate)},
             {QStringLiteral("portal_id"), outcome.portalId}},
            QStringLiteral("request.import_online"));
        for (const Attachment &att : std::as_const(attachments)) {
            const QString sha = BlobStore::put(changes, att.bytes, att.mime);
            const QString documentId = changes.insert(QStringLiteral("document"),
                                                      {{QStringLiteral("request_id"), requestId},
                                                       {QStringLiteral("requirement_key"), att.requirement},
                                                       {QStringLiteral("source"), QStringLiteral("online")},
                                                       {QStringLiteral("file_name"), att.fileName.left(200)},
                                                       {QStringLiteral("page_count"), att.pages},
                                                       {QStringLiteral("mime"), att.mime == QStringLiteral("application/pdf") ? att.mime : QString()},
                                                       {QStringLiteral("bytes"), att.bytes.size()},
                                                       {QStringLiteral("created_at"), QDateTime::fromMSecsSinceEpoch(changes.wallClockMs()).toUTC().toString(Qt::ISODateWithMs)},
                                                       {QStringLiteral("created_by_name"), session.fullName}},
                                                      QStringLiteral("document.create"));
            changes.insert(QStringLiteral("document_page"),
                           {{QStringLiteral("document_id"), documentId}, {QStringLiteral("page_no"), 1},
                            {QStringLiteral("blob_sha256"), sha}, {QStringLiteral("mime"), att.mime},
                            {QStringLiteral("size"), att.bytes.size()},
                            {QStringLiteral("width"), att.pixels.width()}, {QStringLiteral("height"), att.pixels.height()}},
                           QStringLiteral("document.page"));
        }
        WorkflowService::appendEvent(changes, requestId, QStringLiteral("submitted"), QString(),
                                     {{QStringLiteral("channel"), QStringLiteral("online")},
                                      {QStringLiteral("portal_id"), outcome.portalId}});
        changes.commit();
        outcome.result = QStringLiteral("imported");
    } catch (const Error &e) {
        outcome.result = QStringLiteral("rejected");
        outcome.tracking.clear();
        outcome.reason = e.message();
    }
    return outcome;
}

} // namespace loket
