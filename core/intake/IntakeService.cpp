#include "IntakeService.h"

#include "HolidayCalendar.h"
#include "IdentityNumber.h"
#include "TrackingNumber.h"
#include "catalogue/ServiceCatalogue.h"
#include "common/Error.h"
#include "residents/ResidentService.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"
#include "workflow/WorkflowService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace loket {

namespace {

QString toJsonText(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QJsonArray requirementsJson(const QList<RequirementState> &list)
{
    QJsonArray out;
    for (const RequirementState &r : list)
        out.append(QJsonObject{{QStringLiteral("key"), r.key}, {QStringLiteral("label"), r.label},
                               {QStringLiteral("mandatory"), r.mandatory}, {QStringLiteral("received"), r.received}});
    return out;
}

QList<RequirementState> requirementsFrom(const QString &json)
{
    QList<RequirementState> out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("label")).toString(),
                    o.value(QStringLiteral("mandatory")).toBool(), o.value(QStringLiteral("received")).toBool()});
    }
    return out;
}

} // namespace

QString IntakeService::allocateTracking(ChangeSet &changes, const QDate &day)
{
    const QString node = changes.node().nodeCode;
    int seq = sql::scalar(changes.db(), QStringLiteral("SELECT last_seq FROM tracking_sequence WHERE node_code = ? AND day = ?"),
                          {node, day.toString(Qt::ISODate)}).toInt();
    do {
        ++seq;
    } while (seq <= 9999 && !TrackingNumber::isIssuable(node, day, seq));
    const QString tracking = TrackingNumber::format(node, day, seq);   // throws past 9999 a day
    sql::exec(changes.db(), QStringLiteral("INSERT INTO tracking_sequence(node_code, day, last_seq) VALUES (?, ?, ?) "
                                           "ON CONFLICT(node_code, day) DO UPDATE SET last_seq = excluded.last_seq"),
              {node, day.toString(Qt::ISODate), seq});
    return tracking;
}

void IntakeService::checkField(const QString &name, const QString &value)
{
    static const QRegularExpression nameRe(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (!nameRe.match(name).hasMatch())
        throw Error::invalid(tr("Nama isian \"%1\" tidak sah: huruf kecil, angka atau garis bawah, diawali huruf.")
                                 .arg(name.left(40)));
    if (value.size() > kMaxFieldLength)
        throw Error::invalid(tr("Isian %1 terlalu panjang (%2 karakter): paling banyak %3.")
                                 .arg(name).arg(value.size()).arg(kMaxFieldLength));
    for (QChar c : value)
        if ((c.category() == QChar::Other_Control && c != u'\n') || c.category() == QChar::Other_Format)
            throw Error::invalid(tr("Isian %1 berisi karakter kendali yang tidak boleh ada.").arg(name));
}

QJsonObject IntakeService::checkFields(const QMap<QString, QString> &fields)
{
    QJsonObject out;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        checkField(it.key(), it.value());
        out.insert(it.key(), it.value());
    }
    return out;
}

IntakeService::IntakeService(Store &store)
    : m_store(store)
{
}

QStringList IntakeService::closedStatuses()
{
    return {QStringLiteral("completed"), QStringLiteral("rejected"), QStringLiteral("cancelled")};
}

