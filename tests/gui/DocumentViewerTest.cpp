// GUI tests of stored residents' papers: the document viewer (pages, zoom, paging, PDF export, an
// altered page never shown, a PDF kept as is) and the retention setting with its purge. The
// documents are stored through core; the scan dialog that attaches them has its own tests
// (DocumentGuiTest.cpp).
#include "GuiTestHelpers.h"
#include "TestSupport.h"

#include "common/MessageBanner.h"
#include "documents/DocumentViewer.h"
#include "documents/RetentionSettingsWidget.h"
#include "imaging/PageProcessing.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace loket;
using namespace loket::test;
using loket::ui::DocumentViewer;

namespace {

int audited(AppServices &s, const char *action)
{
    return sql::scalar(s.store().db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                       {QString::fromLatin1(action)}).toInt();
}

int pdfPages(const QString &path)
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        return -1;
    QProcess p;
    p.start(pdfinfo, {path});
    if (!p.waitForFinished(30000))
        return -1;
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n'))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

// Clicks a button of the confirmation box as soon as it is shown (it runs its own event loop).
void answerConfirmation(const QString &buttonName)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, buttonName] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QStringLiteral("purgeConfirmBox"))
            return;
        timer->stop();
        timer->deleteLater();
        if (auto *button = box->findChild<QPushButton *>(buttonName))
            QTest::mouseClick(button, Qt::LeftButton);
        else
            box->reject();
    });
    timer->start();
}

} // namespace

TEST_CASE("document viewer: two pages, one landscape, paged, zoomed and exported as one PDF")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = test::submitSample(services, officer);
    const DocumentInfo doc = services.documents().addPages(
        officer, tracking, QStringLiteral("pengantar_rt_rw"), QStringLiteral("scan"), QString(),
        {DocumentService::encodeImage(letterPage()), DocumentService::encodeImage(rotate90(letterPage(), 1))});
    const QString documentId = doc.id;
    REQUIRE(doc.pages.size() == 2);

    DocumentViewer viewer(services, officer, tracking);
    viewer.resize(1100, 750);
    viewer.show();
    REQUIRE(QTest::qWaitForWindowExposed(&viewer));
    viewer.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&viewer));
    CHECK(viewer.documentCount() == 1);
    auto *list = child<QListWidget>(&viewer, QStringLiteral("documentListWidget"));
    CHECK(list->item(0)->text().contains(QStringLiteral("Surat pengantar dari Ketua RT")));
    CHECK(list->item(0)->text().contains(QStringLiteral("2 halaman")));
    // Shown, the viewer opens the first document; every opening is audited.
    CHECK(viewer.currentDocumentId() == documentId);
    CHECK(list->currentRow() == 0);
    CHECK(audited(services, "document.viewed") == 1);
    clickListRow(list, 0);
    CHECK(audited(services, "document.viewed") == 1);   // already open
    REQUIRE(viewer.showDocument(documentId));
    CHECK(audited(services, "document.viewed") == 2);
    REQUIRE(viewer.pageCount() == 2);
    CHECK(child<QListWidget>(&viewer, QStringLiteral("viewerPageListWidget"))->count() == 2);
    CHECK(viewer.currentPage() == 0);
    auto *view = child<QLabel>(&viewer, QStringLiteral("pageImageLabel"));
    CHECK_FALSE(view->pixmap().isNull());
    CHECK(child<QLabel>(&viewer, QStringLiteral("pageNumberLabel"))->text() == QStringLiteral("Halaman 1 dari 2"));
    CHECK(viewer.pageImage(1).size() == viewer.pageImage(0).size().transposed());

    if (const QString shots = qEnvironmentVariable("LOKET_SCREENSHOT_DIR"); !shots.isEmpty())
        CHECK(viewer.grab().save(QDir(shots).filePath(QStringLiteral("document-viewer.png"))));

    // Paging with the keyboard, zoom with the buttons.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_PageDown);
    CHECK(viewer.currentPage() == 1);
    QTest::keyClick(list, Qt::Key_PageUp);
    CHECK(viewer.currentPage() == 0);
    click(child<QAbstractButton>(&viewer, QStringLiteral("nextPageButton")));
    CHECK(viewer.currentPage() == 1);
    CHECK(viewer.isFitToView());
    click(child<QAbstractButton>(&viewer, QStringLiteral("zoom100Button")));
    CHECK(viewer.shownZoom() == Approx(1.0));
    CHECK(view->pixmap().size() == viewer.pageImage(1).size());
    click(child<QAbstractButton>(&viewer, QStringLiteral("zoomInButton")));
    CHECK(viewer.shownZoom() == Approx(1.25));
    CHECK(child<QLabel>(&viewer, QStringLiteral("zoomLabel"))->text() == QStringLiteral("125%"));
    click(child<QAbstractButton>(&viewer, QStringLiteral("zoomOutButton")));
    CHECK(viewer.shownZoom() == Approx(1.0));
    click(child<QAbstractButton>(&viewer, QStringLiteral("zoomFitButton")));
    CHECK(viewer.isFitToView());
    const QSize room = child<QWidget>(&viewer, QStringLiteral("pageScrollArea"))->size();
    CHECK(view->pixmap().width() <= room.width());
    CHECK(view->pixmap().height() <= room.height());

    // Export as one PDF of two pages.
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("dokumen.pdf"));
    const int exportedBefore = audited(services, "document.exported");
    REQUIRE(viewer.exportPdfTo(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(audited(services, "document.exported") == exportedBefore + 1);
    const int pages = pdfPages(pdf);
    if (pages >= 0)
        CHECK(pages == 2);
    CHECK(child<ui::MessageBanner>(&viewer, QStringLiteral("viewerBanner"))->text().contains(pdf));

    SECTION("a page altered in storage is reported, never shown")
    {
        sql::exec(services.store().db(), QStringLiteral("UPDATE blob SET data = ? WHERE sha256 = ?"),
                  {QByteArray("not the page"), doc.pages.at(1).sha256});
        DocumentViewer again(services, officer, tracking);
        again.resize(900, 700);
        again.show();
        CHECK_FALSE(again.showDocument(documentId));
        CHECK(again.pageCount() == 0);
        auto *shown = child<QLabel>(&again, QStringLiteral("pageImageLabel"));
        CHECK(shown->pixmap().isNull());
        CHECK(shown->text().contains(QStringLiteral("rusak")));
        auto *banner = child<ui::MessageBanner>(&again, QStringLiteral("viewerBanner"));
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(QStringLiteral("rusak")));
        CHECK_FALSE(again.exportPdfTo(out.filePath(QStringLiteral("rusak.pdf"))));
        CHECK_FALSE(QFile::exists(out.filePath(QStringLiteral("rusak.pdf"))));
    }
}

