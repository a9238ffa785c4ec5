// GUI tests of the page editor's hand-drawn crop: the crop dialog driven by mouse drags, by the
// keyboard and by its millimetre fields; the page shown and stored shrink with it (pixels and
// bytes), "Setel ulang" and "Batal" undo, the rectangle turns with the page, switching the
// automatic cleaning removes it, and it never gets smaller than 10 mm. The editor is fed pages
// directly, no scanner involved (the scan dialog has its own tests in DocumentGuiTest.cpp).
#include "GuiTestHelpers.h"

#include "documents/CropDialog.h"
#include "documents/CropView.h"
#include "documents/PageEditor.h"
#include "imaging/ManualCrop.h"
#include "imaging/PageProcessing.h"

#include <QBuffer>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

using namespace loket;
using namespace loket::test;
using loket::ui::CropDialog;
using loket::ui::CropView;
using loket::ui::PageEditor;

namespace {

constexpr int kWaitMs = 60000;
constexpr int kDpi = 100;

// A letter on a dark scanner bed, as the flatbed gives it: the automatic cleaning cuts it to the
// paper.
QImage letterOnBed()
{
    QImage scan(900, 1260, QImage::Format_Grayscale8);
    scan.fill(QColor(50, 50, 50));
    QPainter p(&scan);
    p.drawImage(QPoint(30, 40), letterPage());
    p.end();
    scan.setDotsPerMeterX(3937);
    scan.setDotsPerMeterY(3937);
    return scan;
}

struct EditorWindow
{
    QWidget window;
    PageEditor *editor = new PageEditor(&window);

    EditorWindow()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(editor);
        window.resize(1000, 500);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    void addScan()
    {
        PageEditor::NewPage page;
        page.image = letterOnBed();
        page.dpi = kDpi;
        editor->insertPage(page);
        waitReady();
    }

    void waitReady()
    {
        REQUIRE(QTest::qWaitFor([this] { return editor->isReady(); }, kWaitMs));
    }

    // Clicks "Pangkas…" and returns the crop dialog it opens.
    CropDialog *openCrop()
    {
        auto *button = child<QPushButton>(editor, QStringLiteral("cropPageButton"));
        REQUIRE(button->isEnabled());
        click(button);
        CropDialog *dialog = editor->cropDialog();
        REQUIRE(dialog != nullptr);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        CHECK(dialog->isModal());
        return dialog;
    }

    // Waits until the dialog is gone and the page is stored again.
    void waitClosed()
    {
        REQUIRE(QTest::qWaitFor([this] { return editor->cropDialog() == nullptr; }, kWaitMs));
        waitReady();
    }
};

// Drags with the left button from one page point to another, as drawn in the view.
void drag(CropView *view, const QPointF &fromPage, const QPointF &toPage)
{
    const QPoint from = view->toWidget(fromPage).toPoint();
    const QPoint to = view->toWidget(toPage).toPoint();
    QTest::mousePress(view, Qt::LeftButton, {}, from);
    QTest::mouseMove(view, (from + to) / 2);
    QTest::mouseMove(view, to);
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);
}

// Within what a pixel of the view covers on the page (the page is drawn scaled down).
bool near(int value, int expected, const CropView *view)
{
    const double pagePixelsPerWidgetPixel = view->cropRect().width() / view->cropOnWidget().width();
    return std::abs(value - expected) <= 1.5 * pagePixelsPerWidgetPixel + 1;
}

} // namespace

