#include "PageEditor.h"

#include "PageIcon.h"

#include "ByteSize.h"
#include "CropDialog.h"
#include "common/WorkerThread.h"
#include "common/Error.h"
#include "imaging/ManualCrop.h"
#include "imaging/PageCompression.h"
#include "imaging/PageProcessing.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace loket::ui {

namespace {

constexpr int kIconSide = 150;
constexpr int kMaxWorkers = 4;
constexpr int kIdRole = Qt::UserRole;
constexpr int kBlankRole = Qt::UserRole + 1;

// The list runs left to right and wraps like an icon view, but keeps list semantics so that a
// drag reorders the rows; this puts each page number under its thumbnail.
class ThumbnailDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->decorationPosition = QStyleOptionViewItem::Top;
        option->decorationAlignment = Qt::AlignHCenter | Qt::AlignVCenter;
        option->displayAlignment = Qt::AlignHCenter | Qt::AlignTop;
    }
};

QImage thumbnailOf(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage colour = image.format() == QImage::Format_Mono || image.format() == QImage::Format_MonoLSB
        ? image.convertToFormat(QImage::Format_Grayscale8)
        : image;
    return colour.scaled(QSize(kIconSide, kIconSide), Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace

struct PageEditor::Page
{
    quint64 id = 0;
    NewPage source;
    bool autoClean = true;
    int turns = 0;             // 0..3 clockwise
    QRect crop;                // by hand, in the pixels of the page as shown (turned); null: none
    int generation = 0;        // bumped by every change; older results are dropped

    bool processed = false;    // cleaned image and blank flag known
    QImage cleaned;
    int cleanedDpi = 0;
    bool blank = false;
    double skewDegrees = 0;

    bool encoded = false;      // `stored` matches the current turns and cleaning
    PageToStore stored;
    QImage thumbnail;
    QString error;
};

struct PageEditor::Result
{
    quint64 id = 0;
    int generation = 0;
    bool newlyProcessed = false;
    QImage cleaned;
    int cleanedDpi = 0;
    bool blank = false;
    double skewDegrees = 0;
    QImage thumbnail;
    PageToStore stored;
    QString error;
};

PageEditor::PageEditor(QWidget *parent)
    : QWidget(parent)
{
    const int workers = std::clamp(QThread::idealThreadCount(), 1, kMaxWorkers);
    for (int i = 0; i < workers; ++i)
        m_workers.push_back(std::make_unique<WorkerThread>(QStringLiteral("page-worker-%1").arg(i)));
    setObjectName(QStringLiteral("pageEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pageListWidget"));
    m_list->setItemDelegate(new ThumbnailDelegate(m_list));
    m_list->setViewMode(QListView::ListMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setIconSize(QSize(kIconSide, kIconSide));
    m_list->setSpacing(6);
    m_list->setUniformItemSizes(true);
    m_list->setGridSize(QSize(kIconSide + 24, kIconSide + 44));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setMinimumHeight(kIconSide + 60);
    layout->addWidget(m_list, 1);

    auto *tools = new QHBoxLayout;
    m_rotateLeft = new QPushButton(tr("Putar &kiri"), this);
    m_rotateLeft->setObjectName(QStringLiteral("rotateLeftButton"));
    m_rotateLeft->setToolTip(tr("Putar halaman terpilih 90° berlawanan arah jarum jam"));
    m_rotateRight = new QPushButton(tr("Putar ka&nan"), this);
    m_rotateRight->setObjectName(QStringLiteral("rotateRightButton"));
    m_rotateRight->setToolTip(tr("Putar halaman terpilih 90° searah jarum jam"));
    m_moveUp = new QPushButton(tr("Geser ke &depan"), this);
    m_moveUp->setObjectName(QStringLiteral("moveUpButton"));
    m_moveDown = new QPushButton(tr("Geser ke &belakang"), this);
    m_moveDown->setObjectName(QStringLiteral("moveDownButton"));
    m_delete = new QPushButton(tr("&Hapus halaman"), this);
    m_delete->setObjectName(QStringLiteral("deletePageButton"));
    m_crop = new QPushButton(tr("P&angkas…"), this);
    m_crop->setObjectName(QStringLiteral("cropPageButton"));
    m_crop->setToolTip(tr("Pangkas halaman terpilih dengan tangan (Ctrl+Shift+X)"));
    m_autoClean = new QCheckBox(tr("&Luruskan dan potong otomatis"), this);
    m_autoClean->setObjectName(QStringLiteral("autoCleanCheckBox"));
    m_autoClean->setToolTip(tr("Matikan untuk memakai hasil pindaian apa adanya"));
    tools->addWidget(m_rotateLeft);
    tools->addWidget(m_rotateRight);
    tools->addWidget(m_crop);
    tools->addWidget(m_moveUp);
    tools->addWidget(m_moveDown);
    tools->addWidget(m_delete);
    tools->addWidget(m_autoClean);
    tools->addStretch(1);
    layout->addLayout(tools);
    m_tools = new QHBoxLayout;
    m_tools->addStretch(1);
    m_sizeLabel = new QLabel(this);
    m_sizeLabel->setObjectName(QStringLiteral("sizeLabel"));
    m_tools->addWidget(m_sizeLabel);
    layout->addLayout(m_tools);

    connect(m_rotateLeft, &QPushButton::clicked, this, [this] { rotatePage(currentRow(), -1); });
    connect(m_rotateRight, &QPushButton::clicked, this, [this] { rotatePage(currentRow(), 1); });
    connect(m_moveUp, &QPushButton::clicked, this, [this] { movePage(currentRow(), -1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { movePage(currentRow(), 1); });
    connect(m_delete, &QPushButton::clicked, this, [this] { removePage(currentRow()); });
    connect(m_crop, &QPushButton::clicked, this, [this] { openCropDialog(currentRow()); });
    auto *cropShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), this);
    cropShortcut->setContext(Qt::WindowShortcut);
    connect(cropShortcut, &QShortcut::activated, this, [this] {
        if (m_crop->isEnabled())
            openCropDialog(currentRow());
    });
    connect(m_autoClean, &QCheckBox::toggled, this, [this](bool on) {
        if (currentRow() >= 0 && autoClean(currentRow()) != on)
            setAutoClean(currentRow(), on);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        updateButtons();
        emit currentRowChanged(row);
    });
    // A drag moves rows inside the list (or, depending on the model, inserts the dropped copy and
    // removes the original); the numbers and the order follow once the drop is complete.
    auto refreshLater = [this] {
        if (m_refreshQueued)
            return;
        m_refreshQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshQueued = false;
            refreshAll();
            updateSizeLabel();
            emit pagesChanged();
        });
    };
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, refreshLater);
    connect(m_list->model(), &QAbstractItemModel::rowsInserted, this, refreshLater);
    connect(m_list->model(), &QAbstractItemModel::rowsRemoved, this, refreshLater);

    updateButtons();
    updateSizeLabel();
}

