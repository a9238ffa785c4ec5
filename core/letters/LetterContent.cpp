#include "LetterContent.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace loket {

QJsonObject LetterContent::toJson() const
{
    const QJsonObject signature{{QStringLiteral("full_name"), signer.fullName}, {QStringLiteral("nip"), signer.nip},
                                {QStringLiteral("rank_grade"), signer.rankGrade}, {QStringLiteral("title"), signer.title},
                                {QStringLiteral("delegation"), signer.delegation},
                                {QStringLiteral("principal_title"), signer.principalTitle}};
    return {{QStringLiteral("format"), QString::fromLatin1(kFormat)},
            {QStringLiteral("letter_id"), letterId},
            {QStringLiteral("tracking"), tracking},
            {QStringLiteral("service"), serviceCode},
            {QStringLiteral("number"), number},
            {QStringLiteral("date"), date.toString(Qt::ISODate)},
            {QStringLiteral("place"), place},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("title"), title},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("paper"), paper},
            {QStringLiteral("authority"), authority},
            {QStringLiteral("addressee"), addressee},
            {QStringLiteral("attachment"), attachment},
            {QStringLiteral("template_id"), templateId},
            {QStringLiteral("template_version"), QString::number(templateVersion)},
            {QStringLiteral("resident_name"), residentName},
            {QStringLiteral("resident_nik"), residentNik},
            {QStringLiteral("body"), bodyHtml},
            {QStringLiteral("signer"), signature},
            {QStringLiteral("key_id"), keyId},
            {QStringLiteral("verify_url"), verifyUrl}};
}

LetterContent LetterContent::fromJson(const QJsonObject &o)
{
    const auto s = [&](const char *key) { return o.value(QLatin1String(key)).toString(); };
    LetterContent c;
    c.letterId = s("letter_id");
    c.tracking = s("tracking");
    c.serviceCode = s("service");
    c.number = s("number");
    c.date = QDate::fromString(s("date"), Qt::ISODate);
    c.place = s("place");
    c.kind = s("kind");
    c.title = s("title");
    c.subject = s("subject");
    c.paper = s("paper");
    c.authority = s("authority");
    c.addressee = s("addressee");
    c.attachment = s("attachment");
    c.templateId = s("template_id");
    c.templateVersion = s("template_version").toInt();
    c.residentName = s("resident_name");
    c.residentNik = s("resident_nik");
    c.bodyHtml = s("body");
    c.keyId = s("key_id");
    c.verifyUrl = s("verify_url");
    const QJsonObject g = o.value(QStringLiteral("signer")).toObject();
    const auto t = [&](const char *key) { return g.value(QLatin1String(key)).toString(); };
    c.signer = {t("full_name"), t("nip"), t("rank_grade"), t("title"), t("delegation"), t("principal_title")};
    return c;
}

QByteArray LetterContent::canonical() const
{
    // QJsonObject keeps its keys sorted, and every value is a string: one spelling per content.
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

QByteArray LetterContent::sha256() const
{
    return QCryptographicHash::hash(canonical(), QCryptographicHash::Sha256);
}

} // namespace loket
