#include "OnlineImport.h"

#include "catalogue/ServiceCatalogue.h"
#include "common/Error.h"
#include "documents/FileCheck.h"
#include "documents/OutsideFile.h"
#include "intake/HolidayCalendar.h"
#include "intake/IdentityNumber.h"
#include "intake/IntakeService.h"
#include "residents/ResidentService.h"
#include "storage/BlobStore.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"
#include "workflow/WorkflowService.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <optional>

namespace loket {

namespace {

struct Attachment
{
    QString requirement;
    QString givenName;   // file_name as the portal sent it (part of the content's hash)
    QString fileName;    // reduced to a safe base name: what is stored and shown
    QByteArray bytes;
    QString mime;
    int pages = 1;
    QSize pixels;
};

// A member that must be text when present (required: also when absent). Wrong types are refused
// naming the member, never read as empty.
QString text(const QJsonObject &o, const QString &key, const QString &where, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            throw Error::invalid(OnlineImport::tr("%1 wajib diisi").arg(where));
        return {};
    }
    if (!v.isString())
        throw Error::invalid(OnlineImport::tr("%1 harus berupa teks (string JSON)").arg(where));
    return v.toString();
}

// The members of an object that the import reads: `kind` names what the value must be.
QJsonValue member(const QJsonObject &o, const QString &key, QJsonValue::Type type, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            throw Error::invalid(OnlineImport::tr("%1 wajib diisi").arg(key));
        return {};
    }
    if (v.type() != type)
        throw Error::invalid(type == QJsonValue::Object ? OnlineImport::tr("%1 harus berupa objek JSON ({...})").arg(key)
                                                        : OnlineImport::tr("%1 harus berupa daftar JSON ([...])").arg(key));
    return v;
}

// ISO 8601 with an explicit offset (Z or ±hh:mm): a time without one would be read in whatever
// zone the importing PC is set to.
QDateTime submittedAt(const QString &value, qint64 nowMs)
{
    static const QRegularExpression re(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$"));
    const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!re.match(value).hasMatch() || !at.isValid())
        throw Error::invalid(OnlineImport::tr("submitted_at \"%1\" harus tanggal dan waktu ISO 8601 dengan zona waktu "
                                              "(misalnya 2026-11-30T08:15:00+07:00)").arg(value.left(40)));
    const QDateTime earliest(QDate(OnlineImport::kEarliestYear, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime latest = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).addDays(1);
    if (at < earliest || at > latest)
        throw Error::invalid(OnlineImport::tr("submitted_at %1 tidak masuk akal: harus antara %2 dan %3 (sehari setelah jam "
                                              "komputer ini)")
                                 .arg(value.left(40), earliest.date().toString(Qt::ISODate), latest.toString(Qt::ISODate)));
    return at;
}

// What identifies the content of a request: the request as sent with each attachment replaced by
// the SHA-256 of its bytes (whether they came inline or from a file), as compact JSON with the
// keys in order (QJsonObject keeps them sorted).
QString contentHash(QJsonObject r, const QList<Attachment> &attachments)
{
    QJsonArray list;
    for (const Attachment &a : attachments)
        list.append(QJsonObject{{QStringLiteral("requirement"), a.requirement},
                                {QStringLiteral("file_name"), a.givenName},
                                {QStringLiteral("sha256"), BlobStore::sha256Hex(a.bytes)}});
    r.insert(QStringLiteral("attachments"), list);
    return BlobStore::sha256Hex(QJsonDocument(r).toJson(QJsonDocument::Compact));
}

struct Previous
{
    QString tracking;
    QString hash;
    QString nik;
    QString serviceCode;
};

std::optional<Previous> previousImport(const QSqlDatabase &db, const QString &portalId)
{
    // Two lookups by key, not a join: with the statistics of a big queue (portal_id NULL in every
    // walk-in row) the planner took the join's other table first and scanned (8 imports/s at
    // 300,000 requests instead of 50).
    auto q = sql::exec(db, QStringLiteral("SELECT tracking, COALESCE(portal_hash, ''), resident_id, service_code FROM request "
                                          "WHERE portal_id = ?"),
                       {portalId});
    if (!q.next())
        return std::nullopt;
    const QString nik = sql::scalar(db, QStringLiteral("SELECT nik FROM resident WHERE id = ?"), {q.value(2)}).toString();
    return Previous{q.value(0).toString(), q.value(1).toString(), nik, q.value(3).toString()};
}

// A portal id seen before: the same content is already present; other content is a conflict.
// Requests imported before the hash was kept are compared by NIK and service.
void settlePrevious(const Previous &previous, const QString &hash, const QString &nik, const QString &serviceCode,
                    ImportOutcome &outcome)
{
    outcome.tracking = previous.tracking;
    const bool same = previous.hash.isEmpty()
                          ? previous.nik == IdentityNumber::normalise(nik) && previous.serviceCode == serviceCode.trimmed().toUpper()
                          : previous.hash == hash;
    if (same) {
        outcome.result = QStringLiteral("already_present");
        return;
    }
    outcome.result = QStringLiteral("conflict");
    outcome.reason = previous.nik != IdentityNumber::normalise(nik)
                         ? OnlineImport::tr("portal_id %1 sudah diimpor sebagai %2 untuk NIK lain: permohonan ini tidak diimpor; "
                                            "periksa dengan pengelola portal").arg(outcome.portalId, previous.tracking)
                         : OnlineImport::tr("portal_id %1 sudah diimpor sebagai %2 dengan isi yang berbeda: permohonan ini tidak "
                                            "diimpor; periksa dengan pengelola portal").arg(outcome.portalId, previous.tracking);
}

} // namespace

