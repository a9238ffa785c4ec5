// Draws a letter by tata naskah dinas on A4 or F4: the kop surat, the title and number (or the
// Nomor/Lampiran/Perihal block and the addressee of a dinas letter), the body, then the
// signature block with the QR seal beside it. The body flows over as many pages as it needs;
// lines are never cut at a page edge, the signature block is never split and nothing runs into
// it; later pages carry the letter's number and "Halaman n dari m". The same drawing goes to the
// archived PDF, the printer and the on-screen preview. What is drawn is Indonesian whatever the
// language of the app: an official letter, and its content is sealed.
#pragma once

#include "LetterContent.h"
#include "office/OfficeService.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPagedPaintDevice>

namespace loket {

enum class LetterMark { None, Draft, Copy };

class LetterRenderer
{
    Q_DECLARE_TR_FUNCTIONS(LetterRenderer)

public:
    static constexpr double kMinQrMm = 28;   // at least 25 mm wide, as the seal requires

    // a4, or f4 (Folio, 215 × 330 mm); throws Error::invalid otherwise.
    static QPageSize pageSize(const QString &paper);
    // Returns the number of pages drawn. `sealUrl` is the QR's text; empty on a draft.
    static int paint(QPagedPaintDevice *device, const LetterContent &content, const QString &sealUrl, const Office &office,
                     const QByteArray &logo, LetterMark mark);
    static QByteArray pdf(const LetterContent &content, const QString &sealUrl, const Office &office, const QByteArray &logo,
                          LetterMark mark, int *pages = nullptr);
    // The signature block's lines as printed (authority, delegation, title), for tests and the UI.
    static QStringList titleLines(const LetterContent &content);
};

} // namespace loket
