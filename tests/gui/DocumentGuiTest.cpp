// GUI tests of the scan dialog, driven through its real widgets against the SANE `test` backend:
// pages arriving, turned, reordered, deleted, rescanned, attached (and seen in the viewer); a scan
// cancelled half-way; a jammed scanner; files added instead of a scan; the NIK read off a KTP as
// a suggestion. The viewer and the retention setting are tested in DocumentViewerTest.cpp, the
// page editor's crop in PageEditorTest.cpp.
#include "GuiTestHelpers.h"
#include "TestSupport.h"

#include "common/Config.h"
#include "common/MessageBanner.h"
#include "documents/DocumentViewer.h"
#include "documents/PageEditor.h"
#include "documents/ScanDialog.h"
#include "intake/IntakeTypes.h"
#include "storage/BlobStore.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace loket;
using namespace loket::test;
using loket::ui::DocumentViewer;
using loket::ui::PageEditor;
using loket::ui::ScanDialog;

namespace {

const QString kDevice = QStringLiteral("test:0");
constexpr int kWaitMs = 60000;

QString submitSkd(AppServices &services, const Session &officer)
{
    return test::submitSample(services, officer);
}

// The test device keeps its options from one scan to the next: every scan states the ones the
// tests change (three-pass stays off: it can only be set in colour).
QMap<QString, QString> testOptions(const QString &picture = QStringLiteral("Color pattern"))
{
    return {{QStringLiteral("test-picture"), picture},
            {QStringLiteral("hand-scanner"), QStringLiteral("no")},
            {QStringLiteral("read-limit"), QStringLiteral("no")},
            {QStringLiteral("read-delay"), QStringLiteral("no")},
            {QStringLiteral("read-return-value"), QStringLiteral("Default")}};
}

int count(AppServices &s, const char *table)
{
    return sql::scalar(s.store().db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toInt();
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// A dialog on the test device, shown, with the device found by discovery.
void prepare(ScanDialog &dialog, const QString &settingsFile, const QMap<QString, QString> &options = testOptions())
{
    dialog.setSettingsFile(settingsFile);
    dialog.setExtraOptions(options);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *devices = child<QComboBox>(&dialog, QStringLiteral("deviceComboBox"));
    REQUIRE(QTest::qWaitFor([&] { return devices->findData(kDevice) >= 0; }, kWaitMs));
    selectData(devices, kDevice);
    // Small pages keep the test quick.
    selectData(child<QComboBox>(&dialog, QStringLiteral("resolutionComboBox")), 75);
}

void scanAndWait(ScanDialog &dialog, int expectedPages)
{
    auto *scan = child<QPushButton>(&dialog, QStringLiteral("scanButton"));
    REQUIRE(scan->isEnabled());
    click(scan);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isScanning(); }, kWaitMs));
    auto *banner = child<ui::MessageBanner>(&dialog, QStringLiteral("scanBanner"));
    INFO("banner: " << banner->text().toStdString());
    REQUIRE(dialog.pageEditor()->pageCount() == expectedPages);
}

void waitReady(ScanDialog &dialog)
{
    REQUIRE(QTest::qWaitFor([&] { return dialog.pageEditor()->isReady(); }, kWaitMs));
}

