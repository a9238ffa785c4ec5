#include "ResidentService.h"

#include "common/Error.h"
#include "intake/IdentityNumber.h"
#include "region/RegionDirectory.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"

#include <QRegularExpression>

namespace loket {

namespace {

const QString kColumns = QStringLiteral(
    "r.id, r.nik, r.kk, r.full_name, r.birth_place, r.birth_date, r.sex, r.religion, r.marital_status, r.occupation, "
    "r.address, r.rt, r.rw, r.village_code, r.phone");

Resident readResident(const sql::Rows &q)
{
    Resident r;
    r.id = q.value(0).toString();
    r.nik = q.value(1).toString();
    r.kk = q.value(2).toString();
    r.fullName = q.value(3).toString();
    r.birthPlace = q.value(4).toString();
    r.birthDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    r.sex = q.value(6).toString();
    r.religion = q.value(7).toString();
    r.maritalStatus = q.value(8).toString();
    r.occupation = q.value(9).toString();
    r.address = q.value(10).toString();
    r.rt = q.value(11).toString();
    r.rw = q.value(12).toString();
    r.villageCode = q.value(13).toString();
    r.phone = q.value(14).toString();
    return r;
}

bool hasControlCharacters(const QString &s)
{
    for (QChar c : s)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return true;
    return false;
}

void checkText(const QString &value, const QString &field, int maxLength, bool required)
{
    if (required && value.trimmed().isEmpty())
        throw Error::invalid(ResidentService::tr("%1 wajib diisi.").arg(field));
    if (value.size() > maxLength)
        throw Error::invalid(ResidentService::tr("%1 terlalu panjang (%2 karakter): paling banyak %3.")
                                 .arg(field).arg(value.size()).arg(maxLength));
    if (hasControlCharacters(value))
        throw Error::invalid(ResidentService::tr("%1 berisi karakter kendali (misalnya baris baru atau tab) yang tidak boleh ada.")
                                 .arg(field));
}

QString padNeighbourhood(const QString &value, const QString &field)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return v;
    if (!QRegularExpression(QStringLiteral("^\\d{1,3}$")).match(v).hasMatch() || v.toInt() == 0)
        throw Error::invalid(ResidentService::tr("%1 harus angka 1–999 (tertulis: \"%2\").").arg(field, v.left(20)));
    return QStringLiteral("%1").arg(v.toInt(), 3, 10, QLatin1Char('0'));
}

QVariantMap values(const Resident &r)
{
    return {{QStringLiteral("nik"), r.nik},
            {QStringLiteral("kk"), r.kk},
            {QStringLiteral("full_name"), r.fullName},
            {QStringLiteral("birth_place"), r.birthPlace},
            {QStringLiteral("birth_date"), r.birthDate.isValid() ? QVariant(r.birthDate.toString(Qt::ISODate)) : QVariant()},
            {QStringLiteral("sex"), r.sex},
            {QStringLiteral("religion"), r.religion},
            {QStringLiteral("marital_status"), r.maritalStatus},
            {QStringLiteral("occupation"), r.occupation},
            {QStringLiteral("address"), r.address},
            {QStringLiteral("rt"), r.rt},
            {QStringLiteral("rw"), r.rw},
            {QStringLiteral("village_code"), r.villageCode},
            {QStringLiteral("phone"), r.phone},
            {QStringLiteral("search_name"), ResidentService::foldName(r.fullName)}};
}

} // namespace

ResidentService::ResidentService(Store &store)
    : m_store(store)
{
}

QString ResidentService::foldName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c == u'\'' || c == u'`' || c == QChar(0x2019) || c == QChar(0x2018))
            continue;
        if (c.isLetterOrNumber())
            out.append(c.toLower());
        else
            out.append(u' ');
    }
    return out.simplified();
}

QString ResidentService::ftsQuery(const QString &typed)
{
    const QStringList words = foldName(typed).split(u' ', Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &w : words)
        terms << u'"' + w + QStringLiteral("\"*");   // folded words hold letters and digits only
    return terms.join(u' ');
}

