// A PDF a resident brought, opened with Poppler to be read on screen: how many pages it has, how
// big each page is, and a page drawn as an image at a chosen resolution (the viewer, thumbnails).
// The object keeps its own copy of the bytes, which Poppler reads in place. A PDF that Poppler
// cannot open, one locked with a password, or one without pages is refused with the reason.
// One object must not be used from two threads at once; separate objects may.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <memory>

namespace poppler {
class document;
}

namespace loket {

class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    // A page is never drawn larger than this, whatever resolution is asked (a PDF may declare a
    // page of 200 × 200 inches).
    static constexpr qint64 kMaxRenderPixels = qint64(40) * 1000 * 1000;

    // Throws Error::invalid naming `name` and what is wrong.
    explicit PdfDocument(const QByteArray &bytes, const QString &name = {});
    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    int pageCount() const { return m_pageCount; }
    // The page as it is shown (its /Rotate applied), in millimetres; empty for a bad index.
    QSizeF pageSizeMm(int index) const;
    // The page drawn on white at dpi (lowered when the image would exceed kMaxRenderPixels); a
    // null image when the index is bad or Poppler cannot draw the page.
    QImage render(int index, double dpi) const;
    // The page drawn as large as fits in box, keeping its proportions (thumbnails).
    QImage renderToFit(int index, const QSize &box) const;

private:
    QByteArray m_bytes;
    std::unique_ptr<poppler::document> m_doc;
    int m_pageCount = 0;
};

} // namespace loket
