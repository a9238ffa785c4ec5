// Content-addressed blobs (logos, scanned pages, PDFs): stored once per SHA-256 and checked
// against that hash whenever read back.
#pragma once

#include "ChangeSet.h"

#include <QByteArray>
#include <QCoreApplication>

namespace loket {

class BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(BlobStore)

public:
    static QString sha256Hex(const QByteArray &data);
    // Stores data inside the change set's transaction unless present; returns its hash.
    static QString put(ChangeSet &changes, const QByteArray &data, const QString &mime);
    // Throws Error::storage when the blob is missing or no longer matches its hash.
    static QByteArray get(const QSqlDatabase &db, const QString &sha256);
    static bool contains(const QSqlDatabase &db, const QString &sha256);
};

} // namespace loket
