#include "DocumentViewer.h"

#include "ByteSize.h"
#include "common/Error.h"
#include "common/MessageBanner.h"
#include "documents/PdfDocument.h"
#include "imaging/PageCompression.h"
#include "setup/AppServices.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QToolButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace loket::ui {

namespace {

constexpr int kThumbSide = 110;
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 4.0;
constexpr double kZoomStep = 1.25;
constexpr double kPdfDpi = 150;   // a PDF page at 100 %

QString sourceLabel(const QString &source)
{
    if (source == QStringLiteral("scan"))
        return DocumentViewer::tr("pindaian");
    if (source == QStringLiteral("file"))
        return DocumentViewer::tr("berkas");
    if (source == QStringLiteral("online"))
        return DocumentViewer::tr("daring");
    return source;
}

} // namespace

DocumentViewer::DocumentViewer(AppServices &services, const Session &session, const QString &tracking, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
    , m_tracking(tracking)
{
    setObjectName(QStringLiteral("documentViewer"));
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(QStringLiteral("viewerBanner"), this);
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("viewerSplitter"));

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("&Dokumen permohonan %1").arg(m_tracking), left);
    m_documentList = new QListWidget(left);
    m_documentList->setObjectName(QStringLiteral("documentListWidget"));
    m_documentList->setWordWrap(true);
    m_documentList->setAlternatingRowColors(true);
    listLabel->setBuddy(m_documentList);
    m_export = new QPushButton(tr("&Ekspor PDF…"), left);
    m_export->setObjectName(QStringLiteral("exportPdfButton"));
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_documentList, 1);
    leftLayout->addWidget(m_export);

    auto *right = new QWidget(splitter);
    auto *rightRow = new QHBoxLayout(right);
    rightRow->setContentsMargins(0, 0, 0, 0);
    m_pageList = new QListWidget(right);
    m_pageList->setObjectName(QStringLiteral("viewerPageListWidget"));
    m_pageList->setViewMode(QListView::IconMode);
    m_pageList->setMovement(QListView::Static);
    m_pageList->setFlow(QListView::TopToBottom);
    m_pageList->setWrapping(false);
    m_pageList->setIconSize(QSize(kThumbSide, kThumbSide));
    m_pageList->setSpacing(4);
    m_pageList->setFixedWidth(kThumbSide + 40);

    rightRow->addWidget(m_pageList);
    auto *rightLayout = new QVBoxLayout;
    rightRow->addLayout(rightLayout, 1);
    auto *tools = new QHBoxLayout;
    m_previous = new QToolButton(right);
    m_previous->setText(tr("◀ Sebelumnya"));
    m_previous->setObjectName(QStringLiteral("previousPageButton"));
    m_previous->setToolTip(tr("Halaman sebelumnya (PgUp)"));
    m_pageNumber = new QLabel(right);
    m_pageNumber->setObjectName(QStringLiteral("pageNumberLabel"));
    m_next = new QToolButton(right);
    m_next->setText(tr("Berikutnya ▶"));
    m_next->setObjectName(QStringLiteral("nextPageButton"));
    m_next->setToolTip(tr("Halaman berikutnya (PgDn)"));
    m_zoomOut = new QToolButton(right);
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomOut->setObjectName(QStringLiteral("zoomOutButton"));
    m_zoomOut->setToolTip(tr("Perkecil (Ctrl+−)"));
    m_zoomIn = new QToolButton(right);
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setObjectName(QStringLiteral("zoomInButton"));
    m_zoomIn->setToolTip(tr("Perbesar (Ctrl++)"));
    m_zoom100 = new QToolButton(right);
    m_zoom100->setText(QStringLiteral("100%"));
    m_zoom100->setObjectName(QStringLiteral("zoom100Button"));
    m_zoomFit = new QToolButton(right);
    m_zoomFit->setText(tr("&Sesuai layar"));
    m_zoomFit->setObjectName(QStringLiteral("zoomFitButton"));
    m_zoomFit->setToolTip(tr("Seluruh halaman terlihat (Ctrl+0)"));
    m_zoomFit->setCheckable(true);
    m_zoomLabel = new QLabel(right);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    tools->addWidget(m_previous);
    tools->addWidget(m_pageNumber);
    tools->addWidget(m_next);
    tools->addStretch(1);
    tools->addWidget(m_zoomOut);
    tools->addWidget(m_zoomLabel);
    tools->addWidget(m_zoomIn);
    tools->addWidget(m_zoom100);
    tools->addWidget(m_zoomFit);
    rightLayout->addLayout(tools);
    m_scroll = new QScrollArea(right);
    m_scroll->setObjectName(QStringLiteral("pageScrollArea"));
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_pageView = new QLabel;
    m_pageView->setObjectName(QStringLiteral("pageImageLabel"));
    m_pageView->setAlignment(Qt::AlignCenter);
    m_pageView->setWordWrap(true);
    m_scroll->setWidget(m_pageView);
    m_scroll->viewport()->installEventFilter(this);
    rightLayout->addWidget(m_scroll, 1);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    layout->addWidget(splitter, 1);

    connect(m_documentList, &QListWidget::currentRowChanged, this, &DocumentViewer::showSelectedDocument);
    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            setCurrentPage(row);
    });
    connect(m_previous, &QToolButton::clicked, this, &DocumentViewer::previousPage);
    connect(m_next, &QToolButton::clicked, this, &DocumentViewer::nextPage);
    connect(m_zoomOut, &QToolButton::clicked, this, &DocumentViewer::zoomOut);
    connect(m_zoomIn, &QToolButton::clicked, this, &DocumentViewer::zoomIn);
    connect(m_zoom100, &QToolButton::clicked, this, [this] { setZoom(1.0); });
    connect(m_zoomFit, &QToolButton::clicked, this, &DocumentViewer::zoomToFit);
    connect(m_export, &QPushButton::clicked, this, &DocumentViewer::askExportPath);
    // A PDF page fitted to the view is drawn again when the view stops changing size, not at
    // every step of a window being dragged larger.
    m_redrawTimer = new QTimer(this);
    m_redrawTimer->setSingleShot(true);
    m_redrawTimer->setInterval(120);
    connect(m_redrawTimer, &QTimer::timeout, this, [this] {
        renderPage();
        updateControls();
    });
    m_thumbTimer = new QTimer(this);
    m_thumbTimer->setInterval(0);
    connect(m_thumbTimer, &QTimer::timeout, this, &DocumentViewer::drawNextThumbnail);

    auto shortcut = [this](const QKeySequence &keys, void (DocumentViewer::*slot)()) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_PageDown), &DocumentViewer::nextPage);
    shortcut(QKeySequence(Qt::Key_PageUp), &DocumentViewer::previousPage);
    shortcut(QKeySequence::ZoomIn, &DocumentViewer::zoomIn);
    shortcut(QKeySequence::ZoomOut, &DocumentViewer::zoomOut);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), &DocumentViewer::zoomToFit);

    // The requirement labels, so a document reads "KTP-el pemohon" rather than "ktp".
    try {
        for (const RequirementState &r : m_services.intake().find(m_session, m_tracking).requirements)
            m_requirementLabels.insert(r.key, r.label);
    } catch (const Error &) {
        // The keys are shown instead; reload() reports what is wrong with the request.
    }
    showPageMessage(tr("Pilih dokumen untuk melihat halamannya."));
    reload();
}

