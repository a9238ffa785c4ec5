#include "IntakeTypes.h"

#include <QJsonArray>

namespace loket {

QList<RequirementState> Submission::missing() const
{
    QList<RequirementState> out;
    for (const RequirementState &r : requirements)
        if (!r.received)
            out.append(r);
    return out;
}

QJsonObject RequestDetails::toJson() const
{
    QJsonArray reqs;
    for (const RequirementState &r : requirements)
        reqs.append(QJsonObject{{QStringLiteral("key"), r.key}, {QStringLiteral("label"), r.label},
                                {QStringLiteral("mandatory"), r.mandatory}, {QStringLiteral("received"), r.received}});
    QJsonObject fieldJson;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        fieldJson.insert(it.key(), it.value());
    QJsonArray eventJson;
    for (const RequestEvent &e : events)
        eventJson.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("type"), e.type},
                                     {QStringLiteral("actor"), e.actorName}, {QStringLiteral("role"), e.role},
                                     {QStringLiteral("node"), e.nodeCode}, {QStringLiteral("at"), e.at},
                                     {QStringLiteral("note"), e.note}});
    QJsonArray conflictJson;
    for (const RequestEvent &e : conflicts)
        conflictJson.append(QJsonObject{{QStringLiteral("event_id"), e.id}, {QStringLiteral("type"), e.type},
                                        {QStringLiteral("actor"), e.actorName}, {QStringLiteral("node"), e.nodeCode},
                                        {QStringLiteral("at"), e.at}});
    QJsonArray documentJson;
    for (const AttachedDocument &d : documents)
        documentJson.append(QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("requirement"), d.requirementKey},
                                        {QStringLiteral("source"), d.source}, {QStringLiteral("file_name"), d.fileName},
                                        {QStringLiteral("pages"), d.pageCount}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("tracking"), tracking},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("status"), status},
            {QStringLiteral("service"), QJsonObject{{QStringLiteral("code"), service.code}, {QStringLiteral("name"), service.name}}},
            {QStringLiteral("resident"), resident.toJson()},
            {QStringLiteral("requirements"), reqs},
            {QStringLiteral("fields"), fieldJson},
            {QStringLiteral("incomplete"), incomplete},
            {QStringLiteral("submitted_at"), submittedAt.toString(Qt::ISODate)},
            {QStringLiteral("due_date"), dueDate.toString(Qt::ISODate)},
            {QStringLiteral("officer"), officerName},
            {QStringLiteral("assisted_by"), assistedByName},
            {QStringLiteral("events"), eventJson},
            {QStringLiteral("conflicts"), conflictJson},
            {QStringLiteral("documents"), documentJson}};
}

} // namespace loket
