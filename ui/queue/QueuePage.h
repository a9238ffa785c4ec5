// The "Antrian" area: the requests waiting at the office, filtered by status, channel, service,
// overdue or "mine", loaded a page at a time as the user scrolls and sorted in the database; and
// one request, opened by its tracking number or its row, worked on in the request detail.
#pragma once

#include "auth/Session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QLabel;
class QTableView;

namespace loket {
class AppServices;
}

namespace loket::ui {

class MessageBanner;
class QueueTableModel;
class RequestDetailWidget;

class QueuePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePage)

public:
    // settingsFile: the per-PC loket.ini, where scanning papers remembers the scanner (may be empty).
    QueuePage(AppServices &services, const Session &session, const QString &settingsFile = QString(), QWidget *parent = nullptr);

    // Reloads the queue with the current filters.
    void reload();
    // Opens a request by its tracking number as typed; a mistyped one is shown in the banner.
    bool openRequest(const QString &tracking);

private:
    void buildFilters();
    void openTypedTracking();
    void showSelectedRow();
    void refreshRow(const QString &tracking);
    // After a change here or by another process: the rows again, keeping selection and scroll.
    void followChanges();
    // Selects the request's row when it is loaded (without opening it again), else none.
    void selectRow(const QString &tracking);
    void updateCount();

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
    QTableView *m_view = nullptr;
    QLabel *m_countLabel = nullptr;
    RequestDetailWidget *m_detail = nullptr;
    int m_total = 0;   // requests matching the filters, loaded or not
};

} // namespace loket::ui
