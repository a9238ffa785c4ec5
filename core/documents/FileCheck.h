// Checks a file a resident brought (on a flash disk, by WhatsApp ...) before anything is stored:
// its size, that its content really is JPEG, PNG, TIFF or PDF and matches its name, that an image
// decodes completely and does not declare absurd dimensions (decompression bombs), and that a PDF
// has the structure of a readable PDF and opens (Poppler: not locked, with pages). Every refusal says what is wrong; nothing is written.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

namespace loket {

struct CheckedFile
{
    QString fileName;
    QString mime;              // image/jpeg | image/png | image/tiff | application/pdf
    QByteArray bytes;
    QList<QImage> images;      // the decoded pages of an image file (TIFF may hold several)
    int pdfPages = 0;          // the pages of a PDF
};

class FileCheck
{
    Q_DECLARE_TR_FUNCTIONS(FileCheck)

public:
    static constexpr qint64 kMaxBytes = qint64(50) * 1024 * 1024;
    static constexpr qint64 kMaxPixels = qint64(150) * 1000 * 1000;   // an A3 page at 1200 dpi is ~140 MP
    static constexpr int kMaxSide = 20000;
    static constexpr int kMaxPages = 500;

    // Throws Error::notFound / Error::invalid with the reason.
    static CheckedFile checkFile(const QString &path);
    static CheckedFile checkBytes(const QByteArray &bytes, const QString &fileName);

    // The type by content ("image/jpeg" ...), or empty when it is none of the accepted ones.
    static QString sniff(const QByteArray &bytes);
};

} // namespace loket
