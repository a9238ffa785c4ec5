// Imports requests delivered by the office's online application (docs/online-requests.md):
// each validated as strictly as a request made at the counter (the same field and resident checks)
// and stored in its own transaction. A portal id sent again with the same content is reported as
// already present; with other content, as a conflict, and nothing is imported. Files are read
// only inside the folder given, only as regular files, and never beyond their size limits.
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
    QString result;      // "imported", "already_present", "conflict" or "rejected"
    QString tracking;
    QString reason;
};

class OnlineImport
{
    Q_DECLARE_TR_FUNCTIONS(OnlineImport)

public:
    static constexpr qint64 kMaxAttachmentBytes = 20 * 1024 * 1024;
    static constexpr qint64 kMaxFileBytes = 200 * 1024 * 1024;
    static constexpr int kMaxAttachments = 30;
    static constexpr qint64 kMaxRequestAttachmentBytes = 100 * 1024 * 1024;
    static constexpr int kMaxFileNameLength = 100;
    // submitted_at is accepted from this day (UTC) up to one day past the importing PC's clock.
    static constexpr int kEarliestYear = 2020;

    explicit OnlineImport(Store &store);

    // A file or a directory of *.json files. Throws only when the path itself is unusable; a file
    // in the directory that is not a regular file, or a link leading out of it, is rejected with
    // the reason.
    QList<ImportOutcome> importPath(const Session &session, const QString &path);
    ImportOutcome importOne(const Session &session, const QJsonObject &request, const QString &baseDir, const QString &source);

    // An attachment's file_name reduced to a safe base name: no folder parts, no control or
    // formatting characters, no leading dots, at most kMaxFileNameLength characters (the extension
    // kept). Empty when nothing is left.
    static QString safeFileName(const QString &given);

private:
    Store &m_store;
};

} // namespace loket
