// Log-in to the counter. On a demo database it lists the published demo accounts so that a
// newcomer can get in at once.
#pragma once

#include "auth/Session.h"
#include "common/Config.h"

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

    // Set once the dialog has been accepted.
    const std::optional<Session> &session() const { return m_session; }

private:
    void tryLogin();
    void fillDemoAccount(const QString &link);
    QString demoBannerText() const;

    AppServices &m_services;
    Config m_config;
    std::optional<Session> m_session;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_loginButton = nullptr;
    MessageBanner *m_error = nullptr;
};

} // namespace loket::ui
