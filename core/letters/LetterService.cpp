#include "LetterService.h"

#include "LetterRenderer.h"
#include "QrReader.h"
#include "SigningKey.h"
#include "common/Error.h"
#include "documents/PdfDocument.h"
#include "intake/IntakeService.h"
#include "intake/TrackingNumber.h"
#include "office/OfficeService.h"
#include "print/CupsPrinter.h"
#include "print/IndonesianDate.h"
#include "print/PrintoutService.h"
#include "region/RegionDirectory.h"
#include "storage/BlobStore.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"
#include "storage/Uuid7.h"
#include "workflow/RequestStateMachine.h"
#include "workflow/WorkflowService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <poppler-document.h>
#include <poppler-page.h>
#include <spdlog/spdlog.h>

namespace loket {

namespace {

constexpr int kMaxReason = 500;
constexpr int kIssueAttempts = 4;
constexpr qint64 kMaxVerifyFile = 50 * 1024 * 1024;

QString requestIdOf(const QSqlDatabase &db, const QString &tracking)
{
    const QString id = sql::scalar(db, QStringLiteral("SELECT id FROM request WHERE tracking = ? AND deleted = 0"),
                                   {TrackingNumber::canonical(tracking)}).toString();
    if (id.isEmpty())
        throw Error::notFound(LetterService::tr("Permohonan %1 tidak ditemukan.").arg(TrackingNumber::canonical(tracking)));
    return id;
}

QString titleCase(const QString &text)
{
    QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words)
        if (!w.isEmpty())
            w[0] = w[0].toUpper();
    return words.join(u' ');
}

LetterTemplate templateFromRow(const sql::Rows &q)
{
    LetterTemplate t;
    t.id = q.value(0).toString();
    t.serviceCode = q.value(1).toString();
    t.version = q.value(2).toInt();
    t.kind = q.value(3).toString();
    t.title = q.value(4).toString();
    t.subject = q.value(5).toString();
    t.paper = q.value(6).toString();
    t.authority = q.value(7).toString();
    t.addressee = q.value(8).toString();
    t.attachment = q.value(9).toString();
    t.fields = LetterTemplate::fieldsFromJson(q.value(10).toString());
    t.body = q.value(11).toString();
    return t;
}

const QString kTemplateColumns = QStringLiteral(
    "id, service_code, version, kind, title, subject, paper, authority, addressee, attachment, fields, body");

std::optional<LetterTemplate> latestTemplate(const QSqlDatabase &db, const QString &serviceCode)
{
    auto q = sql::exec(db, QStringLiteral("SELECT %1 FROM letter_template WHERE service_code = ? AND deleted = 0 "
                                          "ORDER BY version DESC LIMIT 1").arg(kTemplateColumns), {serviceCode});
    if (!q.next())
        return std::nullopt;
    return templateFromRow(q);
}

std::optional<LetterTemplate> templateById(const QSqlDatabase &db, const QString &id)
{
    auto q = sql::exec(db, QStringLiteral("SELECT %1 FROM letter_template WHERE id = ?").arg(kTemplateColumns), {id});
    if (!q.next())
        return std::nullopt;
    return templateFromRow(q);
}

QString insertTemplate(ChangeSet &changes, const LetterTemplate &t)
{
    return changes.insert(QStringLiteral("letter_template"),
                          {{QStringLiteral("service_code"), t.serviceCode}, {QStringLiteral("version"), t.version},
                           {QStringLiteral("kind"), t.kind}, {QStringLiteral("title"), t.title},
                           {QStringLiteral("subject"), t.subject}, {QStringLiteral("paper"), t.paper},
                           {QStringLiteral("authority"), t.authority}, {QStringLiteral("addressee"), t.addressee},
                           {QStringLiteral("attachment"), t.attachment},
                           {QStringLiteral("fields"), LetterTemplate::fieldsToJson(t.fields)}, {QStringLiteral("body"), t.body}},
                          QStringLiteral("letter_template.save"));
}

struct SignerRow
{
    QString id;
    LetterSignature signature;
};

std::optional<SignerRow> signerOfUser(const QSqlDatabase &db, const QString &userId)
{
    auto q = sql::exec(db, QStringLiteral("SELECT id, full_name, nip, rank_grade, title, delegation, principal_title FROM signer "
                                          "WHERE user_id = ? AND active = 1 AND deleted = 0 ORDER BY hlc LIMIT 1"), {userId});
    if (!q.next())
        return std::nullopt;
    return SignerRow{q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                             q.value(4).toString(), q.value(5).toString(), q.value(6).toString()}};
}

std::optional<SignerRow> signerById(const QSqlDatabase &db, const QString &id)
{
    auto q = sql::exec(db, QStringLiteral("SELECT id, full_name, nip, rank_grade, title, delegation, principal_title FROM signer "
                                          "WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return SignerRow{q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                             q.value(4).toString(), q.value(5).toString(), q.value(6).toString()}};
}

// Who a draft shows as signer before anyone signs: the signer among the active ones who signs in
// their own name (the Camat), else the first.
std::optional<SignerRow> defaultSigner(const QSqlDatabase &db)
{
    auto q = sql::exec(db, QStringLiteral("SELECT id FROM signer WHERE active = 1 AND deleted = 0 "
                                          "ORDER BY delegation <> '', hlc LIMIT 1"));
    if (!q.next())
        return std::nullopt;
    return signerById(db, q.value(0).toString());
}

std::optional<SealedKey> activeKey(const QSqlDatabase &db, const QString &signerId)
{
    auto q = sql::exec(db, QStringLiteral("SELECT id, public_key, sealed_secret, salt, ops_limit, mem_limit FROM signing_key "
                                          "WHERE signer_id = ? AND retired_at IS NULL AND deleted = 0 ORDER BY hlc DESC LIMIT 1"),
                       {signerId});
    if (!q.next())
        return std::nullopt;
    return SealedKey{q.value(0).toString(), QByteArray::fromBase64(q.value(1).toString().toLatin1()),
                     QByteArray::fromBase64(q.value(2).toString().toLatin1()), QByteArray::fromBase64(q.value(3).toString().toLatin1()),
                     q.value(4).toLongLong(), q.value(5).toLongLong()};
}

// Identity list of the resident, aligned, as in a surat keterangan.
QString identityTable(const QMap<QString, QString> &v)
{
    const auto row = [](const QString &label, const QString &value, bool bold = false) {
        const QString shown = value.isEmpty() ? QStringLiteral("-") : value.toHtmlEscaped();
        return QStringLiteral("<tr><td width=\"30%\" valign=\"top\">%1</td><td width=\"3%\" valign=\"top\">:</td>"
                              "<td valign=\"top\">%2</td></tr>").arg(label, bold ? QStringLiteral("<b>%1</b>").arg(shown) : shown);
    };
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" style=\"margin-left:20px\">")
           + row(QStringLiteral("Nama"), v.value(QStringLiteral("penduduk.nama")), true)
           + row(QStringLiteral("NIK"), v.value(QStringLiteral("penduduk.nik")))
           + row(QStringLiteral("Tempat/Tanggal Lahir"), v.value(QStringLiteral("penduduk.ttl")))
           + row(QStringLiteral("Jenis Kelamin"), v.value(QStringLiteral("penduduk.jenis_kelamin")))
           + row(QStringLiteral("Agama"), v.value(QStringLiteral("penduduk.agama")))
           + row(QStringLiteral("Status Perkawinan"), v.value(QStringLiteral("penduduk.status_perkawinan")))
           + row(QStringLiteral("Pekerjaan"), v.value(QStringLiteral("penduduk.pekerjaan")))
           + row(QStringLiteral("Alamat"), v.value(QStringLiteral("penduduk.alamat"))) + QStringLiteral("</table>");
}

void writeAtomically(const QString &path, const QByteArray &bytes)
{
    PrintoutService::writeFile(path, bytes);
}

QString statusOf(const QString &numberState, bool revoked)
{
    if (numberState == QStringLiteral("voided"))
        return QStringLiteral("voided");
    return revoked ? QStringLiteral("revoked") : QStringLiteral("valid");
}

const QString kRecordSelect = QStringLiteral(
    "SELECT l.id, l.number, l.issued_date, l.tracking, q.channel, l.service_code, l.subject, l.resident_name, l.signer_name, "
    "l.key_id, n.state, COALESCE(v.reason, n.reason, ''), l.pdf_sha256, "
    "(SELECT COUNT(*) FROM letter_print p WHERE p.letter_id = l.id AND p.deleted = 0), v.id IS NOT NULL "
    "FROM letter l JOIN request q ON q.id = l.request_id "
    "LEFT JOIN letter_number n ON n.letter_id = l.id AND n.deleted = 0 "
    "LEFT JOIN letter_revocation v ON v.letter_id = l.id AND v.deleted = 0 ");

LetterRecord recordFromRow(const sql::Rows &q)
{
    LetterRecord r;
    r.id = q.value(0).toString();
    r.number = q.value(1).toString();
    r.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    r.tracking = q.value(3).toString();
    r.channel = q.value(4).toString();
    r.serviceCode = q.value(5).toString();
    r.subject = q.value(6).toString();
    r.residentName = q.value(7).toString();
    r.signerName = q.value(8).toString();
    r.keyId = q.value(9).toString();
    r.status = statusOf(q.value(10).toString(), q.value(14).toBool());
    r.reason = r.status == QStringLiteral("valid") ? QString() : q.value(11).toString();
    r.pdfSha256 = q.value(12).toString();
    r.prints = q.value(13).toInt();
    return r;
}

QString checkedReason(const QString &reason)
{
    const QString r = reason.trimmed();
    if (r.isEmpty() || r.size() > kMaxReason)
        throw Error::invalid(LetterService::tr("Alasan wajib diisi (paling banyak %1 karakter).").arg(kMaxReason));
    return r;
}

} // namespace

