#include "MountTable.h"

#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace loket {

namespace {

// mountinfo escapes space, tab, newline and backslash as octal \NNN.
QString unescapeMountField(const QString &field)
{
    QString out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == u'\\' && i + 3 < field.size() && field[i + 1].isDigit()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(QChar(code));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return out;
}

// The path with symlinks resolved as far as it exists; the part not created yet is appended as
// written, so a new database is judged by the folder it will be created in.
QString resolveExisting(const QString &path)
{
    QString existing = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing;
    while (!QFileInfo::exists(existing) && existing != QStringLiteral("/")) {
        missing.prepend(QFileInfo(existing).fileName());
        existing = QFileInfo(existing).absolutePath();
    }
    QString canonical = QFileInfo(existing).canonicalFilePath();
    if (canonical.isEmpty())
        canonical = existing;
    for (const QString &part : std::as_const(missing))
        canonical = QDir::cleanPath(canonical + u'/' + part);
    return canonical;
}

} // namespace

QList<MountEntry> MountTable::parse(const QString &text)
{
    QList<MountEntry> entries;
    const auto lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList f = line.split(u' ', Qt::SkipEmptyParts);
        const qsizetype sep = f.indexOf(QStringLiteral("-"));
        if (sep > 4 && sep + 2 < f.size()) {
            // mountinfo: id parent major:minor root mountpoint options ... - fstype source superopts
            entries.append({unescapeMountField(f[4]), f[sep + 1], unescapeMountField(f[sep + 2])});
        } else if (f.size() >= 3 && sep < 0) {
            // /proc/mounts: source mountpoint fstype options dump pass
            entries.append({unescapeMountField(f[1]), f[2], unescapeMountField(f[0])});
        }
    }
    return entries;
}

QList<MountEntry> MountTable::readSystem(const QString &mountInfoPath)
{
    QFile file(mountInfoPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(QString::fromUtf8(file.readAll()));
}

bool MountTable::isNetworkFileSystem(const QString &fsType)
{
    static const QStringList network = {
        QStringLiteral("nfs"),       QStringLiteral("nfs4"),       QStringLiteral("cifs"),
        QStringLiteral("smb"),       QStringLiteral("smb2"),       QStringLiteral("smb3"),
        QStringLiteral("smbfs"),     QStringLiteral("ncpfs"),      QStringLiteral("afs"),
        QStringLiteral("ceph"),      QStringLiteral("glusterfs"),  QStringLiteral("9p"),
        QStringLiteral("davfs"),     QStringLiteral("fuse.sshfs"), QStringLiteral("fuse.davfs"),
        QStringLiteral("fuse.glusterfs"), QStringLiteral("fuse.rclone"), QStringLiteral("lustre"),
        QStringLiteral("gpfs"),      QStringLiteral("coda"),       QStringLiteral("fuse.smbnetfs"),
    };
    return network.contains(fsType.toLower());
}

std::optional<MountEntry> MountTable::mountFor(const QString &path, const QList<MountEntry> &mounts)
{
    const QString resolved = resolveExisting(path);
    std::optional<MountEntry> best;
    for (const MountEntry &m : mounts) {
        const QString mp = m.mountPoint.endsWith(u'/') && m.mountPoint.size() > 1
            ? m.mountPoint.chopped(1) : m.mountPoint;
        const bool inside = mp == QStringLiteral("/") || resolved == mp
            || resolved.startsWith(mp + u'/');
        // Later entries over the same point shadow earlier ones, hence >=.
        if (inside && (!best || mp.size() >= best->mountPoint.size()))
            best = MountEntry{mp, m.fsType, m.source};
    }
    return best;
}

void MountTable::refuseNetworkPath(const QString &path, const QList<MountEntry> &mounts)
{
    const auto mount = mountFor(path, mounts);
    if (mount && isNetworkFileSystem(mount->fsType)) {
        throw Error::storage(tr("Basis data %1 berada di berbagi jaringan (%2 pada %3). SQLite tidak "
                                "aman di sana: pilih folder di disk lokal komputer ini.")
                                 .arg(path, mount->fsType, mount->mountPoint));
    }
}

} // namespace loket
