// Everything the desktop app and loket-cli talk to, opened on one database. Later capabilities
// add their service here.
#pragma once

#include "auth/UserService.h"
#include "catalogue/ServiceCatalogue.h"
#include "office/OfficeService.h"
#include "storage/Store.h"

namespace loket {

class AppServices
{
public:
    explicit AppServices(const DatabaseOptions &options, WallClock clock = systemClock());
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    Store &store() { return m_store; }
    UserService &users() { return m_users; }
    OfficeService &office() { return m_office; }
    ServiceCatalogue &catalogue() { return m_catalogue; }

private:
    Store m_store;
    UserService m_users;
    OfficeService m_office;
    ServiceCatalogue m_catalogue;
};

} // namespace loket