QStringList LetterDraft::emptyFields() const
{
    QStringList out;
    for (const TemplateField &f : tmpl.fields)
        if (fields.value(f.key).trimmed().isEmpty())
            out << f.label;
    return out;
}

QJsonObject LetterRecord::toJson() const
{
    return {{QStringLiteral("letter_id"), id}, {QStringLiteral("number"), number},
            {QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("tracking"), tracking},
            {QStringLiteral("channel"), channel}, {QStringLiteral("service"), serviceCode},
            {QStringLiteral("subject"), subject}, {QStringLiteral("resident"), residentName},
            {QStringLiteral("signer"), signerName}, {QStringLiteral("key_id"), keyId}, {QStringLiteral("status"), status},
            {QStringLiteral("reason"), reason}, {QStringLiteral("pdf_sha256"), pdfSha256}, {QStringLiteral("prints"), prints}};
}

QString LetterVerdict::label(Kind kind)
{
    switch (kind) {
    case Kind::Genuine: return LetterService::tr("asli");
    case Kind::Altered: return LetterService::tr("diubah atau palsu");
    case Kind::UnknownKey: return LetterService::tr("kunci tidak dikenal");
    case Kind::Revoked: return LetterService::tr("dicabut");
    }
    return {};
}

QString LetterVerdict::code(Kind kind)
{
    switch (kind) {
    case Kind::Genuine: return QStringLiteral("genuine");
    case Kind::Altered: return QStringLiteral("altered");
    case Kind::UnknownKey: return QStringLiteral("unknown_key");
    case Kind::Revoked: return QStringLiteral("revoked");
    }
    return {};
}

QJsonObject LetterVerdict::toJson() const
{
    return {{QStringLiteral("verdict"), code(kind)}, {QStringLiteral("label"), label(kind)},
            {QStringLiteral("letter_id"), letterId}, {QStringLiteral("number"), number},
            {QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("subject"), subject},
            {QStringLiteral("resident"), residentName}, {QStringLiteral("signer"), signerName},
            {QStringLiteral("signer_title"), signerTitle}, {QStringLiteral("key_id"), keyId},
            {QStringLiteral("reason"), reason}, {QStringLiteral("revoked_at"), revokedAt}, {QStringLiteral("source"), source},
            {QStringLiteral("note"), note}};
}

LetterService::LetterService(Store &store, IntakeService &intake, OfficeService &office)
    : m_store(store)
    , m_intake(intake)
    , m_office(office)
    , m_allocator(std::make_unique<LocalNumberAllocator>())
{
}

LetterService::~LetterService() = default;

void LetterService::setAllocator(std::unique_ptr<NumberAllocator> allocator)
{
    m_allocator = std::move(allocator);
}

// ---------------------------------------------------------------- templates

QList<LetterTemplate> LetterService::bundledTemplates()
{
    QFile file(QStringLiteral(":/letters/templates.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error::storage(QStringLiteral("bundled letter templates are missing"));
    QList<LetterTemplate> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("templates")).toArray()) {
        LetterTemplate t = LetterTemplate::fromJson(v.toObject());
        t.version = 1;
        LetterTemplates::validate(t);
        out.append(t);
    }
    return out;
}

void LetterService::seedTemplates(ChangeSet &changes)
{
    for (const LetterTemplate &t : bundledTemplates())
        if (!latestTemplate(changes.db(), t.serviceCode))
            insertTemplate(changes, t);
}

QList<LetterTemplate> LetterService::templates(const Session &session) const
{
    session.any();
    QList<LetterTemplate> out;
    auto q = sql::exec(m_store.db(), QStringLiteral("SELECT %1 FROM letter_template t WHERE deleted = 0 AND version = "
                                                    "(SELECT MAX(version) FROM letter_template WHERE service_code = t.service_code "
                                                    "AND deleted = 0) ORDER BY service_code").arg(kTemplateColumns));
    while (q.next())
        out.append(templateFromRow(q));
    return out;
}

QList<LetterTemplate> LetterService::templateHistory(const Session &session, const QString &serviceCode) const
{
    session.any();
    QList<LetterTemplate> out;
    auto q = sql::exec(m_store.db(), QStringLiteral("SELECT %1 FROM letter_template WHERE service_code = ? AND deleted = 0 "
                                                    "ORDER BY version DESC").arg(kTemplateColumns), {serviceCode.toUpper()});
    while (q.next())
        out.append(templateFromRow(q));
    return out;
}

LetterTemplate LetterService::saveTemplate(const Session &session, LetterTemplate t)
{
    const Actor actor = session.require(Role::Admin);
    t.serviceCode = t.serviceCode.trimmed().toUpper();
    LetterTemplates::validate(t);
    ChangeSet changes(m_store, actor);
    if (!sql::scalar(changes.db(), QStringLiteral("SELECT 1 FROM service_type WHERE code = ? AND deleted = 0"), {t.serviceCode}).isValid())
        throw Error::notFound(tr("Layanan %1 tidak ada dalam katalog.").arg(t.serviceCode.left(20)));
    const std::optional<LetterTemplate> latest = latestTemplate(changes.db(), t.serviceCode);
    t.version = latest ? latest->version + 1 : 1;
    t.id = insertTemplate(changes, t);
    changes.commit();
    return t;
}

QByteArray LetterService::templatePreviewPdf(const Session &session, const LetterTemplate &tmpl, const QString &tracking) const
{
    session.any();
    LetterTemplates::validate(tmpl);
    LetterDraft d = draftIn(m_store.db(), session, tracking);
    QMap<QString, QString> fields;
    for (const TemplateField &f : tmpl.fields)
        fields.insert(f.key, d.fields.value(f.key, f.defaultValue));
    d.tmpl = tmpl;
    d.fields = fields;
    const std::optional<SignerRow> signer = defaultSigner(m_store.db());
    const LetterContent content = buildContent(session, d, signer ? signer->id : QString());
    return LetterRenderer::pdf(content, QString(), m_office.office(), m_office.logo(), LetterMark::Draft);
}

// ---------------------------------------------------------------- keys

QString LetterService::generateKey(const Session &session, const QString &passphrase)
{
    const Actor actor = session.require(Role::Signer);
    const std::optional<SignerRow> signer = signerOfUser(m_store.db(), session.userId);
    if (!signer)
        throw Error::denied(tr("Akun %1 tidak terdaftar sebagai penandatangan aktif.").arg(session.username));
    const SealedKey key = SigningKey::generate(passphrase);   // Argon2id: before the write lock
    ChangeSet changes(m_store, actor);
    const QString now = QDateTime::fromMSecsSinceEpoch(changes.wallClockMs()).toString(Qt::ISODate);
    auto old = sql::exec(changes.db(), QStringLiteral("SELECT id FROM signing_key WHERE signer_id = ? AND retired_at IS NULL "
                                                      "AND deleted = 0"), {signer->id});
    QStringList retired;
    while (old.next())
        retired << old.value(0).toString();
    for (const QString &id : std::as_const(retired))
        changes.update(QStringLiteral("signing_key"), id, {{QStringLiteral("retired_at"), now}}, QStringLiteral("signing_key.retire"));
    changes.insert(QStringLiteral("signing_key"),
                   {{QStringLiteral("id"), key.keyId}, {QStringLiteral("signer_id"), signer->id},
                    {QStringLiteral("public_key"), QString::fromLatin1(key.publicKey.toBase64())},
                    {QStringLiteral("sealed_secret"), QString::fromLatin1(key.sealedSecret.toBase64())},
                    {QStringLiteral("salt"), QString::fromLatin1(key.salt.toBase64())},
                    {QStringLiteral("ops_limit"), key.opsLimit}, {QStringLiteral("mem_limit"), key.memLimit},
                    {QStringLiteral("created_at"), now}},
                   QStringLiteral("signing_key.generate"));
    changes.commit();
    return key.keyId;
}