QByteArray pngOf(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

// A KTP-like card at 300 dpi with the NIK next to its label.
QImage ktpCard(const QString &nik)
{
    constexpr double dotsPerMm = 300 / 25.4;
    QImage card(int(85.6 * dotsPerMm), int(54 * dotsPerMm), QImage::Format_RGB32);
    card.fill(QColor(200, 225, 246));
    QPainter p(&card);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(Qt::black);
    QFont bold(QStringLiteral("DejaVu Sans"));
    bold.setBold(true);
    bold.setPixelSize(int(3.2 * dotsPerMm));
    p.setFont(bold);
    p.drawText(QRect(0, int(2.5 * dotsPerMm), card.width(), int(5 * dotsPerMm)), Qt::AlignHCenter,
               QStringLiteral("PROVINSI JAWA TENGAH"));
    bold.setPixelSize(int(4.4 * dotsPerMm));
    p.setFont(bold);
    p.drawText(QPointF(4 * dotsPerMm, 18 * dotsPerMm), QStringLiteral("NIK  :  ") + nik);
    QFont plain(QStringLiteral("DejaVu Sans"));
    plain.setPixelSize(int(2.6 * dotsPerMm));
    p.setFont(plain);
    p.drawText(QPointF(4 * dotsPerMm, 25 * dotsPerMm), QStringLiteral("Nama          : SITI NUR'AINI"));
    p.drawText(QPointF(4 * dotsPerMm, 29 * dotsPerMm), QStringLiteral("Alamat        : JL. GUNUNG SLAMET NO. 5"));
    p.end();
    card.setDotsPerMeterX(11811);
    card.setDotsPerMeterY(11811);
    return card;
}

} // namespace

