// The officials who sign letters, with their delegation (a.n., u.b., Plt., Plh.) as tata naskah
// dinas prints it in the signature block.
#pragma once

#include "auth/Session.h"
#include "office/OfficeService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableWidget;

namespace loket {
class AppServices;
}

namespace loket::ui {

class MessageBanner;

class SignersWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignersWidget)

public:
    SignersWidget(AppServices &services, const Session &session, QWidget *parent = nullptr);

signals:
    void statusMessage(const QString &text);

private:
    void reload(const QString &selectId);
    void loadUsers();
    void showSelected();
    void startNew();
    void save();

    AppServices &m_services;
    Session m_session;
    QList<Signer> m_signers;
    QString m_editingId;

    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nip = nullptr;
    QLineEdit *m_rank = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_delegation = nullptr;
    QLineEdit *m_principalTitle = nullptr;
    QComboBox *m_user = nullptr;
    QCheckBox *m_active = nullptr;
    MessageBanner *m_error = nullptr;
};

} // namespace loket::ui
