#include "ServiceTableModel.h"

#include <QBrush>
#include <QPalette>

namespace loket::ui {

ServiceTableModel::ServiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ServiceTableModel::setServices(const QList<ServiceType> &services)
{
    // A catalogue holds tens of services, not thousands: a reset is cheaper than diffing.
    beginResetModel();
    m_services = services;
    endResetModel();
}

int ServiceTableModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_services.size(); ++row)
        if (m_services.at(row).id == id)
            return row;
    return -1;
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_services.size())
        return {};
    const ServiceType &s = m_services.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case CodeColumn: return s.code;
        case NameColumn: return s.name;
        case CategoryColumn: return categoryLabel(s.category);
        case TimeLimitColumn: return timeLimitText(s.timeLimitDays);
        case ActiveColumn: return s.active ? tr("Ya") : tr("Tidak");
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case CodeColumn: return s.code;
        case NameColumn: return s.name;
        case CategoryColumn: return categoryLabel(s.category);
        case TimeLimitColumn: return s.timeLimitDays;
        case ActiveColumn: return s.active;
        default: return {};
        }
    }
    // Inactive services stay listed (they can be reactivated) but recede.
    if (role == Qt::ForegroundRole && !s.active)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    return {};
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Kode");
    case NameColumn: return tr("Nama layanan");
    case CategoryColumn: return tr("Kategori");
    case TimeLimitColumn: return tr("Jangka waktu");
    case ActiveColumn: return tr("Aktif");
    default: return {};
    }
}

QString ServiceTableModel::categoryLabel(const QString &category)
{
    if (category == QStringLiteral("perizinan"))
        return tr("Perizinan");
    if (category == QStringLiteral("non_perizinan"))
        return tr("Non-perizinan");
    return category;
}

QString ServiceTableModel::timeLimitText(int days)
{
    return days == 0 ? tr("Hari yang sama") : tr("%n hari kerja", nullptr, days);
}

} // namespace loket::ui
