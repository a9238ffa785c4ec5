// The service of a request, picked by typing part of its name or code: the list narrows as the
// officer types, Up/Down move through it and Enter picks the highlighted service.
#pragma once

#include "catalogue/ServiceType.h"

#include <QList>
#include <QWidget>
#include <optional>

class QLineEdit;
class QListWidget;

namespace loket::ui {

class ServicePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicePicker)

public:
    explicit ServicePicker(const QList<ServiceType> &services, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    const std::optional<ServiceType> &chosen() const { return m_chosen; }
    // Picks the highlighted service; false when the list is empty.
    bool chooseCurrent();
    // Forgets the choice and the typed filter.
    void clear();
    // A fresh copy of the catalogue (an administrator may have edited it); keeps the choice.
    void setServices(const QList<ServiceType> &services);

    // The public part of a service standard as HTML (requirements, time, fee, product, procedure).
    static QString standardHtml(const ServiceType &service);
    // "Hari itu juga" or "3 hari kerja".
    static QString timeLimitText(int days);

signals:
    void serviceChosen(const loket::ServiceType &service);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();

    QList<ServiceType> m_services;
    QList<int> m_shown;   // indexes into m_services, in list order
    std::optional<ServiceType> m_chosen;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace loket::ui
