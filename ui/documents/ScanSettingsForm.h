// The settings part of the scan dialog: preset, source, colour, resolution and paper size, offering
// only what the scanner can do (its ScanCapabilities). A preset that needs something the scanner
// lacks is adjusted (grey instead of colour, A4 instead of F4 …) or, when it would make no sense
// (a feeder batch without a feeder), not offered; either way the preset says why. The officer's
// current choices are kept when the scanner changes, as far as the new one allows.
#pragma once

#include "scan/ScanCapabilities.h"
#include "scan/ScanTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace loket::ui {

class ScanSettingsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanSettingsForm)

public:
    // Offers every choice until setCapabilities() says what the scanner can do.
    explicit ScanSettingsForm(QWidget *parent = nullptr);

    void setCapabilities(const ScanCapabilities &capabilities);
    const ScanCapabilities &capabilities() const { return m_caps; }

    // Selects a preset and fills the fields from it, adjusted to the scanner; false for an unknown key.
    bool selectPreset(const QString &key);
    QString currentPreset() const;
    // Source, mode, resolution and page size as chosen (no device-specific options).
    ScanSettings settings() const;

    // Whether a preset can be chosen on this scanner, and why it is adjusted or not offered (empty
    // when it fits as it is).
    bool isPresetOffered(const QString &key) const;
    QString presetNote(const QString &key) const;

    // The highest resolution offered: office paper needs no more, and pages beyond it are huge.
    static constexpr int kMaxOfferedDpi = 600;

signals:
    // The officer chose another preset (the fields have been filled from it).
    void presetChanged(const QString &key);

private:
    void fillChoices(const ScanSettings &keep);
    void updatePresets();
    void applyPreset();
    ScanSettings fitted(const ScanSettings &wanted) const;
    QList<int> offeredResolutions() const;

    ScanCapabilities m_caps;
    QComboBox *m_preset = nullptr;
    QLabel *m_presetNote = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_resolution = nullptr;
    QComboBox *m_pageSize = nullptr;
};

} // namespace loket::ui
