// State shared by the commands of one loket-cli run: global options, the opened services,
// the signed-in user and the output (text or one JSON document).
#pragma once

#include "CliArgs.h"
#include "auth/Session.h"
#include "common/Paths.h"
#include "setup/AppServices.h"

#include <QJsonValue>
#include <QTextStream>
#include <functional>
#include <memory>

namespace loket::cli {

// Translation context for the command verbs' own messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(Paths paths, bool json, QString asUser, QString mountInfoPath);

    bool json() const { return m_json; }
    const Paths &paths() const { return m_paths; }
    AppServices &services();
    // Closes the database (restore replaces the file); services() opens it again.
    void closeServices();
    // The user named by --as, signed in with LOKET_PASSWORD or a line of standard input.
    const Session &session();
    // A password for a user being created: LOKET_NEW_PASSWORD or a line of standard input.
    QString newPassword();
    // A signer's passphrase: LOKET_PASSPHRASE or a line of standard input.
    QString passphrase();

    // Prints result: the JSON document with --json, else text.
    void print(const QJsonValue &json, const QString &text);
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    QString readSecret(const char *envName, const QString &what);

    Paths m_paths;
    bool m_json;
    QString m_asUser;
    QString m_mountInfoPath;
    std::unique_ptr<AppServices> m_services;
    std::optional<Session> m_session;
    QTextStream m_in;    // one reader for the whole run: both passwords may come from stdin
    QTextStream m_out;
    QTextStream m_err;
};

struct Command
{
    QString name;       // "user add"
    QString usage;      // one line of help
    std::function<int(CliContext &, CliArgs &)> run;
};

// Each capability registers its verbs; main() collects them.
QList<Command> adminCommands();
QList<Command> intakeCommands();
QList<Command> workflowCommands();
QList<Command> documentCommands();
QList<Command> backupCommands();
QList<Command> letterCommands();
QList<Command> syncCommands();

} // namespace loket::cli