DocumentViewer::~DocumentViewer() = default;

QString DocumentViewer::documentTitle(const DocumentInfo &doc) const
{
    const QString label = m_requirementLabels.value(doc.requirementKey, doc.requirementKey);
    const QDateTime at = QDateTime::fromString(doc.createdAt, Qt::ISODateWithMs);
    QStringList details;
    details << sourceLabel(doc.source);
    if (doc.mime == QStringLiteral("application/pdf"))
        details << tr("PDF, %Ln halaman", nullptr, doc.pageCount);
    else
        details << tr("%Ln halaman", nullptr, doc.pageCount);
    details << formatByteSize(doc.bytes);
    if (at.isValid())
        details << QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    if (!doc.createdBy.isEmpty())
        details << doc.createdBy;
    QString title = label;
    if (!doc.fileName.isEmpty())
        title += QStringLiteral(" — ") + doc.fileName;
    return title + QLatin1Char('\n') + details.join(QStringLiteral(" · "));
}

void DocumentViewer::reload()
{
    QList<DocumentInfo> documents;
    if (!m_banner->attempt([&] { documents = m_services.documents().list(m_session, m_tracking); }))
        return;
    m_documents = documents;
    const QSignalBlocker block(m_documentList);
    m_documentList->clear();
    for (const DocumentInfo &doc : std::as_const(m_documents)) {
        auto *item = new QListWidgetItem(documentTitle(doc), m_documentList);
        item->setData(Qt::UserRole, doc.id);
        if (doc.id == m_openId)
            m_documentList->setCurrentItem(item);
    }
    if (m_documents.isEmpty())
        showPageMessage(tr("Belum ada dokumen yang dilampirkan pada permohonan ini."));
    updateControls();
}

int DocumentViewer::documentCount() const
{
    return int(m_documents.size());
}

