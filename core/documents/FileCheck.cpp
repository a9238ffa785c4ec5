#include "FileCheck.h"

#include "PdfDocument.h"

#include "common/Error.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>

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

// The structure every readable PDF has: a header, a cross-reference (table or stream) that
// startxref points at, and an end-of-file marker.
bool pdfStructureOk(const QByteArray &b, QString *why)
{
    const qsizetype header = b.left(1024).indexOf("%PDF-");
    if (header < 0) {
        *why = FileCheck::tr("tidak ada kepala %PDF-");
        return false;
    }
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
    const qint64 offset = m.captured(1).toLongLong() + header;
    static const QRegularExpression xrefRe(QStringLiteral("^\\s*(xref|\\d+\\s+\\d+\\s+obj)"));
    if (offset <= 0 || offset >= b.size()
        || (!xrefRe.match(QString::fromLatin1(b.mid(offset, 40))).hasMatch()
            && !xrefRe.match(QString::fromLatin1(b.mid(offset - header, 40))).hasMatch())) {
        *why = FileCheck::tr("tabel rujukan silang (xref) tidak ditemukan di tempat yang ditunjuk (berkas rusak)");
        return false;
    }
    return true;
}

} // namespace

QString FileCheck::sniff(const QByteArray &b)
{
    if (b.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (b.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (b.startsWith(QByteArray("II*\0", 4)) || b.startsWith(QByteArray("MM\0*", 4)))
        return QStringLiteral("image/tiff");
    if (b.left(1024).contains("%PDF-"))
        return QStringLiteral("application/pdf");
    return {};
}

CheckedFile FileCheck::checkFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName().left(120);
    if (!info.exists())
        throw Error::notFound(tr("Berkas \"%1\" tidak ditemukan.").arg(path.left(200)));
    if (info.isDir())
        throw Error::invalid(tr("\"%1\" adalah folder, bukan berkas.").arg(name));
    if (info.size() > kMaxBytes)
        throw Error::invalid(tr("Berkas \"%1\" terlalu besar (%2 MB; paling besar %3 MB).")
                                 .arg(name).arg(info.size() / (1024 * 1024)).arg(kMaxBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::invalid(tr("Berkas \"%1\" tidak dapat dibaca: %2").arg(name, file.errorString()));
    const QByteArray bytes = file.read(kMaxBytes + 1);
    return checkBytes(bytes, info.fileName());
}

CheckedFile FileCheck::checkBytes(const QByteArray &bytes, const QString &fileName)
{
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
        const QByteArray head = bytes.left(512).trimmed().toLower();
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html"))
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
        // The structure is there; Poppler must also open it, unlocked, with pages to show.
        const PdfDocument pdf(bytes, name);
        if (pdf.pageCount() > kMaxPages)
            throw Error::invalid(tr("Berkas \"%1\" berisi terlalu banyak halaman (%2).").arg(name).arg(pdf.pageCount()));
        out.pdfPages = pdf.pageCount();
        return out;
    }

    // Images: the end markers first (a truncated JPEG still "decodes", with a grey bottom).
    if (out.mime == QStringLiteral("image/jpeg") && !bytes.right(1024).contains("\xFF\xD9"))
        throw Error::invalid(tr("Berkas \"%1\" terpotong: JPEG-nya tidak lengkap.").arg(name));
    if (out.mime == QStringLiteral("image/png") && !bytes.right(64).contains("IEND"))
        throw Error::invalid(tr("Berkas \"%1\" terpotong: PNG-nya tidak lengkap.").arg(name));

    QBuffer buffer(&out.bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, out.mime == QStringLiteral("image/jpeg") ? QByteArrayLiteral("jpeg")
                                 : out.mime == QStringLiteral("image/png") ? QByteArrayLiteral("png")
                                                                           : QByteArrayLiteral("tiff"));
    reader.setAutoTransform(true);   // phone photos carry their rotation in EXIF
    const int frames = std::max(reader.imageCount(), 1);
    if (frames > kMaxPages)
        throw Error::invalid(tr("Berkas \"%1\" berisi terlalu banyak halaman (%2).").arg(name).arg(frames));
    for (int i = 0; i < frames; ++i) {
        const QSize declared = reader.size();
        if (!declared.isValid())
            throw Error::invalid(tr("Berkas \"%1\" rusak: ukuran gambarnya tidak terbaca.").arg(name));
        if (declared.width() > kMaxSide || declared.height() > kMaxSide
            || qint64(declared.width()) * declared.height() > kMaxPixels)
            throw Error::invalid(tr("Gambar \"%1\" mengaku berukuran %2 × %3 piksel: terlalu besar untuk sebuah dokumen.")
                                     .arg(name).arg(declared.width()).arg(declared.height()));
        QImage image = reader.read();
        if (image.isNull())
            throw Error::invalid(tr("Berkas \"%1\" rusak atau terpotong: %2").arg(name, reader.errorString()));
        out.images.append(image);
        if (i + 1 < frames && !reader.jumpToNextImage())
            throw Error::invalid(tr("Berkas \"%1\" rusak: halaman %2 tidak terbaca.").arg(name).arg(i + 2));
    }
    return out;
}

} // namespace loket
