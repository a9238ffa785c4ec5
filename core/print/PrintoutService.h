// The counter's printouts as PDF (or painted on a printer by the UI): receipts, service
// standards and the online-path leaflet. Printing a receipt is recorded in the audit.
#pragma once

#include "PageRenderer.h"
#include "auth/Session.h"
#include "storage/Store.h"

#include <QCoreApplication>

namespace loket {

class PrintoutService
{
    Q_DECLARE_TR_FUNCTIONS(PrintoutService)

public:
    explicit PrintoutService(Store &store);

    // "a4" or "a5" (receipts), "a4" or "f4" (handouts); throws Error::invalid otherwise.
    static QPageSize pageSize(const QString &name);

    PageContent receipt(const Session &session, const QString &tracking);
    QByteArray receiptPdf(const Session &session, const QString &tracking, const QPageSize &size);
    PageContent notice(const Session &session, const QString &tracking);
    QByteArray noticePdf(const Session &session, const QString &tracking, const QPageSize &size);
    PageContent serviceStandard(const QString &serviceCode) const;
    QByteArray serviceStandardPdf(const QString &serviceCode, const QPageSize &size) const;
    PageContent onlineLeaflet() const;
    QByteArray onlineLeafletPdf(const QPageSize &size) const;

    // Writes bytes to path atomically (no half-written file is ever left at path).
    static void writeFile(const QString &path, const QByteArray &bytes);

private:
    Store &m_store;
};

} // namespace loket
