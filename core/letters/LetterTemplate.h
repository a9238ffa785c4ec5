// A service's letter template: the kind of letter (which fixed parts the renderer draws), the
// paper, the delegated authority, and an HTML body with named placeholders ({{penduduk.nama}},
// {{isian.keperluan}}, …) filled from the resident, the request, the office, the letter and the
// signer. Templates are versioned: an edit adds a version; a letter records the one that made it.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace loket {

struct TemplateField
{
    QString key;      // lower_snake_case, used as {{isian.KEY}}
    QString label;    // what the officer sees
    QString defaultValue;
    bool multiline = false;
    bool operator==(const TemplateField &) const = default;
};

struct LetterTemplate
{
    QString id;
    QString serviceCode;
    int version = 0;
    QString kind = QStringLiteral("keterangan");   // keterangan | surat | pengesahan
    QString title;        // printed centred (keterangan, pengesahan)
    QString subject;      // the register's and the seal's subject; Perihal of a surat
    QString paper = QStringLiteral("a4");   // a4 | f4
    QString authority;    // e.g. "a.n. BUPATI BANYUMAS"; empty for the Camat's own authority
    QString addressee;    // surat: "Kepala …\ndi Purwokerto"
    QString attachment;   // surat: the Lampiran line
    QList<TemplateField> fields;
    QString body;         // HTML with {{placeholders}}

    QJsonObject toJson() const;
    // Reads the seed/export format; throws Error::invalid naming what is wrong.
    static LetterTemplate fromJson(const QJsonObject &json);
    // The fields as stored in the database.
    static QString fieldsToJson(const QList<TemplateField> &fields);
    static QList<TemplateField> fieldsFromJson(const QString &json);
};

class LetterTemplates
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplates)

public:
    // Every placeholder a template may use apart from {{isian.KEY}}, with what it stands for.
    static const QList<QPair<QString, QString>> &placeholders();
    // The placeholder names used in text, in order of first use.
    static QStringList used(const QString &text);
    // Throws Error::invalid naming the first wrong thing: an unknown placeholder (by its name), a
    // field key used twice or badly formed, a kind or paper not known, text too long.
    static void validate(const LetterTemplate &t);
    // The body with every placeholder replaced by its HTML-escaped value; "penduduk.identitas"
    // (an HTML block) is inserted as it is.
    static QString fill(const QString &body, const QMap<QString, QString> &values);
};

} // namespace loket