TEST_CASE("document viewer: a PDF kept as is is drawn page by page and exported unchanged")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = test::submitSample(services, officer);
    QTemporaryDir dir;
    // Two A4 pages; the first has a black band across its top quarter.
    const QByteArray pdf = test::drawPdf({test::a4Page(), test::a4Page()}, [](QPainter &p, const QRect &page, int index) {
        if (index == 0) {
            p.fillRect(QRect(0, 0, page.width(), page.height() / 4), Qt::black);
            p.drawText(200, page.height() / 2, QStringLiteral("Surat keterangan domisili"));
        } else {
            p.drawText(200, 200, QStringLiteral("Halaman 2"));
        }
    });
    const QString path = writeFile(dir.filePath(QStringLiteral("domisili.pdf")), pdf);
    const DocumentInfo doc = services.documents().addFiles(officer, tracking, QStringLiteral("pengantar_rt_rw"), {path});
    CHECK(doc.mime == QStringLiteral("application/pdf"));

    DocumentViewer viewer(services, officer, tracking);
    viewer.resize(1100, 750);
    viewer.show();
    REQUIRE(QTest::qWaitForWindowExposed(&viewer));
    REQUIRE(viewer.showDocument(doc.id));
    CHECK(viewer.isPdf());
    CHECK(audited(services, "document.viewed") >= 1);   // a PDF opened is audited like scanned pages
    REQUIRE(viewer.pageCount() == 2);
    CHECK(child<QLabel>(&viewer, QStringLiteral("pageNumberLabel"))->text() == QStringLiteral("Halaman 1 dari 2"));

    // The page is drawn: the band is dark, the paper below it white.
    auto *view = child<QLabel>(&viewer, QStringLiteral("pageImageLabel"));
    REQUIRE_FALSE(view->pixmap().isNull());
    const QImage shown = view->pixmap().toImage();
    CHECK(qGray(shown.pixel(shown.width() / 2, shown.height() / 8)) < 60);
    CHECK(qGray(shown.pixel(shown.width() / 2, shown.height() * 7 / 8)) > 200);
    CHECK(shown.height() <= child<QWidget>(&viewer, QStringLiteral("pageScrollArea"))->height());   // fitted

    // Thumbnails are drawn after the first page is on screen, without blocking.
    auto *thumbs = child<QListWidget>(&viewer, QStringLiteral("viewerPageListWidget"));
    CHECK(thumbs->count() == 2);
    REQUIRE(QTest::qWaitFor([&] { return viewer.thumbnailsReady() == 2; }, 10000));
    // Drawn, not the empty placeholder: the page's white paper shows in the middle of the icon.
    const QImage icon = thumbs->item(1)->icon().pixmap(QSize(110, 110)).toImage();
    CHECK(qAlpha(icon.pixel(icon.width() / 2, icon.height() / 2)) == 255);
    CHECK(qGray(icon.pixel(icon.width() / 2, icon.height() / 2)) > 200);

    // 100 % is the page at 150 dpi; zooming in draws the page again, sharper, not stretched.
    click(child<QAbstractButton>(&viewer, QStringLiteral("zoom100Button")));
    CHECK(view->pixmap().width() == Approx(210 / 25.4 * 150).margin(3));
    CHECK(viewer.pageImage(0).size() == view->pixmap().size());
    click(child<QAbstractButton>(&viewer, QStringLiteral("zoomInButton")));
    CHECK(view->pixmap().width() == Approx(210 / 25.4 * 150 * 1.25).margin(3));
    click(child<QAbstractButton>(&viewer, QStringLiteral("nextPageButton")));
    CHECK(viewer.currentPage() == 1);
    CHECK(child<QLabel>(&viewer, QStringLiteral("pageNumberLabel"))->text() == QStringLiteral("Halaman 2 dari 2"));
    CHECK_FALSE(view->pixmap().isNull());

    const QString exported = dir.filePath(QStringLiteral("keluar.pdf"));
    REQUIRE(viewer.exportPdfTo(exported));
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == pdf);
}