TEST_CASE("page editor: a page cut by hand with the mouse, then with the keyboard, is shown and stored smaller")
{
    EditorWindow w;
    PageEditor *editor = w.editor;
    w.addScan();
    const QImage whole = editor->shownImage(0);
    REQUIRE_FALSE(whole.isNull());
    CHECK(whole.width() < 900);   // the automatic cleaning cut it to the paper
    const qint64 wholeBytes = editor->storedBytes();
    CHECK(editor->pagesToStore().at(0).pixels == whole.size());
    CHECK_FALSE(editor->isCropped(0));
    auto *sizeLabel = child<QLabel>(editor, QStringLiteral("sizeLabel"));
    const QString wholeSizeText = sizeLabel->text();

    // With the mouse: the top-left corner dragged to a quarter of the page, then the rectangle
    // dragged by its inside.
    CropDialog *dialog = w.openCrop();
    auto *view = child<CropView>(dialog, QStringLiteral("cropView"));
    REQUIRE(view->pageSize() == whole.size());
    CHECK(view->cropRect() == whole.rect());
    const int W = whole.width();
    const int H = whole.height();
    drag(view, QPointF(0, 0), QPointF(W / 4.0, H / 4.0));
    QRect r = view->cropRect();
    INFO("after the corner drag: " << r.x() << "," << r.y() << " " << r.width() << "x" << r.height());
    CHECK(near(r.left(), W / 4, view));
    CHECK(near(r.top(), H / 4, view));
    CHECK(r.right() == W - 1);
    CHECK(r.bottom() == H - 1);
    const QRect beforeMove = r;
    drag(view, QRectF(r).center(), QRectF(r).center() - QPointF(W / 8.0, H / 8.0));
    r = view->cropRect();
    CHECK(r.size() == beforeMove.size());
    CHECK(near(r.left(), beforeMove.left() - W / 8, view));
    CHECK(near(r.top(), beforeMove.top() - H / 8, view));
    // The fields follow, in millimetres.
    CHECK(child<QDoubleSpinBox>(dialog, QStringLiteral("cropWidthSpinBox"))->value()
          == Approx(r.width() * 25.4 / kDpi).margin(0.05));
    const QRect mouseCrop = r;
    if (const QString shots = qEnvironmentVariable("LOKET_SCREENSHOT_DIR"); !shots.isEmpty())
        CHECK(dialog->grab().save(QDir(shots).filePath(QStringLiteral("crop-dialog.png"))));
    click(child<QPushButton>(dialog, QStringLiteral("cropOkButton")));
    w.waitClosed();

    CHECK(editor->isCropped(0));
    CHECK(editor->cropRect(0) == mouseCrop);
    CHECK(editor->shownImage(0).size() == mouseCrop.size());
    CHECK(editor->shownImage(0) == whole.copy(mouseCrop));
    CHECK(editor->pagesToStore().at(0).pixels == mouseCrop.size());
    CHECK(editor->storedBytes() < wholeBytes);
    CHECK(sizeLabel->text() != wholeSizeText);
    CHECK(child<QListWidget>(editor, QStringLiteral("pageListWidget"))->item(0)->toolTip().contains(QStringLiteral("Dipangkas")));
    // The scan itself is kept whole.
    CHECK(editor->uncroppedImage(0) == whole);

    // With the keyboard: the dialog opens on the crop kept; "Setel ulang" gives the whole page,
    // Ctrl+Shift+arrows take 10 mm off the right and bottom edges, arrows move by 1 mm (Ctrl: 10).
    dialog = w.openCrop();
    view = child<CropView>(dialog, QStringLiteral("cropView"));
    CHECK(view->cropRect() == mouseCrop);
    click(child<QPushButton>(dialog, QStringLiteral("resetCropButton")));
    CHECK(view->cropRect() == whole.rect());
    view->setFocus();
    const int mm1 = mmToPixels(1, kDpi);
    const int mm10 = mmToPixels(10, kDpi);
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(view, Qt::Key_Left, Qt::ShiftModifier | Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Up, Qt::ShiftModifier | Qt::ControlModifier);
    }
    QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Left, Qt::ShiftModifier);
    const QRect keyCrop(2 * mm10, 3 * mm1, W - 5 * mm10 - mm1, H - 5 * mm10);
    CHECK(view->cropRect() == keyCrop);
    // Moving stops at the page's edge.
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(view, Qt::Key_Left, Qt::ControlModifier);
    CHECK(view->cropRect() == keyCrop.translated(-keyCrop.x(), 0));
    for (int i = 0; i < 2; ++i)
        QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
    CHECK(view->cropRect() == keyCrop);
    QTest::keyClick(view, Qt::Key_Return);   // OK
    w.waitClosed();
    CHECK(editor->cropRect(0) == keyCrop);
    CHECK(editor->shownImage(0) == whole.copy(keyCrop));
    CHECK(editor->pagesToStore().at(0).pixels == keyCrop.size());
    CHECK(editor->storedBytes() < wholeBytes);

    SECTION("turned, the crop keeps the same part of the paper")
    {
        const QImage before = editor->shownImage(0);
        click(child<QPushButton>(editor, QStringLiteral("rotateRightButton")));
        w.waitReady();
        CHECK(editor->quarterTurns(0) == 1);
        CHECK(editor->cropRect(0) == turnCropRect(keyCrop, whole.size(), 1));
        CHECK(editor->shownImage(0) == rotate90(before, 1));
        CHECK(editor->pagesToStore().at(0).pixels == keyCrop.size().transposed());
        click(child<QPushButton>(editor, QStringLiteral("rotateLeftButton")));
        w.waitReady();
        CHECK(editor->cropRect(0) == keyCrop);
        CHECK(editor->shownImage(0) == before);

        // "Setel ulang" on the turned page stores it whole again.
        click(child<QPushButton>(editor, QStringLiteral("rotateLeftButton")));
        dialog = w.openCrop();
        click(child<QPushButton>(dialog, QStringLiteral("resetCropButton")));
        click(child<QPushButton>(dialog, QStringLiteral("cropOkButton")));
        w.waitClosed();
        CHECK_FALSE(editor->isCropped(0));
        CHECK(editor->shownImage(0) == rotate90(whole, -1));
        CHECK(editor->pagesToStore().at(0).pixels == whole.size().transposed());
        CHECK(editor->storedBytes() > wholeBytes * 9 / 10);
    }

    SECTION("Batal keeps the crop as it was")
    {
        dialog = w.openCrop();
        view = child<CropView>(dialog, QStringLiteral("cropView"));
        click(child<QPushButton>(dialog, QStringLiteral("resetCropButton")));
        click(child<QPushButton>(dialog, QStringLiteral("cropCancelButton")));
        w.waitClosed();
        CHECK(editor->cropRect(0) == keyCrop);
        CHECK(editor->pagesToStore().at(0).pixels == keyCrop.size());
    }

    SECTION("switching the automatic cleaning off removes the crop: the scan is stored as it came")
    {
        toggle(child<QCheckBox>(editor, QStringLiteral("autoCleanCheckBox")));
        w.waitReady();
        CHECK_FALSE(editor->autoClean(0));
        CHECK_FALSE(editor->isCropped(0));
        CHECK(editor->shownImage(0).size() == QSize(900, 1260));
        CHECK(editor->pagesToStore().at(0).pixels == QSize(900, 1260));
    }
}

