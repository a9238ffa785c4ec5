#include "OutsideFile.h"

#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace loket {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path).left(200);
}

QString megabytes(qint64 bytes)
{
    return QString::number((bytes + 1024 * 1024 - 1) / (1024 * 1024));
}

[[noreturn]] void tooLarge(const QString &path, qint64 size, qint64 maxBytes)
{
    throw Error::invalid(OutsideFile::tr("Berkas \"%1\" terlalu besar (%2 MB; paling besar %3 MB).")
                             .arg(shown(path), megabytes(size), megabytes(maxBytes)));
}

#ifdef Q_OS_UNIX
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return OutsideFile::tr("sebuah folder");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return OutsideFile::tr("sebuah perangkat");
    if (S_ISFIFO(mode))
        return OutsideFile::tr("sebuah pipa (FIFO)");
    if (S_ISSOCK(mode))
        return OutsideFile::tr("sebuah soket");
    return OutsideFile::tr("bukan berkas biasa");
}

[[noreturn]] void notRegular(const QString &path, mode_t mode)
{
    throw Error::invalid(OutsideFile::tr("\"%1\" bukan berkas biasa melainkan %2: tidak dibaca.").arg(shown(path), kindOf(mode)));
}
#endif

} // namespace

QByteArray OutsideFile::read(const QString &path, qint64 maxBytes)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    // stat before open: opening some devices has effects of its own (a tape rewinds).
    if (::stat(native.constData(), &st) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            throw Error::notFound(tr("Berkas \"%1\" tidak ditemukan.").arg(shown(path)));
        throw Error::invalid(tr("Berkas \"%1\" tidak dapat dibaca: %2").arg(shown(path), QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (!S_ISREG(st.st_mode))
        notRegular(path, st.st_mode);
    if (st.st_size > maxBytes)
        tooLarge(path, st.st_size, maxBytes);
    // O_NONBLOCK: should the name have been swapped for a FIFO since stat, open does not wait.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        throw Error::invalid(tr("Berkas \"%1\" tidak dapat dibuka: %2").arg(shown(path), QString::fromLocal8Bit(std::strerror(errno))));
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        notRegular(path, st.st_mode);
    QByteArray bytes;
    bytes.resize(qsizetype(std::min<qint64>(st.st_size, maxBytes) + 1));
    qint64 total = 0;
    for (;;) {
        if (total == bytes.size()) {
            if (total > maxBytes)
                break;
            bytes.resize(qsizetype(std::min<qint64>(total * 2 + 4096, maxBytes + 1)));
        }
        const ssize_t n = ::read(fd, bytes.data() + total, size_t(bytes.size() - total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw Error::invalid(tr("Berkas \"%1\" tidak dapat dibaca: %2").arg(shown(path), QString::fromLocal8Bit(std::strerror(errno))));
        if (n == 0)
            break;
        total += n;
    }
    if (total > maxBytes)
        tooLarge(path, total, maxBytes);   // it grew while it was read
    bytes.truncate(qsizetype(total));
    return bytes;
#else
    const QFileInfo info(path);
    if (!info.exists())
        throw Error::notFound(tr("Berkas \"%1\" tidak ditemukan.").arg(shown(path)));
    if (!info.isFile())
        throw Error::invalid(tr("\"%1\" bukan berkas biasa: tidak dibaca.").arg(shown(path)));
    if (info.size() > maxBytes)
        tooLarge(path, info.size(), maxBytes);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::invalid(tr("Berkas \"%1\" tidak dapat dibuka: %2").arg(shown(path), file.errorString()));
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        tooLarge(path, bytes.size(), maxBytes);
    return bytes;
#endif
}

QString OutsideFile::resolveInside(const QString &folder, const QString &relative)
{
    const QString root = QDir(folder).canonicalPath();
    if (root.isEmpty())
        throw Error::notFound(tr("Folder \"%1\" tidak ditemukan.").arg(shown(folder)));
    if (relative.isEmpty() || QDir::isAbsolutePath(relative) || relative.startsWith(u'\\'))
        throw Error::invalid(tr("\"%1\" harus berupa jalur di dalam folder, bukan jalur mutlak.").arg(shown(relative)));
    const QFileInfo info(QDir(root).filePath(relative));
    if (!info.exists() && !info.isSymLink())
        throw Error::notFound(tr("\"%1\" tidak ada di folder.").arg(shown(relative)));
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        throw Error::invalid(tr("\"%1\" adalah tautan yang tidak menunjuk ke mana pun.").arg(shown(relative)));
    if (!canonical.startsWith(root + u'/'))
        throw Error::invalid(tr("\"%1\" menunjuk ke luar folder (%2): tidak diikuti.").arg(shown(relative), shown(canonical)));
    return canonical;
}

} // namespace loket
