// GUI tests of the scan settings offering only what the scanner can do: the settings form with a
// hand-made flatbed-only grey scanner (no SANE needed), the officer's choices kept when the scanner
// changes, and the scan dialog asking the SANE test device off the GUI thread.
#include "GuiTestHelpers.h"
#include "TestSupport.h"

#include "documents/ScanDialog.h"
#include "documents/ScanSettingsForm.h"
#include "setup/AppServices.h"

#include <QComboBox>
#include <QLabel>
#include <catch2/catch.hpp>

using namespace loket;
using namespace loket::test;
using loket::ui::ScanDialog;
using loket::ui::ScanSettingsForm;

namespace {

// A common A4 flatbed that scans in grey only (and 1-bit from grey), at listed resolutions.
ScanCapabilities flatbedGrey()
{
    ScanCapabilities caps;
    caps.sources = {QStringLiteral("flatbed")};
    caps.modes = {QStringLiteral("gray"), QStringLiteral("lineart")};
    caps.resolutions = {75, 100, 150, 200, 300, 600, 1200};
    caps.minResolution = 75;
    caps.maxResolution = 1200;
    caps.maxAreaMm = QSizeF(216, 297);
    caps.pageSizes = ScanCapabilities::pageSizesFitting(caps.maxAreaMm);
    return caps;
}

QStringList offered(QComboBox *combo)
{
    QStringList out;
    for (int i = 0; i < combo->count(); ++i)
        out << combo->itemData(i).toString();
    return out;
}

bool selectable(QComboBox *combo, const QString &key)
{
    const int index = combo->findData(key);
    REQUIRE(index >= 0);
    return combo->model()->flags(combo->model()->index(index, 0)).testFlag(Qt::ItemIsEnabled);
}

QString tooltip(QComboBox *combo, const QString &key)
{
    const int index = combo->findData(key);
    REQUIRE(index >= 0);
    return combo->itemData(index, Qt::ToolTipRole).toString();
}

void choose(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("scan settings: a flatbed-only grey scanner is offered no feeder, no F4 and no colour")
{
    ScanSettingsForm form;
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    auto *source = child<QComboBox>(&form, QStringLiteral("sourceComboBox"));
    auto *mode = child<QComboBox>(&form, QStringLiteral("modeComboBox"));
    auto *resolution = child<QComboBox>(&form, QStringLiteral("resolutionComboBox"));
    auto *pageSize = child<QComboBox>(&form, QStringLiteral("pageSizeComboBox"));
    auto *preset = child<QComboBox>(&form, QStringLiteral("presetComboBox"));
    auto *note = child<QLabel>(&form, QStringLiteral("presetNoteLabel"));

    // Before the scanner has answered, everything is offered.
    CHECK(offered(source) == QStringList{QStringLiteral("flatbed"), QStringLiteral("adf")});
    CHECK(offered(mode).contains(QStringLiteral("color")));
    CHECK(offered(pageSize).contains(QStringLiteral("f4")));

    form.setCapabilities(flatbedGrey());
    CHECK(offered(source) == QStringList{QStringLiteral("flatbed")});
    CHECK(offered(mode) == QStringList{QStringLiteral("gray"), QStringLiteral("lineart")});
    CHECK(offered(pageSize) == QStringList{QStringLiteral("a4"), QStringLiteral("id-card")});
    // Up to 600 dpi, as before: office paper needs no more.
    CHECK(resolution->itemData(resolution->count() - 1).toInt() == 600);

    // The feeder batch cannot be chosen, and says why.
    CHECK_FALSE(selectable(preset, QStringLiteral("batch")));
    CHECK(tooltip(preset, QStringLiteral("batch")).contains(QStringLiteral("tidak mempunyai pengumpan dokumen (ADF)")));

    // The KTP preset is adjusted to grey, and says so where the officer looks.
    CHECK(selectable(preset, QStringLiteral("ktp")));
    CHECK(tooltip(preset, QStringLiteral("ktp")).contains(QStringLiteral("tidak dapat memindai berwarna")));
    REQUIRE(form.selectPreset(QStringLiteral("ktp")));
    CHECK(form.settings().mode == QStringLiteral("gray"));
    CHECK(form.settings().pageSize == QStringLiteral("id-card"));
    CHECK(form.settings().resolution == 300);
    CHECK(note->isVisible());
    CHECK(note->text().contains(QStringLiteral("abu-abu, karena pemindai ini tidak dapat memindai berwarna")));

    // The Kartu Keluarga (F4) is scanned as far as the glass goes.
    REQUIRE(form.selectPreset(QStringLiteral("kk")));
    CHECK(form.settings().pageSize == QStringLiteral("a4"));
    CHECK(note->text().contains(QStringLiteral("F4 tidak muat")));
    CHECK(note->text().contains(QStringLiteral("216 × 297 mm")));

    // A letter fits as it is: no note.
    choose(preset, QStringLiteral("letter"));
    CHECK(form.currentPreset() == QStringLiteral("letter"));
    CHECK(form.settings().mode == QStringLiteral("gray"));
    CHECK(form.settings().resolution == 200);
    CHECK_FALSE(note->isVisible());
    CHECK(tooltip(preset, QStringLiteral("letter")).isEmpty());
}

TEST_CASE("scan settings: the officer's choices are kept when the scanner changes as far as it allows")
{
    ScanSettingsForm form;
    choose(child<QComboBox>(&form, QStringLiteral("sourceComboBox")), QStringLiteral("adf"));
    choose(child<QComboBox>(&form, QStringLiteral("modeComboBox")), QStringLiteral("lineart"));
    choose(child<QComboBox>(&form, QStringLiteral("resolutionComboBox")), 300);
    choose(child<QComboBox>(&form, QStringLiteral("pageSizeComboBox")), QStringLiteral("id-card"));

    // A feeder scanner with colour only at 100/400 dpi.
    ScanCapabilities feeder;
    feeder.sources = {QStringLiteral("adf")};
    feeder.modes = {QStringLiteral("color")};
    feeder.resolutions = {100, 400};
    feeder.pageSizes = ScanCapabilities::pageSizesFitting({});
    form.setCapabilities(feeder);
    CHECK(form.settings().source == QStringLiteral("adf"));
    CHECK(form.settings().mode == QStringLiteral("color"));
    CHECK(form.settings().resolution == 400);
    CHECK(form.settings().pageSize == QStringLiteral("id-card"));
    // A preset for the glass is scanned from the feeder here, and says so.
    CHECK(form.presetNote(QStringLiteral("letter")).contains(QStringLiteral("dari pengumpan dokumen (ADF)")));

    // The flatbed grey scanner: what it lacks falls back, the rest stays.
    form.setCapabilities(flatbedGrey());
    CHECK(form.settings().source == QStringLiteral("flatbed"));
    CHECK(form.settings().mode == QStringLiteral("gray"));
    CHECK(form.settings().resolution == 300);   // the nearest to 400 it offers
    CHECK(form.settings().pageSize == QStringLiteral("id-card"));
}

TEST_CASE("scan dialog: the settings offered are those the test scanner reports")
{
    useSaneTestBackend();
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = submitSample(services, officer);

    ScanDialog dialog(services, officer, tracking, QStringLiteral("kk"), QStringLiteral("Kartu Keluarga"));
    dialog.setSettingsFile(settingsFileOf(db.dir()));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *devices = child<QComboBox>(&dialog, QStringLiteral("deviceComboBox"));
    REQUIRE(QTest::qWaitFor([&] { return devices->findData(QStringLiteral("test:0")) >= 0; }, 60000));
    choose(devices, QStringLiteral("test:0"));
    // The device is asked off the GUI thread; its answer carries its scan area (400 mm square).
    ScanSettingsForm *form = dialog.settingsForm();
    REQUIRE(QTest::qWaitFor([&] { return !form->capabilities().maxAreaMm.isEmpty(); }, 60000));
    CHECK(form->capabilities().maxAreaMm == QSizeF(400, 400));
    CHECK(offered(child<QComboBox>(&dialog, QStringLiteral("sourceComboBox")))
          == QStringList{QStringLiteral("flatbed"), QStringLiteral("adf")});
    CHECK(offered(child<QComboBox>(&dialog, QStringLiteral("modeComboBox")))
          == QStringList{QStringLiteral("color"), QStringLiteral("gray"), QStringLiteral("lineart")});
    // The Kartu Keluarga preset fits as it is: F4, grey, 200 dpi, no note.
    CHECK(dialog.currentSettings().pageSize == QStringLiteral("f4"));
    CHECK(dialog.currentSettings().resolution == 200);
    CHECK_FALSE(child<QLabel>(&dialog, QStringLiteral("presetNoteLabel"))->isVisible());
    CHECK(selectable(child<QComboBox>(&dialog, QStringLiteral("presetComboBox")), QStringLiteral("batch")));
}