TEST_CASE("scan dialog: two pages from the test scanner, one turned, attached and seen in the viewer")
{
    useSaneTestBackend();
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = submitSkd(services, officer);
    const QString settings = settingsFileOf(db.dir());

    QString documentId;
    {
        ScanDialog dialog(services, officer, tracking, QStringLiteral("pengantar_rt_rw"),
                          QStringLiteral("Surat pengantar RT/RW"));
        prepare(dialog, settings);
        // A letter: the letter preset, grey on A4 from the flatbed.
        CHECK(child<QComboBox>(&dialog, QStringLiteral("presetComboBox"))->currentData().toString() == QStringLiteral("letter"));
        CHECK(dialog.currentSettings().mode == QStringLiteral("gray"));
        CHECK(dialog.currentSettings().pageSize == QStringLiteral("a4"));
        CHECK(dialog.currentSettings().source == QStringLiteral("flatbed"));
        CHECK_FALSE(child<QPushButton>(&dialog, QStringLiteral("attachButton"))->isEnabled());

        scanAndWait(dialog, 1);
        scanAndWait(dialog, 2);
        waitReady(dialog);
        auto *sizeLabel = child<QLabel>(&dialog, QStringLiteral("sizeLabel"));
        CHECK(sizeLabel->text().startsWith(QStringLiteral("2 halaman · ")));
        CHECK(sizeLabel->text().endsWith(QStringLiteral(" KB")));
        CHECK(dialog.pageEditor()->storedBytes() > 0);
        // The scanner used is remembered for the next dialog.
        CHECK(Config(settings).lastScanner() == kDevice);

        // Turn the second page clockwise.
        auto *pages = child<QListWidget>(&dialog, QStringLiteral("pageListWidget"));
        REQUIRE(pages->count() == 2);
        clickListRow(pages, 1);
        click(child<QPushButton>(&dialog, QStringLiteral("rotateRightButton")));
        CHECK(dialog.pageEditor()->quarterTurns(1) == 1);
        waitReady(dialog);
        // The same sheet scanned twice: the turned page is the first one's size, transposed.
        const QImage first = dialog.pageEditor()->shownImage(0);
        const QImage second = dialog.pageEditor()->shownImage(1);
        REQUIRE_FALSE(first.isNull());
        CHECK(first.width() != first.height());
        CHECK(second.size() == first.size().transposed());

        const QString shots = qEnvironmentVariable("LOKET_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            CHECK(dialog.grab().save(QDir(shots).filePath(QStringLiteral("scan-dialog.png"))));

        QSignalSpy attached(&dialog, &ScanDialog::documentAttached);
        auto *attach = child<QPushButton>(&dialog, QStringLiteral("attachButton"));
        REQUIRE(attach->isEnabled());
        click(attach);
        CHECK(dialog.result() == QDialog::Accepted);
        REQUIRE(attached.count() == 1);
        documentId = attached.at(0).at(0).toString();
        CHECK(dialog.attachedDocument().pageCount == 2);
    }
    {
        // The next dialog offers the scanner used last at once, before discovery answers.
        ScanDialog next(services, officer, tracking, QStringLiteral("ktp"), QString());
        next.setSettingsFile(settings);
        CHECK(next.currentDevice() == kDevice);
        CHECK(child<QPushButton>(&next, QStringLiteral("scanButton"))->isEnabled());
    }

    const QList<DocumentInfo> documents = services.documents().list(officer, tracking);
    REQUIRE(documents.size() == 1);
    const DocumentInfo &doc = documents.constFirst();
    CHECK(doc.id == documentId);
    CHECK(doc.source == QStringLiteral("scan"));
    CHECK(doc.requirementKey == QStringLiteral("pengantar_rt_rw"));
    REQUIRE(doc.pages.size() == 2);
    CHECK(doc.pages.at(1).pixels == doc.pages.at(0).pixels.transposed());

    // The viewer: the document, its two pages, the turned one landscape.
    DocumentViewer viewer(services, officer, tracking);
    viewer.show();
    REQUIRE(viewer.showDocument(documentId));
    REQUIRE(viewer.pageCount() == 2);
    CHECK(viewer.pageImage(1).size() == viewer.pageImage(0).size().transposed());
}

TEST_CASE("scan dialog: pages reordered, deleted, rescanned, left uncleaned, blank pages marked")
{
    useSaneTestBackend();
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = submitSkd(services, officer);

    ScanDialog dialog(services, officer, tracking, QStringLiteral("kk"), QStringLiteral("Kartu Keluarga"));
    prepare(dialog, settingsFileOf(db.dir()));
    CHECK(child<QComboBox>(&dialog, QStringLiteral("presetComboBox"))->currentData().toString() == QStringLiteral("kk"));
    CHECK(dialog.currentSettings().pageSize == QStringLiteral("f4"));

    // The feeder: ten sheets, progress per page, all pages arriving.
    selectData(child<QComboBox>(&dialog, QStringLiteral("sourceComboBox")), QStringLiteral("adf"));
    selectData(child<QComboBox>(&dialog, QStringLiteral("pageSizeComboBox")), QStringLiteral("a4"));
    scanAndWait(dialog, 10);
    CHECK(child<QLabel>(&dialog, QStringLiteral("scanStatusLabel"))->text() == QStringLiteral("10 halaman terbaca."));
    PageEditor *editor = dialog.pageEditor();
    auto *pages = child<QListWidget>(&dialog, QStringLiteral("pageListWidget"));
    auto *remove = child<QPushButton>(&dialog, QStringLiteral("deletePageButton"));
    while (editor->pageCount() > 2) {
        clickListRow(pages, editor->pageCount() - 1);
        click(remove);
    }
    waitReady(dialog);
    CHECK(child<QLabel>(&dialog, QStringLiteral("sizeLabel"))->text().startsWith(QStringLiteral("2 halaman · ")));

    // Move the first page behind the second: the turned page travels with its place.
    clickListRow(pages, 0);
    click(child<QPushButton>(&dialog, QStringLiteral("rotateLeftButton")));
    CHECK(editor->quarterTurns(0) == 3);
    auto *moveUp = child<QPushButton>(&dialog, QStringLiteral("moveUpButton"));
    auto *moveDown = child<QPushButton>(&dialog, QStringLiteral("moveDownButton"));
    CHECK_FALSE(moveUp->isEnabled());
    click(moveDown);
    CHECK(editor->currentRow() == 1);
    CHECK(editor->quarterTurns(1) == 3);
    CHECK(editor->quarterTurns(0) == 0);
    CHECK(pages->item(0)->text() == QStringLiteral("1"));
    CHECK(pages->item(1)->text() == QStringLiteral("2"));
    click(moveUp);
    CHECK(editor->quarterTurns(0) == 3);
    // A drag does what the buttons do: the list's model moves the row; the pages follow.
    REQUIRE(pages->model()->moveRow(QModelIndex(), 0, QModelIndex(), 2));
    CHECK(editor->quarterTurns(1) == 3);
    CHECK(editor->quarterTurns(0) == 0);
    // Renumbered once the drop is complete.
    REQUIRE(QTest::qWaitFor([&] { return pages->item(1)->text() == QStringLiteral("2"); }, kWaitMs));
    CHECK(pages->item(0)->text() == QStringLiteral("1"));
    REQUIRE(pages->model()->moveRow(QModelIndex(), 1, QModelIndex(), 0));
    CHECK(editor->quarterTurns(0) == 3);

    // Undo the automatic cleaning of a page: the raw scan is stored as it came.
    clickListRow(pages, 1);
    auto *autoClean = child<QCheckBox>(&dialog, QStringLiteral("autoCleanCheckBox"));
    CHECK(autoClean->isChecked());
    toggle(autoClean);
    CHECK_FALSE(editor->autoClean(1));
    CHECK(editor->autoClean(0));
    waitReady(dialog);
    const QImage raw = editor->pageForReading(1);
    CHECK(editor->shownImage(1).size() == raw.size());
    CHECK(editor->pagesToStore().at(1).pixels == raw.size());

    // Rescan the second page from the flatbed: a white sheet, kept but marked for review.
    selectData(child<QComboBox>(&dialog, QStringLiteral("sourceComboBox")), QStringLiteral("flatbed"));
    dialog.setExtraOptions(testOptions(QStringLiteral("Solid white")));
    click(child<QPushButton>(&dialog, QStringLiteral("rescanPageButton")));
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isScanning(); }, kWaitMs));
    REQUIRE(editor->pageCount() == 2);
    waitReady(dialog);
    CHECK(editor->autoClean(1));            // a new scan is cleaned again
    CHECK(editor->quarterTurns(0) == 3);    // the other page is untouched
    CHECK(editor->isBlank(1));
    CHECK_FALSE(editor->isBlank(0));
    CHECK(pages->item(1)->text().contains(QStringLiteral("kosong?")));
    CHECK(pages->item(1)->toolTip().contains(QStringLiteral("tampak kosong")));

    // Attached with the blank page (flagged, not dropped).
    REQUIRE(dialog.attach());
    const QList<DocumentInfo> documents = services.documents().list(officer, tracking);
    REQUIRE(documents.size() == 1);
    REQUIRE(documents.constFirst().pages.size() == 2);
    CHECK(documents.constFirst().pages.at(1).blank);
    CHECK_FALSE(documents.constFirst().pages.at(0).blank);
    CHECK(documents.constFirst().requirementKey == QStringLiteral("kk"));
}

