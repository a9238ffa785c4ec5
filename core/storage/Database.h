// The local SQLite database of one counter: opened safely, checked and migrated at start-up.
#pragma once

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace loket {

struct DatabaseOptions
{
    QString path;
    // Where the mount table is read from; tests inject their own to simulate a network share.
    QString mountInfoPath = QStringLiteral("/proc/self/mountinfo");
    int busyTimeoutMs = 5000;
};

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Refuses network paths and databases of a newer schema, makes the files 0600 in a 0700 folder,
    // applies the pragmas, runs quick_check and pending migrations.
    explicit Database(const DatabaseOptions &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The calling thread's own connection (created on first use); never store it in a member.
    QSqlDatabase connection() const;
    // Worker threads call this before they end.
    void releaseThreadConnection() const;

    const QString &path() const { return m_path; }
    int schemaVersion() const;
    int migrationsApplied() const { return m_migrationsApplied; }

private:
    QString connectionName() const;
    void configure(QSqlDatabase &db) const;
    void tightenFiles() const;
    void refuseNewerSchema(const QSqlDatabase &db) const;
    void closeAll();

    QString m_path;
    int m_busyTimeoutMs;
    int m_migrationsApplied = 0;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
};

} // namespace loket
