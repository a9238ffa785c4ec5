// Settings › Hub (administrators, issue 14): the address of the office's PostgreSQL hub and its
// password. "Hubungkan" connects off the GUI thread, creates or upgrades the hub schema, registers
// this counter and remembers the address; the password, once the hub accepted it, is kept in the
// user's PostgreSQL password file (readable by this user only), never in Loket's settings or log.
#pragma once

#include "auth/Session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
template <typename T> class QFutureWatcher;

namespace loket {
class AppServices;
}

namespace loket::ui {

class MessageBanner;

class HubSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubSettingsWidget)

public:
    HubSettingsWidget(AppServices &services, const Session &session, QWidget *parent = nullptr);
    ~HubSettingsWidget() override;

    // Blocks until a connection attempt has finished and been shown (tests).
    void waitForFinished();

signals:
    void statusMessage(const QString &text);

private:
    struct Outcome;
    void connectHub();
    void onFinished();
    void showLinked();

    AppServices &m_services;
    Session m_session;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_uri = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_linked = nullptr;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
};

} // namespace loket::ui
