#include "DocumentService.h"

#include "common/Error.h"
#include "imaging/PageCompression.h"
#include "imaging/PageProcessing.h"
#include "intake/TrackingNumber.h"
#include "print/ReceiptDocument.h"
#include "storage/BlobStore.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"
#include "workflow/WorkflowService.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QThread>

#include <atomic>
#include <mutex>
#include <thread>

namespace loket {

namespace {

constexpr int kMaxPages = 500;
constexpr int kDefaultDpi = 200;

QString isoNow(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject DocumentInfo::toJson() const
{
    QJsonArray pageArray;
    for (const DocumentPageInfo &p : pages)
        pageArray.append(QJsonObject{{QStringLiteral("page"), p.pageNo},
                                     {QStringLiteral("sha256"), p.sha256},
                                     {QStringLiteral("mime"), p.mime},
                                     {QStringLiteral("bytes"), p.size},
                                     {QStringLiteral("width"), p.pixels.width()},
                                     {QStringLiteral("height"), p.pixels.height()},
                                     {QStringLiteral("dpi"), p.dpi},
                                     {QStringLiteral("blank"), p.blank}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("tracking"), tracking},
            {QStringLiteral("requirement"), requirementKey},
            {QStringLiteral("source"), source},
            {QStringLiteral("file_name"), fileName},
            {QStringLiteral("mime"), mime},
            {QStringLiteral("page_count"), pageCount},
            {QStringLiteral("stored_bytes"), bytes},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("pages"), pageArray}};
}

DocumentService::DocumentService(Store &store)
    : m_store(store)
{
    FileCheck::applyAllocationLimit();   // stored pages of up to FileCheck::kMaxPixels must decode for export
}

QString DocumentService::requestIdOf(const QString &tracking, QString *canonical) const
{
    *canonical = TrackingNumber::canonical(tracking);   // throws on a mistyped number
    const QString id = sql::scalar(m_store.db(), QStringLiteral("SELECT id FROM request WHERE tracking = ? AND deleted = 0"),
                                   {*canonical}).toString();
    if (id.isEmpty())
        throw Error::notFound(tr("Permohonan %1 tidak ditemukan.").arg(*canonical));
    return id;
}

bool DocumentService::acceptsPapers(const QString &status)
{
    return status == QStringLiteral("submitted") || status == QStringLiteral("returned") || status == QStringLiteral("verified")
           || status == QStringLiteral("in_process");
}

QString DocumentService::papersRefusal(const QString &tracking, const QString &status)
{
    if (acceptsPapers(status))
        return {};
    return tr("Berkas tidak dapat ditambahkan ke permohonan %1 yang berstatus \"%2\": berkas hanya dapat ditambahkan "
              "sampai permohonan diajukan untuk ditandatangani.")
        .arg(tracking, ReceiptDocument::statusLabel(status));
}

void DocumentService::requireAcceptsPapers(const QSqlDatabase &db, const QString &requestId, const QString &tracking) const
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_store.clock()()).date();
    const QString refusal = papersRefusal(tracking, WorkflowService::derive(db, requestId, today).status);
    if (!refusal.isEmpty())
        throw Error::denied(refusal);
}

PageToStore DocumentService::encodeImage(const QImage &image)
{
    const int dpi = image.dotsPerMeterX() > 0 ? int(std::lround(image.dotsPerMeterX() * 0.0254)) : kDefaultDpi;
    const ColorMode mode = image.depth() == 1 ? ColorMode::BlackWhite : image.isGrayscale() ? ColorMode::Gray : ColorMode::Color;
    const EncodedPage e = PageCompression::encode(image, std::max(dpi, 1), mode, 0);
    return {e.bytes, e.mime, e.pixels, e.dpi, false};
}

PageToStore DocumentService::processScan(const QImage &scan, int dpi, const QString &mode)
{
    ProcessOptions options;
    options.mode = colorModeFromName(mode).value_or(ColorMode::Gray);
    const ProcessedPage page = PageProcessor::process(scan, dpi, options);
    const EncodedPage e = PageCompression::encode(page.image, page.dpi, options.mode);
    return {e.bytes, e.mime, e.pixels, e.dpi, page.blank};
}

