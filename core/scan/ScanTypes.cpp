#include "ScanTypes.h"

#include "common/Error.h"

#include <QCoreApplication>

namespace loket {

namespace {
QString trScan(const char *text)
{
    return QCoreApplication::translate("ScanSettings", text);
}
} // namespace

QSizeF ScanSettings::pageSizeMm(const QString &name)
{
    if (name == QStringLiteral("a4"))
        return {210, 297};
    if (name == QStringLiteral("f4"))
        return {215, 330};   // Folio as used in Indonesian offices
    if (name == QStringLiteral("id-card"))
        return {85.6, 54};   // ISO/IEC 7810 ID-1, the KTP-el
    throw Error::invalid(trScan("Ukuran kertas \"%1\" tidak dikenal: a4, f4 atau id-card.").arg(name.left(20)));
}

void ScanSettings::validate() const
{
    if (source != QStringLiteral("flatbed") && source != QStringLiteral("adf"))
        throw Error::invalid(trScan("Sumber \"%1\" tidak dikenal: flatbed atau adf.").arg(source.left(20)));
    if (mode != QStringLiteral("color") && mode != QStringLiteral("gray") && mode != QStringLiteral("lineart"))
        throw Error::invalid(trScan("Mode \"%1\" tidak dikenal: color, gray atau lineart.").arg(mode.left(20)));
    if (resolution < 50 || resolution > 1200)
        throw Error::invalid(trScan("Resolusi %1 dpi di luar 50–1200 dpi.").arg(resolution));
    pageSizeMm(pageSize);
}

QList<ScanPreset> ScanPreset::defaults()
{
    auto preset = [](const char *key, const char *label, const char *source, const char *mode, int dpi,
                     const char *page) {
        ScanPreset p;
        p.key = QString::fromLatin1(key);
        p.label = trScan(label);
        p.settings.source = QString::fromLatin1(source);
        p.settings.mode = QString::fromLatin1(mode);
        p.settings.resolution = dpi;
        p.settings.pageSize = QString::fromLatin1(page);
        return p;
    };
    return {
        preset("ktp", QT_TRANSLATE_NOOP("ScanSettings", "KTP/kartu: warna 300 dpi, ukuran kartu"), "flatbed", "color", 300, "id-card"),
        preset("letter", QT_TRANSLATE_NOOP("ScanSettings", "Surat: abu-abu 200 dpi, A4"), "flatbed", "gray", 200, "a4"),
        preset("folio", QT_TRANSLATE_NOOP("ScanSettings", "Surat F4/Folio: abu-abu 200 dpi"), "flatbed", "gray", 200, "f4"),
        preset("kk", QT_TRANSLATE_NOOP("ScanSettings", "Kartu Keluarga: abu-abu 200 dpi, F4"), "flatbed", "gray", 200, "f4"),
        preset("batch", QT_TRANSLATE_NOOP("ScanSettings", "Banyak halaman (ADF): abu-abu 200 dpi, A4"), "adf", "gray", 200, "a4"),
        preset("lineart", QT_TRANSLATE_NOOP("ScanSettings", "Teks hitam-putih 300 dpi, A4"), "flatbed", "lineart", 300, "a4"),
    };
}

} // namespace loket
