// What the counter submits and what it gets back.
#pragma once

#include "catalogue/ServiceType.h"
#include "residents/Resident.h"

#include <QDate>
#include <QMap>
#include <QStringList>
#include <optional>

namespace loket {

struct NewRequest
{
    QString nik;
    QString serviceCode;
    QString channel = QStringLiteral("walk_in");   // walk_in | assisted
    QStringList received;                          // requirement keys whose paper was seen
    QMap<QString, QString> fields;                 // e.g. keperluan = "Melamar pekerjaan"
    bool incomplete = false;                       // record it although mandatory papers are missing
    std::optional<Resident> resident;              // saved (created or updated) in the same transaction
};

struct RequirementState
{
    QString key;
    QString label;
    bool mandatory = true;
    bool received = false;
};

struct Submission
{
    QString id;
    QString tracking;
    QDate dueDate;
    QString status;
    QList<RequirementState> requirements;
    QStringList warnings;

    QList<RequirementState> missing() const;
};

struct RequestEvent
{
    QString id;
    QString type;
    QString actorName;
    QString role;
    QString nodeCode;
    QString at;
    qint64 hlc = 0;
    QString note;
};

// A document attached to a requirement's slot (a scan, an imported file or an online attachment).
struct AttachedDocument
{
    QString id;
    QString requirementKey;
    QString source;     // scan | file | online
    QString fileName;
    int pageCount = 0;
};

struct RequestDetails
{
    QString id;
    QString tracking;
    QString channel;
    QString status;
    Resident resident;
    ServiceType service;
    QList<RequirementState> requirements;
    QMap<QString, QString> fields;
    bool incomplete = false;
    QDateTime submittedAt;
    QDate dueDate;
    QString officerName;
    QString assistedByName;
    QList<RequestEvent> events;
    QList<RequestEvent> conflicts;   // events that could not be applied and are not yet settled
    QList<AttachedDocument> documents;   // not deleted, in the order they were attached

    QJsonObject toJson() const;
};

} // namespace loket