QList<PageToStore> DocumentService::processScans(const QList<QImage> &scans, int dpi, const QString &mode)
{
    QList<PageToStore> out(scans.size());
    std::atomic<qsizetype> next{0};
    std::exception_ptr failure;
    std::mutex failureLock;
    auto work = [&] {
        for (qsizetype i = next++; i < scans.size(); i = next++) {
            try {
                out[i] = processScan(scans.at(i), dpi, mode);
            } catch (...) {
                std::lock_guard lock(failureLock);
                failure = std::current_exception();
            }
        }
    };
    const int threads = std::clamp(QThread::idealThreadCount(), 1, int(std::max<qsizetype>(scans.size(), 1)));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
    return out;
}

DocumentInfo DocumentService::addPages(const Session &session, const QString &tracking, const QString &requirementKey,
                                       const QString &source, const QString &fileName, const QList<PageToStore> &pages)
{
    const Actor actor = session.requireAny({Role::Officer, Role::Verifier, Role::Admin});
    QString canonical;
    const QString requestId = requestIdOf(tracking, &canonical);
    if (source != QStringLiteral("scan") && source != QStringLiteral("file") && source != QStringLiteral("online"))
        throw Error::invalid(tr("Sumber dokumen \"%1\" tidak dikenal.").arg(source.left(20)));
    if (pages.isEmpty())
        throw Error::invalid(tr("Dokumen tanpa halaman tidak disimpan."));
    if (pages.size() > kMaxPages)
        throw Error::invalid(tr("Dokumen terlalu banyak halaman (%1; paling banyak %2).").arg(pages.size()).arg(kMaxPages));
    const QString requirements = sql::scalar(m_store.db(), QStringLiteral("SELECT requirements FROM request WHERE id = ?"),
                                             {requestId}).toString();
    bool knownKey = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(requirements.toUtf8()).array())
        knownKey |= v.toObject().value(QStringLiteral("key")).toString() == requirementKey;
    if (!knownKey)
        throw Error::invalid(tr("Permohonan %1 tidak mempunyai persyaratan \"%2\".").arg(canonical, requirementKey.left(40)));
    const bool isPdf = pages.size() == 1 && pages.constFirst().mime == QStringLiteral("application/pdf");
    for (const PageToStore &p : pages) {
        if (p.bytes.isEmpty())
            throw Error::invalid(tr("Halaman kosong tidak disimpan."));
        if (p.mime != QStringLiteral("image/jpeg") && p.mime != QStringLiteral("image/png") && p.mime != QStringLiteral("image/tiff")
            && !(isPdf && p.mime == QStringLiteral("application/pdf")))
            throw Error::invalid(tr("Jenis halaman \"%1\" tidak disimpan.").arg(p.mime.left(40)));
    }
    requireAcceptsPapers(m_store.db(), requestId, canonical);

    ChangeSet changes(m_store, actor);
    // Again under the write lock: the request may have gone for signature meanwhile.
    requireAcceptsPapers(changes.db(), requestId, canonical);
    qint64 total = 0;
    for (const PageToStore &p : pages)
        total += p.bytes.size();
    DocumentInfo doc;
    doc.requestId = requestId;
    doc.tracking = canonical;
    doc.requirementKey = requirementKey;
    doc.source = source;
    doc.fileName = fileName.left(200);
    doc.mime = isPdf ? QStringLiteral("application/pdf") : QString();
    doc.pageCount = isPdf ? std::max(pages.constFirst().pdfPages, 1) : int(pages.size());
    doc.bytes = total;
    doc.createdAt = isoNow(changes.wallClockMs());
    doc.createdBy = session.fullName;
    doc.id = changes.insert(QStringLiteral("document"),
                            {{QStringLiteral("request_id"), requestId},
                             {QStringLiteral("requirement_key"), requirementKey},
                             {QStringLiteral("source"), source},
                             {QStringLiteral("file_name"), doc.fileName},
                             {QStringLiteral("page_count"), doc.pageCount},
                             {QStringLiteral("mime"), doc.mime},
                             {QStringLiteral("bytes"), total},
                             {QStringLiteral("created_at"), doc.createdAt},
                             {QStringLiteral("created_by_name"), doc.createdBy}},
                            QStringLiteral("document.create"));
    int pageNo = 0;
    for (const PageToStore &p : pages) {
        ++pageNo;
        DocumentPageInfo info{pageNo, BlobStore::put(changes, p.bytes, p.mime), p.mime, p.bytes.size(), p.pixels,
                              isPdf ? 0 : p.dpi, p.blank};
        changes.insert(QStringLiteral("document_page"),
                       {{QStringLiteral("document_id"), doc.id}, {QStringLiteral("page_no"), pageNo},
                        {QStringLiteral("blob_sha256"), info.sha256}, {QStringLiteral("mime"), p.mime},
                        {QStringLiteral("size"), p.bytes.size()}, {QStringLiteral("width"), p.pixels.width()},
                        {QStringLiteral("height"), p.pixels.height()}, {QStringLiteral("dpi"), info.dpi},
                        {QStringLiteral("blank"), p.blank ? 1 : 0}},
                       QStringLiteral("document.page"));
        doc.pages.append(info);
    }
    changes.commit();
    return doc;
}

