#include "FileCheck.h"

#include "ImageHeader.h"
#include "OutsideFile.h"
#include "PdfActiveContent.h"
#include "PdfDocument.h"

#include "common/Error.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>

#include <mutex>

namespace loket {

namespace {

QString typeName(const QString &mime)
{
    if (mime == QStringLiteral("image/jpeg"))
        return QStringLiteral("JPEG");
    if (mime == QStringLiteral("image/png"))
        return QStringLiteral("PNG");
    if (mime == QStringLiteral("image/tiff"))
        return QStringLiteral("TIFF");
    return QStringLiteral("PDF");
}

QString mimeOfExtension(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s == QStringLiteral("jpg") || s == QStringLiteral("jpeg") || s == QStringLiteral("jfif"))
        return QStringLiteral("image/jpeg");
    if (s == QStringLiteral("png"))
        return QStringLiteral("image/png");
    if (s == QStringLiteral("tif") || s == QStringLiteral("tiff"))
        return QStringLiteral("image/tiff");
    if (s == QStringLiteral("pdf"))
        return QStringLiteral("application/pdf");
    return {};
}

// The structure every readable PDF has: the header at the first byte, a cross-reference (table or
// stream) that startxref points at, and an end-of-file marker.
bool pdfStructureOk(const QByteArray &b, QString *why)
{
    const QByteArray tail = b.right(2048);
    if (!tail.contains("%%EOF")) {
        *why = FileCheck::tr("tidak ada penanda akhir %%EOF (berkas terpotong?)");
        return false;
    }
    const qsizetype sx = tail.lastIndexOf("startxref");
    static const QRegularExpression offsetRe(QStringLiteral("^startxref\\s+(\\d{1,12})"));
    const QRegularExpressionMatch m = sx < 0 ? QRegularExpressionMatch()
                                             : offsetRe.match(QString::fromLatin1(tail.mid(sx, 40)));
    if (!m.hasMatch()) {
        *why = FileCheck::tr("tidak ada startxref");
        return false;
    }
    const qint64 offset = m.captured(1).toLongLong();
    static const QRegularExpression xrefRe(QStringLiteral("^\\s*(xref|\\d+\\s+\\d+\\s+obj)"));
    if (offset <= 0 || offset >= b.size() || !xrefRe.match(QString::fromLatin1(b.mid(offset, 40))).hasMatch()) {
        *why = FileCheck::tr("tabel rujukan silang (xref) tidak ditemukan di tempat yang ditunjuk (berkas rusak)");
        return false;
    }
    return true;
}

// Markup that makes a browser run or show something: a web page or a script, perhaps wrapped
// around a PDF further down.
bool looksLikeWebPage(const QByteArray &head)
{
    const QByteArray h = head.toLower();
    for (const char *marker : {"<html", "<!doctype", "<script", "<body", "<head", "<iframe", "<svg"})
        if (h.contains(marker))
            return true;
    return false;
}

QString activeNameText(const QString &name)
{
    if (name == QStringLiteral("JS") || name == QStringLiteral("JavaScript"))
        return FileCheck::tr("skrip JavaScript (/%1)").arg(name);
    if (name == QStringLiteral("Launch"))
        return FileCheck::tr("perintah menjalankan program (/Launch)");
    if (name.startsWith(QStringLiteral("EmbeddedFile")))
        return FileCheck::tr("berkas lain yang disisipkan (/%1)").arg(name);
    return FileCheck::tr("tindakan otomatis (/%1)").arg(name);
}

QString megapixels(qint64 pixels)
{
    return QString::number(double(pixels) / 1e6, 'f', pixels < qint64(10) * 1000 * 1000 ? 1 : 0);
}

QString megabytes(qint64 bytes)
{
    return QString::number((bytes + 999999) / 1000000);
}

// Every limit that can be checked from the headers, before a pixel is decoded.
void checkDeclared(const DeclaredImage &declared, const QString &name, bool keepAll)
{
    if (!declared.error.isEmpty() && declared.pageCount <= FileCheck::kMaxImagePages)
        throw Error::invalid(FileCheck::tr("Berkas \"%1\" rusak: ukuran gambarnya tidak terbaca.").arg(name));
    if (declared.pageCount > FileCheck::kMaxImagePages) {
        const QString count = declared.pageCount > ImageHeader::kMaxCountedPages
                                  ? FileCheck::tr("lebih dari %1").arg(ImageHeader::kMaxCountedPages)
                                  : QString::number(declared.pageCount);
        throw Error::invalid(FileCheck::tr("Berkas \"%1\" berisi terlalu banyak halaman (%2; paling banyak %3 halaman dalam "
                                           "satu berkas gambar).").arg(name, count).arg(FileCheck::kMaxImagePages));
    }
    qint64 total = 0;
    qint64 decoded = 0;
    qint64 largest = 0;
    for (const DeclaredPage &page : declared.pages) {
        if (page.size.width() > FileCheck::kMaxSide || page.size.height() > FileCheck::kMaxSide
            || page.pixels() > FileCheck::kMaxPixels)
            throw Error::invalid(FileCheck::tr("Gambar \"%1\" mengaku berukuran %2 × %3 piksel (%4 megapiksel): terlalu besar "
                                               "untuk sebuah dokumen (paling besar %5 megapiksel dan %6 piksel per sisi).")
                                     .arg(name).arg(page.size.width()).arg(page.size.height())
                                     .arg(megapixels(page.pixels()), megapixels(FileCheck::kMaxPixels))
                                     .arg(FileCheck::kMaxSide));
        total += page.pixels();
        decoded += page.decodedBytes();
        largest = std::max(largest, page.decodedBytes());
    }
    if (total > FileCheck::kMaxTotalPixels)
        throw Error::invalid(FileCheck::tr("Berkas \"%1\" berisi %2 halaman dengan jumlah %3 megapiksel: terlalu banyak piksel "
                                           "(paling banyak %4 megapiksel dalam satu berkas).")
                                 .arg(name).arg(declared.pages.size()).arg(megapixels(total), megapixels(FileCheck::kMaxTotalPixels)));
    const qint64 needed = keepAll ? decoded : largest;
    if (needed > FileCheck::kMaxDecodedBytes)
        throw Error::invalid(FileCheck::tr("Berkas \"%1\" memerlukan %2 MB memori untuk dibuka: paling banyak %3 MB.")
                                 .arg(name, megabytes(needed), megabytes(FileCheck::kMaxDecodedBytes)));
}

} // namespace

