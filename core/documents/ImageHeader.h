// What an image file declares about its pages, read from its headers without decoding a pixel:
// how many pages, their size and the depth they decode to. FileCheck refuses a file on these
// numbers before anything is decoded (a 64 KB TIFF can declare 500 pages of 5000 × 5000).
#pragma once

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>

namespace loket {

struct DeclaredPage
{
    QSize size;
    int bitsPerPixel = 32;   // of the image Qt decodes it to (1 for bilevel, 8 grey, 32 colour, 64 for 16-bit colour)

    qint64 pixels() const { return qint64(size.width()) * size.height(); }
    qint64 decodedBytes() const { return (pixels() * bitsPerPixel + 7) / 8; }
};

struct DeclaredImage
{
    QList<DeclaredPage> pages;   // empty when pageCount exceeds the maximum asked for
    int pageCount = 0;           // every page the file declares (counted up to kMaxCountedPages)
    QString error;               // a header that cannot be read (not translated: FileCheck words it)
};

class ImageHeader
{
public:
    // Pages are counted up to this many; a TIFF with more is reported as having "more than" it.
    static constexpr int kMaxCountedPages = 100000;

    // mime: image/jpeg | image/png | image/tiff. Pages are described only when there are at most
    // maxPages of them.
    static DeclaredImage read(const QByteArray &bytes, const QString &mime, int maxPages);
    // A TIFF's chain of image directories (IFDs), walked by hand: libtiff would first allocate.
    static DeclaredImage readTiff(const QByteArray &bytes, int maxPages);
};

} // namespace loket
