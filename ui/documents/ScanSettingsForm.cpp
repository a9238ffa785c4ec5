#include "ScanSettingsForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace loket::ui {

namespace {

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

std::optional<ScanPreset> presetOf(const QString &key)
{
    for (const ScanPreset &preset : ScanPreset::defaults())
        if (preset.key == key)
            return preset;
    return std::nullopt;
}

} // namespace

ScanSettingsForm::ScanSettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_caps(ScanCapabilities::everything())
{
    setObjectName(QStringLiteral("scanSettingsForm"));
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetComboBox"));
    for (const ScanPreset &preset : ScanPreset::defaults())
        m_preset->addItem(preset.label, preset.key);
    m_presetNote = new QLabel(this);
    m_presetNote->setObjectName(QStringLiteral("presetNoteLabel"));
    m_presetNote->setWordWrap(true);
    m_presetNote->hide();
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceComboBox"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("modeComboBox"));
    m_resolution = new QComboBox(this);
    m_resolution->setObjectName(QStringLiteral("resolutionComboBox"));
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSizeComboBox"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("P&reset:"), m_preset);
    form->addRow(QString(), m_presetNote);
    form->addRow(tr("&Sumber:"), m_source);
    form->addRow(tr("&Warna:"), m_mode);
    form->addRow(tr("Re&solusi:"), m_resolution);
    form->addRow(tr("&Ukuran kertas:"), m_pageSize);

    fillChoices(ScanSettings{});
    updatePresets();
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ScanSettingsForm::applyPreset);
}

void ScanSettingsForm::setCapabilities(const ScanCapabilities &capabilities)
{
    const ScanSettings current = settings();
    m_caps = capabilities;
    // A device that names nothing for a setting does not restrict it (scan() does not either).
    const ScanCapabilities all = ScanCapabilities::everything();
    if (m_caps.sources.isEmpty())
        m_caps.sources = all.sources;
    if (m_caps.modes.isEmpty())
        m_caps.modes = all.modes;
    if (m_caps.resolutions.isEmpty())
        m_caps.resolutions = all.resolutions;
    if (m_caps.pageSizes.isEmpty())
        m_caps.pageSizes = all.pageSizes;
    fillChoices(fitted(current));
    updatePresets();
}

bool ScanSettingsForm::selectPreset(const QString &key)
{
    const int index = m_preset->findData(key);
    if (index < 0)
        return false;
    if (index == m_preset->currentIndex())
        applyPreset();
    else
        m_preset->setCurrentIndex(index);   // applied through currentIndexChanged
    return true;
}

QString ScanSettingsForm::currentPreset() const
{
    return m_preset->currentData().toString();
}

ScanSettings ScanSettingsForm::settings() const
{
    ScanSettings s;
    s.source = m_source->currentData().toString();
    s.mode = m_mode->currentData().toString();
    s.resolution = m_resolution->currentData().toInt();
    s.pageSize = m_pageSize->currentData().toString();
    return s;
}

bool ScanSettingsForm::isPresetOffered(const QString &key) const
{
    const std::optional<ScanPreset> preset = presetOf(key);
    // A feeder batch without a feeder would be one page from the glass: not that preset any more.
    return preset && (preset->settings.source != QStringLiteral("adf") || m_caps.hasSource(QStringLiteral("adf")));
}

QString ScanSettingsForm::presetNote(const QString &key) const
{
    const std::optional<ScanPreset> preset = presetOf(key);
    if (!preset)
        return {};
    if (!isPresetOffered(key))
        return tr("Tidak tersedia: pemindai ini tidak mempunyai pengumpan dokumen (ADF).");
    auto modeName = [](const QString &mode) {
        if (mode == QStringLiteral("color"))
            return tr("berwarna");
        if (mode == QStringLiteral("lineart"))
            return tr("hitam-putih");
        return tr("abu-abu");
    };
    auto paperName = [](const QString &size) {
        if (size == QStringLiteral("f4"))
            return tr("F4");
        if (size == QStringLiteral("id-card"))
            return tr("ukuran kartu");
        return tr("A4");
    };
    const ScanSettings &wanted = preset->settings;
    const ScanSettings got = fitted(wanted);
    QStringList parts;
    if (got.source != wanted.source)
        parts << tr("dari pengumpan dokumen (ADF), karena pemindai ini tidak mempunyai kaca pemindai");
    if (got.mode != wanted.mode)
        parts << tr("%1, karena pemindai ini tidak dapat memindai %2").arg(modeName(got.mode), modeName(wanted.mode));
    if (got.resolution != wanted.resolution)
        parts << tr("%1 dpi, karena pemindai ini tidak menawarkan %2 dpi").arg(got.resolution).arg(wanted.resolution);
    if (got.pageSize != wanted.pageSize) {
        const QLocale locale;
        parts << tr("%1, karena %2 tidak muat di bidang pindai (maks. %3 × %4 mm)")
                     .arg(paperName(got.pageSize), paperName(wanted.pageSize),
                          locale.toString(m_caps.maxAreaMm.width(), 'f', 0), locale.toString(m_caps.maxAreaMm.height(), 'f', 0));
    }
    if (parts.isEmpty())
        return {};
    return tr("Disesuaikan dengan pemindai ini: %1.").arg(parts.join(QStringLiteral("; ")));
}

