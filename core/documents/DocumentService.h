// The residents' papers attached to a request: documents made of pages, each page a blob stored
// once by SHA-256 (an identical page scanned twice is stored once) and verified on every read.
// A document is written in one transaction or not at all. Opening or exporting a document is
// recorded in the audit (scans of KTP and KK are personal data, UU 27/2022), and documents older
// than the office's retention period can be purged by an administrator, also audited.
#pragma once

#include "auth/Session.h"
#include "documents/FileCheck.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QList>

namespace loket {

// A page ready to be stored: encoded bytes and what is known of the image.
struct PageToStore
{
    QByteArray bytes;
    QString mime;
    QSize pixels;
    int dpi = 0;
    bool blank = false;
    int pdfPages = 0;   // a PDF kept as is: the pages it holds
};

struct DocumentPageInfo
{
    int pageNo = 0;
    QString sha256;
    QString mime;
    qint64 size = 0;
    QSize pixels;
    int dpi = 0;
    bool blank = false;
};

struct DocumentInfo
{
    QString id;
    QString requestId;
    QString tracking;
    QString requirementKey;
    QString source;        // scan | file | online
    QString fileName;
    QString mime;          // application/pdf when the document is a PDF kept as is; empty for image pages
    int pageCount = 0;
    qint64 bytes = 0;
    QString createdAt;
    QString createdBy;
    QList<DocumentPageInfo> pages;

    QJsonObject toJson() const;
};

struct PurgeResult
{
    int documents = 0;
    int blobsDeleted = 0;
    qint64 bytesFreed = 0;
};

class DocumentService
{
    Q_DECLARE_TR_FUNCTIONS(DocumentService)

public:
    explicit DocumentService(Store &store);

    // Stores pages (from a scan or decoded files) as one document in the requirement slot.
    DocumentInfo addPages(const Session &session, const QString &tracking, const QString &requirementKey,
                          const QString &source, const QString &fileName, const QList<PageToStore> &pages);
    // Checks and stores files: a PDF is kept as the document itself (and must come alone); images
    // (JPEG, PNG, multi-page TIFF) become the pages of one document, in the order given.
    // Both refuse (Error::denied, papersRefusal) a request that no longer accepts papers.
    DocumentInfo addFiles(const Session &session, const QString &tracking, const QString &requirementKey,
                          const QStringList &paths);

    // Papers are attached while a request is still being checked and worked on (submitted,
    // returned, verified, in process). From the moment it goes for signature the letter rests on
    // the papers as they are, and a finished, rejected or cancelled request's papers are its record.
    static bool acceptsPapers(const QString &status);
    // Why papers cannot be attached to request `tracking` in `status` (the message core refuses
    // with); empty when they can.
    static QString papersRefusal(const QString &tracking, const QString &status);

    QList<DocumentInfo> list(const Session &session, const QString &tracking) const;
    DocumentInfo info(const Session &session, const QString &documentId) const;
    // The verified bytes of every page (or of the PDF), recorded in the audit as viewed.
    QList<QByteArray> open(const Session &session, const QString &documentId);
    // One PDF of the document (pages at their physical size), recorded in the audit as exported.
    QByteArray exportPdf(const Session &session, const QString &documentId);

    // Days residents' papers are kept (0: kept until purged by hand). Administrators only.
    int retentionDays() const;
    void setRetentionDays(const Session &session, int days);
    // Documents older than the retention period: tombstoned, their blobs deleted when no other
    // page uses them. Administrators only; audited with the counts.
    PurgeResult purgeExpired(const Session &session);

    // Encodes a decoded image for storage without loss of what matters: line art and grey pages as
    // PNG, photographs as JPEG. Used for imported images that are not stored byte for byte.
    static PageToStore encodeImage(const QImage &image);
    // A scanned page cleaned (deskewed, cropped to the paper) and compressed for storage at the
    // document defaults for its scan mode (color | gray | lineart).
    static PageToStore processScan(const QImage &scan, int dpi, const QString &mode);
    // processScan for every page of a batch, on as many threads as the PC has cores; same order.
    static QList<PageToStore> processScans(const QList<QImage> &scans, int dpi, const QString &mode);

private:
    QString requestIdOf(const QString &tracking, QString *canonical) const;
    // Throws papersRefusal when the request's status (derived from its events in db) does not accept papers.
    void requireAcceptsPapers(const QSqlDatabase &db, const QString &requestId, const QString &tracking) const;

    Store &m_store;
};

} // namespace loket