PageEditor::~PageEditor()
{
    m_workers.clear();   // joins before the pages go
}

PageEditor::Page *PageEditor::pageAt(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return nullptr;
    const auto found = m_pages.constFind(item->data(kIdRole).toULongLong());
    return found == m_pages.constEnd() ? nullptr : found->get();
}

const PageEditor::Page *PageEditor::pageAt(int row) const
{
    return const_cast<PageEditor *>(this)->pageAt(row);
}

QListWidgetItem *PageEditor::makeItem(quint64 id)
{
    auto *item = new QListWidgetItem;
    item->setData(kIdRole, QVariant::fromValue<qulonglong>(id));
    // Dropped between pages, never onto one.
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled);
    return item;
}

int PageEditor::insertPage(const NewPage &newPage, int row)
{
    auto page = std::make_shared<Page>();
    page->id = m_nextId++;
    page->source = newPage;
    if (page->source.dpi <= 0)
        page->source.dpi = kDefaultStorageDpi;
    page->autoClean = newPage.autoClean;
    page->thumbnail = thumbnailOf(newPage.image);
    m_pages.insert(page->id, page);
    if (row < 0 || row > m_list->count())
        row = m_list->count();
    m_list->insertItem(row, makeItem(page->id));
    schedule(*page);
    refreshAll();
    m_list->setCurrentRow(row);
    updateSizeLabel();
    emit pagesChanged();
    return row;
}

void PageEditor::replacePage(int row, const NewPage &page)
{
    if (!pageAt(row))
        return;
    const QListWidgetItem *item = m_list->item(row);
    m_pages.remove(item->data(kIdRole).toULongLong());
    delete m_list->takeItem(row);
    insertPage(page, row);
}

