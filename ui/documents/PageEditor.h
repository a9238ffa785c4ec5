// The pages of a document before it is attached: thumbnails in reading order, turned, reordered
// (buttons or drag), deleted, with the automatic straightening and cropping applied as each page
// arrives and undoable per page (the raw scan is kept), cut by hand ("Pangkas…", Ctrl+Shift+X),
// blank pages marked for review (never dropped), and the size the pages will take in storage.
// Cleaning and compression run on worker threads (one per core, up to four); the page list stays
// responsive while they do.
//
// The hand-drawn crop is a rectangle in the pixels of the page as shown (cleaned or raw, turned),
// applied after the turn and before compression, so the stored page and the size shown follow it.
// - Turning the page turns the rectangle with it: the same part of the paper stays kept.
// - Switching the automatic cleaning on or off removes it: the page shown is then another image
//   (straightened and cut to the paper, or the scan as it came) and the rectangle would not fit.
// - "Setel ulang" in the crop dialog (the whole page) removes it.
// The scan is kept as it came, so a crop, like the cleaning, can always be undone.
#pragma once

#include "documents/DocumentService.h"
#include "imaging/ColorMode.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QRect>
#include <QWidget>
#include <memory>
#include <vector>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace loket::ui {

class CropDialog;
class WorkerThread;

class PageEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageEditor)

public:
    // A page as it comes from the scanner or from a file.
    struct NewPage
    {
        QImage image;
        int dpi = 0;
        ColorMode mode = ColorMode::Gray;
        bool autoClean = true;     // straighten and crop to the paper
        bool scanned = true;       // false: from a file
        QString fileName;          // a file's name
        QByteArray fileBytes;      // a JPEG or PNG kept byte for byte while it is left as it came
        QString fileMime;
    };

    explicit PageEditor(QWidget *parent = nullptr);
    ~PageEditor() override;

    // Adds a page before `row` (at the end for -1); returns its row. The new page is selected.
    int insertPage(const NewPage &page, int row = -1);
    // Puts a new page in the place of the page at row (a page scanned again).
    void replacePage(int row, const NewPage &page);
    void removePage(int row);
    // Moves the page at row by delta places (-1: towards the front).
    void movePage(int row, int delta);
    // Turns the page at row clockwise by quarter turns (negative: anticlockwise).
    void rotatePage(int row, int quarterTurns);
    // Applies (true) or undoes (false) the automatic straightening and cropping of the page; a
    // hand-drawn crop is removed.
    void setAutoClean(int row, bool on);
    // Keeps only `rect` of the page as shown (its pixels, see uncroppedImage); a null rect or one
    // that keeps the whole page removes the crop. Only for a processed page.
    void setCropRect(int row, const QRect &rect);
    // Opens the crop dialog on the page (window-modal; the crop is applied when it is accepted).
    // Returns the dialog, or null when the page is not processed yet.
    CropDialog *openCropDialog(int row);
    // The crop dialog while it is open, else null.
    CropDialog *cropDialog() const;
    void clear();

    int pageCount() const;
    // A page's lasting id (0 for no page at row), and the row of a page by id (-1: gone).
    quint64 pageId(int row) const;
    int rowOf(quint64 id) const;
    int currentRow() const;
    void setCurrentRow(int row);
    bool autoClean(int row) const;
    // Known once the page has been processed: a page with (almost) no ink.
    bool isBlank(int row) const;
    // The turns applied to the page (0..3, clockwise).
    int quarterTurns(int row) const;
    // The image shown and stored for the page (cleaned or raw, turned, cut by hand); null until
    // processed.
    QImage shownImage(int row) const;
    // The same before the hand-drawn crop: what the crop dialog draws on; null until processed.
    QImage uncroppedImage(int row) const;
    // The hand-drawn crop in the pixels of uncroppedImage(); null when there is none.
    QRect cropRect(int row) const;
    bool isCropped(int row) const;
    // The page as scanned, at full resolution, turned as shown (not cut by hand): what OCR reads
    // best.
    QImage pageForReading(int row) const;
    bool hasScannedPages() const;
    QStringList fileNames() const;

    // Every page processed and compressed: the size is known and the pages can be stored.
    bool isReady() const;
    qint64 storedBytes() const;
    // The pages in their shown order, compressed for storage. Only when isReady().
    QList<PageToStore> pagesToStore() const;
    // Extra buttons of the dialog that work on the selected page, shown with the editor's own.
    void addTool(QWidget *tool);

signals:
    // Pages added, removed, moved, turned or processed; the size may have changed.
    void pagesChanged();
    void currentRowChanged(int row);
    // A page could not be processed (the message names why); the page stays for the officer.
    void processingFailed(const QString &message);

private:
    struct Page;
    struct Result;

    Page *pageAt(int row);
    const Page *pageAt(int row) const;
    QListWidgetItem *makeItem(quint64 id);
    void schedule(Page &page);
    void applyResult(const Result &result);
    void refreshItem(int row);
    void refreshAll();
    void updateButtons();
    void updateSizeLabel();
    // The resolution of the page as shown.
    int shownDpi(const Page &page) const;

    // Pages are cleaned and compressed in parallel; the jobs of one page stay on one worker.
    std::vector<std::unique_ptr<WorkerThread>> m_workers;
    QHash<quint64, std::shared_ptr<Page>> m_pages;
    quint64 m_nextId = 1;
    bool m_refreshQueued = false;

    QListWidget *m_list = nullptr;
    QPushButton *m_rotateLeft = nullptr;
    QPushButton *m_rotateRight = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_crop = nullptr;
    QPointer<CropDialog> m_cropDialog;
    QCheckBox *m_autoClean = nullptr;
    QHBoxLayout *m_tools = nullptr;
    QLabel *m_sizeLabel = nullptr;
};

} // namespace loket::ui
