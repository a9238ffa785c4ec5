// The office's holiday calendar (national holidays, cuti bersama): due dates are counted in
// working days without them. Administrators add and remove dates here, year by year.
#pragma once

#include "auth/Session.h"

#include <QWidget>

class QDateEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace loket {
class AppServices;
}

namespace loket::ui {

class MessageBanner;

class HolidaysWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HolidaysWidget)

public:
    HolidaysWidget(AppServices &services, const Session &session, QWidget *parent = nullptr);

    void reload();

signals:
    void statusMessage(const QString &text);

private:
    void addHoliday();
    void removeSelected();

    AppServices &m_services;
    Session m_session;
    QSpinBox *m_year = nullptr;
    QTableWidget *m_table = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    MessageBanner *m_banner = nullptr;
};

} // namespace loket::ui