TEST_CASE("scan dialog: a scan cancelled half-way or a closed dialog stores nothing")
{
    useSaneTestBackend();
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = submitSkd(services, officer);
    const int documentsBefore = count(services, "document");
    const int blobsBefore = count(services, "blob");

    QMap<QString, QString> slow = testOptions();
    slow.insert(QStringLiteral("read-delay"), QStringLiteral("yes"));
    slow.insert(QStringLiteral("read-delay-duration"), QStringLiteral("50000"));
    slow.insert(QStringLiteral("read-limit"), QStringLiteral("yes"));
    slow.insert(QStringLiteral("read-limit-size"), QStringLiteral("8192"));

    {
        ScanDialog dialog(services, officer, tracking, QStringLiteral("pengantar_kelurahan"), QString());
        prepare(dialog, settingsFileOf(db.dir()), slow);
        selectData(child<QComboBox>(&dialog, QStringLiteral("resolutionComboBox")), 200);
        click(child<QPushButton>(&dialog, QStringLiteral("scanButton")));
        CHECK(dialog.isScanning());
        auto *progress = child<QProgressBar>(&dialog, QStringLiteral("scanProgressBar"));
        REQUIRE(QTest::qWaitFor([&] { return progress->value() > 0; }, kWaitMs));
        CHECK(progress->isVisible());
        CHECK(child<QLabel>(&dialog, QStringLiteral("scanStatusLabel"))->text().startsWith(QStringLiteral("Memindai halaman 1…")));
        CHECK_FALSE(child<QPushButton>(&dialog, QStringLiteral("scanButton"))->isEnabled());
        auto *cancel = child<QPushButton>(&dialog, QStringLiteral("cancelScanButton"));
        REQUIRE(cancel->isEnabled());
        click(cancel);
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isScanning(); }, kWaitMs));
        CHECK(progress->value() < 100);
        CHECK(dialog.pageEditor()->pageCount() == 0);
        CHECK(child<ui::MessageBanner>(&dialog, QStringLiteral("scanBanner"))->text().contains(QStringLiteral("dihentikan")));
        CHECK_FALSE(child<QPushButton>(&dialog, QStringLiteral("attachButton"))->isEnabled());
        CHECK(child<QPushButton>(&dialog, QStringLiteral("scanButton"))->isEnabled());

        // Closing the dialog in the middle of a scan stops it; nothing is stored.
        click(child<QPushButton>(&dialog, QStringLiteral("scanButton")));
        REQUIRE(QTest::qWaitFor([&] { return progress->value() > 0; }, kWaitMs));
        click(child<QPushButton>(&dialog, QStringLiteral("closeButton")));
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK_FALSE(dialog.isVisible());
    }
    CHECK(count(services, "document") == documentsBefore);
    CHECK(count(services, "document_page") == 0);
    CHECK(count(services, "blob") == blobsBefore);
}

