// Log-in to the counter. On a demo database it lists the published demo accounts so that a
// newcomer can get in at once.
#pragma once

#include "auth/Session.h"
#include "common/Config.h"
#include "common/WorkerThread.h"

#include <QDialog>
#include <optional>

class QLineEdit;
class QPushButton;
class QLabel;

namespace loket {
class AppServices;
}

namespace loket::ui {

class MessageBanner;

class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(AppServices &services, const QString &settingsFile, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Set once the dialog has been accepted.
    const std::optional<Session> &session() const { return m_session; }

protected:
    void reject() override;

private:
    void tryLogin();
    void finishLogin(const std::optional<Session> &session, const QString &error);
    void setBusy(bool busy);
    void fillDemoAccount(const QString &link);
    QString demoBannerText() const;

    AppServices &m_services;
    Config m_config;
    std::optional<Session> m_session;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_loginButton = nullptr;
    MessageBanner *m_error = nullptr;
    QPushButton *m_quitButton = nullptr;
    bool m_busy = false;
    // Argon2id takes a few tenths of a second and the database may wait for another writer:
    // the log-in runs here, never on the GUI thread. Declared last, so it is joined first.
    WorkerThread m_worker{QStringLiteral("login")};
};

} // namespace loket::ui
