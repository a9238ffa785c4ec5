#include "LetterTemplate.h"

#include "common/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace loket {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([^{}]{1,80}?)\\s*\\}\\}"));
    return re;
}

const QRegularExpression &fieldKeyPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return re;
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QJsonObject LetterTemplate::toJson() const
{
    QJsonArray f;
    for (const TemplateField &field : fields)
        f.append(QJsonObject{{QStringLiteral("key"), field.key}, {QStringLiteral("label"), field.label},
                             {QStringLiteral("default"), field.defaultValue}, {QStringLiteral("multiline"), field.multiline}});
    QJsonObject o{{QStringLiteral("service"), serviceCode}, {QStringLiteral("kind"), kind}, {QStringLiteral("title"), title},
                  {QStringLiteral("subject"), subject}, {QStringLiteral("paper"), paper}, {QStringLiteral("authority"), authority},
                  {QStringLiteral("addressee"), addressee}, {QStringLiteral("attachment"), attachment},
                  {QStringLiteral("fields"), f}, {QStringLiteral("body"), body}};
    if (version > 0)
        o.insert(QStringLiteral("version"), version);
    return o;
}

LetterTemplate LetterTemplate::fromJson(const QJsonObject &o)
{
    LetterTemplate t;
    t.serviceCode = text(o, "service").trimmed().toUpper();
    t.kind = text(o, "kind").trimmed();
    t.title = text(o, "title").trimmed();
    t.subject = text(o, "subject").trimmed();
    t.paper = text(o, "paper").trimmed().toLower();
    t.authority = text(o, "authority").trimmed();
    t.addressee = text(o, "addressee").trimmed();
    t.attachment = text(o, "attachment").trimmed();
    t.body = text(o, "body");
    t.version = o.value(QStringLiteral("version")).toInt();
    if (!o.value(QStringLiteral("fields")).isUndefined() && !o.value(QStringLiteral("fields")).isArray())
        throw Error::invalid(LetterTemplates::tr("\"fields\" templat harus berupa daftar."));
    for (const QJsonValue &v : o.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        t.fields.append({text(f, "key").trimmed(), text(f, "label").trimmed(), text(f, "default"),
                         f.value(QStringLiteral("multiline")).toBool()});
    }
    return t;
}

QString LetterTemplate::fieldsToJson(const QList<TemplateField> &fields)
{
    LetterTemplate t;
    t.fields = fields;
    return QString::fromUtf8(QJsonDocument(t.toJson().value(QStringLiteral("fields")).toArray()).toJson(QJsonDocument::Compact));
}

QList<TemplateField> LetterTemplate::fieldsFromJson(const QString &json)
{
    return fromJson(QJsonObject{{QStringLiteral("fields"), QJsonDocument::fromJson(json.toUtf8()).array()}}).fields;
}

const QList<QPair<QString, QString>> &LetterTemplates::placeholders()
{
    static const QList<QPair<QString, QString>> list = [] {
        const auto p = [](const char *name, const QString &meaning) { return qMakePair(QString::fromLatin1(name), meaning); };
        return QList<QPair<QString, QString>>{
            p("penduduk.nama", tr("nama lengkap penduduk")),
            p("penduduk.nik", tr("NIK")),
            p("penduduk.kk", tr("nomor Kartu Keluarga")),
            p("penduduk.tempat_lahir", tr("tempat lahir")),
            p("penduduk.tanggal_lahir", tr("tanggal lahir, mis. 5 Mei 1990")),
            p("penduduk.ttl", tr("tempat dan tanggal lahir")),
            p("penduduk.jenis_kelamin", tr("Laki-laki atau Perempuan")),
            p("penduduk.agama", tr("agama")),
            p("penduduk.status_perkawinan", tr("status perkawinan")),
            p("penduduk.pekerjaan", tr("pekerjaan")),
            p("penduduk.alamat", tr("alamat lengkap dengan RT/RW dan kelurahan")),
            p("penduduk.rt", tr("RT")),
            p("penduduk.rw", tr("RW")),
            p("penduduk.kelurahan", tr("nama kelurahan")),
            p("penduduk.identitas", tr("daftar identitas penduduk (blok)")),
            p("permohonan.nomor", tr("nomor pelacakan permohonan")),
            p("permohonan.tanggal", tr("tanggal permohonan")),
            p("permohonan.layanan", tr("nama layanan")),
            p("kantor.nama", tr("nama kecamatan")),
            p("kantor.pimpinan", tr("jabatan pimpinan, mis. Camat Purwokerto Utara")),
            p("kantor.kabupaten", tr("nama kabupaten")),
            p("kantor.kota", tr("kota tempat surat dibuat")),
            p("kantor.alamat", tr("alamat kantor")),
            p("surat.nomor", tr("nomor surat (diberikan saat ditandatangani)")),
            p("surat.tanggal", tr("tanggal surat")),
            p("surat.perihal", tr("perihal surat")),
            p("penandatangan.nama", tr("nama penandatangan")),
            p("penandatangan.nip", tr("NIP penandatangan")),
            p("penandatangan.jabatan", tr("jabatan penandatangan")),
            p("penandatangan.pangkat", tr("pangkat/golongan penandatangan")),
        };
    }();
    return list;
}