TEST_CASE("scan dialog: a jammed scanner is reported in plain Indonesian")
{
    useSaneTestBackend();
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = submitSkd(services, officer);

    ScanDialog dialog(services, officer, tracking, QStringLiteral("ktp"), QStringLiteral("KTP-el pemohon"));
    QMap<QString, QString> jammed = testOptions();
    jammed.insert(QStringLiteral("read-return-value"), QStringLiteral("SANE_STATUS_JAMMED"));
    prepare(dialog, settingsFileOf(db.dir()), jammed);
    CHECK(child<QComboBox>(&dialog, QStringLiteral("presetComboBox"))->currentData().toString() == QStringLiteral("ktp"));
    CHECK(dialog.currentSettings().pageSize == QStringLiteral("id-card"));
    CHECK(dialog.currentSettings().mode == QStringLiteral("color"));
    scanAndWait(dialog, 0);
    auto *banner = child<ui::MessageBanner>(&dialog, QStringLiteral("scanBanner"));
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("macet")));
    CHECK(child<QPushButton>(&dialog, QStringLiteral("scanButton"))->isEnabled());

    // Cleared, the scanner works again (reopened by name).
    dialog.setExtraOptions(testOptions());
    selectData(child<QComboBox>(&dialog, QStringLiteral("pageSizeComboBox")), QStringLiteral("a4"));
    scanAndWait(dialog, 1);
    CHECK_FALSE(banner->isVisible());
    waitReady(dialog);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isReadingNik(); }, kWaitMs));   // a KTP scan is read at once
    CHECK(child<QFrame>(&dialog, QStringLiteral("nikSuggestionFrame"))->isVisible());
    CHECK_FALSE(child<QPushButton>(&dialog, QStringLiteral("useNikButton"))->isVisible());   // no NIK on a test pattern
    click(child<QPushButton>(&dialog, QStringLiteral("ignoreNikButton")));
    CHECK_FALSE(child<QFrame>(&dialog, QStringLiteral("nikSuggestionFrame"))->isVisible());
}

