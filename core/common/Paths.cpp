#include "Paths.h"

#include "FilePermissions.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace loket {

Paths::Paths(const QString &profileDir, const QString &databasePath)
{
    if (!profileDir.isEmpty())
        m_profileDir = QFileInfo(profileDir).absoluteFilePath();
    else if (!databasePath.isEmpty())
        m_profileDir = QFileInfo(databasePath).absolutePath();
    else
        m_profileDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_databasePath = databasePath.isEmpty() ? QDir(m_profileDir).filePath(QStringLiteral("loket.db"))
                                            : QFileInfo(databasePath).absoluteFilePath();
}

QString Paths::logDir() const
{
    return QDir(m_profileDir).filePath(QStringLiteral("logs"));
}

QString Paths::settingsFile() const
{
    return QDir(m_profileDir).filePath(QStringLiteral("loket.ini"));
}

void Paths::tightenPermissions() const
{
    if (QFileInfo(m_profileDir).isDir())
        FilePermissions::tightenDir(m_profileDir);
    FilePermissions::tightenFile(settingsFile());
}

} // namespace loket