TEST_CASE("retention setting: the period is saved and expired documents are purged after confirmation")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const Session admin = db.login(QStringLiteral("admin"));
    const QString tracking = test::submitSample(services, officer);
    const PageToStore page = DocumentService::encodeImage(letterPage());
    services.documents().addPages(officer, tracking, QStringLiteral("ktp"), QStringLiteral("scan"), QString(), {page});
    services.documents().addPages(officer, tracking, QStringLiteral("kk"), QStringLiteral("scan"), QString(),
                                  {DocumentService::encodeImage(letterPage().mirrored())});
    // The KTP was attached long ago.
    sql::exec(services.store().db(), QStringLiteral("UPDATE document SET created_at = '2020-01-02T03:04:05.000Z' "
                                                    "WHERE requirement_key = 'ktp'"));

    SECTION("an officer sees the period but cannot change it")
    {
        ui::RetentionSettingsWidget widget(services, officer);
        widget.show();
        CHECK_FALSE(child<QSpinBox>(&widget, QStringLiteral("retentionDaysSpinBox"))->isEnabled());
        CHECK_FALSE(child<QPushButton>(&widget, QStringLiteral("purgeDocumentsButton"))->isEnabled());
        CHECK(child<ui::MessageBanner>(&widget, QStringLiteral("retentionBanner"))->text().contains(QStringLiteral("administrator")));
    }

    SECTION("an administrator saves the period and purges")
    {
        ui::RetentionSettingsWidget widget(services, admin);
        widget.show();
        REQUIRE(QTest::qWaitForWindowExposed(&widget));
        auto *days = child<QSpinBox>(&widget, QStringLiteral("retentionDaysSpinBox"));
        auto *banner = child<ui::MessageBanner>(&widget, QStringLiteral("retentionBanner"));
        auto *purge = child<QPushButton>(&widget, QStringLiteral("purgeDocumentsButton"));
        CHECK(days->value() == services.documents().retentionDays());
        days->setValue(365);
        click(child<QPushButton>(&widget, QStringLiteral("saveRetentionButton")));
        CHECK(services.documents().retentionDays() == 365);
        CHECK(banner->text().contains(QStringLiteral("365 hari")));

        // Declined: nothing is removed.
        answerConfirmation(QStringLiteral("cancelPurgeButton"));
        click(purge);
        CHECK(services.documents().list(officer, tracking).size() == 2);

        answerConfirmation(QStringLiteral("confirmPurgeButton"));
        click(purge);
        const QList<DocumentInfo> left = services.documents().list(officer, tracking);
        REQUIRE(left.size() == 1);
        CHECK(left.constFirst().requirementKey == QStringLiteral("kk"));
        CHECK(banner->text().startsWith(QStringLiteral("1 dokumen dihapus; ")));
        CHECK(audited(services, "document.purge_expired") == 1);
    }
}
