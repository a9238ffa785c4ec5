// The tanda terima a resident takes home: tracking number as text and QR code, masked NIK,
// the papers received and missing, the due date and how to check the status.
#pragma once

#include "PageRenderer.h"
#include "intake/IntakeTypes.h"

#include <QCoreApplication>

namespace loket {

class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)

public:
    static PageContent build(const RequestDetails &request, const Office &office, const QDateTime &printedAt);
    static QString channelLabel(const QString &channel);
    static QString statusLabel(const QString &status);
};

} // namespace loket