void DocumentViewer::showSelectedDocument()
{
    const QListWidgetItem *item = m_documentList->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    if (id != m_openId)
        showDocument(id);
}

bool DocumentViewer::showDocument(const QString &documentId)
{
    m_openId = documentId;
    m_pages.clear();
    m_pdf.reset();
    m_drawn = QImage();
    m_drawnIndex = -1;
    m_thumbTimer->stop();
    m_thumbsReady = 0;
    m_current = -1;
    m_pageList->clear();
    {
        const QSignalBlocker block(m_documentList);
        for (int row = 0; row < m_documentList->count(); ++row)
            if (m_documentList->item(row)->data(Qt::UserRole).toString() == documentId)
                m_documentList->setCurrentRow(row);
    }
    DocumentInfo doc;
    QList<QByteArray> bytes;
    const bool opened = m_banner->attempt([&] {
        doc = m_services.documents().info(m_session, documentId);
        bytes = m_services.documents().open(m_session, documentId);   // audited as viewed
        if (doc.mime == QStringLiteral("application/pdf") && !bytes.isEmpty())
            m_pdf = std::make_unique<PdfDocument>(bytes.constFirst(), doc.fileName);
    });
    if (!opened) {
        // An altered page is never shown, only why.
        showPageMessage(tr("Dokumen tidak ditampilkan.\n%1").arg(m_banner->text()));
        updateControls();
        return false;
    }
    if (m_pdf) {
        for (int i = 0; i < m_pdf->pageCount(); ++i)
            addPageItem(i, QImage());
        m_thumbTimer->start();   // the thumbnails are drawn while the first page is shown
    } else {
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const QImage image = decodeStoredPage(bytes.at(i));
            m_pages.append(image);
            addPageItem(int(i), image);
            m_thumbsReady = int(i) + 1;
        }
    }
    setCurrentPage(0);
    emit documentOpened(documentId);
    return true;
}

