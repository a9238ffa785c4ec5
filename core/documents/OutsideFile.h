// Reads files that come from outside (a flash disk, the portal's inbox) without trusting them:
// only a regular file is read — a device such as /dev/zero, a FIFO or a socket is refused before
// a byte is read, so it can neither fill memory nor block — its size is checked first and never
// more than the limit + 1 bytes are read (a file that grows meanwhile is still caught), and a file
// named relative to a folder must stay inside that folder once every link is followed.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace loket {

class OutsideFile
{
    Q_DECLARE_TR_FUNCTIONS(OutsideFile)

public:
    // The bytes of path (links followed). Throws Error::notFound when it does not exist,
    // Error::invalid when it is not a regular file, is larger than maxBytes or cannot be read.
    static QByteArray read(const QString &path, qint64 maxBytes);
    // The canonical path of `relative` (a name or a relative path) inside folder. Throws
    // Error::notFound when there is nothing there, Error::invalid when it is absolute, or it or a
    // link on its way leads out of the folder, or it is a link that points nowhere.
    static QString resolveInside(const QString &folder, const QString &relative);
};

} // namespace loket
