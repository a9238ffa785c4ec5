// User administration: create accounts with their roles, edit name/NIP/roles, deactivate or
// reactivate, reset a forgotten password.
#pragma once

#include "auth/Session.h"
#include "auth/UserService.h"

#include <QMap>
#include <QWidget>
#include <optional>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace loket {
class AppServices;
}

namespace loket::ui {

class MessageBanner;

class UsersWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersWidget)

public:
    UsersWidget(AppServices &services, const Session &session, QWidget *parent = nullptr);

signals:
    void statusMessage(const QString &text);

private:
    void reload(const QString &selectId);
    void showSelected();
    void startNew();
    void save();
    void resetPassword();
    void toggleActive();
    RoleSet checkedRoles() const;
    // The typed password, or nothing after showing why the two fields do not match.
    std::optional<QString> typedPassword();
    const UserRecord *editing() const;

    AppServices &m_services;
    Session m_session;
    QList<UserRecord> m_users;
    QString m_editingId;

    QTableWidget *m_table = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_nip = nullptr;
    QMap<Role, QCheckBox *> m_roleBoxes;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_passwordRepeat = nullptr;
    QPushButton *m_resetPassword = nullptr;
    QPushButton *m_toggleActive = nullptr;
    MessageBanner *m_error = nullptr;
};

} // namespace loket::ui