QStringList IntakeService::openRequests(const Session &session, const QString &nik, const QString &serviceCode) const
{
    session.any();
    QStringList out;
    auto q = sql::exec(m_store.db(), QStringLiteral(
        "SELECT q.tracking FROM request q JOIN resident r ON r.id = q.resident_id WHERE r.nik = ? AND q.service_code = ? "
        "AND q.deleted = 0 AND q.status NOT IN ('completed', 'rejected', 'cancelled') ORDER BY q.hlc"),
        {IdentityNumber::normalise(nik), serviceCode.trimmed().toUpper()});
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Submission IntakeService::submit(const Session &session, const NewRequest &request)
{
    const Actor actor = session.require(Role::Officer);
    if (request.channel != QStringLiteral("walk_in") && request.channel != QStringLiteral("assisted"))
        throw Error::invalid(tr("Saluran \"%1\" tidak dikenal di loket: walk_in atau assisted.").arg(request.channel.left(20)));

    const std::optional<ServiceType> service = ServiceCatalogue(m_store).findByCode(request.serviceCode);
    if (!service)
        throw Error::notFound(tr("Layanan %1 tidak ada di katalog.").arg(request.serviceCode.left(20)));
    if (!service->active)
        throw Error::invalid(tr("Layanan %1 sedang tidak dibuka.").arg(service->code));

    QStringList unknown = request.received;
    QList<RequirementState> requirements;
    for (const Requirement &r : service->requirements) {
        const bool received = request.received.contains(r.key);
        unknown.removeAll(r.key);
        requirements.append({r.key, r.label, r.mandatory, received});
    }
    if (!unknown.isEmpty())
        throw Error::invalid(tr("Persyaratan %1 tidak ada pada layanan %2.").arg(unknown.join(QStringLiteral(", ")).left(200), service->code));
    QStringList missingMandatory;
    for (const RequirementState &r : std::as_const(requirements))
        if (r.mandatory && !r.received)
            missingMandatory << r.label;
    if (!missingMandatory.isEmpty() && !request.incomplete)
        throw Error::invalid(tr("Persyaratan wajib belum diterima: %1. Lengkapi berkasnya atau catat permohonan sebagai belum lengkap.")
                                 .arg(missingMandatory.join(QStringLiteral("; "))));
    const QJsonObject fields = checkFields(request.fields);
    std::optional<Resident> resident = request.resident;
    if (resident) {
        resident->nik = request.nik.isEmpty() ? resident->nik : request.nik;
        ResidentService::validate(*resident);
    }

    Submission result;
    result.requirements = requirements;
    const QString nik = IdentityNumber::normalise(resident ? resident->nik : request.nik);
    result.warnings = openRequests(session, nik, service->code);
    if (!result.warnings.isEmpty())
        result.warnings = {tr("Penduduk ini masih punya permohonan %1 yang belum selesai: %2.")
                               .arg(service->code, result.warnings.join(QStringLiteral(", ")))};

    ChangeSet changes(m_store, actor);
    QString residentId;
    if (resident) {
        const ResidentSaved saved = ResidentService::save(changes, *resident);
        residentId = saved.id;
        result.warnings << saved.warnings;
    } else {
        residentId = sql::scalar(changes.db(), QStringLiteral("SELECT id FROM resident WHERE nik = ? AND deleted = 0 ORDER BY id LIMIT 1"), {nik}).toString();
        if (residentId.isEmpty())
            throw Error::notFound(tr("Penduduk dengan NIK %1 belum terdaftar: daftarkan dulu.").arg(nik.left(20)));
    }

    const QDateTime now = QDateTime::fromMSecsSinceEpoch(changes.wallClockMs());
    const QDate today = now.date();
    result.dueDate = HolidayCalendar::calendar(changes.db()).addWorkingDays(today, service->timeLimitDays);
    result.tracking = allocateTracking(changes, today);
    result.status = missingMandatory.isEmpty() ? QStringLiteral("submitted") : QStringLiteral("returned");
    const bool assisted = request.channel == QStringLiteral("assisted");
    result.id = changes.insert(QStringLiteral("request"),
                               {{QStringLiteral("tracking"), result.tracking},
                                {QStringLiteral("channel"), request.channel},
                                {QStringLiteral("resident_id"), residentId},
                                {QStringLiteral("service_id"), service->id},
                                {QStringLiteral("service_code"), service->code},
                                {QStringLiteral("requirements"), toJsonText(requirementsJson(requirements))},
                                {QStringLiteral("form_fields"), toJsonText(fields)},
                                {QStringLiteral("incomplete"), missingMandatory.isEmpty() ? 0 : 1},
                                {QStringLiteral("status"), result.status},
                                {QStringLiteral("submitted_at"), now.toString(Qt::ISODate)},
                                {QStringLiteral("submitted_date"), today.toString(Qt::ISODate)},
                                {QStringLiteral("due_date"), result.dueDate.toString(Qt::ISODate)},
                                {QStringLiteral("officer_id"), actor.userId},
                                {QStringLiteral("assisted_by"), assisted ? QVariant(actor.userId) : QVariant()}},
                               QStringLiteral("request.create"));
    QStringList receivedKeys;
    for (const RequirementState &r : std::as_const(requirements))
        if (r.received)
            receivedKeys << r.key;
    WorkflowService::appendEvent(changes, result.id, QStringLiteral("submitted"), QString(),
                {{QStringLiteral("channel"), request.channel}, {QStringLiteral("received"), QJsonArray::fromStringList(receivedKeys)}});
    if (!missingMandatory.isEmpty())
        WorkflowService::appendEvent(changes, result.id, QStringLiteral("returned"),
                    tr("Persyaratan belum lengkap: %1").arg(missingMandatory.join(QStringLiteral("; "))),
                    {{QStringLiteral("missing"), QJsonArray::fromStringList(missingMandatory)}});
    changes.commit();
    return result;
}

RequestDetails IntakeService::find(const Session &session, const QString &tracking) const
{
    session.any();
    const QString canonical = TrackingNumber::canonical(tracking);
    auto q = sql::exec(m_store.db(), QStringLiteral(
        "SELECT q.id, q.tracking, q.channel, q.status, q.resident_id, q.service_code, q.requirements, q.form_fields, "
        "q.incomplete, q.submitted_at, q.due_date, COALESCE(o.full_name, ''), COALESCE(a.full_name, '') "
        "FROM request q LEFT JOIN app_user o ON o.id = q.officer_id LEFT JOIN app_user a ON a.id = q.assisted_by "
        "WHERE q.tracking = ? AND q.deleted = 0"), {canonical});
    if (!q.next())
        throw Error::notFound(tr("Permohonan %1 tidak ditemukan.").arg(canonical));
    RequestDetails d;
    d.id = q.value(0).toString();
    d.tracking = q.value(1).toString();
    d.channel = q.value(2).toString();
    d.status = q.value(3).toString();
    d.resident = *ResidentService(m_store).findById(session, q.value(4).toString());
    d.service = ServiceCatalogue(m_store).findByCode(q.value(5).toString()).value_or(ServiceType{});
    d.requirements = requirementsFrom(q.value(6).toString());
    const QJsonObject fields = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        d.fields.insert(it.key(), it.value().toString());
    d.incomplete = q.value(8).toBool();
    d.submittedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    d.dueDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    d.officerName = q.value(11).toString();
    d.assistedByName = q.value(12).toString();

    auto e = sql::exec(m_store.db(), QStringLiteral("SELECT e.id, e.type, COALESCE(u.full_name, e.actor_name), e.role, e.node_code, "
                                                         "e.at, e.hlc, e.note FROM request_event e LEFT JOIN app_user u ON u.id = e.actor_id "
                                                         "WHERE e.request_id = ? ORDER BY e.hlc, e.node_id"), {d.id});
    while (e.next())
        d.events.append({e.value(0).toString(), e.value(1).toString(), e.value(2).toString(), e.value(3).toString(),
                         e.value(4).toString(), e.value(5).toString(), e.value(6).toLongLong(), e.value(7).toString()});
    auto docs = sql::exec(m_store.db(), QStringLiteral("SELECT id, requirement_key, source, file_name, page_count FROM document "
                                                            "WHERE request_id = ? AND deleted = 0 ORDER BY hlc, id"), {d.id});
    while (docs.next())
        d.documents.append({docs.value(0).toString(), docs.value(1).toString(), docs.value(2).toString(), docs.value(3).toString(),
                            docs.value(4).toInt()});
    const WorkflowState state = WorkflowService::derive(m_store.db(), d.id, QDateTime::fromMSecsSinceEpoch(m_store.clock()()).date());
    for (const WorkflowConflict &c : state.conflicts)
        for (const RequestEvent &ev : std::as_const(d.events))
            if (ev.id == c.eventId)
                d.conflicts.append(ev);
    return d;
}

} // namespace loket