TEST_CASE("scan dialog: files instead of a scan, a bad file is refused with the reason")
{
    useSaneTestBackend();   // the dialog looks for scanners as it opens
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = submitSkd(services, officer);
    QTemporaryDir dir;
    const QByteArray png = pngOf(letterPage());
    const QString good = writeFile(dir.filePath(QStringLiteral("pengantar.png")), png);
    const QString truncated = writeFile(dir.filePath(QStringLiteral("terpotong.png")), png.left(png.size() / 2));
    const QString html = writeFile(dir.filePath(QStringLiteral("surat.pdf")), "<html><body>bukan PDF</body></html>");

    ScanDialog dialog(services, officer, tracking, QStringLiteral("pengantar_rt_rw"), QString());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *banner = child<ui::MessageBanner>(&dialog, QStringLiteral("scanBanner"));
    auto *attach = child<QPushButton>(&dialog, QStringLiteral("attachButton"));

    SECTION("a truncated image and a fake PDF are refused; nothing is added or stored")
    {
        dialog.importFiles({good, truncated});
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isImporting(); }, kWaitMs));
        CHECK(banner->isVisible());
        CHECK(banner->text().startsWith(QStringLiteral("terpotong.png: ")));
        CHECK(dialog.pageEditor()->pageCount() == 0);   // the good file of the batch is not added either
        dialog.importFiles({html});
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isImporting(); }, kWaitMs));
        CHECK(banner->text().startsWith(QStringLiteral("surat.pdf: ")));
        CHECK(dialog.pageEditor()->pageCount() == 0);
        CHECK_FALSE(attach->isEnabled());
        CHECK_FALSE(dialog.attach());
        CHECK(services.documents().list(officer, tracking).isEmpty());
    }

    SECTION("an image becomes a page kept byte for byte, then attached")
    {
        dialog.importFiles({good});
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isImporting(); }, kWaitMs));
        REQUIRE(dialog.pageEditor()->pageCount() == 1);
        CHECK_FALSE(dialog.pageEditor()->autoClean(0));   // as the resident gave it
        waitReady(dialog);
        REQUIRE(attach->isEnabled());
        click(attach);
        CHECK(dialog.result() == QDialog::Accepted);
        const QList<DocumentInfo> documents = services.documents().list(officer, tracking);
        REQUIRE(documents.size() == 1);
        CHECK(documents.constFirst().source == QStringLiteral("file"));
        CHECK(documents.constFirst().fileName == QStringLiteral("pengantar.png"));
        REQUIRE(documents.constFirst().pages.size() == 1);
        CHECK(documents.constFirst().pages.constFirst().sha256 == BlobStore::sha256Hex(png));
    }

    SECTION("a PDF is attached as it is, alone")
    {
        QByteArray pdf;
        {
            QBuffer buffer(&pdf);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            QPainter p(&writer);
            p.drawText(200, 200, QStringLiteral("Surat keterangan domisili"));
            writer.newPage();
            p.drawText(200, 200, QStringLiteral("Halaman 2"));
        }
        const QString path = writeFile(dir.filePath(QStringLiteral("domisili.pdf")), pdf);
        dialog.importFiles({path, good});
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isImporting(); }, kWaitMs));
        CHECK(banner->text().contains(QStringLiteral("satu per satu")));
        dialog.importFiles({path});
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isImporting(); }, kWaitMs));
        CHECK(child<QFrame>(&dialog, QStringLiteral("pdfFrame"))->isVisible());
        CHECK(child<QLabel>(&dialog, QStringLiteral("pdfLabel"))->text().contains(QStringLiteral("domisili.pdf (2 halaman)")));
        CHECK_FALSE(child<QPushButton>(&dialog, QStringLiteral("importFilesButton"))->isEnabled());
        REQUIRE(attach->isEnabled());
        click(attach);
        const QList<DocumentInfo> documents = services.documents().list(officer, tracking);
        REQUIRE(documents.size() == 1);
        CHECK(documents.constFirst().mime == QStringLiteral("application/pdf"));
        CHECK(documents.constFirst().pageCount == 2);
    }
}