TEST_CASE("page editor: the crop never gets smaller than 10 mm nor leaves the page")
{
    EditorWindow w;
    PageEditor *editor = w.editor;
    w.addScan();
    const QImage whole = editor->shownImage(0);
    const QSize minimum(mmToPixels(10, kDpi), mmToPixels(10, kDpi));

    // Ctrl+Shift+X opens the dialog from the page list.
    auto *pages = child<QListWidget>(editor, QStringLiteral("pageListWidget"));
    pages->setFocus();
    QTest::keyClick(pages, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    CropDialog *dialog = editor->cropDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto *view = child<CropView>(dialog, QStringLiteral("cropView"));
    CHECK(view->minimumCrop() == minimum);

    // The bottom-right corner dragged past the top-left one stops 10 mm from it.
    drag(view, QPointF(whole.width(), whole.height()), QPointF(-50, -50));
    CHECK(view->cropRect() == QRect(QPoint(0, 0), minimum));
    // Shift+arrows cannot make it smaller either; the corner dragged off the page stops at its edge.
    QTest::keyClick(view, Qt::Key_Left, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Up, Qt::ShiftModifier | Qt::ControlModifier);
    CHECK(view->cropRect().size() == minimum);
    drag(view, QPointF(minimum.width(), minimum.height()), QPointF(whole.width() + 200, whole.height() / 2.0));
    CHECK(view->cropRect().right() == whole.width() - 1);
    CHECK(view->cropRect().left() == 0);

    // A width typed in the field: 50 mm is taken, 2 mm becomes 10 mm.
    auto *width = child<QDoubleSpinBox>(dialog, QStringLiteral("cropWidthSpinBox"));
    retype(width, QStringLiteral("50"));
    QTest::keyClick(width, Qt::Key_Tab);
    CHECK(view->cropRect().width() == mmToPixels(50, kDpi));
    width->setFocus();
    width->selectAll();
    QTest::keyClicks(width, QStringLiteral("2"));
    QTest::keyClick(width, Qt::Key_Tab);
    CHECK(view->cropRect().width() == minimum.width());
    CHECK(width->value() == Approx(minimum.width() * 25.4 / kDpi).margin(0.05));

    // A smallest crop stored: 10 mm by 10 mm.
    view->setCropRect(QRect(100, 100, 5, 5));
    CHECK(view->cropRect().size() == minimum);
    click(child<QPushButton>(dialog, QStringLiteral("cropOkButton")));
    w.waitClosed();
    CHECK(editor->pagesToStore().at(0).pixels == minimum);

    // Asked from code, the same limits hold.
    editor->setCropRect(0, QRect(-100, -100, 103, 103));   // 3 pixels on the page
    w.waitReady();
    CHECK(editor->cropRect(0) == QRect(QPoint(0, 0), minimum));
    editor->setCropRect(0, QRect(-100, -100, 10000, 10000));
    w.waitReady();
    CHECK_FALSE(editor->isCropped(0));

    // A part cut from the empty margin is flagged blank for review; the whole letter is not.
    CHECK_FALSE(editor->isBlank(0));
    editor->setCropRect(0, QRect(whole.width() - 3 * minimum.width(), whole.height() - 2 * minimum.height(),
                                 2 * minimum.width(), minimum.height()));
    w.waitReady();
    CHECK(editor->isBlank(0));
    CHECK(editor->pagesToStore().at(0).blank);
    editor->setCropRect(0, QRect());
    w.waitReady();
    CHECK_FALSE(editor->isBlank(0));
}

TEST_CASE("page editor: a resident's file kept byte for byte is encoded again once cut by hand")
{
    EditorWindow w;
    PageEditor *editor = w.editor;
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        REQUIRE(letterPage().save(&buffer, "PNG"));
    }
    PageEditor::NewPage file;
    file.image = letterPage();
    file.dpi = kDpi;
    file.autoClean = false;
    file.scanned = false;
    file.fileName = QStringLiteral("pengantar.png");
    file.fileBytes = png;
    file.fileMime = QStringLiteral("image/png");
    editor->insertPage(file);
    w.waitReady();
    CHECK(editor->pagesToStore().at(0).bytes == png);

    const QRect crop(50, 60, 600, 700);
    editor->setCropRect(0, crop);
    w.waitReady();
    CHECK(editor->pagesToStore().at(0).bytes != png);
    CHECK(editor->pagesToStore().at(0).pixels == crop.size());
    CHECK(editor->shownImage(0) == letterPage().copy(crop));

    editor->setCropRect(0, {});
    w.waitReady();
    CHECK(editor->pagesToStore().at(0).bytes == png);
}