DocumentInfo DocumentService::addFiles(const Session &session, const QString &tracking, const QString &requirementKey,
                                       const QStringList &paths)
{
    session.requireAny({Role::Officer, Role::Verifier, Role::Admin});
    if (paths.isEmpty())
        throw Error::invalid(tr("Tidak ada berkas yang dipilih."));
    QString canonical;
    requireAcceptsPapers(m_store.db(), requestIdOf(tracking, &canonical), canonical);   // before reading any file
    // Every file is checked before anything is stored. Pages are encoded as they are decoded, so
    // only one decoded page is held at a time however many pages the files hold.
    QList<CheckedFile> files;
    QList<PageToStore> pages;
    for (const QString &path : paths) {
        QList<PageToStore> filePages;
        const CheckedFile file = FileCheck::checkFile(path, [&filePages](const QImage &image, int, const QString &mime) {
            if (mime == QStringLiteral("image/tiff")) {
                filePages.append(encodeImage(image));   // re-encoded so every viewer can show them
            } else {
                // A JPEG or PNG is kept byte for byte (it is what the resident gave): only its size
                // and resolution are taken here, the bytes below.
                const int dpi = image.dotsPerMeterX() > 0 ? int(std::lround(image.dotsPerMeterX() * 0.0254)) : 0;
                filePages.append({QByteArray(), mime, image.size(), dpi, false});
            }
        });
        for (PageToStore &page : filePages)
            if (page.bytes.isEmpty())
                page.bytes = file.bytes;
        pages += filePages;
        files.append({file.fileName, file.mime, file.mime == QStringLiteral("application/pdf") ? file.bytes : QByteArray(),
                      {}, {}, file.pdfPages});
    }
    const bool anyPdf = std::any_of(files.cbegin(), files.cend(),
                                    [](const CheckedFile &f) { return f.mime == QStringLiteral("application/pdf"); });
    if (anyPdf && files.size() > 1)
        throw Error::invalid(tr("Sebuah PDF disimpan sebagai dokumen tersendiri: tambahkan satu per satu."));
    if (anyPdf) {
        const CheckedFile &pdf = files.constFirst();
        PageToStore page{pdf.bytes, pdf.mime, {}, 0, false, pdf.pdfPages};
        return addPages(session, tracking, requirementKey, QStringLiteral("file"), pdf.fileName, {page});
    }
    QString name = QFileInfo(paths.constFirst()).fileName();
    if (paths.size() > 1)
        name = tr("%1 dan %2 berkas lain").arg(name).arg(paths.size() - 1);
    return addPages(session, tracking, requirementKey, QStringLiteral("file"), name, pages);
}