bool LetterService::hasKey(const Session &session) const
{
    const std::optional<SignerRow> signer = signerOfUser(m_store.db(), session.userId);
    return signer && activeKey(m_store.db(), signer->id).has_value();
}

QJsonObject LetterService::exportKeys() const
{
    const QSqlDatabase db = m_store.db();
    QJsonArray keys;
    auto q = sql::exec(db, QStringLiteral("SELECT k.id, k.public_key, s.full_name, s.title, s.delegation, s.principal_title, "
                                          "k.created_at, COALESCE(k.retired_at, '') FROM signing_key k "
                                          "JOIN signer s ON s.id = k.signer_id WHERE k.deleted = 0 ORDER BY k.created_at"));
    while (q.next())
        keys.append(QJsonObject{{QStringLiteral("key_id"), q.value(0).toString()}, {QStringLiteral("public_key"), q.value(1).toString()},
                                {QStringLiteral("signer"), q.value(2).toString()}, {QStringLiteral("title"), q.value(3).toString()},
                                {QStringLiteral("delegation"), q.value(4).toString()},
                                {QStringLiteral("principal_title"), q.value(5).toString()},
                                {QStringLiteral("created_at"), q.value(6).toString()},
                                {QStringLiteral("retired_at"), q.value(7).toString()}});
    QJsonArray revoked;
    auto r = sql::exec(db, QStringLiteral(
        "SELECT l.id, l.number, v.reason, v.revoked_at FROM letter_revocation v JOIN letter l ON l.id = v.letter_id WHERE v.deleted = 0 "
        "UNION ALL SELECT l.id, l.number, n.reason, COALESCE(n.voided_at, '') FROM letter_number n JOIN letter l ON l.id = n.letter_id "
        "WHERE n.state = 'voided' AND n.deleted = 0 ORDER BY 4"));
    while (r.next())
        revoked.append(QJsonObject{{QStringLiteral("letter_id"), r.value(0).toString()}, {QStringLiteral("number"), r.value(1).toString()},
                                   {QStringLiteral("reason"), r.value(2).toString()}, {QStringLiteral("revoked_at"), r.value(3).toString()}});
    const Office office = m_office.office();
    return {{QStringLiteral("format"), QStringLiteral("loket-keys/1")}, {QStringLiteral("office"), office.name},
            {QStringLiteral("office_code"), office.code}, {QStringLiteral("verify_url"), office.verifyUrl},
            {QStringLiteral("exported_at"), QDateTime::fromMSecsSinceEpoch(m_store.clock()()).toString(Qt::ISODate)},
            {QStringLiteral("keys"), keys}, {QStringLiteral("revoked"), revoked}};
}

// ---------------------------------------------------------------- drafting

LetterDraft LetterService::draftIn(const QSqlDatabase &db, const Session &session, const QString &tracking) const
{
    session.any();
    LetterDraft d;
    d.requestId = requestIdOf(db, tracking);
    auto r = sql::exec(db, QStringLiteral("SELECT tracking, status, service_code, form_fields FROM request WHERE id = ?"), {d.requestId});
    r.next();
    d.tracking = r.value(0).toString();
    d.status = r.value(1).toString();
    const QString serviceCode = r.value(2).toString();
    const QJsonObject formFields = QJsonDocument::fromJson(r.value(3).toString().toUtf8()).object();
    QJsonObject saved;
    auto s = sql::exec(db, QStringLiteral("SELECT template_id, fields FROM letter_draft WHERE request_id = ? AND deleted = 0"),
                       {d.requestId});
    std::optional<LetterTemplate> tmpl;
    if (s.next()) {
        d.saved = true;
        tmpl = templateById(db, s.value(0).toString());
        saved = QJsonDocument::fromJson(s.value(1).toString().toUtf8()).object();
    }
    if (!tmpl)
        tmpl = latestTemplate(db, serviceCode);
    if (!tmpl) {   // a database from before letters: the bundled template, stored when first saved
        for (const LetterTemplate &t : bundledTemplates())
            if (t.serviceCode == serviceCode)
                tmpl = t;
    }
    if (!tmpl)
        throw Error::notFound(tr("Layanan %1 belum memiliki templat surat.").arg(serviceCode));
    d.tmpl = *tmpl;
    for (const TemplateField &f : d.tmpl.fields) {
        QString value = f.defaultValue;
        if (formFields.contains(f.key))
            value = formFields.value(f.key).toString();
        if (saved.contains(f.key))
            value = saved.value(f.key).toString();
        d.fields.insert(f.key, value);
    }
    return d;
}

LetterDraft LetterService::draft(const Session &session, const QString &tracking) const
{
    return draftIn(m_store.db(), session, tracking);
}

LetterDraft LetterService::saveDraft(const Session &session, const QString &tracking, const QMap<QString, QString> &fields)
{
    const Actor actor = session.require(Role::Verifier);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        IntakeService::checkField(it.key(), it.value());
    ChangeSet changes(m_store, actor);
    LetterDraft d = draftIn(changes.db(), session, tracking);
    if (d.status != QStringLiteral("verified") && d.status != QStringLiteral("in_process"))
        throw Error::invalid(tr("Surat permohonan %1 hanya dapat disiapkan setelah diverifikasi dan sebelum diajukan untuk "
                                "ditandatangani (status sekarang: %2).").arg(d.tracking, d.status));
    QStringList keys;
    for (const TemplateField &f : d.tmpl.fields)
        keys << f.key;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!keys.contains(it.key()))
            throw Error::invalid(tr("Isian \"%1\" tidak ada pada templat %2: %3.")
                                     .arg(it.key().left(40), d.tmpl.serviceCode, keys.join(QStringLiteral(", "))));
        d.fields.insert(it.key(), it.value().trimmed());
    }
    if (d.tmpl.id.isEmpty()) {   // the bundled template of an older database: store it now
        seedTemplates(changes);
        d.tmpl = *latestTemplate(changes.db(), d.tmpl.serviceCode);
    }
    if (d.status == QStringLiteral("verified")) {
        RequestStateMachine::check(QStringLiteral("process"), d.status, session.roles, QString());
        WorkflowService::appendEvent(changes, d.requestId, RequestStateMachine::eventType(QStringLiteral("process")), QString(),
                                     {{QStringLiteral("action"), QStringLiteral("process")}, {QStringLiteral("template_id"), d.tmpl.id}});
        d.status = WorkflowService::refresh(changes, d.requestId).status;
    }
    QJsonObject json;
    for (auto it = d.fields.cbegin(); it != d.fields.cend(); ++it)
        json.insert(it.key(), it.value());
    const QString fieldsJson = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    const QString draftId = sql::scalar(changes.db(), QStringLiteral("SELECT id FROM letter_draft WHERE request_id = ?"),
                                        {d.requestId}).toString();
    if (draftId.isEmpty())
        changes.insert(QStringLiteral("letter_draft"), {{QStringLiteral("id"), Uuid7::derived(QStringLiteral("letter_draft"), d.requestId)},
                                                        {QStringLiteral("request_id"), d.requestId},
                                                        {QStringLiteral("template_id"), d.tmpl.id},
                                                        {QStringLiteral("fields"), fieldsJson}},
                       QStringLiteral("letter.draft"));
    else
        changes.update(QStringLiteral("letter_draft"), draftId,
                       {{QStringLiteral("template_id"), d.tmpl.id}, {QStringLiteral("fields"), fieldsJson},
                        {QStringLiteral("deleted"), 0}},
                       QStringLiteral("letter.draft"));
    changes.commit();
    d.saved = true;
    return d;
}