QStringList ResidentService::validate(Resident &r)
{
    const IdentityCheck nik = IdentityNumber::checkNik(r.nik);
    if (!nik.valid)
        throw Error::invalid(nik.errors.join(u' '));
    r.nik = nik.number;
    QStringList warnings = nik.warnings;
    if (!r.kk.trimmed().isEmpty()) {
        const IdentityCheck kk = IdentityNumber::checkKk(r.kk);
        if (!kk.valid)
            throw Error::invalid(kk.errors.join(u' '));
        r.kk = kk.number;
        warnings << kk.warnings;
    }
    r.fullName = r.fullName.trimmed();
    checkText(r.fullName, tr("Nama lengkap"), kMaxNameLength, true);
    checkText(r.birthPlace, tr("Tempat lahir"), 100, true);
    r.birthPlace = r.birthPlace.trimmed();
    if (!r.birthDate.isValid())
        throw Error::invalid(tr("Tanggal lahir wajib diisi (TTTT-BB-HH)."));
    if (r.birthDate > QDate::currentDate() || r.birthDate.year() < 1880)
        throw Error::invalid(tr("Tanggal lahir %1 tidak masuk akal.").arg(r.birthDate.toString(Qt::ISODate)));
    if (r.sex != QStringLiteral("M") && r.sex != QStringLiteral("F"))
        throw Error::invalid(tr("Jenis kelamin harus M (laki-laki) atau F (perempuan)."));
    for (auto [value, field] : {std::pair{&r.religion, tr("Agama")}, std::pair{&r.maritalStatus, tr("Status perkawinan")},
                                std::pair{&r.occupation, tr("Pekerjaan")}, std::pair{&r.address, tr("Alamat")}}) {
        checkText(*value, field, kMaxTextLength, false);
        *value = value->trimmed();
    }
    r.rt = padNeighbourhood(r.rt, QStringLiteral("RT"));
    r.rw = padNeighbourhood(r.rw, QStringLiteral("RW"));
    r.villageCode = r.villageCode.trimmed();
    if (!r.villageCode.isEmpty()
        && (!QRegularExpression(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}$")).match(r.villageCode).hasMatch()
            || !RegionDirectory::instance().contains(r.villageCode)))
        throw Error::invalid(tr("Kode kelurahan/desa \"%1\" tidak dikenal (contoh: 33.02.27.1005).").arg(r.villageCode.left(20)));
    r.phone = r.phone.trimmed();
    if (!r.phone.isEmpty() && !QRegularExpression(QStringLiteral("^\\+?[0-9 ()-]{6,20}$")).match(r.phone).hasMatch())
        throw Error::invalid(tr("Nomor telepon \"%1\" tidak sah.").arg(r.phone.left(30)));
    warnings << IdentityNumber::crossCheck(nik, r.birthDate, r.sex);
    return warnings;
}

std::optional<Resident> ResidentService::findByNik(const Session &session, const QString &nik) const
{
    session.any();
    auto q = sql::exec(m_store.db(), QStringLiteral("SELECT %1 FROM resident r WHERE r.nik = ? AND r.deleted = 0 ORDER BY r.id LIMIT 1").arg(kColumns),
                            {IdentityNumber::normalise(nik)});
    if (!q.next())
        return std::nullopt;
    return readResident(q);
}

std::optional<Resident> ResidentService::findById(const Session &session, const QString &id) const
{
    session.any();
    auto q = sql::exec(m_store.db(), QStringLiteral("SELECT %1 FROM resident r WHERE r.id = ?").arg(kColumns), {id});
    if (!q.next())
        return std::nullopt;
    return readResident(q);
}