void FileCheck::applyAllocationLimit()
{
    static std::once_flag once;
    std::call_once(once, [] { QImageReader::setAllocationLimit(kAllocationLimitMb); });
}

QString FileCheck::sniff(const QByteArray &b)
{
    if (b.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (b.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (b.startsWith(QByteArray("II*\0", 4)) || b.startsWith(QByteArray("MM\0*", 4)))
        return QStringLiteral("image/tiff");
    if (b.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    return {};
}

CheckedFile FileCheck::checkFile(const QString &path, const PageSink &sink)
{
    return checkBytes(OutsideFile::read(path, kMaxBytes), QFileInfo(path).fileName(), sink);
}

CheckedFile FileCheck::checkBytes(const QByteArray &bytes, const QString &fileName, const PageSink &sink)
{
    applyAllocationLimit();
    const QString name = fileName.left(120);
    if (bytes.isEmpty())
        throw Error::invalid(tr("Berkas \"%1\" kosong.").arg(name));
    if (bytes.size() > kMaxBytes)
        throw Error::invalid(tr("Berkas \"%1\" terlalu besar (paling besar %2 MB).").arg(name).arg(kMaxBytes / (1024 * 1024)));

    CheckedFile out;
    out.fileName = name;
    out.bytes = bytes;
    out.mime = sniff(bytes);
    const QString byName = mimeOfExtension(QFileInfo(fileName).suffix());
    if (out.mime.isEmpty()) {
        const qsizetype header = bytes.left(4096).indexOf("%PDF-");
        if (header > 0 && looksLikeWebPage(bytes.left(header)))
            throw Error::invalid(tr("Berkas \"%1\" ditolak: isinya halaman web atau skrip (HTML) yang membungkus sebuah PDF. "
                                    "Konten aktif tidak diterima sebagai dokumen; simpan PDF-nya sendiri.").arg(name));
        if (header > 0)
            throw Error::invalid(tr("Berkas \"%1\" bukan PDF yang sah: kepala %PDF- tidak berada di awal berkas "
                                    "(ada %2 bait lain sebelumnya).").arg(name).arg(header));
        if (looksLikeWebPage(bytes.left(1024)))
            throw Error::invalid(tr("Berkas \"%1\" bukan JPEG, PNG, TIFF atau PDF: isinya halaman web (HTML).").arg(name));
        throw Error::invalid(tr("Berkas \"%1\" bukan JPEG, PNG, TIFF atau PDF.").arg(name));
    }
    if (!QFileInfo(fileName).suffix().isEmpty() && byName.isEmpty())
        throw Error::invalid(tr("Berkas \"%1\": akhiran .%2 tidak diterima (JPEG, PNG, TIFF atau PDF).")
                                 .arg(name, QFileInfo(fileName).suffix().left(10)));
    if (!byName.isEmpty() && byName != out.mime)
        throw Error::invalid(tr("Berkas \"%1\" berisi %2, tetapi namanya berakhiran .%3.")
                                 .arg(name, typeName(out.mime), QFileInfo(fileName).suffix().left(10)));

    if (out.mime == QStringLiteral("application/pdf")) {
        QString why;
        if (!pdfStructureOk(bytes, &why))
            throw Error::invalid(tr("Berkas \"%1\" bukan PDF yang dapat dibaca: %2.").arg(name, why));
        // Before Poppler parses it: a PDF that would run something when opened is not a paper.
        const PdfActiveFinding active = PdfActiveContent::scan(bytes);
        if (!active.name.isEmpty())
            throw Error::invalid(tr("Berkas \"%1\" ditolak: PDF ini berisi konten aktif, yaitu %2. Dokumen dengan skrip, "
                                    "tindakan otomatis atau berkas sisipan tidak diterima; minta PDF biasa atau pindai "
                                    "kertasnya.").arg(name, activeNameText(active.name)));
        if (!active.problem.isEmpty()) {
            const QString problem = active.problem == QStringLiteral("budget")
                                        ? tr("aliran objeknya terlalu besar")
                                        : active.problem == QStringLiteral("filter") ? tr("aliran objeknya dimampatkan dengan cara yang tidak dikenal")
                                                                                     : tr("aliran objeknya rusak atau terenkripsi");
            throw Error::invalid(tr("Berkas \"%1\" ditolak: isi PDF ini tidak dapat diperiksa dari konten aktif (%2).")
                                     .arg(name, problem));
        }
        // The structure is there; Poppler must also open it, unlocked, with pages to show.
        const PdfDocument pdf(bytes, name);
        if (pdf.pageCount() > kMaxPages)
            throw Error::invalid(tr("Berkas \"%1\" berisi terlalu banyak halaman (%2; paling banyak %3).")
                                     .arg(name).arg(pdf.pageCount()).arg(kMaxPages));
        out.pdfPages = pdf.pageCount();
        return out;
    }

    // Images: the end markers first (a truncated JPEG still "decodes", with a grey bottom).
    if (out.mime == QStringLiteral("image/jpeg") && !bytes.right(1024).contains("\xFF\xD9"))
        throw Error::invalid(tr("Berkas \"%1\" terpotong: JPEG-nya tidak lengkap.").arg(name));
    if (out.mime == QStringLiteral("image/png") && !bytes.right(64).contains("IEND"))
        throw Error::invalid(tr("Berkas \"%1\" terpotong: PNG-nya tidak lengkap.").arg(name));

    // Pages, sizes and depths from the headers: refused here, before anything is decoded.
    const DeclaredImage declared = ImageHeader::read(bytes, out.mime, kMaxImagePages);
    checkDeclared(declared, name, !sink);

    QBuffer buffer(&out.bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, out.mime == QStringLiteral("image/jpeg") ? QByteArrayLiteral("jpeg")
                                 : out.mime == QStringLiteral("image/png") ? QByteArrayLiteral("png")
                                                                           : QByteArrayLiteral("tiff"));
    reader.setAutoTransform(true);   // phone photos carry their rotation in EXIF
    const int frames = int(declared.pages.size());
    // Asked only now that the count is known to be small (libtiff walks every directory). Qt's TIFF
    // reader also needs it asked before it can move from page to page.
    if (out.mime == QStringLiteral("image/tiff") && reader.imageCount() != frames)
        throw Error::invalid(tr("Berkas \"%1\" rusak: jumlah halamannya tidak dapat dipastikan.").arg(name));
    for (int i = 0; i < frames; ++i) {
        // What the decoder is about to allocate must be what the headers declared and were checked for.
        const QSize expected = declared.pages.at(i).size;
        const QSize size = reader.size();
        if (size != expected && size != expected.transposed())
            throw Error::invalid(tr("Berkas \"%1\" rusak: halaman %2 tidak berukuran seperti yang dinyatakannya.").arg(name).arg(i + 1));
        QImage image = reader.read();
        if (image.isNull())
            throw Error::invalid(tr("Berkas \"%1\" rusak atau terpotong: %2").arg(name, reader.errorString()));
        if (image.size() != expected && image.size() != expected.transposed())
            throw Error::invalid(tr("Berkas \"%1\" rusak: halaman %2 tidak berukuran seperti yang dinyatakannya.").arg(name).arg(i + 1));
        out.pageSizes.append(image.size());
        if (sink)
            sink(image, i, out.mime);
        else
            out.images.append(image);
        if (i + 1 < frames && !reader.jumpToNextImage())
            throw Error::invalid(tr("Berkas \"%1\" rusak: halaman %2 tidak terbaca.").arg(name).arg(i + 2));
    }
    return out;
}

} // namespace loket