LetterContent LetterService::buildContent(const Session &session, const LetterDraft &d, const QString &signerId,
                                          const QString &number, const QDate &date) const
{
    // The letter's words are Indonesian whatever the language of the app (never tr()).
    const RequestDetails request = m_intake.find(session, d.tracking);
    const Office office = m_office.office();
    const RegionDirectory &regions = RegionDirectory::instance();
    const Resident &res = request.resident;
    const QString village = regions.name(res.villageCode);
    const QString district = regions.name(office.code);
    const QString regency = regions.name(office.code.left(5));

    QMap<QString, QString> v;
    v[QStringLiteral("penduduk.nama")] = res.fullName;
    v[QStringLiteral("penduduk.nik")] = res.nik;
    v[QStringLiteral("penduduk.kk")] = res.kk;
    v[QStringLiteral("penduduk.tempat_lahir")] = res.birthPlace;
    v[QStringLiteral("penduduk.tanggal_lahir")] = res.birthDate.isValid() ? IndonesianDate::format(res.birthDate) : QString();
    QStringList ttl;
    if (!res.birthPlace.isEmpty())
        ttl << res.birthPlace;
    if (res.birthDate.isValid())
        ttl << IndonesianDate::format(res.birthDate);
    v[QStringLiteral("penduduk.ttl")] = ttl.join(QStringLiteral(", "));
    v[QStringLiteral("penduduk.jenis_kelamin")] = res.sex == QStringLiteral("F") ? QStringLiteral("Perempuan")
                                                  : res.sex == QStringLiteral("M") ? QStringLiteral("Laki-laki") : QString();
    v[QStringLiteral("penduduk.agama")] = res.religion;
    v[QStringLiteral("penduduk.status_perkawinan")] = res.maritalStatus;
    v[QStringLiteral("penduduk.pekerjaan")] = res.occupation;
    v[QStringLiteral("penduduk.rt")] = res.rt;
    v[QStringLiteral("penduduk.rw")] = res.rw;
    v[QStringLiteral("penduduk.kelurahan")] = village;
    QStringList address;
    if (!res.address.isEmpty())
        address << res.address;
    if (!res.rt.isEmpty() || !res.rw.isEmpty())
        address << QStringLiteral("RT %1/RW %2").arg(res.rt.isEmpty() ? QStringLiteral("-") : res.rt, res.rw.isEmpty() ? QStringLiteral("-") : res.rw);
    if (!village.isEmpty())
        address << QStringLiteral("Kelurahan %1").arg(village);
    if (!district.isEmpty() && res.villageCode.startsWith(office.code))
        address << QStringLiteral("Kecamatan %1").arg(district);
    v[QStringLiteral("penduduk.alamat")] = address.join(QStringLiteral(", "));
    v[QStringLiteral("penduduk.identitas")] = identityTable(v);
    v[QStringLiteral("permohonan.nomor")] = request.tracking;
    v[QStringLiteral("permohonan.tanggal")] = IndonesianDate::format(request.submittedAt.date());
    v[QStringLiteral("permohonan.layanan")] = request.service.name;
    v[QStringLiteral("kantor.nama")] = district.isEmpty() ? titleCase(office.name) : QStringLiteral("Kecamatan %1").arg(district);
    v[QStringLiteral("kantor.pimpinan")] = QStringLiteral("Camat %1").arg(district.isEmpty() ? titleCase(office.name) : district);
    v[QStringLiteral("kantor.kabupaten")] = regency.isEmpty() ? titleCase(office.regencyName) : regency;
    v[QStringLiteral("kantor.kota")] = office.city;
    v[QStringLiteral("kantor.alamat")] = office.address;

    LetterContent c;
    c.tracking = request.tracking;
    c.serviceCode = request.service.code;
    c.date = date.isValid() ? date : QDateTime::fromMSecsSinceEpoch(m_store.clock()()).date();
    c.place = office.city;
    c.kind = d.tmpl.kind;
    c.title = d.tmpl.title;
    c.subject = d.tmpl.subject;
    c.paper = d.tmpl.paper;
    c.authority = d.tmpl.authority;
    c.addressee = d.tmpl.addressee;
    c.attachment = d.tmpl.attachment;
    c.templateId = d.tmpl.id;
    c.templateVersion = d.tmpl.version;
    c.residentName = res.fullName;
    c.residentNik = res.nik;
    c.verifyUrl = office.verifyUrl;
    if (const auto signer = signerById(m_store.db(), signerId))
        c.signer = signer->signature;
    v[QStringLiteral("surat.tanggal")] = IndonesianDate::format(c.date);
    v[QStringLiteral("surat.perihal")] = c.subject;
    c.number = number;
    v[QStringLiteral("surat.nomor")] = number.isEmpty() ? QStringLiteral("[diberikan saat ditandatangani]") : number;
    v[QStringLiteral("penandatangan.nama")] = c.signer.fullName;
    v[QStringLiteral("penandatangan.nip")] = c.signer.nip;
    v[QStringLiteral("penandatangan.jabatan")] = c.signer.title;
    v[QStringLiteral("penandatangan.pangkat")] = c.signer.rankGrade;
    for (auto it = d.fields.cbegin(); it != d.fields.cend(); ++it)
        v[QStringLiteral("isian.") + it.key()] = it.value();
    c.bodyHtml = LetterTemplates::fill(d.tmpl.body, v);
    return c;
}

QByteArray LetterService::draftPdf(const Session &session, const QString &tracking, int *pages,
                                   const QMap<QString, QString> &edits) const
{
    LetterDraft d = draftIn(m_store.db(), session, tracking);
    for (auto it = edits.cbegin(); it != edits.cend(); ++it)
        if (d.fields.contains(it.key()))
            d.fields.insert(it.key(), it.value());
    std::optional<SignerRow> signer = signerOfUser(m_store.db(), session.userId);
    if (!signer)
        signer = defaultSigner(m_store.db());
    const LetterContent c = buildContent(session, d, signer ? signer->id : QString());
    return LetterRenderer::pdf(c, QString(), m_office.office(), m_office.logo(), LetterMark::Draft, pages);
}

// ---------------------------------------------------------------- issuing

QList<IssuedLetter> LetterService::issue(const Session &session, const QStringList &trackings, const QString &passphrase,
                                         QStringList *failures)
{
    session.require(Role::Signer);
    const std::optional<SignerRow> signer = signerOfUser(m_store.db(), session.userId);
    if (!signer)
        throw Error::denied(tr("Akun %1 tidak terdaftar sebagai penandatangan aktif.").arg(session.username));
    const std::optional<SealedKey> sealed = activeKey(m_store.db(), signer->id);
    if (!sealed)
        throw Error::invalid(tr("%1 belum memiliki kunci tanda tangan: buat dahulu (loket-cli keys generate).").arg(signer->signature.fullName));
    std::unique_ptr<UnsealedKey> key;
    try {
        key = UnsealedKey::unseal(*sealed, passphrase);   // Argon2id: before any write lock
    } catch (const Error &e) {
        if (e.kind() == ErrorKind::Auth) {
            ChangeSet changes(m_store, session.require(Role::Signer));
            changes.audit(QStringLiteral("letter.sign_refused"), QStringLiteral("signing_key"), sealed->keyId,
                          {{QStringLiteral("reason"), QStringLiteral("wrong passphrase")}});
            changes.commit();
        }
        throw;
    }
    QList<IssuedLetter> out;
    for (const QString &tracking : trackings) {
        try {
            // Other writers (another signer's batch, the sync worker) may hold the database past
            // the busy timeout; nothing was written then, so the letter is simply tried again.
            for (int attempt = 1;; ++attempt) {
                try {
                    out.append(issueWith(session, tracking, *key, signer->id));
                    break;
                } catch (const BusyError &) {
                    if (attempt == kIssueAttempts)
                        throw;
                    spdlog::info("issuing {}: the database is busy, attempt {} of {}", tracking.toStdString(), attempt + 1,
                                 kIssueAttempts);
                }
            }
        } catch (const Error &e) {
            if (!failures || trackings.size() == 1)
                throw;
            failures->append(QStringLiteral("%1: %2").arg(TrackingNumber::canonical(tracking), e.message()));
        }
    }
    return out;
}

IssuedLetter LetterService::issueOne(const Session &session, const QString &tracking, const QString &passphrase)
{
    return issue(session, {tracking}, passphrase).value(0);
}

