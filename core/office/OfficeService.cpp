#include "OfficeService.h"

#include "common/Error.h"
#include "letters/LetterNumber.h"
#include "storage/BlobStore.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>

namespace loket {

namespace {

QVariantMap officeValues(const Office &o)
{
    return {{QStringLiteral("code"), o.code.trimmed()},
            {QStringLiteral("name"), o.name.trimmed()},
            {QStringLiteral("regency_name"), o.regencyName.trimmed()},
            {QStringLiteral("unit_code"), o.unitCode.trimmed()},
            {QStringLiteral("city"), o.city.trimmed()},
            {QStringLiteral("address"), o.address.trimmed()},
            {QStringLiteral("postal_code"), o.postalCode.trimmed()},
            {QStringLiteral("phone"), o.phone.trimmed()},
            {QStringLiteral("email"), o.email.trimmed()},
            {QStringLiteral("website"), o.website.trimmed()},
            {QStringLiteral("letterhead_lines"), o.letterheadLines.join(u'\n')},
            {QStringLiteral("status_url"), o.statusUrl.trimmed()},
            {QStringLiteral("online_url"), o.onlineUrl.trimmed()},
            {QStringLiteral("verify_url"), o.verifyUrl.trimmed()},
            {QStringLiteral("number_format"), o.numberFormat.trimmed()},
            {QStringLiteral("number_registers"), o.numberRegisters}};
}

QVariantMap signerValues(const Signer &s)
{
    return {{QStringLiteral("full_name"), s.fullName.trimmed()},
            {QStringLiteral("nip"), s.nip.trimmed()},
            {QStringLiteral("rank_grade"), s.rankGrade.trimmed()},
            {QStringLiteral("title"), s.title.trimmed()},
            {QStringLiteral("delegation"), s.delegation},
            {QStringLiteral("principal_title"), s.principalTitle.trimmed()},
            {QStringLiteral("user_id"), s.userId.isEmpty() ? QVariant() : QVariant(s.userId)},
            {QStringLiteral("active"), s.active ? 1 : 0}};
}

} // namespace

OfficeService::OfficeService(Store &store)
    : m_store(store)
{
}

QStringList OfficeService::defaultLetterhead(const Office &o)
{
    QStringList lines{QStringLiteral("PEMERINTAH ") + o.regencyName.toUpper(), o.name.toUpper()};
    QString contact = o.address;
    if (!o.phone.isEmpty())
        contact += QStringLiteral(" Telepon ") + o.phone;
    if (!o.postalCode.isEmpty())
        contact += QStringLiteral(" Kode Pos ") + o.postalCode;
    lines << contact.trimmed();
    QStringList web;
    if (!o.email.isEmpty())
        web << QStringLiteral("Pos-el: ") + o.email;
    if (!o.website.isEmpty())
        web << QStringLiteral("Laman: ") + o.website;
    if (!web.isEmpty())
        lines << web.join(QStringLiteral(", "));
    lines.removeAll(QString());
    return lines;
}

void OfficeService::validate(const Office &o)
{
    if (!QRegularExpression(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{2}$")).match(o.code).hasMatch())
        throw Error::invalid(tr("Kode kecamatan harus berbentuk PP.RR.DD, misalnya 33.02.27 (tertulis: \"%1\").").arg(o.code));
    if (o.name.trimmed().isEmpty())
        throw Error::invalid(tr("Nama kantor wajib diisi."));
    if (!o.email.isEmpty() && !QRegularExpression(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")).match(o.email.trimmed()).hasMatch())
        throw Error::invalid(tr("Alamat e-mail \"%1\" tidak sah.").arg(o.email));
    if (!o.unitCode.isEmpty() && !QRegularExpression(QStringLiteral("^[A-Za-z0-9.-]{1,12}$")).match(o.unitCode).hasMatch())
        throw Error::invalid(tr("Kode unit \"%1\" tidak sah: huruf, angka, titik atau tanda hubung, paling banyak 12.").arg(o.unitCode));
    for (const QString &url : {o.statusUrl, o.onlineUrl, o.verifyUrl})
        if (url.size() > 200 || url.contains(u' '))
            throw Error::invalid(tr("Alamat \"%1\" tidak sah: tanpa spasi, paling banyak 200 karakter.").arg(url.left(60)));
    if (o.verifyUrl.contains(u'#'))
        throw Error::invalid(tr("Alamat verifikasi surat tidak boleh memuat \"#\": segel ditambahkan setelahnya."));
    if (o.numberRegisters != QStringLiteral("per_code") && o.numberRegisters != QStringLiteral("office"))
        throw Error::invalid(tr("Register nomor \"%1\" tidak dikenal: per_code atau office.").arg(o.numberRegisters.left(20)));
    NumberFormat::validate(o.numberFormat, o.numberRegisters == QStringLiteral("per_code"));
}

Office OfficeService::office() const
{
    auto q = sql::exec(m_store.db(), QStringLiteral(
        "SELECT id, code, name, regency_name, unit_code, city, address, postal_code, phone, email, website, "
        "letterhead_lines, logo_sha256, status_url, online_url, verify_url, number_format, number_registers "
        "FROM office WHERE deleted = 0 ORDER BY hlc LIMIT 1"));
    if (!q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
            q.value(8).toString(), q.value(9).toString(), q.value(10).toString(),
            q.value(11).toString().split(u'\n', Qt::SkipEmptyParts), q.value(12).toString(), q.value(13).toString(),
            q.value(14).toString(), q.value(15).toString(), q.value(16).toString(), q.value(17).toString()};
}

QByteArray OfficeService::logo() const
{
    const QString sha = office().logoSha256;
    return sha.isEmpty() ? QByteArray() : BlobStore::get(m_store.db(), sha);
}

QString OfficeService::insertOffice(ChangeSet &changes, const Office &office)
{
    validate(office);
    return changes.insert(QStringLiteral("office"), officeValues(office), QStringLiteral("office.create"));
}

void OfficeService::updateOffice(const Session &session, const Office &updated)
{
    const Actor actor = session.require(Role::Admin);
    validate(updated);
    const Office current = office();
    if (current.id.isEmpty())
        throw Error::notFound(tr("Identitas kantor belum ada: jalankan inisialisasi terlebih dahulu."));
    ChangeSet changes(m_store, actor);
    changes.update(QStringLiteral("office"), current.id, officeValues(updated), QStringLiteral("office.update"));
    changes.commit();
}

void OfficeService::setLogo(const Session &session, const QByteArray &image)
{
    const Actor actor = session.require(Role::Admin);
    const Office current = office();
    if (current.id.isEmpty())
        throw Error::notFound(tr("Identitas kantor belum ada: jalankan inisialisasi terlebih dahulu."));
    QString mime;
    if (!image.isEmpty()) {
        if (image.size() > 2 * 1024 * 1024)
            throw Error::invalid(tr("Berkas logo terlalu besar (%1 KB): paling besar 2048 KB.").arg(image.size() / 1024));
        QBuffer buffer;
        buffer.setData(image);
        QImageReader reader(&buffer);
        const QByteArray format = reader.format();
        if (format != "png" && format != "jpeg")
            throw Error::invalid(tr("Logo harus berupa gambar PNG atau JPEG."));
        const QSize size = reader.size();
        if (!size.isValid() || size.width() > 4000 || size.height() > 4000)
            throw Error::invalid(tr("Ukuran gambar logo tidak sah (paling besar 4000 × 4000 piksel)."));
        if (reader.read().isNull())
            throw Error::invalid(tr("Gambar logo tidak dapat dibaca: %1").arg(reader.errorString()));
        mime = format == "png" ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    }
    ChangeSet changes(m_store, actor);
    const QVariant sha = image.isEmpty() ? QVariant() : QVariant(BlobStore::put(changes, image, mime));
    changes.update(QStringLiteral("office"), current.id, {{QStringLiteral("logo_sha256"), sha}}, QStringLiteral("office.logo"));
    changes.commit();
}

void OfficeService::validate(const Counter &c)
{
    if (!QRegularExpression(QStringLiteral("^[A-Z][A-Z0-9]{0,3}$")).match(c.code).hasMatch())
        throw Error::invalid(tr("Kode loket \"%1\" tidak sah: 1–4 huruf besar atau angka, diawali huruf (misalnya L1).").arg(c.code));
    if (c.name.trimmed().isEmpty())
        throw Error::invalid(tr("Nama loket wajib diisi."));
}

QList<Counter> OfficeService::counters() const
{
    QList<Counter> out;
    auto q = sql::exec(m_store.db(), QStringLiteral("SELECT id, code, name, active FROM node WHERE deleted = 0 ORDER BY code"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()});
    return out;
}

QString OfficeService::insertCounter(ChangeSet &changes, const Counter &c)
{
    validate(c);
    if (sql::scalar(changes.db(), QStringLiteral("SELECT 1 FROM node WHERE code = ?"), {c.code}).isValid())
        throw Error::invalid(tr("Kode loket %1 sudah dipakai.").arg(c.code));
    QVariantMap values{{QStringLiteral("code"), c.code}, {QStringLiteral("name"), c.name.trimmed()},
                       {QStringLiteral("active"), c.active ? 1 : 0}};
    if (!c.id.isEmpty())
        values.insert(QStringLiteral("id"), c.id);
    return changes.insert(QStringLiteral("node"), values, QStringLiteral("counter.create"));
}

QString OfficeService::addCounter(const Session &session, const Counter &counter)
{
    ChangeSet changes(m_store, session.require(Role::Admin));
    const QString id = insertCounter(changes, counter);
    changes.commit();
    return id;
}

void OfficeService::updateCounter(const Session &session, const Counter &counter)
{
    const Actor actor = session.require(Role::Admin);
    if (counter.name.trimmed().isEmpty())
        throw Error::invalid(tr("Nama loket wajib diisi."));
    // The code is part of every tracking number this counter has issued: it never changes.
    ChangeSet changes(m_store, actor);
    changes.update(QStringLiteral("node"), counter.id,
                   {{QStringLiteral("name"), counter.name.trimmed()}, {QStringLiteral("active"), counter.active ? 1 : 0}},
                   QStringLiteral("counter.update"));
    changes.commit();
}

void OfficeService::validate(const Signer &s)
{
    if (s.fullName.trimmed().isEmpty())
        throw Error::invalid(tr("Nama penandatangan wajib diisi."));
    if (s.title.trimmed().isEmpty())
        throw Error::invalid(tr("Jabatan penandatangan wajib diisi."));
    if (!s.nip.isEmpty() && !QRegularExpression(QStringLiteral("^\\d{18}$")).match(s.nip.trimmed()).hasMatch())
        throw Error::invalid(tr("NIP harus 18 angka (tertulis: \"%1\").").arg(s.nip));
    static const QStringList delegations{QString(), QStringLiteral("a.n."), QStringLiteral("u.b."), QStringLiteral("Plt."),
                                         QStringLiteral("Plh.")};
    if (!delegations.contains(s.delegation))
        throw Error::invalid(tr("Delegasi \"%1\" tidak dikenal: kosong, a.n., u.b., Plt. atau Plh.").arg(s.delegation));
    if ((s.delegation == QStringLiteral("a.n.") || s.delegation == QStringLiteral("u.b.")) && s.principalTitle.trimmed().isEmpty())
        throw Error::invalid(tr("Untuk %1 isi jabatan pejabat yang diwakili (misalnya CAMAT PURWOKERTO UTARA).").arg(s.delegation));
}

QList<Signer> OfficeService::signers(bool includeInactive) const
{
    QList<Signer> out;
    auto q = sql::exec(m_store.db(), QStringLiteral(
        "SELECT id, full_name, nip, rank_grade, title, delegation, principal_title, user_id, active FROM signer "
        "WHERE deleted = 0 AND (active = 1 OR ?) ORDER BY delegation, full_name"), {includeInactive ? 1 : 0});
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                    q.value(8).toBool()});
    return out;
}

QString OfficeService::insertSigner(ChangeSet &changes, const Signer &signer)
{
    validate(signer);
    return changes.insert(QStringLiteral("signer"), signerValues(signer), QStringLiteral("signer.create"));
}

QString OfficeService::addSigner(const Session &session, const Signer &signer)
{
    ChangeSet changes(m_store, session.require(Role::Admin));
    const QString id = insertSigner(changes, signer);
    changes.commit();
    return id;
}

void OfficeService::updateSigner(const Session &session, const Signer &signer)
{
    const Actor actor = session.require(Role::Admin);
    validate(signer);
    ChangeSet changes(m_store, actor);
    changes.update(QStringLiteral("signer"), signer.id, signerValues(signer), QStringLiteral("signer.update"));
    changes.commit();
}

} // namespace loket