QStringList LetterTemplates::used(const QString &text)
{
    QStringList out;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1).trimmed();
        if (!out.contains(name))
            out << name;
    }
    return out;
}

void LetterTemplates::validate(const LetterTemplate &t)
{
    if (t.serviceCode.isEmpty())
        throw Error::invalid(tr("Templat harus menyebut kode layanan."));
    if (t.kind != QStringLiteral("keterangan") && t.kind != QStringLiteral("surat") && t.kind != QStringLiteral("pengesahan"))
        throw Error::invalid(tr("Jenis surat \"%1\" tidak dikenal: keterangan, surat atau pengesahan.").arg(t.kind.left(30)));
    if (t.paper != QStringLiteral("a4") && t.paper != QStringLiteral("f4"))
        throw Error::invalid(tr("Kertas \"%1\" tidak dikenal: a4 atau f4.").arg(t.paper.left(10)));
    if (t.subject.isEmpty() || t.subject.size() > 200)
        throw Error::invalid(tr("Perihal surat wajib diisi (paling banyak 200 karakter)."));
    if (t.kind != QStringLiteral("surat") && t.title.isEmpty())
        throw Error::invalid(tr("Judul surat wajib diisi untuk surat jenis %1.").arg(t.kind));
    if (t.title.size() > 200 || t.authority.size() > 200 || t.addressee.size() > 500 || t.attachment.size() > 100)
        throw Error::invalid(tr("Judul, atas nama, tujuan atau lampiran terlalu panjang."));
    if (t.body.trimmed().isEmpty() || t.body.size() > 50000)
        throw Error::invalid(tr("Isi templat wajib diisi (paling banyak 50.000 karakter)."));
    if (t.fields.size() > 20)
        throw Error::invalid(tr("Templat paling banyak memiliki 20 isian."));
    QStringList keys;
    for (const TemplateField &f : t.fields) {
        if (!fieldKeyPattern().match(f.key).hasMatch())
            throw Error::invalid(tr("Nama isian \"%1\" tidak sah: huruf kecil, angka dan garis bawah, diawali huruf.").arg(f.key.left(40)));
        if (keys.contains(f.key))
            throw Error::invalid(tr("Isian \"%1\" disebut dua kali.").arg(f.key));
        if (f.label.isEmpty() || f.label.size() > 100 || f.defaultValue.size() > 2000)
            throw Error::invalid(tr("Isian \"%1\" harus berlabel (paling banyak 100 karakter).").arg(f.key));
        keys << f.key;
    }
    QStringList known;
    for (const auto &p : placeholders())
        known << p.first;
    for (const QString &name : used(t.body)) {
        if (known.contains(name))
            continue;
        if (name.startsWith(QStringLiteral("isian.")) && keys.contains(name.mid(6)))
            continue;
        if (name.startsWith(QStringLiteral("isian.")))
            throw Error::invalid(tr("Isian {{%1}} belum didaftarkan pada templat: tambahkan isian \"%2\".").arg(name, name.mid(6)));
        throw Error::invalid(tr("Isian {{%1}} tidak dikenal.").arg(name));
    }
    if (t.body.contains(QStringLiteral("{{")) && used(t.body).isEmpty())
        throw Error::invalid(tr("Isi templat memuat \"{{\" yang tidak ditutup dengan \"}}\"."));
}

QString LetterTemplates::fill(const QString &body, const QMap<QString, QString> &values)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += body.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1).trimmed();
        const QString value = values.value(name);
        out += name == QStringLiteral("penduduk.identitas") ? value : value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
        last = m.capturedEnd();
    }
    out += body.mid(last);
    return out;
}

} // namespace loket
