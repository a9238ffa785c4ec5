// The office's counters (one per Loket PC): code such as L1, name, active. The code is part of
// every tracking number a counter issues, so it is typed once and never edited.
#pragma once

#include "auth/Session.h"
#include "office/OfficeService.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace loket {
class AppServices;
}

namespace loket::ui {

class MessageBanner;

class CountersWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountersWidget)

public:
    CountersWidget(AppServices &services, const Session &session, QWidget *parent = nullptr);

signals:
    void statusMessage(const QString &text);
    void countersChanged();

private:
    void reload(const QString &selectId);
    void showSelected();
    void startNew();
    void save();

    AppServices &m_services;
    Session m_session;
    QList<Counter> m_counters;
    QString m_editingId;

    QTableWidget *m_table = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_active = nullptr;
    MessageBanner *m_error = nullptr;
};

} // namespace loket::ui