IssuedLetter LetterService::issueWith(const Session &session, const QString &tracking, const UnsealedKey &key, const QString &signerId)
{
    const Actor actor = session.require(Role::Signer);
    const Office office = m_office.office();
    const QByteArray logo = m_office.logo();
    const bool perCode = office.numberRegisters == QStringLiteral("per_code");
    const auto classificationOf = [](const QSqlDatabase &db, const QString &serviceCode) {
        return sql::scalar(db, QStringLiteral("SELECT classification_code FROM service_type WHERE code = ? AND deleted = 0"), {serviceCode})
            .toString();
    };
    // With a hub, numbers may have to be fetched first: never while holding the write lock.
    const QString serviceCode = sql::scalar(m_store.db(), QStringLiteral("SELECT service_code FROM request WHERE tracking = ?"),
                                            {TrackingNumber::canonical(tracking)}).toString();
    m_allocator->prepare(NumberFormat::registerKey(perCode, classificationOf(m_store.db(), serviceCode)),
                         QDateTime::fromMSecsSinceEpoch(m_store.clock()()).date().year());
    ChangeSet changes(m_store, actor);
    const LetterDraft d = draftIn(changes.db(), session, tracking);
    RequestStateMachine::check(QStringLiteral("sign"), d.status, session.roles, QString());
    if (d.tmpl.id.isEmpty() || !d.saved)
        throw Error::invalid(tr("Surat %1 belum disiapkan: simpan konsep suratnya dahulu (Siapkan surat), agar yang "
                                "ditandatangani sama dengan yang diperiksa.").arg(d.tracking));
    const QStringList empty = d.emptyFields();
    if (!empty.isEmpty())
        throw Error::invalid(tr("Surat %1 belum lengkap: %2 masih kosong.").arg(d.tracking, empty.join(QStringLiteral(", "))));
    if (office.verifyUrl.isEmpty())
        spdlog::warn("the office has no verification address: the QR holds the seal alone");

    // The number: taken here, inside the transaction that issues the letter.
    const QString classification = classificationOf(changes.db(), d.tmpl.serviceCode);
    const QString registerKey = NumberFormat::registerKey(perCode, classification);
    const QDate today = QDateTime::fromMSecsSinceEpoch(changes.wallClockMs()).date();
    AllocatedNumber allocated = m_allocator->allocate(changes, registerKey, today.year());
    const NumberParts parts{classification.isEmpty() ? QStringLiteral("000") : classification, office.unitCode, today.year()};
    QString number = NumberFormat::format(office.numberFormat, parts, allocated.seq);
    // A number this register never gave may exist all the same when the register mode or the
    // format changed during the year: skip past it rather than block signing for the year.
    for (int skipped = 0; sql::scalar(changes.db(), QStringLiteral("SELECT 1 FROM letter_number WHERE number = ?"), {number}).isValid();
         ++skipped) {
        if (skipped >= 10000)
            throw Error::storage(tr("Nomor %1 sudah pernah diberikan: periksa format nomor surat.").arg(number));
        ++allocated.seq;
        number = NumberFormat::format(office.numberFormat, parts, allocated.seq);
    }

    LetterContent c = buildContent(session, d, signerId, number, today);
    c.letterId = Uuid7::generate();
    c.keyId = key.keyId();
    SealFields seal;
    seal.letterId = QUuid::fromString(c.letterId).toRfc4122();
    seal.date = c.date;
    seal.keyId = QByteArray::fromHex(c.keyId.toLatin1());
    seal.contentHash = c.sha256();
    seal.number = c.number;
    seal.subject = c.subject;
    seal.residentName = c.residentName;
    const QByteArray body = LetterSeal::encodeBody(seal);
    const QString token = LetterSeal::token(body, key.sign(LetterSeal::signedMessage(body)));
    const QString url = office.verifyUrl.isEmpty() ? token : office.verifyUrl + u'#' + token;
    int pages = 0;
    const QByteArray pdf = LetterRenderer::pdf(c, url, office, logo, LetterMark::None, &pages);
    const QString pdfSha = BlobStore::put(changes, pdf, QStringLiteral("application/pdf"));

    const QString nowIso = QDateTime::fromMSecsSinceEpoch(changes.wallClockMs()).toString(Qt::ISODate);
    changes.insert(QStringLiteral("letter"),
                   {{QStringLiteral("id"), c.letterId}, {QStringLiteral("request_id"), d.requestId},
                    {QStringLiteral("tracking"), d.tracking}, {QStringLiteral("service_code"), c.serviceCode},
                    {QStringLiteral("template_id"), c.templateId}, {QStringLiteral("template_version"), c.templateVersion},
                    {QStringLiteral("register_key"), registerKey}, {QStringLiteral("year"), allocated.year},
                    {QStringLiteral("seq"), allocated.seq}, {QStringLiteral("number"), number},
                    {QStringLiteral("issued_date"), c.date.toString(Qt::ISODate)}, {QStringLiteral("issued_at"), nowIso},
                    {QStringLiteral("subject"), c.subject}, {QStringLiteral("resident_name"), c.residentName},
                    {QStringLiteral("signer_id"), signerId}, {QStringLiteral("signer_name"), c.signer.fullName},
                    {QStringLiteral("key_id"), c.keyId}, {QStringLiteral("paper"), c.paper},
                    {QStringLiteral("content"), QString::fromUtf8(c.canonical())},
                    {QStringLiteral("content_sha256"), QString::fromLatin1(seal.contentHash.toHex())},
                    {QStringLiteral("token"), token}, {QStringLiteral("pdf_sha256"), pdfSha}},
                   QStringLiteral("letter.issue"));
    changes.insert(QStringLiteral("letter_number"),
                   {{QStringLiteral("register_key"), registerKey}, {QStringLiteral("year"), allocated.year},
                    {QStringLiteral("seq"), allocated.seq}, {QStringLiteral("number"), number},
                    {QStringLiteral("letter_id"), c.letterId}, {QStringLiteral("state"), QStringLiteral("issued")}},
                   QStringLiteral("letter.number"));
    WorkflowService::appendEvent(changes, d.requestId, RequestStateMachine::eventType(QStringLiteral("sign")), number,
                                 {{QStringLiteral("action"), QStringLiteral("sign")}, {QStringLiteral("letter_id"), c.letterId},
                                  {QStringLiteral("number"), number}});
    WorkflowService::refresh(changes, d.requestId);
    changes.commit();
    return {c.letterId, d.tracking, number, c.date, token, url, pdfSha, pages};
}

// ---------------------------------------------------------------- verifying

LetterVerdict LetterService::verifyToken(const QString &tokenOrUrl, const std::optional<QJsonObject> &keys) const
{
    return verifyParsed(tokenOrUrl, keys, QStringLiteral("token"));
}

