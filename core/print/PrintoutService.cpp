#include "PrintoutService.h"

#include "NoticeDocument.h"
#include "OnlineLeafletDocument.h"
#include "ReceiptDocument.h"
#include "ServiceStandardDocument.h"
#include "catalogue/ServiceCatalogue.h"
#include "common/Error.h"
#include "intake/IntakeService.h"
#include "storage/ChangeSet.h"

#include <QSaveFile>

namespace loket {

PrintoutService::PrintoutService(Store &store)
    : m_store(store)
{
}

QPageSize PrintoutService::pageSize(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QStringLiteral("a4"))
        return QPageSize(QPageSize::A4);
    if (n == QStringLiteral("a5"))
        return QPageSize(QPageSize::A5);
    if (n == QStringLiteral("f4") || n == QStringLiteral("folio"))
        return QPageSize(QSizeF(215, 330), QPageSize::Millimeter, QStringLiteral("F4"), QPageSize::ExactMatch);
    throw Error::invalid(tr("Ukuran kertas \"%1\" tidak dikenal: a4, a5 atau f4.").arg(name.left(20)));
}

PageContent PrintoutService::receipt(const Session &session, const QString &tracking)
{
    const RequestDetails details = IntakeService(m_store).find(session, tracking);
    const Office office = OfficeService(m_store).office();
    ChangeSet changes(m_store, session.any());
    changes.audit(QStringLiteral("request.receipt_printed"), QStringLiteral("request"), details.id,
                  QJsonObject{{QStringLiteral("tracking"), details.tracking}});
    PageContent content = ReceiptDocument::build(details, office, QDateTime::fromMSecsSinceEpoch(changes.wallClockMs()));
    changes.commit();
    return content;
}

QByteArray PrintoutService::receiptPdf(const Session &session, const QString &tracking, const QPageSize &size)
{
    const PageContent content = receipt(session, tracking);
    const OfficeService office(m_store);
    return PageRenderer::pdf(size, tr("Tanda terima %1").arg(tracking.toUpper()), office.office(), office.logo(), content);
}

PageContent PrintoutService::notice(const Session &session, const QString &tracking)
{
    const RequestDetails details = IntakeService(m_store).find(session, tracking);
    const Office office = OfficeService(m_store).office();
    ChangeSet changes(m_store, session.any());
    PageContent content = NoticeDocument::build(details, office, QDateTime::fromMSecsSinceEpoch(changes.wallClockMs()));
    changes.audit(QStringLiteral("request.notice_printed"), QStringLiteral("request"), details.id,
                  QJsonObject{{QStringLiteral("tracking"), details.tracking}, {QStringLiteral("status"), details.status}});
    changes.commit();
    return content;
}

QByteArray PrintoutService::noticePdf(const Session &session, const QString &tracking, const QPageSize &size)
{
    const PageContent content = notice(session, tracking);
    const OfficeService office(m_store);
    return PageRenderer::pdf(size, tr("Pemberitahuan %1").arg(tracking.toUpper()), office.office(), office.logo(), content);
}

PageContent PrintoutService::serviceStandard(const QString &serviceCode) const
{
    const auto service = ServiceCatalogue(m_store).findByCode(serviceCode);
    if (!service)
        throw Error::notFound(tr("Layanan %1 tidak ada di katalog.").arg(serviceCode.left(20)));
    return ServiceStandardDocument::build(*service, OfficeService(m_store).office());
}

QByteArray PrintoutService::serviceStandardPdf(const QString &serviceCode, const QPageSize &size) const
{
    const PageContent content = serviceStandard(serviceCode);
    const OfficeService office(m_store);
    return PageRenderer::pdf(size, tr("Standar pelayanan %1").arg(serviceCode.toUpper()), office.office(), office.logo(), content);
}

PageContent PrintoutService::onlineLeaflet() const
{
    return OnlineLeafletDocument::build(OfficeService(m_store).office());
}

QByteArray PrintoutService::onlineLeafletPdf(const QPageSize &size) const
{
    const PageContent content = onlineLeaflet();
    const OfficeService office(m_store);
    return PageRenderer::pdf(size, tr("Layanan daring"), office.office(), office.logo(), content);
}

void PrintoutService::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error::storage(tr("Berkas %1 tidak dapat ditulis: %2").arg(path, file.errorString()));
}

} // namespace loket