void DocumentViewer::addPageItem(int index, const QImage &image)
{
    QPixmap thumb(kThumbSide, kThumbSide);
    thumb.fill(Qt::transparent);
    if (!image.isNull()) {
        const QImage small = image.width() <= kThumbSide && image.height() <= kThumbSide
            ? image
            : image.scaled(QSize(kThumbSide, kThumbSide), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        thumb = QPixmap::fromImage(small);
    }
    QListWidgetItem *item = m_pageList->item(index);
    if (!item) {
        item = new QListWidgetItem(QLocale().toString(index + 1), m_pageList);
        item->setTextAlignment(Qt::AlignHCenter);
    }
    item->setIcon(QIcon(thumb));
}

void DocumentViewer::drawNextThumbnail()
{
    if (!m_pdf || m_thumbsReady >= m_pdf->pageCount()) {
        m_thumbTimer->stop();
        return;
    }
    addPageItem(m_thumbsReady, m_pdf->renderToFit(m_thumbsReady, QSize(kThumbSide, kThumbSide)));
    ++m_thumbsReady;
}

int DocumentViewer::pageCount() const
{
    return m_pdf ? m_pdf->pageCount() : int(m_pages.size());
}

QImage DocumentViewer::pageImage(int index) const
{
    if (m_pdf)
        return m_pdf->render(index, kPdfDpi);
    return m_pages.value(index);
}

void DocumentViewer::setCurrentPage(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    m_current = index;
    {
        const QSignalBlocker block(m_pageList);
        m_pageList->setCurrentRow(index);
    }
    m_scroll->horizontalScrollBar()->setValue(0);
    m_scroll->verticalScrollBar()->setValue(0);
    renderPage();
    updateControls();
}

void DocumentViewer::nextPage()
{
    setCurrentPage(m_current + 1);
}

void DocumentViewer::previousPage()
{
    setCurrentPage(m_current - 1);
}

void DocumentViewer::zoomToFit()
{
    m_zoom = 0;
    renderPage();
    updateControls();
}

void DocumentViewer::setZoom(double factor)
{
    m_zoom = std::clamp(factor, kMinZoom, kMaxZoom);
    renderPage();
    updateControls();
}

void DocumentViewer::zoomIn()
{
    setZoom(m_shownZoom * kZoomStep);
}

void DocumentViewer::zoomOut()
{
    setZoom(m_shownZoom / kZoomStep);
}

void DocumentViewer::showPageMessage(const QString &text)
{
    m_pageView->setPixmap(QPixmap());
    m_pageView->setText(text);
    m_pageView->resize(m_scroll->viewport()->size());
}

void DocumentViewer::renderPage()
{
    if (m_current < 0 || m_current >= pageCount())
        return;
    // The page's size in pixels at 100 %: as stored, or a PDF page at 150 dpi.
    QSizeF full;
    if (m_pdf) {
        full = m_pdf->pageSizeMm(m_current) / 25.4 * kPdfDpi;
    } else if (!m_pages.at(m_current).isNull()) {
        full = m_pages.at(m_current).size();
    }
    if (full.isEmpty()) {
        showPageMessage(tr("Halaman %1 tidak dapat dibaca.").arg(m_current + 1));
        return;
    }
    double factor = m_zoom;
    if (factor <= 0) {
        const QSize room = m_scroll->viewport()->size() - QSize(8, 8);
        factor = std::min(double(std::max(room.width(), 1)) / full.width(), double(std::max(room.height(), 1)) / full.height());
        factor = std::clamp(factor, kMinZoom, kMaxZoom);
    }
    m_shownZoom = factor;
    QImage shown;
    if (m_pdf) {
        // Drawn at the resolution the zoom needs, so text stays sharp at any zoom.
        const double dpi = kPdfDpi * factor;
        if (m_drawnIndex != m_current || std::abs(m_drawnDpi - dpi) > 0.01) {
            m_drawn = m_pdf->render(m_current, dpi);
            m_drawnIndex = m_current;
            m_drawnDpi = dpi;
        }
        shown = m_drawn;
        if (shown.isNull()) {
            showPageMessage(tr("Halaman %1 tidak dapat dibaca.").arg(m_current + 1));
            return;
        }
    } else {
        const QImage &page = m_pages.at(m_current);
        const QSize size(std::max(1, int(page.width() * factor)), std::max(1, int(page.height() * factor)));
        shown = factor == 1.0 ? page : page.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    m_pageView->setText(QString());
    m_pageView->setPixmap(QPixmap::fromImage(shown));
    m_pageView->resize(shown.size());
}

void DocumentViewer::updateControls()
{
    const bool pages = m_current >= 0 && pageCount() > 0;
    m_previous->setEnabled(pages && m_current > 0);
    m_next->setEnabled(pages && m_current < pageCount() - 1);
    m_pageNumber->setText(pages ? tr("Halaman %1 dari %2").arg(m_current + 1).arg(pageCount()) : QString());
    for (QToolButton *b : {m_zoomOut, m_zoomIn, m_zoom100, m_zoomFit})
        b->setEnabled(pages);
    m_zoomFit->setChecked(isFitToView());
    m_zoomLabel->setText(pages ? QStringLiteral("%1%").arg(QLocale().toString(int(std::lround(m_shownZoom * 100)))) : QString());
    m_export->setEnabled(!m_openId.isEmpty());
}

void DocumentViewer::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_openId.isEmpty() && !m_documents.isEmpty())
        showDocument(m_documents.constFirst().id);
}

bool DocumentViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) {
        if (isFitToView() && m_current >= 0) {
            if (m_pdf) {
                m_redrawTimer->start();
            } else {
                renderPage();
                updateControls();
            }
        } else if (m_current < 0) {
            m_pageView->resize(m_scroll->viewport()->size());
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DocumentViewer::askExportPath()
{
    if (m_openId.isEmpty())
        return;
    QString suggested;
    for (const DocumentInfo &doc : std::as_const(m_documents))
        if (doc.id == m_openId)
            suggested = QStringLiteral("%1-%2.pdf").arg(doc.tracking, doc.requirementKey);
    QString path = QFileDialog::getSaveFileName(this, tr("Ekspor PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    exportPdfTo(path);
}

bool DocumentViewer::exportPdfTo(const QString &path)
{
    if (m_openId.isEmpty()) {
        m_banner->showError(tr("Pilih dokumen yang akan diekspor."));
        return false;
    }
    const bool done = m_banner->attempt([&] {
        const QByteArray pdf = m_services.documents().exportPdf(m_session, m_openId);   // audited as exported
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
            throw Error::storage(tr("Berkas %1 tidak dapat ditulis: %2").arg(path, file.errorString()));
    });
    if (done)
        m_banner->showInfo(tr("PDF disimpan: %1").arg(path));
    return done;
}

DocumentViewerDialog::DocumentViewerDialog(AppServices &services, const Session &session, const QString &tracking,
                                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("documentViewerDialog"));
    setWindowTitle(tr("Dokumen permohonan %1").arg(tracking));
    resize(1100, 760);
    auto *layout = new QVBoxLayout(this);
    m_viewer = new DocumentViewer(services, session, tracking, this);
    layout->addWidget(m_viewer, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Tutup"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeViewerButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace loket::ui
