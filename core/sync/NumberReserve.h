// Letter numbers with a hub (issue 14). Standalone, the local register allocates as before. Linked
// to a hub, every number comes from the hub: each sync round keeps kKeep numbers of every register
// in reserve on this counter, and a letter takes the lowest free one, so signing goes on while the
// hub is out of reach. When a register's reserve is empty, the signing fetches more from the hub
// first (outside the write lock); offline with none left, it says so. Numbers of a past year left
// unused are voided with a reason, so the register has no unexplained gap.
#pragma once

#include "letters/LetterNumber.h"

#include <QCoreApplication>

namespace loket {

class HubLog;
class Store;

class NumberReserve : public NumberAllocator
{
    Q_DECLARE_TR_FUNCTIONS(NumberReserve)
public:
    static constexpr int kKeep = 3;

    explicit NumberReserve(Store &store);

    void prepare(const QString &registerKey, int year) override;
    AllocatedNumber allocate(ChangeSet &changes, const QString &registerKey, int year) override;

    // From a sync round: tops up every register of the office's services for this year to kKeep
    // free numbers and voids those of past years. Returns how many numbers were reserved.
    static int topUp(Store &store, HubLog &log, int year);
    // Free numbers held for registerKey and year.
    static int freeCount(Store &store, const QString &registerKey, int year);

private:
    static void reserve(Store &store, HubLog &log, const QString &registerKey, int year, int count);

    Store &m_store;
    LocalNumberAllocator m_local;
};

} // namespace loket
