// A service of the catalogue with the six public components of its service standard
// (PermenPANRB 15/2014): requirements, procedure, time limit, fee, product, complaint channel.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace loket {

struct Requirement
{
    QString key;     // stable identifier, e.g. "ktp"
    QString label;   // what the resident brings, e.g. "KTP-el pemohon"
    bool mandatory = true;
    bool operator==(const Requirement &) const = default;
};

struct ServiceType
{
    QString id;
    QString code;
    QString name;
    QString category = QStringLiteral("non_perizinan");   // "perizinan" or "non_perizinan"
    QList<Requirement> requirements;
    QString procedure;
    int timeLimitDays = 0;   // working days; 0 = the same day
    QString fee;
    QString product;
    QString complaintChannel;
    QString legalBasis;
    QString classificationCode;
    bool active = true;

    QJsonObject toJson() const;
    // Reads the seed/export format; unknown or missing fields keep their defaults.
    static ServiceType fromJson(const QJsonObject &json);
    static QString requirementsToJson(const QList<Requirement> &requirements);
    static QList<Requirement> requirementsFromJson(const QString &json);
};

} // namespace loket
