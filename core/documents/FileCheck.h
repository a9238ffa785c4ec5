// Checks a file a resident brought (on a flash disk, by WhatsApp ...) before anything is stored:
// its size, that its content really is JPEG, PNG, TIFF or PDF and matches its name, that an image
// decodes completely and does not declare absurd dimensions (decompression bombs), and that a PDF
// has the structure of a readable PDF, carries no active content (scripts, launch actions,
// embedded files) and opens (Poppler: not locked, with pages). Every refusal says what is wrong;
// nothing is written.
//
// Memory is bounded before anything is decoded: the pages, their sizes and depths are read from the
// headers and refused on the limits below, and the pages are then decoded one at a time. A caller
// that gives a page sink gets each page as it is decoded and only one is held at a time; otherwise
// the pages are kept in CheckedFile::images, and the decoded size of all of them together must
// stay within kMaxDecodedBytes.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <functional>

namespace loket {

struct CheckedFile
{
    QString fileName;
    QString mime;              // image/jpeg | image/png | image/tiff | application/pdf
    QByteArray bytes;
    QList<QSize> pageSizes;    // the pages of an image file, as decoded (TIFF may hold several)
    QList<QImage> images;      // the decoded pages, when the check was asked to keep them (no sink)
    int pdfPages = 0;          // the pages of a PDF
};

class FileCheck
{
    Q_DECLARE_TR_FUNCTIONS(FileCheck)

public:
    static constexpr qint64 kMaxBytes = qint64(50) * 1024 * 1024;           // one file
    static constexpr int kMaxPages = 500;                                     // pages of a PDF (not decoded here)
    static constexpr int kMaxImagePages = 100;                                // pages of one image file (multi-page TIFF)
    static constexpr int kMaxSide = 20000;                                    // pixels, either side of a page
    static constexpr qint64 kMaxPixels = qint64(150) * 1000 * 1000;         // one page: an A3 page at 1200 dpi is ~140 MP
    static constexpr qint64 kMaxTotalPixels = qint64(300) * 1000 * 1000;    // all the pages of one image file
    // The decoded pages a check holds at once: one page with a sink, all of them without.
    static constexpr qint64 kMaxDecodedBytes = qint64(1200) * 1000 * 1000;
    // Qt's image reader refuses to allocate more than its allocation limit (256 MB by default,
    // which Qt's decoders reach at about 33.5 megapixels). Raised so that every page within
    // kMaxPixels decodes, at up to 8 bytes a pixel (16 bits per channel).
    static constexpr int kAllocationLimitMb = int(kMaxPixels * 8 / (1024 * 1024)) + 1;

    // Receives each decoded page of an image file (of type mime), in order, while the check runs;
    // the page is released when the sink returns. The sink may throw to stop the check.
    using PageSink = std::function<void(const QImage &page, int index, const QString &mime)>;

    // Throws Error::notFound / Error::invalid with the reason. Reads only a regular file.
    static CheckedFile checkFile(const QString &path, const PageSink &sink = {});
    static CheckedFile checkBytes(const QByteArray &bytes, const QString &fileName, const PageSink &sink = {});

    // The type by content ("image/jpeg" ...), or empty when it is none of the accepted ones. A PDF
    // must start with its header %PDF- at the first byte.
    static QString sniff(const QByteArray &bytes);

    // Sets Qt's image reader allocation limit to kAllocationLimitMb, once for the process (the
    // limit is global to Qt). Called by the check itself and by DocumentService, which decodes
    // stored pages for export.
    static void applyAllocationLimit();
};

} // namespace loket