quint64 PageEditor::pageId(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? item->data(kIdRole).toULongLong() : 0;
}

int PageEditor::rowOf(quint64 id) const
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(kIdRole).toULongLong() == id)
            return row;
    return -1;
}

void PageEditor::removePage(int row)
{
    if (!pageAt(row))
        return;
    const QListWidgetItem *item = m_list->item(row);
    m_pages.remove(item->data(kIdRole).toULongLong());
    delete m_list->takeItem(row);
    refreshAll();
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::min(row, int(m_list->count()) - 1));
    updateButtons();
    updateSizeLabel();
    emit pagesChanged();
}

void PageEditor::movePage(int row, int delta)
{
    const int target = row + delta;
    if (!pageAt(row) || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    refreshAll();
    m_list->setCurrentRow(target);
    emit pagesChanged();
}

void PageEditor::rotatePage(int row, int quarterTurns)
{
    Page *page = pageAt(row);
    if (!page)
        return;
    // The hand-drawn crop turns with the page (a crop exists only on a processed page).
    if (!page->crop.isNull()) {
        const QSize base = (page->autoClean ? page->cleaned : page->source.image).size();
        page->crop = turnCropRect(page->crop, page->turns % 2 ? base.transposed() : base, quarterTurns);
    }
    page->turns = ((page->turns + quarterTurns) % 4 + 4) % 4;
    // Shown turned at once; the stored page follows from the worker.
    page->thumbnail = rotate90(page->thumbnail, quarterTurns);
    schedule(*page);
    refreshItem(row);
    updateSizeLabel();
    emit pagesChanged();
}

void PageEditor::setAutoClean(int row, bool on)
{
    Page *page = pageAt(row);
    if (!page || page->autoClean == on)
        return;
    page->autoClean = on;
    page->crop = {};   // drawn on the other image
    schedule(*page);
    refreshItem(row);
    updateButtons();
    updateSizeLabel();
    emit pagesChanged();
}

void PageEditor::setCropRect(int row, const QRect &rect)
{
    Page *page = pageAt(row);
    if (!page || !page->processed)
        return;
    const QSize base = (page->autoClean ? page->cleaned : page->source.image).size();
    const QSize shown = page->turns % 2 ? base.transposed() : base;
    QRect kept = clampCropRect(rect, shown, minimumCropSize(shown, shownDpi(*page)));
    if (!cropsPage(kept, shown))
        kept = {};
    if (kept == page->crop)
        return;
    page->crop = kept;
    schedule(*page);
    refreshItem(row);
    updateButtons();
    updateSizeLabel();
    emit pagesChanged();
}

CropDialog *PageEditor::openCropDialog(int row)
{
    const Page *page = pageAt(row);
    if (!page || !page->processed || m_cropDialog)
        return nullptr;
    auto *dialog = new CropDialog(uncroppedImage(row), shownDpi(*page), page->crop, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_cropDialog = dialog;
    // Applied to the same page, as long as it still shows the image the rectangle was drawn on.
    const quint64 id = page->id;
    const int turns = page->turns;
    const bool clean = page->autoClean;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, turns, clean] {
        for (int r = 0; r < m_list->count(); ++r) {
            const Page *p = pageAt(r);
            if (p && p->id == id && p->turns == turns && p->autoClean == clean)
                setCropRect(r, dialog->cropRect());
        }
    });
    dialog->open();
    return dialog;
}

CropDialog *PageEditor::cropDialog() const
{
    return m_cropDialog;
}

void PageEditor::clear()
{
    m_list->clear();
    m_pages.clear();
    updateButtons();
    updateSizeLabel();
    emit pagesChanged();
}

int PageEditor::pageCount() const
{
    return m_list->count();
}

int PageEditor::currentRow() const
{
    return m_list->currentRow();
}

void PageEditor::setCurrentRow(int row)
{
    m_list->setCurrentRow(row);
}

bool PageEditor::autoClean(int row) const
{
    const Page *page = pageAt(row);
    return page && page->autoClean;
}

bool PageEditor::isBlank(int row) const
{
    const Page *page = pageAt(row);
    return page && page->processed && (page->encoded ? page->stored.blank : page->blank);
}

int PageEditor::quarterTurns(int row) const
{
    const Page *page = pageAt(row);
    return page ? page->turns : 0;
}

