// loket: the desktop app at the service counter. Opens the counter's database (creating a demo
// database on the very first run), asks for a log-in, then shows the main window.
#include "common/Error.h"
#include "common/FilePermissions.h"
#include "common/LanguageSwitcher.h"
#include "common/Logging.h"
#include "common/Paths.h"
#include "setup/AppServices.h"
#include "setup/Initializer.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <memory>
#include <spdlog/spdlog.h>

using namespace loket;

int main(int argc, char *argv[])
{
    // Before any file is made: the database, its WAL, logs, settings and backups hold personal data.
    FilePermissions::restrictUmask();
    QApplication app(argc, argv);
    // Same names as loket-cli, so both find the same default profile folder.
    QCoreApplication::setOrganizationName(QStringLiteral("Loket"));
    QCoreApplication::setApplicationName(QStringLiteral("Loket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOKET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Loket PATEN: aplikasi loket pelayanan kecamatan"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                          QCoreApplication::translate("main", "Folder profil (basis data, pengaturan, log)."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "Berkas basis data SQLite."),
                                      QStringLiteral("PATH"));
    parser.addOption(profileOption);
    parser.addOption(dbOption);
    parser.process(app);

    const Paths paths(parser.value(profileOption), parser.value(dbOption));
    paths.tightenPermissions();
    Logging::init(paths.logDir());
    spdlog::info("loket {} starting, profile {}, database {}", LOKET_VERSION, paths.profileDir().toStdString(),
                 paths.databasePath().toStdString());

    // Installed before any window exists so that every text starts in the saved language; it
    // lives on the stack so that it removes its translator while the application still exists.
    ui::LanguageSwitcher languages(paths.settingsFile());
    languages.applySaved();

    std::unique_ptr<AppServices> services;
    try {
        services = std::make_unique<AppServices>(DatabaseOptions{paths.databasePath()});
        if (!services->store().node().initialized()) {
            spdlog::info("database not initialised: creating the demo office");
            Initializer::initializeDemo(services->store());
        }
    } catch (const Error &e) {
        // Nothing works without the database (network share, corrupt file): say why and stop.
        spdlog::error("cannot open the database {}: {}", paths.databasePath().toStdString(), e.message().toStdString());
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Loket tidak dapat dibuka"),
                              QCoreApplication::translate("main", "Basis data %1 tidak dapat dibuka.\n\n%2")
                                  .arg(paths.databasePath(), e.message()));
        return 1;
    }

    ui::LoginDialog login(*services, paths.settingsFile());
    if (login.exec() != QDialog::Accepted || !login.session())
        return 0;
    spdlog::info("user {} logged in", login.session()->username.toStdString());

    ui::MainWindow window(*services, *login.session(), &languages);
    window.show();
    const int rc = QApplication::exec();
    spdlog::info("loket stopped with code {}", rc);
    return rc;
}