TEST_CASE("scan dialog: the NIK read off a KTP is only a suggestion until the officer takes it")
{
    useSaneTestBackend();   // the dialog looks for scanners as it opens
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = submitSkd(services, officer);
    QTemporaryDir dir;
    const QString nik = QStringLiteral("3302275505900003");
    const QString path = writeFile(dir.filePath(QStringLiteral("ktp.png")), pngOf(ktpCard(nik)));

    ScanDialog dialog(services, officer, tracking, QStringLiteral("ktp"), QString());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy suggested(&dialog, &ScanDialog::nikSuggested);
    dialog.importFiles({path});
    REQUIRE(QTest::qWaitFor([&] { return dialog.pageEditor()->pageCount() == 1; }, kWaitMs));
    auto *read = child<QPushButton>(&dialog, QStringLiteral("readNikButton"));
    REQUIRE(read->isEnabled());
    click(read);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isReadingNik(); }, kWaitMs));
    auto *label = child<QLabel>(&dialog, QStringLiteral("nikSuggestionLabel"));
    INFO("suggestion: " << label->text().toStdString());
    CHECK(label->text().startsWith(QStringLiteral("NIK terbaca: ") + nik + QStringLiteral(" (keyakinan ")));
    CHECK(suggested.isEmpty());   // nothing is filled in before the officer confirms
    auto *use = child<QPushButton>(&dialog, QStringLiteral("useNikButton"));
    REQUIRE(use->isVisible());
    click(use);
    REQUIRE(suggested.count() == 1);
    CHECK(suggested.at(0).at(0).toString() == nik);
    CHECK(services.documents().list(officer, tracking).isEmpty());   // reading stores nothing
}

TEST_CASE("scan dialog: a rescanned page replaces the page asked for, even when the officer moved it meanwhile")
{
    useSaneTestBackend();
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = submitSkd(services, officer);
    ScanDialog dialog(services, officer, tracking, QStringLiteral("kk"), QStringLiteral("Kartu Keluarga"));
    prepare(dialog, settingsFileOf(db.dir()));
    selectData(child<QComboBox>(&dialog, QStringLiteral("sourceComboBox")), QStringLiteral("adf"));
    selectData(child<QComboBox>(&dialog, QStringLiteral("pageSizeComboBox")), QStringLiteral("a4"));
    scanAndWait(dialog, 10);
    PageEditor *editor = dialog.pageEditor();
    while (editor->pageCount() > 2)
        editor->removePage(editor->pageCount() - 1);
    editor->rotatePage(0, 1);   // the first page is told apart by its turn
    waitReady(dialog);

    // Rescan the second page, slowly; while it is read, the officer moves that page to the front.
    selectData(child<QComboBox>(&dialog, QStringLiteral("sourceComboBox")), QStringLiteral("flatbed"));
    QMap<QString, QString> slow = testOptions(QStringLiteral("Solid white"));
    slow.insert(QStringLiteral("read-delay"), QStringLiteral("yes"));
    slow.insert(QStringLiteral("read-delay-duration"), QStringLiteral("20000"));
    dialog.setExtraOptions(slow);
    editor->setCurrentRow(1);
    click(child<QPushButton>(&dialog, QStringLiteral("rescanPageButton")));
    REQUIRE(dialog.isScanning());
    editor->movePage(1, -1);
    REQUIRE(editor->quarterTurns(1) == 1);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isScanning(); }, kWaitMs));
    REQUIRE(editor->pageCount() == 2);
    waitReady(dialog);
    // The white rescan took the moved page's place (the front); the turned page is untouched.
    CHECK(editor->isBlank(0));
    CHECK(editor->quarterTurns(0) == 0);
    CHECK_FALSE(editor->isBlank(1));
    CHECK(editor->quarterTurns(1) == 1);
}