LetterVerdict LetterService::verifyParsed(const QString &text, const std::optional<QJsonObject> &keys, const QString &source) const
{
    LetterVerdict v;
    v.source = source;
    QByteArray body, signature;
    SealFields f;
    try {
        LetterSeal::split(text, &body, &signature);
        f = LetterSeal::decodeBody(body);
    } catch (const Error &e) {
        v.kind = LetterVerdict::Kind::Altered;
        v.reason = e.message();
        return v;
    }
    v.letterId = f.letterUuid();
    v.number = f.number;
    v.date = f.date;
    v.subject = f.subject;
    v.residentName = f.residentName;
    v.keyId = f.keyIdHex();

    // The public key: from the keys file when given, else from this database.
    QByteArray publicKey;
    if (keys) {
        for (const QJsonValue &k : keys->value(QStringLiteral("keys")).toArray()) {
            const QJsonObject o = k.toObject();
            if (o.value(QStringLiteral("key_id")).toString() == v.keyId) {
                publicKey = QByteArray::fromBase64(o.value(QStringLiteral("public_key")).toString().toLatin1());
                v.signerName = o.value(QStringLiteral("signer")).toString();
                v.signerTitle = o.value(QStringLiteral("title")).toString();
            }
        }
    } else {
        auto q = sql::exec(m_store.db(), QStringLiteral("SELECT k.public_key, s.full_name, s.title FROM signing_key k "
                                                        "JOIN signer s ON s.id = k.signer_id WHERE k.id = ? AND k.deleted = 0"),
                           {v.keyId});
        if (q.next()) {
            publicKey = QByteArray::fromBase64(q.value(0).toString().toLatin1());
            v.signerName = q.value(1).toString();
            v.signerTitle = q.value(2).toString();
        }
    }
    if (publicKey.isEmpty()) {
        v.kind = LetterVerdict::Kind::UnknownKey;
        v.reason = tr("Kunci %1 bukan kunci kantor ini.").arg(v.keyId);
        v.signerName.clear();
        return v;
    }
    if (LetterSeal::keyIdOf(publicKey) != f.keyId || !LetterSeal::verifySignature(body, signature, publicKey)) {
        v.kind = LetterVerdict::Kind::Altered;
        v.reason = tr("Tanda tangan digital tidak cocok dengan isi segel.");
        return v;
    }
    // The signature holds. Withdrawn since?
    if (keys) {
        for (const QJsonValue &r : keys->value(QStringLiteral("revoked")).toArray()) {
            const QJsonObject o = r.toObject();
            if (o.value(QStringLiteral("letter_id")).toString() == v.letterId) {
                v.kind = LetterVerdict::Kind::Revoked;
                v.reason = o.value(QStringLiteral("reason")).toString();
                v.revokedAt = o.value(QStringLiteral("revoked_at")).toString();
                return v;
            }
        }
    } else {
        auto q = sql::exec(m_store.db(), QStringLiteral("SELECT content, content_sha256, number, resident_name FROM letter "
                                                        "WHERE id = ? AND deleted = 0"), {v.letterId});
        if (q.next()) {
            // This database holds the letter: what it recorded must still be what was sealed.
            const QByteArray content = q.value(0).toString().toUtf8();
            const QByteArray recomputed = LetterContent::fromJson(QJsonDocument::fromJson(content).object()).sha256();
            if (recomputed != f.contentHash || q.value(1).toString() != QString::fromLatin1(f.contentHash.toHex())
                || q.value(2).toString() != f.number) {
                v.kind = LetterVerdict::Kind::Altered;
                v.reason = tr("Isi surat yang tercatat tidak sama dengan yang disegel.");
                return v;
            }
        }
        auto r = sql::exec(m_store.db(), QStringLiteral("SELECT reason, revoked_at FROM letter_revocation "
                                                        "WHERE letter_id = ? AND deleted = 0"), {v.letterId});
        auto n = sql::exec(m_store.db(), QStringLiteral("SELECT reason, COALESCE(voided_at, '') FROM letter_number "
                                                        "WHERE letter_id = ? AND state = 'voided' AND deleted = 0"), {v.letterId});
        const bool revoked = r.next();
        if (revoked || n.next()) {
            const sql::Rows &hit = revoked ? r : n;
            v.kind = LetterVerdict::Kind::Revoked;
            v.reason = hit.value(0).toString();
            v.revokedAt = hit.value(1).toString();
            return v;
        }
    }
    v.kind = LetterVerdict::Kind::Genuine;
    if (keys) {
        // A keys file knows the revocations up to the day it was exported, no later.
        const QDateTime exported = QDateTime::fromString(keys->value(QStringLiteral("exported_at")).toString(), Qt::ISODate);
        v.note = exported.isValid() ? tr("Pencabutan diketahui sampai %1 (tanggal berkas kunci).").arg(IndonesianDate::format(exported.toLocalTime().date()))
                                    : tr("Berkas kunci tidak bertanggal: pencabutan sesudahnya tidak diketahui.");
    }
    return v;
}

LetterVerdict LetterService::verifyImage(const QImage &image, const std::optional<QJsonObject> &keys) const
{
    // Any other QR code on the page is passed over; of several seals, the one that holds wins
    // (a stray code that merely looks like a seal does not make a genuine letter look forged).
    std::optional<LetterVerdict> first;
    for (const QString &text : QrReader::read(image)) {
        QByteArray body, signature;
        try {
            LetterSeal::split(text, &body, &signature);
        } catch (const Error &) {
            continue;
        }
        const LetterVerdict v = verifyParsed(text, keys, QStringLiteral("image"));
        if (v.kind != LetterVerdict::Kind::Altered)
            return v;
        if (!first)
            first = v;
    }
    if (first)
        return *first;
    throw Error::invalid(tr("Tidak ada segel surat Loket yang terbaca pada gambar."));
}

namespace {

constexpr int kMaxVerifyPages = 20;                 // a letter is a few pages; a PDF of more is not one
constexpr qsizetype kMaxVerifyText = 1024 * 1024;   // characters of text read from a PDF

// The PDF's text with every blank left out (line breaks and justified spaces differ between
// renderings of the same words), at most kMaxVerifyText characters.
QString pdfWords(const QByteArray &pdf)
{
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(pdf.constData(), int(pdf.size())));
    QString all;
    for (int p = 0; doc && p < doc->pages() && p < kMaxVerifyPages && all.size() < kMaxVerifyText; ++p) {
        std::unique_ptr<poppler::page> page(doc->create_page(p));
        if (!page)
            continue;
        const poppler::byte_array utf8 = page->text().to_utf8();
        all += QString::fromUtf8(utf8.data(), qsizetype(std::min<size_t>(utf8.size(), size_t(kMaxVerifyText))));
    }
    all.truncate(kMaxVerifyText);
    all.remove(QRegularExpression(QStringLiteral("\\s+")));
    return all;
}

// Text a reader can check: mostly Latin letters and digits. A printer driver's PDF often keeps
// its glyphs under private codes (pdftotext gives symbols), which is no text at all, not altered text.
bool readable(const QString &words)
{
    if (words.size() < 20)
        return false;
    qsizetype latin = 0;
    for (const QChar ch : words)
        latin += (ch.isLetterOrNumber() && ch.unicode() < 0x250) ? 1 : 0;
    return latin * 2 >= words.size();
}

} // namespace

LetterVerdict LetterService::verifyPdf(const QByteArray &pdf, const std::optional<QJsonObject> &keys) const
{
    const PdfDocument doc(pdf, tr("PDF surat"));
    if (doc.pageCount() > kMaxVerifyPages)
        throw Error::invalid(tr("PDF ini berisi %1 halaman: surat paling banyak %2 halaman.").arg(doc.pageCount()).arg(kMaxVerifyPages));
    // The seal sits on the page with the signature block: the last page first.
    for (int i = doc.pageCount() - 1; i >= 0 && i >= doc.pageCount() - 3; --i) {
        LetterVerdict v;
        try {
            v = verifyImage(doc.render(i, 200), keys);
        } catch (const Error &) {
            continue;
        }
        v.source = QStringLiteral("pdf");
        if (v.kind != LetterVerdict::Kind::Genuine && v.kind != LetterVerdict::Kind::Revoked)
            return v;
        const QString words = pdfWords(pdf);
        std::optional<sql::Rows> archived;
        if (!keys) {
            archived = sql::exec(m_store.db(), QStringLiteral("SELECT pdf_sha256, content, token FROM letter WHERE id = ? AND deleted = 0"),
                                 {v.letterId});
            if (!archived->next())
                archived.reset();
        }
        if (!archived) {
            // Another office's letter, or a keys file: the words can be checked only against the seal.
            const bool nameCut = v.residentName.endsWith(QStringLiteral("…"));
            const QString name = QString(v.residentName).remove(QRegularExpression(QStringLiteral("\\s+")));
            if (readable(words) && (!words.contains(QString(v.number).remove(u' ')) || (!nameCut && !words.contains(name)))) {
                v.kind = LetterVerdict::Kind::Altered;
                v.reason = tr("Teks PDF tidak memuat nomor atau nama yang disegel.");
                return v;
            }
            v.note = (v.note.isEmpty() ? QString() : v.note + u' ')
                     + tr("Hanya segelnya yang diperiksa: cocokkan isi surat dengan data di atas.");
            return v;
        }
        // This office's letter: the PDF must be the archived one, or carry exactly its words
        // (a SALINAN reprint saved as PDF). An edited purpose or NIK is caught here.
        if (QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()) == archived->value(0).toString()) {
            v.note = tr("PDF ini sama persis dengan arsip kantor.");
            return v;
        }
        if (!readable(words)) {
            v.note = tr("PDF ini tidak memuat teks yang terbaca (hasil pindai atau cetak): hanya segelnya yang diperiksa; "
                        "cocokkan isi surat dengan data di atas.");
            return v;
        }
        const LetterContent c = LetterContent::fromJson(QJsonDocument::fromJson(archived->value(1).toString().toUtf8()).object());
        const QString url = c.verifyUrl.isEmpty() ? archived->value(2).toString() : c.verifyUrl + u'#' + archived->value(2).toString();
        const QString original = pdfWords(BlobStore::get(m_store.db(), archived->value(0).toString()));
        const QString copy = pdfWords(LetterRenderer::pdf(c, url, m_office.office(), m_office.logo(), LetterMark::Copy));
        if (words != original && words != copy) {
            v.kind = LetterVerdict::Kind::Altered;
            v.reason = tr("Isi PDF ini berbeda dari surat %1 yang ditandatangani.").arg(v.number);
            return v;
        }
        v.note = tr("Isi PDF ini sama dengan surat yang ditandatangani.");
        return v;
    }
    throw Error::invalid(tr("Tidak ada segel surat Loket yang terbaca pada PDF."));
}

