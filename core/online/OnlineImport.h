// Imports requests delivered by the office's online application (docs/online-requests.md):
// each validated and stored in its own transaction, idempotent by the portal's id.
#pragma once

#include "auth/Session.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace loket {

struct ImportOutcome
{
    QString source;      // file name, with the index inside a batch
    QString portalId;
    QString result;      // "imported", "already_present" or "rejected"
    QString tracking;
    QString reason;
};

class OnlineImport
{
    Q_DECLARE_TR_FUNCTIONS(OnlineImport)

public:
    static constexpr qint64 kMaxAttachmentBytes = 20 * 1024 * 1024;
    static constexpr qint64 kMaxFileBytes = 200 * 1024 * 1024;

    explicit OnlineImport(Store &store);

    // A file or a directory of *.json files. Throws only when the path itself is unusable.
    QList<ImportOutcome> importPath(const Session &session, const QString &path);
    ImportOutcome importOne(const Session &session, const QJsonObject &request, const QString &baseDir, const QString &source);

private:
    Store &m_store;
};

} // namespace loket