OnlineImport::OnlineImport(Store &store)
    : m_store(store)
{
}

QString OnlineImport::safeFileName(const QString &given)
{
    // Whatever separator the sender's system used, only the last part is a name.
    QString base = given.section(u'/', -1).section(u'\\', -1);
    QString out;
    for (QChar c : std::as_const(base)) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Separator_Line
            || cat == QChar::Separator_Paragraph || cat == QChar::Other_Surrogate || QStringLiteral(":*?\"<>|").contains(c))
            continue;
        out += c;
    }
    out = out.trimmed();
    while (out.startsWith(u'.'))
        out.remove(0, 1);   // no hidden names, no "." or ".."
    if (out.size() > kMaxFileNameLength) {
        const QString suffix = QFileInfo(out).suffix().left(10);
        out = suffix.isEmpty() ? out.left(kMaxFileNameLength)
                               : out.left(kMaxFileNameLength - suffix.size() - 1).trimmed() + u'.' + suffix;
    }
    return out;
}

QList<ImportOutcome> OnlineImport::importPath(const Session &session, const QString &path)
{
    session.requireAny({Role::Officer, Role::Admin});
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        throw Error::notFound(tr("%1 tidak ditemukan.").arg(path));
    QStringList files;   // relative to the folder when a folder was given
    const QString baseDir = info.isDir() ? QDir(path).canonicalPath() : info.absolutePath();
    if (info.isDir()) {
        // System entries too (devices, FIFOs, sockets, dangling links): each is reported, not
        // skipped in silence.
        files = QDir(path).entryList({QStringLiteral("*.json")}, QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    } else {
        files << path;
    }
    QList<ImportOutcome> out;
    for (const QString &file : std::as_const(files)) {
        const QString name = QFileInfo(file).fileName();
        QByteArray bytes;
        try {
            bytes = info.isDir() ? OutsideFile::read(OutsideFile::resolveInside(baseDir, file), kMaxFileBytes)
                                 : OutsideFile::read(file, kMaxFileBytes);
        } catch (const Error &e) {
            out.append({name, QString(), QStringLiteral("rejected"), QString(), e.message()});
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        bytes.clear();
        if (error.error != QJsonParseError::NoError) {
            out.append({name, QString(), QStringLiteral("rejected"), QString(),
                        tr("bukan JSON yang sah: %1 (posisi %2)").arg(error.errorString()).arg(error.offset)});
            continue;
        }
        QJsonArray requests;
        if (doc.isArray())
            requests = doc.array();
        else if (doc.object().contains(QStringLiteral("requests")) && doc.object().value(QStringLiteral("requests")).isArray())
            requests = doc.object().value(QStringLiteral("requests")).toArray();
        else if (doc.object().contains(QStringLiteral("requests")))
            out.append({name, QString(), QStringLiteral("rejected"), QString(), tr("requests harus berupa daftar JSON ([...])")});
        else
            requests.append(doc.object());
        for (int i = 0; i < requests.size(); ++i) {
            const QString source = requests.size() > 1 ? QStringLiteral("%1#%2").arg(name).arg(i + 1) : name;
            if (!requests[i].isObject()) {
                out.append({source, QString(), QStringLiteral("rejected"), QString(), tr("permohonan harus berupa objek JSON ({...})")});
                continue;
            }
            out.append(importOne(session, requests[i].toObject(), baseDir, source));
        }
    }
    return out;
}

ImportOutcome OnlineImport::importOne(const Session &session, const QJsonObject &r, const QString &baseDir, const QString &source)
{
    ImportOutcome outcome{source, r.value(QStringLiteral("portal_id")).toString(), QStringLiteral("rejected"), QString(), QString()};
    try {
        const Actor actor = session.requireAny({Role::Officer, Role::Admin});
        if (text(r, QStringLiteral("format"), QStringLiteral("format"), true) != QStringLiteral("loket-online-request/1"))
            throw Error::invalid(tr("format harus \"loket-online-request/1\""));
        text(r, QStringLiteral("portal_id"), QStringLiteral("portal_id"), true);
        if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9._/-]{1,64}$")).match(outcome.portalId).hasMatch())
            throw Error::invalid(tr("portal_id kosong atau tidak sah"));
        const QString submittedText = text(r, QStringLiteral("submitted_at"), QStringLiteral("submitted_at"), true);
        const QString serviceCode = text(r, QStringLiteral("service_code"), QStringLiteral("service_code"), true);

        // Every member is read with its type checked: a value of the wrong type is refused naming
        // it, never skipped while the rest is imported.
        const QJsonObject a = member(r, QStringLiteral("applicant"), QJsonValue::Object, true).toObject();
        auto applicant = [&a](const char *key) {
            return text(a, QLatin1String(key), QStringLiteral("applicant.") + QLatin1String(key), false);
        };
        Resident resident;
        resident.nik = applicant("nik");
        resident.kk = applicant("kk");
        resident.fullName = applicant("full_name");
        resident.birthPlace = applicant("birth_place");
        resident.birthDate = QDate::fromString(applicant("birth_date"), Qt::ISODate);
        resident.sex = applicant("sex");
        resident.religion = applicant("religion");
        resident.maritalStatus = applicant("marital_status");
        resident.occupation = applicant("occupation");
        resident.address = applicant("address");
        resident.rt = applicant("rt");
        resident.rw = applicant("rw");
        resident.villageCode = applicant("village_code");
        resident.phone = applicant("phone");

        QMap<QString, QString> fieldValues;
        const QJsonObject inFields = member(r, QStringLiteral("fields"), QJsonValue::Object, false).toObject();
        for (auto it = inFields.constBegin(); it != inFields.constEnd(); ++it)
            fieldValues.insert(it.key(), text(inFields, it.key(), QStringLiteral("fields.") + it.key().left(40), true));

        // Attachments are read first (bounded, from inside the folder) and only hashed: whether
        // this portal id was imported before is known before anything is decoded.
        QList<Attachment> attachments;
        const QJsonArray inAttachments = member(r, QStringLiteral("attachments"), QJsonValue::Array, false).toArray();
        // Bounded in number and in bytes altogether: many entries naming one big file in the
        // folder would otherwise hold it in memory again and again.
        if (inAttachments.size() > kMaxAttachments)
            throw Error::invalid(tr("terlalu banyak lampiran (%1; paling banyak %2)").arg(inAttachments.size()).arg(kMaxAttachments));
        qint64 attachedBytes = 0;
        for (qsizetype i = 0; i < inAttachments.size(); ++i) {
            const QString where = QStringLiteral("attachments[%1]").arg(i);
            if (!inAttachments.at(i).isObject())
                throw Error::invalid(tr("%1 harus berupa objek JSON ({...})").arg(where));
            const QJsonObject o = inAttachments.at(i).toObject();
            Attachment att;
            att.requirement = text(o, QStringLiteral("requirement"), where + QStringLiteral(".requirement"), true);
            att.givenName = text(o, QStringLiteral("file_name"), where + QStringLiteral(".file_name"), false);
            att.fileName = safeFileName(att.givenName);
            const QString shown = att.fileName.isEmpty() ? where : att.fileName;
            const QString content = text(o, QStringLiteral("content_base64"), where + QStringLiteral(".content_base64"), false);
            const QString relative = text(o, QStringLiteral("path"), where + QStringLiteral(".path"), false);
            if (content.isEmpty() == relative.isEmpty())
                throw Error::invalid(tr("lampiran %1: isi salah satu, content_base64 atau path").arg(shown));
            if (!content.isEmpty()) {
                if (content.size() > (kMaxAttachmentBytes / 3 + 1) * 4 + 4)
                    throw Error::invalid(tr("lampiran %1 lebih dari 20 MB").arg(shown));
                const auto decoded = QByteArray::fromBase64Encoding(content.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded)
                    throw Error::invalid(tr("lampiran %1: base64 tidak sah").arg(shown));
                att.bytes = *decoded;
            } else {
                try {
                    att.bytes = OutsideFile::read(OutsideFile::resolveInside(baseDir, relative), kMaxAttachmentBytes);
                } catch (const Error &e) {
                    throw Error::invalid(tr("lampiran %1: berkas \"%2\" tidak dapat dipakai: %3")
                                             .arg(shown, relative.left(100), e.message()));
                }
            }
            if (att.bytes.size() > kMaxAttachmentBytes)
                throw Error::invalid(tr("lampiran %1 lebih dari 20 MB").arg(shown));
            attachedBytes += att.bytes.size();
            if (attachedBytes > kMaxRequestAttachmentBytes)
                throw Error::invalid(tr("lampiran permohonan ini lebih dari %1 MB seluruhnya")
                                         .arg(kMaxRequestAttachmentBytes / (1024 * 1024)));
            if (att.fileName.isEmpty())
                att.fileName = att.requirement.left(40);
            attachments.append(att);
        }
        const QString hash = contentHash(r, attachments);
        if (const auto previous = previousImport(m_store.db(), outcome.portalId)) {
            settlePrevious(*previous, hash, resident.nik, serviceCode, outcome);
            return outcome;
        }

        // A new request: the same checks as at the counter.
        const QDateTime submitted = submittedAt(submittedText, m_store.clock()());
        const auto service = ServiceCatalogue(m_store).findByCode(serviceCode);
        if (!service || !service->active)
            throw Error::invalid(tr("layanan \"%1\" tidak ada atau tidak dibuka").arg(serviceCode.left(20)));
        ResidentService::validate(resident);
        const QJsonObject fields = IntakeService::checkFields(fieldValues);
        QStringList keys;
        for (const Requirement &req : service->requirements)
            keys << req.key;
        for (Attachment &att : attachments) {
            if (!keys.contains(att.requirement))
                throw Error::invalid(tr("lampiran untuk persyaratan \"%1\" yang tidak ada pada layanan %2")
                                         .arg(att.requirement.left(40), service->code));
            // TIFF is refused before it is decoded (the portal converts to JPEG, PNG or PDF).
            if (FileCheck::sniff(att.bytes) == QStringLiteral("image/tiff"))
                throw Error::invalid(tr("lampiran %1: kirim JPEG, PNG atau PDF, bukan TIFF").arg(att.fileName));
            // The same checks as a file brought to the counter: type by content and name, complete,
            // not a decompression bomb, a PDF without active content. Pages are not kept.
            try {
                const CheckedFile checked = FileCheck::checkBytes(att.bytes, att.fileName, [](const QImage &, int, const QString &) {});
                att.mime = checked.mime;
                att.pages = checked.mime == QStringLiteral("application/pdf") ? checked.pdfPages : 1;
                att.pixels = checked.pageSizes.isEmpty() ? QSize() : checked.pageSizes.constFirst();
            } catch (const Error &e) {
                throw Error::invalid(tr("lampiran %1: %2").arg(att.fileName, e.message()));
            }
        }

        ChangeSet changes(m_store, actor);
        // Again under the write lock: another counter may have imported it meanwhile.
        if (const auto previous = previousImport(changes.db(), outcome.portalId)) {
            settlePrevious(*previous, hash, resident.nik, serviceCode, outcome);
            return outcome;   // nothing written: the change set rolls back
        }
        QString residentId = sql::scalar(changes.db(), QStringLiteral("SELECT id FROM resident WHERE nik = ? AND deleted = 0 ORDER BY id LIMIT 1"),
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
        const QDate day = submitted.toLocalTime().date();
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
             {QStringLiteral("submitted_at"), submitted.toString(Qt::ISODate)},
             {QStringLiteral("submitted_date"), day.toString(Qt::ISODate)},
             {QStringLiteral("due_date"), due.toString(Qt::ISODate)},
             {QStringLiteral("portal_id"), outcome.portalId},
             {QStringLiteral("portal_hash"), hash}},
            QStringLiteral("request.import_online"));
        for (const Attachment &att : std::as_const(attachments)) {
            const QString sha = BlobStore::put(changes, att.bytes, att.mime);
            const QString documentId = changes.insert(QStringLiteral("document"),
                                                      {{QStringLiteral("request_id"), requestId},
                                                       {QStringLiteral("requirement_key"), att.requirement},
                                                       {QStringLiteral("source"), QStringLiteral("online")},
                                                       {QStringLiteral("file_name"), att.fileName},
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