QList<DocumentInfo> DocumentService::list(const Session &session, const QString &tracking) const
{
    session.any();
    QString canonical;
    const QString requestId = requestIdOf(tracking, &canonical);
    QList<DocumentInfo> out;
    auto q = sql::exec(m_store.db(), QStringLiteral("SELECT id FROM document WHERE request_id = ? AND deleted = 0 "
                                                         "ORDER BY hlc, id"), {requestId});
    while (q.next())
        out.append(info(session, q.value(0).toString()));
    return out;
}

DocumentInfo DocumentService::info(const Session &session, const QString &documentId) const
{
    session.any();
    auto q = sql::exec(m_store.db(), QStringLiteral(
        "SELECT d.id, d.request_id, r.tracking, d.requirement_key, d.source, d.file_name, d.mime, d.page_count, "
        "d.bytes, d.created_at, d.created_by_name FROM document d JOIN request r ON r.id = d.request_id "
        "WHERE d.id = ? AND d.deleted = 0"), {documentId.trimmed()});
    if (!q.next())
        throw Error::notFound(tr("Dokumen %1 tidak ditemukan.").arg(documentId.left(40)));
    DocumentInfo d;
    d.id = q.value(0).toString();
    d.requestId = q.value(1).toString();
    d.tracking = q.value(2).toString();
    d.requirementKey = q.value(3).toString();
    d.source = q.value(4).toString();
    d.fileName = q.value(5).toString();
    d.mime = q.value(6).toString();
    d.pageCount = q.value(7).toInt();
    d.bytes = q.value(8).toLongLong();
    d.createdAt = q.value(9).toString();
    d.createdBy = q.value(10).toString();
    auto p = sql::exec(m_store.db(), QStringLiteral("SELECT page_no, blob_sha256, mime, size, width, height, dpi, blank "
                                                         "FROM document_page WHERE document_id = ? AND deleted = 0 "
                                                         "ORDER BY page_no"), {d.id});
    qint64 total = 0;
    while (p.next()) {
        d.pages.append({p.value(0).toInt(), p.value(1).toString(), p.value(2).toString(), p.value(3).toLongLong(),
                        QSize(p.value(4).toInt(), p.value(5).toInt()), p.value(6).toInt(), p.value(7).toBool()});
        total += p.value(3).toLongLong();
    }
    if (d.bytes == 0)
        d.bytes = total;   // documents of online imports made before the size was recorded
    return d;
}

QList<QByteArray> DocumentService::open(const Session &session, const QString &documentId)
{
    const DocumentInfo doc = info(session, documentId);
    QList<QByteArray> out;
    for (const DocumentPageInfo &p : doc.pages)
        out.append(BlobStore::get(m_store.db(), p.sha256));   // throws when altered: never shown
    ChangeSet changes(m_store, session.any());
    changes.audit(QStringLiteral("document.viewed"), QStringLiteral("document"), doc.id,
                  {{QStringLiteral("tracking"), doc.tracking}, {QStringLiteral("requirement"), doc.requirementKey}});
    changes.commit();
    return out;
}