LetterVerdict LetterService::verify(const QString &input, const std::optional<QJsonObject> &keys) const
{
    const QFileInfo info(input);
    if (!info.exists()) {
        // A seal is base64url and a URL carries it after '#': a name with a dot or a slash and no
        // '#' is a file that is not there, not a forged seal.
        static const QRegularExpression fileLike(QStringLiteral("^(?!https?://)[^#]*(?:[/\\\\][^#]*|\\.[A-Za-z0-9]{1,5})$"));
        if (fileLike.match(input.trimmed()).hasMatch())
            throw Error::notFound(tr("Berkas %1 tidak ditemukan.").arg(input.trimmed().left(200)));
        return verifyToken(input, keys);
    }
    if (!info.isFile())
        throw Error::invalid(tr("%1 bukan berkas.").arg(input));
    if (info.size() > kMaxVerifyFile)
        throw Error::invalid(tr("%1 terlalu besar untuk diperiksa (paling besar 50 MB).").arg(info.fileName()));
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::invalid(tr("%1 tidak dapat dibaca.").arg(info.fileName()));
    const QByteArray bytes = file.read(kMaxVerifyFile);
    if (bytes.startsWith("%PDF-"))
        return verifyPdf(bytes, keys);
    QImageReader reader(input);
    reader.setAllocationLimit(256);
    const QImage image = reader.read();
    if (image.isNull()) {
        // A text file holding a token or URL.
        if (bytes.size() < 4096 && !bytes.contains('\0'))
            return verifyToken(QString::fromUtf8(bytes).trimmed(), keys);
        throw Error::invalid(tr("%1 bukan PDF, gambar atau segel: %2.").arg(info.fileName(), reader.errorString()));
    }
    return verifyImage(image, keys);
}

// ---------------------------------------------------------------- after issue

void LetterService::afterWithdrawal(ChangeSet &changes, const QString &letterId, const QString &note)
{
    // A request whose letter is withdrawn before hand-over goes back to be drafted and signed
    // again; once handed over, the request stays completed (the correction is a new request).
    const QString requestId = sql::scalar(changes.db(), QStringLiteral("SELECT request_id FROM letter WHERE id = ?"), {letterId}).toString();
    const QString status = WorkflowService::derive(changes.db(), requestId, QDateTime::fromMSecsSinceEpoch(changes.wallClockMs()).date()).status;
    if (status != QStringLiteral("signed") && status != QStringLiteral("ready"))
        return;
    WorkflowService::appendEvent(changes, requestId, RequestStateMachine::eventType(QStringLiteral("revoke-letter")), note,
                                 {{QStringLiteral("action"), QStringLiteral("revoke-letter")}, {QStringLiteral("letter_id"), letterId}});
    WorkflowService::refresh(changes, requestId);
}

void LetterService::revoke(const Session &session, const QString &letterId, const QString &reason)
{
    const Actor actor = session.requireAny({Role::Signer, Role::Admin});
    const QString why = checkedReason(reason);
    ChangeSet changes(m_store, actor);
    const LetterRecord r = letter(session, letterId);
    if (r.status != QStringLiteral("valid"))
        throw Error::invalid(tr("Surat %1 sudah %2.").arg(r.number, r.status == QStringLiteral("revoked") ? tr("dicabut") : tr("dibatalkan nomornya")));
    changes.insert(QStringLiteral("letter_revocation"),
                   {{QStringLiteral("letter_id"), r.id}, {QStringLiteral("reason"), why},
                    {QStringLiteral("revoked_at"), QDateTime::fromMSecsSinceEpoch(changes.wallClockMs()).toString(Qt::ISODate)},
                    {QStringLiteral("revoked_by"), session.fullName.isEmpty() ? session.username : session.fullName}},
                   QStringLiteral("letter.revoke"));
    afterWithdrawal(changes, r.id, tr("Surat %1 dicabut: %2").arg(r.number, why));
    changes.commit();
}

void LetterService::voidNumber(const Session &session, const QString &number, const QString &reason)
{
    const Actor actor = session.requireAny({Role::Signer, Role::Admin});
    const QString why = checkedReason(reason);
    ChangeSet changes(m_store, actor);
    auto q = sql::exec(changes.db(), QStringLiteral("SELECT id, state, letter_id FROM letter_number WHERE number = ? AND deleted = 0"),
                       {number.trimmed()});
    if (!q.next())
        throw Error::notFound(tr("Nomor %1 tidak ada dalam register.").arg(number.trimmed().left(60)));
    if (q.value(1).toString() == QStringLiteral("voided"))
        throw Error::invalid(tr("Nomor %1 sudah dibatalkan.").arg(number.trimmed()));
    changes.update(QStringLiteral("letter_number"), q.value(0).toString(),
                   {{QStringLiteral("state"), QStringLiteral("voided")}, {QStringLiteral("reason"), why},
                    {QStringLiteral("voided_at"), QDateTime::fromMSecsSinceEpoch(changes.wallClockMs()).toString(Qt::ISODate)}},
                   QStringLiteral("letter.void_number"));
    if (!q.value(2).toString().isEmpty())
        afterWithdrawal(changes, q.value(2).toString(), tr("Nomor %1 dibatalkan: %2").arg(number.trimmed(), why));
    changes.commit();
}

LetterRecord LetterService::letter(const Session &session, const QString &idOrNumber) const
{
    session.any();
    auto q = sql::exec(m_store.db(), kRecordSelect + QStringLiteral("WHERE (l.id = ? OR l.number = ?) AND l.deleted = 0"),
                       {idOrNumber.trimmed(), idOrNumber.trimmed()});
    if (!q.next())
        throw Error::notFound(tr("Surat %1 tidak ditemukan.").arg(idOrNumber.trimmed().left(60)));
    return recordFromRow(q);
}

QByteArray LetterService::letterPdf(const Session &session, const QString &letterId) const
{
    const LetterRecord r = letter(session, letterId);
    return BlobStore::get(m_store.db(), r.pdfSha256);
}

LetterService::PrintPdf LetterService::printPdf(const Session &session, const QString &letterId) const
{
    session.requireAny({Role::Officer, Role::Verifier, Role::Approver, Role::Signer, Role::Admin});
    const LetterRecord r = letter(session, letterId);
    if (r.status != QStringLiteral("valid"))
        throw Error::invalid(tr("Surat %1 tidak dicetak: surat itu %2.").arg(r.number, r.status == QStringLiteral("revoked")
                                                                                          ? tr("sudah dicabut") : tr("nomornya dibatalkan")));
    PrintPdf out;
    out.reprint = r.prints > 0;
    auto q = sql::exec(m_store.db(), QStringLiteral("SELECT content, paper, token FROM letter WHERE id = ?"), {r.id});
    q.next();
    out.paper = q.value(1).toString();
    if (out.reprint) {
        // A reprint is drawn again from the sealed content, marked SALINAN on every page.
        const LetterContent c = LetterContent::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        const QString url = c.verifyUrl.isEmpty() ? q.value(2).toString() : c.verifyUrl + u'#' + q.value(2).toString();
        out.pdf = LetterRenderer::pdf(c, url, m_office.office(), m_office.logo(), LetterMark::Copy);
    } else {
        out.pdf = BlobStore::get(m_store.db(), r.pdfSha256);
    }
    return out;
}

PrintResult LetterService::print(const Session &session, const QString &letterId, const QString &printer, int copies)
{
    const Actor actor = session.requireAny({Role::Officer, Role::Verifier, Role::Approver, Role::Signer, Role::Admin});
    // Under the write lock from the first read: two counters printing at once do not both send the
    // unmarked original, and the print is logged in the transaction that decided what to send.
    ChangeSet changes(m_store, actor);
    const LetterRecord r = letter(session, letterId);
    const PrintPdf toPrint = printPdf(session, r.id);
    PrintResult result;
    result.reprint = toPrint.reprint;
    result.printer = printer.isEmpty() ? CupsPrinter::defaultPrinter() : printer;
    result.jobId = CupsPrinter::print(result.printer, toPrint.pdf, QStringLiteral("%1 %2").arg(r.subject, r.number), copies,
                                      CupsPrinter::media(toPrint.paper));
    result.printId = changes.insert(QStringLiteral("letter_print"),
                                    {{QStringLiteral("letter_id"), r.id}, {QStringLiteral("printer"), result.printer},
                                     {QStringLiteral("copies"), copies}, {QStringLiteral("reprint"), result.reprint ? 1 : 0},
                                     {QStringLiteral("printed_by"), session.username},
                                     {QStringLiteral("printed_at"), QDateTime::fromMSecsSinceEpoch(changes.wallClockMs()).toString(Qt::ISODate)},
                                     {QStringLiteral("job_id"), result.jobId}},
                                    result.reprint ? QStringLiteral("letter.reprint") : QStringLiteral("letter.print"));
    changes.commit();
    return result;
}

