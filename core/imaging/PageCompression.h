// Encoding a cleaned page for storage: small enough to keep every paper of every request, still
// faithful, and never with a method that can change what a digit says (no lossy JBIG2).
//
// What each mode stores (measured on a dense A4 text page at 200 dpi, see bench_imaging):
// - Gray, a text page: 8 grey levels in a palette PNG, 4 when 8 do not fit in 150 KB per A4
//   area (~120–190 KB with 8, ~130 KB with 4 on dense pages). Lossless once reduced to the
//   levels, so no JPEG ringing around digits, and a third of what a grey JPEG of the same page
//   costs (~450 KB at quality 75, still ~300 KB at 40: JPEG cannot keep text pages within the
//   150 KB budget).
// - Gray, a page with photos or large grey areas: JPEG, quality 75 lowered in steps of 5 (down to
//   40) while the page exceeds 150 KB per A4 area.
// - BlackWhite: 1-bit TIFF with CCITT Group 4 compression, lossless (~37 KB; a 1-bit PNG would
//   take ~50 KB). Read it back with decodeStoredPage() (Qt has no TIFF reader of its own here).
// - Color (photos, KTP): JPEG quality 85.
// The resolution is written into the file so an export knows the page's physical size.
#pragma once

#include "ColorMode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

namespace loket {

constexpr qint64 kGreyA4Budget = 150 * 1024;    // bytes a grey A4 page may take (larger pages pro rata)
constexpr int kGreyJpegQuality = 75;            // first try for grey photos; lowered step by step to fit
constexpr int kMinGreyJpegQuality = 40;
constexpr int kColorJpegQuality = 85;
constexpr int kGreyTextLevels = 8;              // grey levels kept of a text page ...
constexpr int kMinGreyTextLevels = 4;           // ... or of a very dense one, to fit the budget

struct EncodedPage
{
    QByteArray bytes;
    QString mime;          // "image/jpeg", "image/png" or "image/tiff"
    QSize pixels;
    int dpi = 0;
    ColorMode mode = ColorMode::Gray;
    int jpegQuality = 0;   // the quality used; 0 when not JPEG
    int greyLevels = 0;    // the grey levels kept in a grey PNG; 0 otherwise
};

class PageCompression
{
    Q_DECLARE_TR_FUNCTIONS(PageCompression)

public:
    // Downsamples to targetDpi (when the page is finer; 0 keeps it), converts to the mode (grey,
    // or bilevel by toBilevel() unless the page already is 1-bit) and encodes as described above.
    // jpegQuality 1..100 forces JPEG at that quality for Gray and Color. Throws Error::invalid for
    // a null image, a resolution that is not positive or a quality out of range, Error::storage
    // when an encoder fails.
    static EncodedPage encode(const QImage &page, int dpi, ColorMode mode, int targetDpi = kDefaultStorageDpi,
                              int jpegQuality = 0);

    // A text page in grey: no more than a fiftieth of its 16×16 blocks are mostly mid-grey (a
    // photo, a shaded area). Such pages keep kGreyTextLevels levels; others go to JPEG.
    static bool looksLikeText(const QImage &page);

    // The image of a stored page (JPEG, PNG, or TIFF as written above) with its resolution; a
    // null image when the bytes are not one. Meant for pages this module encoded: check the size
    // of a file from outside before decoding it.
    static QImage decode(const QByteArray &bytes);
};

// Shorthand for PageCompression::encode with the default quality.
inline EncodedPage encodeForStorage(const QImage &page, int dpi, ColorMode mode, int targetDpi = kDefaultStorageDpi)
{
    return PageCompression::encode(page, dpi, mode, targetDpi);
}

// Shorthand for PageCompression::decode.
inline QImage decodeStoredPage(const QByteArray &bytes)
{
    return PageCompression::decode(bytes);
}

} // namespace loket
