// The "Antrian" area: the requests waiting at the office, filtered by status, channel, service,
// overdue or "mine", and the details of one request opened by its tracking number or its row.
#pragma once

#include "auth/Session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace loket {
class AppServices;
struct RequestDetails;
}

namespace loket::ui {

class MessageBanner;
class QueueTableModel;

class QueuePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePage)

public:
    // How many rows one load brings at most; the filters narrow it down.
    static constexpr int kLoadLimit = 500;

    QueuePage(AppServices &services, const Session &session, QWidget *parent = nullptr);

    // Reloads the queue with the current filters.
    void reload();
    // Opens a request by its tracking number as typed; a mistyped one is shown in the banner.
    bool openRequest(const QString &tracking);

private:
    void buildFilters();
    void openTypedTracking();
    void showSelectedRow();
    void showDetails(const RequestDetails &details);

    AppServices &m_services;
    Session m_session;

    QComboBox *m_statusCombo = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QComboBox *m_serviceCombo = nullptr;
    QCheckBox *m_overdueCheck = nullptr;
    QCheckBox *m_mineCheck = nullptr;
    QLineEdit *m_trackingEdit = nullptr;
    QPushButton *m_refreshButton = nullptr;
    MessageBanner *m_banner = nullptr;
    QueueTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;
};

} // namespace loket::ui
