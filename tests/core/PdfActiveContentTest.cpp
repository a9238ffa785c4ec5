// Active content in PDFs found without running anything: in dictionaries, behind #xx escapes and
// inside compressed object streams; text that merely shows "/JS" is not taken for a script, and a
// stream that cannot be inspected is reported rather than waved through.
#include "documents/PdfActiveContent.h"

#include <catch2/catch.hpp>

using namespace loket;

namespace {

// An object stream (PDF 1.5) holding `dictionary` as object 10, compressed with `filter`.
QByteArray objectStreamPdf(const QByteArray &dictionary, const QByteArray &filter = "/FlateDecode", QByteArray data = {})
{
    const QByteArray body = "10 0 " + dictionary;
    if (data.isNull())
        data = filter == "/FlateDecode" ? qCompress(body).mid(4) : body;
    return "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction 10 0 R >>\nendobj\n"
           "5 0 obj\n<< /Type /ObjStm /N 1 /First 5 /Filter " + filter + " /Length " + QByteArray::number(data.size())
           + " >>\nstream\n" + data + "\nendstream\nendobj\n%%EOF\n";
}

} // namespace

TEST_CASE("Active content is found in a PDF's dictionaries and object streams, not in its text", "[documents][pdf]")
{
    // Plain dictionaries, and a name spelled with #xx escapes.
    CHECK(PdfActiveContent::scan("%PDF-1.4\n1 0 obj << /OpenAction << /S /JavaScript /JS (x) >> >> endobj").name
          == QStringLiteral("JavaScript"));
    CHECK(PdfActiveContent::scan("%PDF-1.4\n1 0 obj << /OpenAction << /S /L#61unch /F (a.exe) >> >> endobj").name
          == QStringLiteral("Launch"));
    // Text that shows the words, in a string or in an uncompressed content stream, is not a script.
    const QByteArray text = "%PDF-1.4\n1 0 obj << /Title (/JavaScript /Launch) >> endobj\n"
                            "2 0 obj << /Length 44 >>\nstream\nBT /F1 12 Tf (/JS /AA /EmbeddedFile) Tj ET\nendstream\nendobj\n";
    CHECK(PdfActiveContent::scan(text).name.isEmpty());
    CHECK(PdfActiveContent::scan(text).problem.isEmpty());

    // Inside a compressed object stream.
    const PdfActiveFinding hidden = PdfActiveContent::scan(objectStreamPdf("<< /S /JavaScript /JS (app.alert\\(1\\)) >>"));
    CHECK(hidden.name == QStringLiteral("JavaScript"));
    CHECK(PdfActiveContent::scan(objectStreamPdf("<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] >>")).name.isEmpty());
    CHECK(PdfActiveContent::scan(objectStreamPdf("<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] >>")).problem.isEmpty());

    // What cannot be inspected is said so: an unknown filter, data that does not inflate, a bomb.
    CHECK(PdfActiveContent::scan(objectStreamPdf("<< /JS (x) >>", "/LZWDecode")).problem == QStringLiteral("filter"));
    CHECK(PdfActiveContent::scan(objectStreamPdf("<< >>", "/FlateDecode", QByteArray(200, '\x13'))).problem
          == QStringLiteral("unreadable"));
    const QByteArray bomb = qCompress(QByteArray(PdfActiveContent::kMaxInflatedBytes + 1024 * 1024, ' '), 9).mid(4);
    CHECK(PdfActiveContent::scan(objectStreamPdf("<< >>", "/FlateDecode", bomb)).problem == QStringLiteral("budget"));
}
