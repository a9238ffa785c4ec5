// A service's standard (PermenPANRB 15/2014) on one page: the handout/poster the office lacked.
#pragma once

#include "PageRenderer.h"
#include "catalogue/ServiceType.h"

#include <QCoreApplication>

namespace loket {

class ServiceStandardDocument
{
    Q_DECLARE_TR_FUNCTIONS(ServiceStandardDocument)

public:
    static PageContent build(const ServiceType &service, const Office &office);
    static QString timeLimitText(int days);
};

} // namespace loket
