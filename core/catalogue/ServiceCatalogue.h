// The service catalogue: read by everyone, edited by administrators only.
#pragma once

#include "ServiceType.h"
#include "auth/Session.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <optional>

namespace loket {

class ChangeSet;

class ServiceCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCatalogue)

public:
    explicit ServiceCatalogue(Store &store);

    QList<ServiceType> list(bool includeInactive = false) const;
    std::optional<ServiceType> findByCode(const QString &code) const;

    QString create(const Session &session, const ServiceType &service);
    // Updates the service with service.id; its code may change only if the new one is free.
    void update(const Session &session, const ServiceType &service);

    // Throws Error::invalid naming the first problem.
    static void validate(const ServiceType &service);
    static QString insert(ChangeSet &changes, const ServiceType &service);
    // The catalogue shipped with Loket (resources/seed/services.json).
    static QList<ServiceType> seed();

private:
    Store &m_store;
};

} // namespace loket