QImage PageEditor::shownImage(int row) const
{
    const Page *page = pageAt(row);
    return page ? cropPage(uncroppedImage(row), page->crop) : QImage();
}

QImage PageEditor::uncroppedImage(int row) const
{
    const Page *page = pageAt(row);
    if (!page || !page->processed)
        return {};
    return rotate90(page->autoClean ? page->cleaned : page->source.image, page->turns);
}

QRect PageEditor::cropRect(int row) const
{
    const Page *page = pageAt(row);
    return page ? page->crop : QRect();
}

bool PageEditor::isCropped(int row) const
{
    return !cropRect(row).isNull();
}

int PageEditor::shownDpi(const Page &page) const
{
    return page.autoClean && page.processed ? page.cleanedDpi : page.source.dpi;
}

QImage PageEditor::pageForReading(int row) const
{
    const Page *page = pageAt(row);
    return page ? rotate90(page->source.image, page->turns) : QImage();
}

bool PageEditor::hasScannedPages() const
{
    for (const auto &page : m_pages)
        if (page->source.scanned)
            return true;
    return false;
}

QStringList PageEditor::fileNames() const
{
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row) {
        const Page *page = pageAt(row);
        if (page && !page->source.scanned && !names.contains(page->source.fileName))
            names << page->source.fileName;
    }
    return names;
}

bool PageEditor::isReady() const
{
    if (m_pages.isEmpty())
        return false;
    for (const auto &page : m_pages)
        if (!page->encoded || !page->error.isEmpty())
            return false;
    return true;
}

qint64 PageEditor::storedBytes() const
{
    qint64 total = 0;
    for (const auto &page : m_pages)
        total += page->stored.bytes.size();
    return total;
}

QList<PageToStore> PageEditor::pagesToStore() const
{
    QList<PageToStore> out;
    for (int row = 0; row < m_list->count(); ++row) {
        const Page *page = pageAt(row);
        if (page && page->encoded)
            out.append(page->stored);
    }
    return out;
}

void PageEditor::addTool(QWidget *tool)
{
    m_tools->insertWidget(m_tools->count() - 2, tool);
}

void PageEditor::schedule(Page &page)
{
    ++page.generation;
    page.encoded = false;
    page.error.clear();
    const quint64 id = page.id;
    const int generation = page.generation;
    const NewPage source = page.source;
    const bool clean = page.autoClean;
    const int turns = page.turns;
    const QRect crop = page.crop;
    const bool processed = page.processed;
    const QImage cleaned = page.cleaned;
    const int cleanedDpi = page.cleanedDpi;
    const bool blank = page.blank;
    const double skew = page.skewDegrees;
    m_workers.at(id % m_workers.size())->post([this, id, generation, source, clean, turns, crop, processed, cleaned, cleanedDpi, blank, skew] {
        Result r;
        r.id = id;
        r.generation = generation;
        try {
            if (processed) {
                r.cleaned = cleaned;
                r.cleanedDpi = cleanedDpi;
                r.blank = blank;
                r.skewDegrees = skew;
            } else {
                ProcessOptions options;
                options.mode = source.mode;
                const ProcessedPage done = process(source.image, source.dpi, options);
                r.newlyProcessed = true;
                r.cleaned = done.image;
                r.cleanedDpi = done.dpi;
                r.blank = done.blank;
                r.skewDegrees = done.skewDegrees;
            }
            const QImage base = clean ? r.cleaned : source.image;
            const int dpi = clean ? r.cleanedDpi : source.dpi;
            const QImage shown = cropPage(rotate90(base, turns), crop);
            // A part cut by hand may be empty even when the whole page is not, and the reverse.
            const bool shownBlank = crop.isNull() ? r.blank : loket::isBlank(shown);
            if (!clean && turns == 0 && crop.isNull() && !source.fileBytes.isEmpty()) {
                // A resident's JPEG or PNG left as it came is kept byte for byte.
                r.stored = {source.fileBytes, source.fileMime, source.image.size(), source.dpi, shownBlank};
            } else {
                const EncodedPage encoded = encodeForStorage(shown, dpi, source.mode);
                r.stored = {encoded.bytes, encoded.mime, encoded.pixels, encoded.dpi, shownBlank};
            }
            r.thumbnail = thumbnailOf(shown);
        } catch (const Error &e) {
            r.error = e.message();
        } catch (const std::exception &e) {
            r.error = QString::fromLocal8Bit(e.what());
        }
        WorkerThread::deliver(this, [this, r] { applyResult(r); });
    });
}

