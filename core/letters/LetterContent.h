// What a letter says, as one value: everything the renderer draws and the seal covers. At
// issue it is frozen as canonical JSON (compact, keys sorted), whose SHA-256 is the content hash
// in the seal; the letter is drawn again (a reprint, a preview) from that JSON alone.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace loket {

struct LetterSignature
{
    QString fullName;
    QString nip;
    QString rankGrade;
    QString title;
    QString delegation;       // "", a.n., u.b., Plt., Plh.
    QString principalTitle;   // for a.n./u.b.
};

struct LetterContent
{
    static constexpr const char *kFormat = "loket-letter/1";

    QString letterId;
    QString tracking;
    QString serviceCode;
    QString number;           // empty on a draft
    QDate date;
    QString place;            // the city of the date line
    QString kind;             // keterangan | surat | pengesahan
    QString title;
    QString subject;
    QString paper;            // a4 | f4
    QString authority;
    QString addressee;
    QString attachment;
    QString templateId;
    int templateVersion = 0;
    QString residentName;
    QString residentNik;
    QString bodyHtml;         // the template's body, filled
    LetterSignature signer;
    QString keyId;
    QString verifyUrl;

    QJsonObject toJson() const;
    static LetterContent fromJson(const QJsonObject &json);
    QByteArray canonical() const;   // compact JSON, keys sorted
    QByteArray sha256() const;      // of canonical()
};

} // namespace loket
