// Detects database paths on network file systems, where SQLite locking and WAL are unsafe.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace loket {

struct MountEntry
{
    QString mountPoint;
    QString fsType;
    QString source;
};

class MountTable
{
    Q_DECLARE_TR_FUNCTIONS(MountTable)

public:
    // Parses /proc/self/mountinfo (or /proc/mounts) text.
    static QList<MountEntry> parse(const QString &text);
    static QList<MountEntry> readSystem(const QString &mountInfoPath = QStringLiteral("/proc/self/mountinfo"));

    static bool isNetworkFileSystem(const QString &fsType);

    // The mount that holds path (the longest matching mount point), if any.
    static std::optional<MountEntry> mountFor(const QString &path, const QList<MountEntry> &mounts);

    // Throws Error::storage naming the file system when path lies on a network share.
    static void refuseNetworkPath(const QString &path, const QList<MountEntry> &mounts);
};

} // namespace loket