QList<Resident> ResidentService::search(const Session &session, const QString &query, int limit) const
{
    session.any();
    QList<Resident> out;
    const QString normalised = IdentityNumber::normalise(query);
    if (normalised.size() == 16 && normalised.toULongLong() > 0) {
        if (auto r = findByNik(session, normalised))
            out.append(*r);
        return out;
    }
    const QString match = ftsQuery(query);
    if (match.isEmpty())
        return out;
    // The full-text index picks the candidates; ordering by name only among the first matches
    // keeps a common prefix ("s") fast on millions of rows.
    auto q = sql::exec(m_store.db(), QStringLiteral(
        "SELECT %1 FROM (SELECT resident_id FROM resident_name WHERE resident_name MATCH ? LIMIT ?) m "
        "JOIN resident r ON r.id = m.resident_id WHERE r.deleted = 0 ORDER BY r.full_name LIMIT ?").arg(kColumns),
        {match, qMax(limit * 4, 200), limit});
    while (q.next())
        out.append(readResident(q));
    return out;
}

ResidentSaved ResidentService::save(ChangeSet &changes, const Resident &input)
{
    Resident r = input;
    const QStringList warnings = validate(r);
    const QVariant existing = sql::scalar(changes.db(), QStringLiteral("SELECT id FROM resident WHERE nik = ?"), {r.nik});
    if (existing.isValid()) {
        const QString id = existing.toString();
        QVariantMap v = values(r);
        v.insert(QStringLiteral("deleted"), 0);
        changes.update(QStringLiteral("resident"), id, v, QStringLiteral("resident.update"));
        return {id, false, warnings};
    }
    const QString id = changes.insert(QStringLiteral("resident"), values(r), QStringLiteral("resident.create"));
    return {id, true, warnings};
}

ResidentSaved ResidentService::save(const Session &session, const Resident &resident)
{
    const Actor actor = session.requireAny({Role::Officer, Role::Verifier, Role::Admin});
    Resident checked = resident;
    validate(checked); // refuse before taking the write lock
    ChangeSet changes(m_store, actor);
    const ResidentSaved saved = save(changes, checked);
    changes.commit();
    return saved;
}

ResidentSaved ResidentService::create(const Session &session, const Resident &resident)
{
    const Actor actor = session.requireAny({Role::Officer, Role::Verifier, Role::Admin});
    Resident checked = resident;
    validate(checked); // refuse before taking the write lock
    ChangeSet changes(m_store, actor);
    // Read inside the write lock: two counters registering the same NIK at once cannot both win.
    {
        auto q = sql::exec(changes.db(), QStringLiteral("SELECT full_name, birth_date FROM resident WHERE nik = ? AND deleted = 0 ORDER BY id LIMIT 1"),
                           {checked.nik});
        if (q.next())
            throw Error::invalid(tr("NIK %1 sudah terdaftar atas nama %2 (lahir %3); data penduduk itu tidak diubah. "
                                    "Untuk mengubah datanya pakai perubahan data penduduk (resident update).")
                                     .arg(IdentityNumber::mask(checked.nik), q.value(0).toString(), q.value(1).toString()));
    }   // the statement is finished before the write below
    const ResidentSaved saved = save(changes, checked);
    changes.commit();
    return saved;
}

ResidentSaved ResidentService::update(const Session &session, const QString &nik, const ResidentChanges &requested)
{
    const Actor actor = session.requireAny({Role::Officer, Role::Verifier, Role::Admin});
    if (requested.isEmpty())
        throw Error::invalid(tr("Tidak ada data yang diubah: sebutkan paling sedikit satu isian baru."));
    const QString normalised = IdentityNumber::normalise(nik);
    ChangeSet changes(m_store, actor);
    Resident stored;
    {
        auto q = sql::exec(changes.db(), QStringLiteral("SELECT %1 FROM resident r WHERE r.nik = ? AND r.deleted = 0 ORDER BY r.id LIMIT 1").arg(kColumns),
                           {normalised});
        if (!q.next())
            throw Error::notFound(tr("Penduduk dengan NIK %1 belum terdaftar: daftarkan dulu sebagai penduduk baru.")
                                      .arg(IdentityNumber::mask(normalised)));
        stored = readResident(q);
    }   // the statement is finished before the write below
    Resident updated = requested.applyTo(stored);
    const QStringList warnings = validate(updated);
    changes.update(QStringLiteral("resident"), stored.id, values(updated), QStringLiteral("resident.update"));
    changes.commit();
    return {stored.id, false, warnings};
}

} // namespace loket
