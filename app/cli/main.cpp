// loket-cli: the headless door to Loket's core services, for scripts, tests and administrators.
#include "CliContext.h"

#include "common/Error.h"
#include "common/FilePermissions.h"
#include "common/Logging.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>
#include <cstdio>
#include <spdlog/spdlog.h>

using namespace loket;
using namespace loket::cli;

namespace {

QList<Command> allCommands()
{
    return adminCommands() + intakeCommands() + workflowCommands() + documentCommands() + backupCommands() + letterCommands() + syncCommands();
}

QString usage(const QList<Command> &commands)
{
    QString text = QStringLiteral("loket-cli [--db PATH] [--profile DIR] [--json] [--as USER] COMMAND ...\n\n");
    for (const Command &c : commands)
        text += QStringLiteral("  ") + c.usage + u'\n';
    text += QCoreApplication::translate("Cli", "\nKata sandi --as dibaca dari LOKET_PASSWORD, kata sandi pengguna baru dari "
                                               "LOKET_NEW_PASSWORD, frasa sandi tanda tangan dari LOKET_PASSPHRASE, "
                                               "atau dari baris masukan standar.\n"
                                               "Kode keluar: 0 berhasil, 1 ditolak, 2 salah pemakaian.\n");
    return text;
}

int fail(bool json, int code, const QString &kind, const QString &message)
{
    QTextStream err(stderr);
    err << message << "\n";
    if (json) {
        QTextStream out(stdout);
        out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), kind},
                                         {QStringLiteral("message"), message}}).toJson(QJsonDocument::Indented);
    }
    return code;
}

QString kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid: return QStringLiteral("invalid");
    case ErrorKind::Denied: return QStringLiteral("denied");
    case ErrorKind::NotFound: return QStringLiteral("not_found");
    case ErrorKind::Auth: return QStringLiteral("auth");
    case ErrorKind::Storage: return QStringLiteral("storage");
    case ErrorKind::Device: return QStringLiteral("device");
    }
    return QStringLiteral("error");
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any file is made: the database, its WAL, logs and backups hold personal data.
    FilePermissions::restrictUmask();
    // Printouts lay out text, which needs a QGuiApplication; the offscreen platform needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Until the log file is open, Qt's start-up chatter (XDG_RUNTIME_DIR ...) is not for the user.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Loket"));
    QCoreApplication::setApplicationName(QStringLiteral("Loket"));

    QTranslator translator;
    if (qEnvironmentVariable("LOKET_LANG") == QStringLiteral("en")
        && translator.load(QStringLiteral(":/i18n/loket_en.qm")))
        QCoreApplication::installTranslator(&translator);

    const QList<Command> commands = allCommands();
    bool json = false;
    try {
        CliArgs args(app.arguments().mid(1));
        json = args.flag(QStringLiteral("json"));
        if (args.flag(QStringLiteral("help")) || args.flag(QStringLiteral("h"))) {
            QTextStream(stdout) << usage(commands);
            return 0;
        }
        const QString db = args.option(QStringLiteral("db")).value_or(qEnvironmentVariable("LOKET_DB"));
        const QString profile = args.option(QStringLiteral("profile")).value_or(QString());
        const QString as = args.option(QStringLiteral("as")).value_or(QString());
        // Tests inject a mount table to simulate network file systems.
        const QString mountInfo = qEnvironmentVariable("LOKET_MOUNTINFO");

        // The command is the longest registered name that the leading words spell.
        QStringList words;
        CliArgs rest = args;
        while (auto w = rest.nextPositional())
            words << *w;
        const Command *command = nullptr;
        int used = 0;
        for (const Command &c : commands) {
            const QStringList name = c.name.split(u' ');
            if (words.mid(0, name.size()) == name && name.size() > used) {
                command = &c;
                used = int(name.size());
            }
        }
        if (!command) {
            QTextStream(stderr) << (words.isEmpty() ? QString() : QCoreApplication::translate("Cli", "Perintah tidak dikenal: %1\n\n").arg(words.join(u' ')))
                                << usage(commands);
            return 2;
        }
        for (int i = 0; i < used; ++i)
            args.nextPositional();

        Paths paths(profile, db);
        paths.tightenPermissions();
        Logging::init(paths.logDir());
        spdlog::info("loket-cli {}", command->name.toStdString());
        CliContext ctx(paths, json, as, mountInfo);
        return command->run(ctx, args);
    } catch (const UsageError &e) {
        return fail(json, 2, QStringLiteral("usage"), e.message() + QStringLiteral("\n") + QCoreApplication::translate("Cli", "Lihat: loket-cli --help"));
    } catch (const Error &e) {
        spdlog::warn("refused: {}", Logging::refusal(e));
        return fail(json, 1, kindName(e.kind()), e.message());
    } catch (const std::exception &e) {
        spdlog::error("unexpected: {}", e.what());
        return fail(json, 1, QStringLiteral("internal"), QString::fromUtf8(e.what()));
    }
}
