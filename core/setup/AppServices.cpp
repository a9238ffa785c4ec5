#include "AppServices.h"

#include "sync/NumberReserve.h"

namespace loket {

AppServices::AppServices(const DatabaseOptions &options, WallClock clock)
    : m_store(options, std::move(clock))
    , m_users(m_store)
    , m_office(m_store)
    , m_catalogue(m_store)
    , m_holidays(m_store)
    , m_residents(m_store)
    , m_intake(m_store)
    , m_printouts(m_store)
    , m_workflow(m_store)
    , m_letters(m_store, m_intake, m_office)
    , m_documents(m_store)
    , m_backups(m_store)
    , m_sync(m_store)
{
    // Standalone it allocates from the local register; linked to a hub, from the hub's reserve.
    m_letters.setAllocator(std::make_unique<NumberReserve>(m_store));
}

} // namespace loket
