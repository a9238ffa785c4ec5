// The service catalogue as a table for the editor's list: code, name, category, time limit, active.
#pragma once

#include "catalogue/ServiceType.h"

#include <QAbstractTableModel>

namespace loket::ui {

class ServiceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceTableModel)

public:
    enum Column { CodeColumn, NameColumn, CategoryColumn, TimeLimitColumn, ActiveColumn, ColumnCount };
    // Raw values for sorting (days as a number, not "2 hari kerja").
    static constexpr int SortRole = Qt::UserRole;

    explicit ServiceTableModel(QObject *parent = nullptr);

    void setServices(const QList<ServiceType> &services);
    const ServiceType &service(int row) const { return m_services.at(row); }
    int rowOfId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // People-facing words for the stored values, shared with the edit form.
    static QString categoryLabel(const QString &category);
    static QString timeLimitText(int days);

private:
    QList<ServiceType> m_services;
};

} // namespace loket::ui
