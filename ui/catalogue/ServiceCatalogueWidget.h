// The service catalogue editor: the list of services on the left, the selected service's form
// on the right. Core validates every save; its message is shown above the form.
#pragma once

#include "auth/Session.h"

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace loket {
class AppServices;
}

namespace loket::ui {

class MessageBanner;
class ServiceForm;
class ServiceTableModel;

class ServiceCatalogueWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceCatalogueWidget)

public:
    ServiceCatalogueWidget(AppServices &services, const Session &session, QWidget *parent = nullptr);

    // Selects the service with this code (used when opening the editor on a known service).
    bool selectCode(const QString &code);

signals:
    void statusMessage(const QString &text);

private:
    void reload(const QString &selectId);
    void selectId(const QString &id);
    void showSelected();
    void startNew();
    void revert();
    void save();

    AppServices &m_services;
    Session m_session;
    ServiceTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    ServiceForm *m_form = nullptr;
    MessageBanner *m_error = nullptr;
    QString m_selectedId;
};

} // namespace loket::ui
