// PDFs residents bring: opened with Poppler, counted, measured and drawn for the viewer; damaged,
// password-locked and empty PDFs are refused by the file check with the reason, nothing stored.
#include "TestSupport.h"

#include "common/Error.h"
#include "documents/FileCheck.h"
#include "documents/PdfDocument.h"

#include <QPageLayout>
#include <QPainter>
#include <catch2/catch.hpp>

using namespace loket;

namespace {

// A4 portrait pages, then one F4 landscape page; each page has a black bar across its top third.
QByteArray mixedPdf()
{
    const QPageLayout f4(QPageSize(QSizeF(215, 330), QPageSize::Millimeter, QStringLiteral("F4")), QPageLayout::Landscape,
                         QMarginsF(0, 0, 0, 0));
    return test::drawPdf({test::a4Page(), test::a4Page(), f4}, [](QPainter &p, const QRect &page, int) {
        p.fillRect(QRect(0, 0, page.width(), page.height() / 3), Qt::black);
    });
}

// A PDF whose objects are written here, with a correct cross-reference table.
QByteArray handMadePdf(const QList<QByteArray> &objects, const QByteArray &trailerExtra = {})
{
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailerExtra + ">>\n";
    out += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QString refusal(const QByteArray &bytes, const QString &name)
{
    try {
        FileCheck::checkBytes(bytes, name);
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Invalid);
        return e.message();
    }
    FAIL("the file was accepted");
    return {};
}

} // namespace

TEST_CASE("A PDF is counted, measured and drawn page by page", "[documents][pdf]")
{
    const PdfDocument pdf(mixedPdf(), QStringLiteral("surat.pdf"));
    REQUIRE(pdf.pageCount() == 3);
    CHECK(pdf.pageSizeMm(0).width() == Approx(210).margin(1));
    CHECK(pdf.pageSizeMm(0).height() == Approx(297).margin(1));
    CHECK(pdf.pageSizeMm(2).width() == Approx(330).margin(1));   // F4 turned on its side
    CHECK(pdf.pageSizeMm(2).height() == Approx(215).margin(1));
    CHECK(pdf.pageSizeMm(3).isEmpty());

    const QImage page = pdf.render(0, 100);
    CHECK(page.width() == Approx(827).margin(3));
    CHECK(page.height() == Approx(1169).margin(3));
    // What was drawn is there: black across the top third, white paper below.
    CHECK(qGray(page.pixel(page.width() / 2, page.height() / 6)) < 40);
    CHECK(qGray(page.pixel(page.width() / 2, page.height() * 5 / 6)) > 220);

    const QImage thumb = pdf.renderToFit(2, QSize(110, 110));
    CHECK(thumb.width() <= 110);
    CHECK(thumb.width() >= 105);   // a landscape page fills the box's width
    CHECK(thumb.height() < 80);
    CHECK(pdf.render(7, 100).isNull());
}

TEST_CASE("A page declaring a huge size is drawn within the pixel limit", "[documents][pdf]")
{
    // 14,400 points = 200 inches square: at 150 dpi that would be 900 million pixels.
    const PdfDocument pdf(handMadePdf({"<< /Type /Catalog /Pages 2 0 R >>",
                                       "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] >>"}));
    const QImage page = pdf.render(0, 150);
    REQUIRE(!page.isNull());
    CHECK(qint64(page.width()) * page.height() <= PdfDocument::kMaxRenderPixels);
}

TEST_CASE("Damaged, locked and empty PDFs are refused with the reason", "[documents][pdf]")
{
    const QByteArray good = mixedPdf();
    CHECK(FileCheck::checkBytes(good, QStringLiteral("surat.pdf")).pdfPages == 3);

    // The cross-reference table is fine but there is no document behind it.
    const QString damaged = refusal(handMadePdf({"<< /Type /Font >>"}), QStringLiteral("rusak.pdf"));
    INFO(damaged.toStdString());
    CHECK(damaged.contains(QStringLiteral("rusak.pdf")));
    CHECK((damaged.contains(QStringLiteral("tidak dapat dibaca")) || damaged.contains(QStringLiteral("tidak berisi halaman"))));

    const QString empty = refusal(handMadePdf({"<< /Type /Catalog /Pages 2 0 R >>",
                                               "<< /Type /Pages /Kids [] /Count 0 >>"}),
                                  QStringLiteral("kosong.pdf"));
    CHECK((empty.contains(QStringLiteral("tidak berisi halaman")) || empty.contains(QStringLiteral("tidak dapat dibaca"))));

    // Encrypted with a user password (standard handler, revision 2): the empty password does not
    // open it, so it is locked.
    const QByteArray o(32, '\x5a');
    const QByteArray u(32, '\x33');
    const QByteArray locked = handMadePdf(
        {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
         "<< /Filter /Standard /V 1 /R 2 /O <" + o.toHex() + "> /U <" + u.toHex() + "> /P -4 >>"},
        "/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ");
    CHECK(refusal(locked, QStringLiteral("terkunci.pdf")).contains(QStringLiteral("kata sandi")));
}
