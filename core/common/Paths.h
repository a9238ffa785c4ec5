// Where Loket keeps its files: one profile folder (from QStandardPaths, or --profile DIR) holding
// the database, the settings and the logs; --db PATH overrides the database alone.
#pragma once

#include <QString>

namespace loket {

class Paths
{
public:
    Paths(const QString &profileDir = QString(), const QString &databasePath = QString());

    const QString &profileDir() const { return m_profileDir; }
    const QString &databasePath() const { return m_databasePath; }
    QString logDir() const;
    QString settingsFile() const;
    // Makes the profile folder 0700 and the settings file 0600 (older versions left them readable
    // by every account); the database and the logs are tightened where they are opened.
    void tightenPermissions() const;

private:
    QString m_profileDir;
    QString m_databasePath;
};

} // namespace loket
