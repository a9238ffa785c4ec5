// The residents' papers of one request: the documents (which requirement, how many pages, how
// big, who attached them when), the pages of the selected one as thumbnails and one large page
// with zoom (fit, 100 %, in, out) and paging (PgUp/PgDn), and "Ekspor PDF…" to forward a
// document as one PDF. A PDF kept as the resident gave it is drawn with Poppler: each page at the
// resolution its zoom needs (100 % = 150 dpi); its thumbnails are drawn one per pass of the event
// loop after the first page is shown, so the viewer answers between them. Opening a document goes through DocumentService::open, so every view is
// in the audit; a page whose stored bytes were altered is never shown, only the reason. When the
// viewer is shown with no document chosen (showDocument), it opens the first one.
#pragma once

#include "auth/Session.h"
#include "documents/DocumentService.h"

#include <QDialog>
#include <QImage>
#include <QMap>
#include <QWidget>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTimer;
class QToolButton;

namespace loket {
class AppServices;
class PdfDocument;
}

namespace loket::ui {

class MessageBanner;

class DocumentViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentViewer)

public:
    DocumentViewer(AppServices &services, const Session &session, const QString &tracking, QWidget *parent = nullptr);
    ~DocumentViewer() override;

    // Reads the list of documents again (after one was attached); keeps the open one open.
    void reload();
    int documentCount() const;
    QList<DocumentInfo> documents() const { return m_documents; }

    // Opens a document (recorded in the audit as viewed) and shows its first page; false with
    // the reason shown when it cannot be (altered blob, unknown id …).
    bool showDocument(const QString &documentId);
    QString currentDocumentId() const { return m_openId; }

    // The pages of the open document (0 for none or when it failed).
    int pageCount() const;
    // The open document is a PDF kept as is (drawn, not decoded).
    bool isPdf() const { return m_pdf != nullptr; }
    int currentPage() const { return m_current; }   // 0-based, -1 when none
    void setCurrentPage(int index);
    void nextPage();
    void previousPage();
    // The page's pixels: as stored, or for a PDF drawn at 150 dpi.
    QImage pageImage(int index) const;
    // Pages whose thumbnail is drawn (a PDF's are drawn after it opens, a few at a time).
    int thumbnailsReady() const { return m_thumbsReady; }

    // Zoom: fit the page into the view, or a factor of the page's pixels (1.0 = 100 %).
    void zoomToFit();
    void setZoom(double factor);
    void zoomIn();
    void zoomOut();
    bool isFitToView() const { return m_zoom <= 0; }
    // The factor the page is shown at now (also when fitted).
    double shownZoom() const { return m_shownZoom; }

    // Writes the open document as one PDF (recorded in the audit as exported); false with the
    // reason in the banner.
    bool exportPdfTo(const QString &path);

signals:
    void documentOpened(const QString &documentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Shown with no document open: the first one is opened (and audited as viewed).
    void showEvent(QShowEvent *event) override;

private:
    void showSelectedDocument();
    void askExportPath();
    void showPageMessage(const QString &text);
    void renderPage();
    void drawNextThumbnail();
    void addPageItem(int index, const QImage &image);
    void updateControls();
    QString documentTitle(const DocumentInfo &doc) const;

    AppServices &m_services;
    Session m_session;
    QString m_tracking;
    QMap<QString, QString> m_requirementLabels;
    QList<DocumentInfo> m_documents;

    QString m_openId;
    QList<QImage> m_pages;          // image pages, decoded
    std::unique_ptr<PdfDocument> m_pdf;
    QImage m_drawn;                 // a PDF page as last drawn, and at what
    int m_drawnIndex = -1;
    double m_drawnDpi = 0;
    QTimer *m_thumbTimer = nullptr;
    QTimer *m_redrawTimer = nullptr;
    int m_thumbsReady = 0;
    int m_current = -1;
    double m_zoom = 0;        // 0: fit
    double m_shownZoom = 1;

    MessageBanner *m_banner = nullptr;
    QListWidget *m_documentList = nullptr;
    QListWidget *m_pageList = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_pageView = nullptr;
    QLabel *m_pageNumber = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_zoom100 = nullptr;
    QToolButton *m_zoomFit = nullptr;
    QPushButton *m_export = nullptr;
};

// The viewer in a window of its own, for "Lihat dokumen" on a request.
class DocumentViewerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentViewerDialog)

public:
    DocumentViewerDialog(AppServices &services, const Session &session, const QString &tracking, QWidget *parent = nullptr);
    DocumentViewer *viewer() const { return m_viewer; }

private:
    DocumentViewer *m_viewer = nullptr;
};

} // namespace loket::ui
