#include "LetterNumber.h"

#include "common/Error.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"

#include <QRegularExpression>

namespace loket {

namespace {

const QRegularExpression &partPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z]+)(?::(0[1-9]))?\\}"));
    return re;
}

} // namespace

void NumberFormat::validate(const QString &format, bool perClassification)
{
    if (format.trimmed().isEmpty() || format.size() > 100)
        throw Error::invalid(tr("Format nomor surat wajib diisi (paling banyak 100 karakter)."));
    QStringList parts;
    auto it = partPattern().globalMatch(format);
    QString rest = format;
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(1);
        if (name != QStringLiteral("klasifikasi") && name != QStringLiteral("nomor") && name != QStringLiteral("unit")
            && name != QStringLiteral("tahun"))
            throw Error::invalid(tr("Bagian {%1} tidak dikenal dalam format nomor: {klasifikasi}, {nomor}, {nomor:04}, {unit}, {tahun}.")
                                     .arg(name));
        parts << name;
        rest.replace(m.captured(0), QString());
    }
    if (rest.contains(u'{') || rest.contains(u'}'))
        throw Error::invalid(tr("Format nomor memuat kurung kurawal yang tidak dikenal: %1.").arg(format.left(100)));
    if (!parts.contains(QStringLiteral("nomor")) || !parts.contains(QStringLiteral("tahun")))
        throw Error::invalid(tr("Format nomor harus memuat {nomor} dan {tahun}: nomor urut dimulai lagi setiap tahun."));
    if (perClassification && !parts.contains(QStringLiteral("klasifikasi")))
        throw Error::invalid(tr("Dengan register per kode klasifikasi, format nomor harus memuat {klasifikasi}."));
}

QString NumberFormat::format(const QString &format, const NumberParts &parts, int seq)
{
    QString out;
    qsizetype last = 0;
    auto it = partPattern().globalMatch(format);
    while (it.hasNext()) {
        const auto m = it.next();
        out += format.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (name == QStringLiteral("klasifikasi"))
            out += parts.classification;
        else if (name == QStringLiteral("unit"))
            out += parts.unit;
        else if (name == QStringLiteral("tahun"))
            out += QString::number(parts.year);
        else if (name == QStringLiteral("nomor"))
            out += QStringLiteral("%1").arg(seq, m.captured(2).isEmpty() ? 1 : m.captured(2).toInt(), 10, QChar(u'0'));
        last = m.capturedEnd();
    }
    return out + format.mid(last);
}

QString NumberFormat::registerKey(bool perClassification, const QString &classification)
{
    if (!perClassification)
        return QStringLiteral("KANTOR");
    return classification.isEmpty() ? QStringLiteral("UMUM") : classification;
}

AllocatedNumber LocalNumberAllocator::allocate(ChangeSet &changes, const QString &registerKey, int year)
{
    // Inside the write transaction: no other writer runs between this read and the insert.
    const int last = sql::scalar(changes.db(), QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM letter_number "
                                                              "WHERE register_key = ? AND year = ?"),
                                 {registerKey, year}).toInt();
    return {registerKey, year, last + 1};
}

} // namespace loket
