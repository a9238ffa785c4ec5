#include "FilePermissions.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

namespace loket {

namespace {

void setMode(const QString &path, mode_t wanted, const struct stat &st)
{
    if ((st.st_mode & 07777) == wanted)
        return;
    if (::chmod(QFile::encodeName(path).constData(), wanted) != 0)
        spdlog::warn("cannot chmod {:o} {}: {}", unsigned(wanted), path.toStdString(), std::strerror(errno));
}

} // namespace

void FilePermissions::restrictUmask()
{
    ::umask(077);
}

void FilePermissions::tightenFile(const QString &path)
{
    struct stat st {};
    // lstat: a symbolic link is not followed to a file that may belong to someone else.
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid())
        return;
    setMode(path, 0600, st);
}

void FilePermissions::tightenDir(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == QDir::rootPath() || QDir(absolute) == QDir::home())
        return;
    struct stat st {};
    if (::lstat(QFile::encodeName(absolute).constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid()
        || (st.st_mode & S_ISVTX))
        return;
    setMode(absolute, 0700, st);
}

void FilePermissions::tightenTree(const QString &path)
{
    tightenDir(path);
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString entry = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue;
        if (info.isDir())
            tightenDir(entry);
        else
            tightenFile(entry);
    }
}

bool FilePermissions::makePrivateDir(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    tightenDir(path);
    return true;
}

int FilePermissions::mode(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace loket