QList<LetterRecord> LetterService::list(const Session &session, const QDate &from, const QDate &to, const QString &search,
                                        int limit) const
{
    session.any();
    if (limit < 1 || limit > kRegisterMax)
        throw Error::invalid(tr("Batas daftar harus 1–100000."));
    QString where = QStringLiteral("WHERE l.deleted = 0");
    QVariantList values;
    if (from.isValid()) {
        where += QStringLiteral(" AND l.issued_date >= ?");
        values << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        where += QStringLiteral(" AND l.issued_date <= ?");
        values << to.toString(Qt::ISODate);
    }
    const QString s = search.trimmed();
    if (!s.isEmpty()) {
        where += QStringLiteral(" AND (l.number LIKE ? ESCAPE '\\' OR l.resident_name LIKE ? ESCAPE '\\' OR l.tracking LIKE ? ESCAPE '\\' "
                                "OR l.subject LIKE ? ESCAPE '\\')");
        QString escaped = s.left(100);
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        const QString like = u'%' + escaped + u'%';
        values << like << like << like << like;
    }
    values << limit;
    QList<LetterRecord> out;
    auto q = sql::execList(m_store.db(), kRecordSelect + where + QStringLiteral(" ORDER BY l.issued_at DESC, l.number DESC LIMIT ?"), values);
    while (q.next())
        out.append(recordFromRow(q));
    return out;
}

std::optional<LetterRecord> LetterService::currentLetter(const Session &session, const QString &tracking) const
{
    session.any();
    const QString requestId = requestIdOf(m_store.db(), tracking);
    auto q = sql::exec(m_store.db(), kRecordSelect + QStringLiteral("WHERE l.request_id = ? AND l.deleted = 0 ORDER BY l.issued_at DESC"),
                       {requestId});
    while (q.next()) {
        const LetterRecord r = recordFromRow(q);
        if (r.status == QStringLiteral("valid"))
            return r;
    }
    return std::nullopt;
}

QString LetterService::registerCsv(const QList<LetterRecord> &letters)
{
    const auto cell = [](QString text) {
        // A cell a spreadsheet reads as text, never as a formula.
        if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
            text.prepend(u'\'');
        if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
            text = u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
        return text;
    };
    QString csv = QStringLiteral("nomor,tanggal,nomor_pelacakan,layanan,perihal,penduduk,penandatangan,status,alasan,cetak\r\n");
    for (const LetterRecord &r : letters)
        csv += QStringList{cell(r.number), r.date.toString(Qt::ISODate), cell(r.tracking), cell(r.serviceCode), cell(r.subject),
                           cell(r.residentName), cell(r.signerName), r.status, cell(r.reason), QString::number(r.prints)}
                   .join(u',') + QStringLiteral("\r\n");
    return csv;
}

// ---------------------------------------------------------------- back to the online application

OnlineExportResult LetterService::exportOnline(const Session &session, const QString &dir)
{
    const Actor actor = session.requireAny({Role::Officer, Role::Admin});
    QDir out(dir);
    if (!out.exists() && !QDir().mkpath(dir))
        throw Error::invalid(tr("Folder %1 tidak dapat dibuat.").arg(dir));
    const QSqlDatabase db = m_store.db();
    const qint64 cursor = sql::scalar(db, QStringLiteral("SELECT position FROM export_cursor WHERE name = 'online'")).toLongLong();
    // Status changes of online requests after the cursor, in the order they happened.
    auto q = sql::exec(db, QStringLiteral(
        "SELECT e.hlc, e.id, e.type, e.at, e.note, e.payload, q.id, q.tracking, q.portal_id, q.status "
        "FROM request_event e JOIN request q ON q.id = e.request_id "
        "WHERE q.channel = 'online' AND e.hlc > ? AND e.deleted = 0 ORDER BY e.hlc, e.id LIMIT 5000"), {cursor});
    struct Item { QString tracking, portalId, status; QJsonArray events; QStringList letterIds; };
    QMap<QString, Item> byRequest;
    QStringList order;
    qint64 last = cursor;
    OnlineExportResult result;
    while (q.next()) {
        last = qMax(last, q.value(0).toLongLong());
        const QString requestId = q.value(6).toString();
        if (!byRequest.contains(requestId)) {
            order << requestId;
            byRequest.insert(requestId, {q.value(7).toString(), q.value(8).toString(), q.value(9).toString(), {}, {}});
        }
        Item &item = byRequest[requestId];
        const QString type = q.value(2).toString();
        QJsonObject event{{QStringLiteral("event_id"), q.value(1).toString()}, {QStringLiteral("type"), type},
                          {QStringLiteral("at"), q.value(3).toString()}};
        if (type == QStringLiteral("returned") || type == QStringLiteral("rejected") || type == QStringLiteral("cancelled"))
            event.insert(QStringLiteral("reason"), q.value(4).toString());
        item.events.append(event);
        const QString letterId = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object().value(QStringLiteral("letter_id")).toString();
        if (type == QStringLiteral("signed") && !letterId.isEmpty())
            item.letterIds << letterId;
        ++result.events;
    }
    if (order.isEmpty())
        return result;
    QJsonArray requests;
    for (const QString &id : std::as_const(order)) {
        const Item &item = byRequest[id];
        QJsonObject r{{QStringLiteral("portal_id"), item.portalId}, {QStringLiteral("tracking"), item.tracking},
                      {QStringLiteral("status"), item.status}, {QStringLiteral("events"), item.events}};
        QJsonArray letters;
        for (const QString &letterId : item.letterIds) {
            const LetterRecord l = letter(session, letterId);
            const QByteArray pdf = BlobStore::get(db, l.pdfSha256);
            QString safe = l.number;
            safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]")), QStringLiteral("_"));
            const QString file = QStringLiteral("%1-%2.pdf").arg(item.tracking, safe);
            writeAtomically(out.filePath(file), pdf);
            result.files << file;
            const QString token = sql::scalar(db, QStringLiteral("SELECT token FROM letter WHERE id = ?"), {letterId}).toString();
            const QString verifyUrl = m_office.office().verifyUrl;
            letters.append(QJsonObject{{QStringLiteral("letter_id"), l.id}, {QStringLiteral("number"), l.number},
                                       {QStringLiteral("date"), l.date.toString(Qt::ISODate)}, {QStringLiteral("subject"), l.subject},
                                       {QStringLiteral("status"), l.status}, {QStringLiteral("pdf"), file},
                                       {QStringLiteral("sha256"), l.pdfSha256}, {QStringLiteral("token"), token},
                                       {QStringLiteral("verify_url"), verifyUrl.isEmpty() ? token : verifyUrl + u'#' + token}});
            ++result.letters;
        }
        if (!letters.isEmpty())
            r.insert(QStringLiteral("letters"), letters);
        requests.append(r);
    }
    result.requests = int(requests.size());
    const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("loket-online-result/1")},
                          {QStringLiteral("exported_at"), QDateTime::fromMSecsSinceEpoch(m_store.clock()()).toString(Qt::ISODate)},
                          {QStringLiteral("after"), QString::number(cursor)}, {QStringLiteral("until"), QString::number(last)},
                          {QStringLiteral("requests"), requests}};
    const QString name = QStringLiteral("loket-online-result-%1.json").arg(last);
    writeAtomically(out.filePath(name), QJsonDocument(doc).toJson(QJsonDocument::Indented));
    result.files << name;
    // The cursor moves only after every file is in place: a crash before this writes them again.
    ChangeSet changes(m_store, actor);
    sql::exec(changes.db(), QStringLiteral("INSERT INTO export_cursor(name, position) VALUES ('online', ?) "
                                           "ON CONFLICT(name) DO UPDATE SET position = excluded.position"), {last});
    changes.audit(QStringLiteral("online.export"), QStringLiteral("export_cursor"), QStringLiteral("online"),
                  {{QStringLiteral("requests"), result.requests}, {QStringLiteral("letters"), result.letters},
                   {QStringLiteral("until"), QString::number(last)}});
    changes.commit();
    return result;
}

} // namespace loket
