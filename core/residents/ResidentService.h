// Residents: find by NIK, search by name (full-text, accent- and case-insensitive, prefix),
// register and update with the Dukcapil number checks.
#pragma once

#include "Resident.h"
#include "auth/Session.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <optional>

namespace loket {

class ChangeSet;

struct ResidentSaved
{
    QString id;
    bool created = false;
    QStringList warnings;
};

class ResidentService
{
    Q_DECLARE_TR_FUNCTIONS(ResidentService)

public:
    static constexpr int kMaxNameLength = 150;
    static constexpr int kMaxTextLength = 250;

    explicit ResidentService(Store &store);

    std::optional<Resident> findByNik(const Session &session, const QString &nik) const;
    std::optional<Resident> findById(const Session &session, const QString &id) const;
    // Any word of the name, by prefix; results ordered by name.
    QList<Resident> search(const Session &session, const QString &query, int limit = 50) const;

    // Registers a new resident or updates the one with the same NIK (the audit keeps old values):
    // the resident form, which shows the stored values before they are edited.
    ResidentSaved save(const Session &session, const Resident &resident);
    // Registers a resident whose NIK is not registered yet; refuses a registered NIK, naming the
    // resident it belongs to, and changes nothing (a second "add" must not overwrite a person).
    ResidentSaved create(const Session &session, const Resident &resident);
    // Changes only the given fields of the resident with nik, with the same checks as a new
    // resident; the audit keeps old and new values. Refuses an unknown NIK or no change asked.
    ResidentSaved update(const Session &session, const QString &nik, const ResidentChanges &changes);
    // The same inside a caller's change set (intake, online import).
    static ResidentSaved save(ChangeSet &changes, const Resident &resident);

    // Throws Error::invalid naming the field; returns warnings (unknown region, birth-date mismatch).
    static QStringList validate(Resident &resident);
    // Lower case, no accents, apostrophes removed and dots as spaces: "Nur'aini" -> "nuraini".
    static QString foldName(const QString &name);
    // An FTS5 query matching every typed word as a prefix, or empty when nothing searchable.
    static QString ftsQuery(const QString &typed);

private:
    Store &m_store;
};

} // namespace loket
