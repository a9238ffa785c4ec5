// A one-page leaflet that teaches the online path to residents who did not know it exists.
#pragma once

#include "PageRenderer.h"

#include <QCoreApplication>

namespace loket {

class OnlineLeafletDocument
{
    Q_DECLARE_TR_FUNCTIONS(OnlineLeafletDocument)

public:
    // Throws Error::invalid when the office has no online address configured.
    static PageContent build(const Office &office);
};

} // namespace loket
