// The notice a resident receives when a request is returned for revision (what is missing and
// why) or rejected (with the reason).
#pragma once

#include "PageRenderer.h"
#include "intake/IntakeTypes.h"

#include <QCoreApplication>

namespace loket {

class NoticeDocument
{
    Q_DECLARE_TR_FUNCTIONS(NoticeDocument)

public:
    // Throws Error::invalid when the request is neither returned nor rejected.
    static PageContent build(const RequestDetails &request, const Office &office, const QDateTime &printedAt);
};

} // namespace loket