void PageEditor::applyResult(const Result &result)
{
    const auto found = m_pages.constFind(result.id);
    if (found == m_pages.constEnd())
        return;   // deleted meanwhile
    Page &page = **found;
    if (result.newlyProcessed && !page.processed) {
        page.processed = true;
        page.cleaned = result.cleaned;
        page.cleanedDpi = result.cleanedDpi;
        page.blank = result.blank;
        page.skewDegrees = result.skewDegrees;
    }
    if (result.generation != page.generation)
        return;   // turned or changed again: a newer result follows
    if (!result.error.isEmpty()) {
        page.error = result.error;
        emit processingFailed(result.error);
    } else {
        page.stored = result.stored;
        page.encoded = true;
        page.thumbnail = result.thumbnail;
    }
    if (const int row = rowOf(result.id); row >= 0)
        refreshItem(row);
    updateButtons();   // a processed page can be cut by hand
    updateSizeLabel();
    emit pagesChanged();
}

void PageEditor::refreshItem(int row)
{
    QListWidgetItem *item = m_list->item(row);
    const Page *page = pageAt(row);
    if (!item || !page)
        return;
    const bool blank = isBlank(row);
    const bool failed = !page->error.isEmpty();

    const PageMark mark = failed ? PageMark::Failed : blank ? PageMark::Blank : PageMark::None;
    item->setIcon(QIcon(pageIcon(page->thumbnail, kIconSide, mark, !page->encoded)));

    QString text = QLocale().toString(row + 1);
    QStringList tips;
    if (blank) {
        text += tr(" · kosong?");
        tips << tr("Halaman ini tampak kosong: periksa sebelum melampirkan.");
    }
    if (failed)
        tips << page->error;
    if (page->processed && page->autoClean && std::abs(page->skewDegrees) >= 0.05)
        tips << tr("Diluruskan %1° dan dipotong ke tepi kertas.").arg(QLocale().toString(page->skewDegrees, 'f', 1));
    if (!page->autoClean)
        tips << tr("Hasil pindaian apa adanya (tanpa pelurusan dan pemotongan).");
    if (!page->crop.isNull()) {
        const double mmPerPixel = 25.4 / std::max(1, shownDpi(*page));
        tips << tr("Dipangkas dengan tangan: %1 × %2 mm.")
                    .arg(QLocale().toString(page->crop.width() * mmPerPixel, 'f', 0),
                         QLocale().toString(page->crop.height() * mmPerPixel, 'f', 0));
    }
    if (!page->source.scanned)
        tips << page->source.fileName;
    item->setText(text);
    item->setToolTip(tips.join(QLatin1Char('\n')));
    item->setData(kBlankRole, blank);
}

void PageEditor::refreshAll()
{
    for (int row = 0; row < m_list->count(); ++row)
        refreshItem(row);
    updateButtons();
}

void PageEditor::updateButtons()
{
    const int row = currentRow();
    const bool selected = pageAt(row) != nullptr;
    m_rotateLeft->setEnabled(selected);
    m_rotateRight->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_crop->setEnabled(selected && pageAt(row)->processed);
    m_moveUp->setEnabled(selected && row > 0);
    m_moveDown->setEnabled(selected && row < m_list->count() - 1);
    m_autoClean->setEnabled(selected);
    const QSignalBlocker block(m_autoClean);
    m_autoClean->setChecked(selected && autoClean(row));
}

void PageEditor::updateSizeLabel()
{
    const int count = pageCount();
    const bool failed = std::any_of(m_pages.cbegin(), m_pages.cend(), [](const auto &page) { return !page->error.isEmpty(); });
    if (count == 0)
        m_sizeLabel->setText(tr("Belum ada halaman"));
    else if (failed)
        m_sizeLabel->setText(tr("%Ln halaman · ada halaman yang gagal diproses: hapus atau pindai ulang", nullptr, count));
    else if (!isReady())
        m_sizeLabel->setText(tr("%Ln halaman · menghitung ukuran…", nullptr, count));
    else
        m_sizeLabel->setText(tr("%Ln halaman · %1", nullptr, count).arg(formatByteSize(storedBytes())));
}

} // namespace loket::ui
