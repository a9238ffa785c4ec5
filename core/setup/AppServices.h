// Everything the desktop app and loket-cli talk to, opened on one database. Later capabilities
// add their service here.
#pragma once

#include "auth/UserService.h"
#include "backup/BackupService.h"
#include "catalogue/ServiceCatalogue.h"
#include "documents/DocumentService.h"
#include "intake/HolidayCalendar.h"
#include "intake/IntakeService.h"
#include "letters/LetterService.h"
#include "office/OfficeService.h"
#include "print/PrintoutService.h"
#include "residents/ResidentService.h"
#include "storage/Store.h"
#include "sync/SyncService.h"
#include "workflow/WorkflowService.h"

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
    HolidayCalendar &holidays() { return m_holidays; }
    ResidentService &residents() { return m_residents; }
    IntakeService &intake() { return m_intake; }
    PrintoutService &printouts() { return m_printouts; }
    WorkflowService &workflow() { return m_workflow; }
    LetterService &letters() { return m_letters; }
    DocumentService &documents() { return m_documents; }
    BackupService &backups() { return m_backups; }
    SyncService &sync() { return m_sync; }

private:
    Store m_store;
    UserService m_users;
    OfficeService m_office;
    ServiceCatalogue m_catalogue;
    HolidayCalendar m_holidays;
    ResidentService m_residents;
    IntakeService m_intake;
    PrintoutService m_printouts;
    WorkflowService m_workflow;
    LetterService m_letters;
    DocumentService m_documents;
    BackupService m_backups;
    SyncService m_sync;
};

} // namespace loket