QList<int> ScanSettingsForm::offeredResolutions() const
{
    QList<int> out;
    for (int dpi : m_caps.resolutions)
        if (dpi <= kMaxOfferedDpi)
            out << dpi;
    if (out.isEmpty() && !m_caps.resolutions.isEmpty())
        out << m_caps.resolutions.constFirst();   // a device that only scans finely
    return out;
}

ScanSettings ScanSettingsForm::fitted(const ScanSettings &wanted) const
{
    ScanSettings s = wanted;
    if (!m_caps.hasSource(s.source))
        s.source = m_caps.sources.value(0, s.source);
    if (!m_caps.hasMode(s.mode)) {
        // Colour and line art both fall back to grey, the mode every paper survives.
        if (s.mode != QStringLiteral("gray") && m_caps.hasMode(QStringLiteral("gray")))
            s.mode = QStringLiteral("gray");
        else
            s.mode = m_caps.modes.value(0, s.mode);
    }
    s.resolution = ScanCapabilities::nearestOf(offeredResolutions(), s.resolution);
    if (!m_caps.fits(s.pageSize))
        s.pageSize = m_caps.pageSizes.value(0, s.pageSize);   // the largest that fits: a4, f4, id-card order
    return s;
}

void ScanSettingsForm::fillChoices(const ScanSettings &keep)
{
    const QSignalBlocker blockSource(m_source);
    const QSignalBlocker blockMode(m_mode);
    const QSignalBlocker blockResolution(m_resolution);
    const QSignalBlocker blockPage(m_pageSize);
    m_source->clear();
    if (m_caps.hasSource(QStringLiteral("flatbed")))
        m_source->addItem(tr("Kaca pemindai (flatbed)"), QStringLiteral("flatbed"));
    if (m_caps.hasSource(QStringLiteral("adf")))
        m_source->addItem(tr("Pengumpan dokumen (ADF)"), QStringLiteral("adf"));
    m_mode->clear();
    if (m_caps.hasMode(QStringLiteral("color")))
        m_mode->addItem(tr("Berwarna"), QStringLiteral("color"));
    if (m_caps.hasMode(QStringLiteral("gray")))
        m_mode->addItem(tr("Abu-abu"), QStringLiteral("gray"));
    if (m_caps.hasMode(QStringLiteral("lineart")))
        m_mode->addItem(tr("Hitam-putih"), QStringLiteral("lineart"));
    m_resolution->clear();
    for (int dpi : offeredResolutions())
        m_resolution->addItem(tr("%1 dpi").arg(dpi), dpi);
    m_pageSize->clear();
    if (m_caps.fits(QStringLiteral("a4")))
        m_pageSize->addItem(tr("A4 (210 × 297 mm)"), QStringLiteral("a4"));
    if (m_caps.fits(QStringLiteral("f4")))
        m_pageSize->addItem(tr("F4/Folio (215 × 330 mm)"), QStringLiteral("f4"));
    if (m_caps.fits(QStringLiteral("id-card")))
        m_pageSize->addItem(tr("Kartu/KTP (85,6 × 54 mm)"), QStringLiteral("id-card"));

    const ScanSettings s = fitted(keep);
    selectData(m_source, s.source);
    selectData(m_mode, s.mode);
    selectData(m_resolution, s.resolution);
    selectData(m_pageSize, s.pageSize);
}

void ScanSettingsForm::updatePresets()
{
    auto *model = qobject_cast<QStandardItemModel *>(m_preset->model());
    for (int i = 0; i < m_preset->count(); ++i) {
        const QString key = m_preset->itemData(i).toString();
        if (model)
            model->item(i)->setEnabled(isPresetOffered(key));
        const QString note = presetNote(key);
        m_preset->setItemData(i, note.isEmpty() ? QVariant() : QVariant(note), Qt::ToolTipRole);
    }
    const QString note = presetNote(currentPreset());
    m_presetNote->setText(note);
    m_presetNote->setVisible(!note.isEmpty());
    m_preset->setToolTip(note);
}

void ScanSettingsForm::applyPreset()
{
    if (const std::optional<ScanPreset> preset = presetOf(currentPreset()))
        fillChoices(preset->settings);
    updatePresets();
    emit presetChanged(currentPreset());
}

} // namespace loket::ui