QByteArray DocumentService::exportPdf(const Session &session, const QString &documentId)
{
    const DocumentInfo doc = info(session, documentId);
    QList<QByteArray> pages;
    for (const DocumentPageInfo &p : doc.pages)
        pages.append(BlobStore::get(m_store.db(), p.sha256));
    QByteArray pdf;
    if (doc.mime == QStringLiteral("application/pdf")) {
        pdf = pages.value(0);
    } else {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Loket"));
        writer.setTitle(tr("Dokumen %1 — %2").arg(doc.tracking, doc.requirementKey));
        writer.setPageMargins({});
        QPainter painter;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QImage image = PageCompression::decode(pages.at(i));
            if (image.isNull())
                throw Error::storage(tr("Halaman %1 dokumen %2 tidak dapat dibaca.").arg(i + 1).arg(doc.id));
            const int dpi = doc.pages.at(i).dpi > 0 ? doc.pages.at(i).dpi : kDefaultDpi;
            const QSizeF mm(image.width() * 25.4 / dpi, image.height() * 25.4 / dpi);
            writer.setPageSize(QPageSize(mm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
            writer.setResolution(dpi);
            if (i == 0) {
                if (!painter.begin(&writer))
                    throw Error::storage(tr("PDF tidak dapat dibuat."));
            } else {
                writer.newPage();
            }
            const QRect target(QPoint(0, 0), writer.pageLayout().fullRectPixels(dpi).size());
            painter.drawImage(target, image);
        }
        painter.end();
    }
    ChangeSet changes(m_store, session.any());
    changes.audit(QStringLiteral("document.exported"), QStringLiteral("document"), doc.id,
                  {{QStringLiteral("tracking"), doc.tracking}, {QStringLiteral("requirement"), doc.requirementKey}});
    changes.commit();
    return pdf;
}

int DocumentService::retentionDays() const
{
    return sql::scalar(m_store.db(), QStringLiteral("SELECT retention_days FROM office WHERE deleted = 0 LIMIT 1")).toInt();
}

void DocumentService::setRetentionDays(const Session &session, int days)
{
    const Actor actor = session.require(Role::Admin);
    if (days < 0 || days > 36500)
        throw Error::invalid(tr("Masa simpan %1 hari di luar 0–36500 hari.").arg(days));
    ChangeSet changes(m_store, actor);
    const QString officeId = sql::scalar(changes.db(), QStringLiteral("SELECT id FROM office WHERE deleted = 0 LIMIT 1")).toString();
    if (officeId.isEmpty())
        throw Error::notFound(tr("Data kantor belum diisi."));
    changes.update(QStringLiteral("office"), officeId, {{QStringLiteral("retention_days"), days}},
                   QStringLiteral("office.retention"));
    changes.commit();
}

PurgeResult DocumentService::purgeExpired(const Session &session)
{
    const Actor actor = session.require(Role::Admin);
    const int days = retentionDays();
    if (days <= 0)
        throw Error::invalid(tr("Masa simpan dokumen belum diatur: tidak ada yang dihapus."));
    ChangeSet changes(m_store, actor);
    const QString cutoff = isoNow(changes.wallClockMs() - qint64(days) * 24 * 3600 * 1000);
    PurgeResult result;
    QStringList documents;
    auto q = sql::exec(changes.db(), QStringLiteral("SELECT id FROM document WHERE deleted = 0 AND created_at <> '' "
                                                         "AND created_at < ?"), {cutoff});
    while (q.next())
        documents << q.value(0).toString();
    QStringList blobs;
    for (const QString &id : std::as_const(documents)) {
        auto p = sql::exec(changes.db(), QStringLiteral("SELECT id, blob_sha256 FROM document_page "
                                                             "WHERE document_id = ? AND deleted = 0"), {id});
        while (p.next()) {
            changes.tombstone(QStringLiteral("document_page"), p.value(0).toString(), QStringLiteral("document.purge_page"));
            blobs << p.value(1).toString();
        }
        changes.tombstone(QStringLiteral("document"), id, QStringLiteral("document.purge"));
        ++result.documents;
    }
    blobs.removeDuplicates();
    for (const QString &sha : std::as_const(blobs)) {
        const bool used = sql::scalar(changes.db(), QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM document_page WHERE blob_sha256 = ? AND deleted = 0) "
            "+ (SELECT COUNT(*) FROM office WHERE logo_sha256 = ?)"), {sha, sha}).toInt() > 0;
        if (used)
            continue;
        result.bytesFreed += sql::scalar(changes.db(), QStringLiteral("SELECT size FROM blob WHERE sha256 = ?"), {sha}).toLongLong();
        // Tombstoned pages still name the blob (and sync needs them), so its content is emptied
        // rather than the row deleted.
        sql::exec(changes.db(), QStringLiteral("UPDATE blob SET data = X'', size = 0 WHERE sha256 = ?"), {sha});
        ++result.blobsDeleted;
    }
    changes.audit(QStringLiteral("document.purge_expired"), QStringLiteral("document"), QString(),
                  {{QStringLiteral("retention_days"), days}, {QStringLiteral("documents"), result.documents},
                   {QStringLiteral("blobs_deleted"), result.blobsDeleted}, {QStringLiteral("bytes_freed"), result.bytesFreed}});
    changes.commit();
    return result;
}

} // namespace loket
