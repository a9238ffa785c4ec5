#include "QueueTableModel.h"

#include "print/IndonesianDate.h"
#include "print/ReceiptDocument.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>

namespace loket::ui {

namespace {

QString submittedText(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH.mm")) : iso;
}

} // namespace

QueueTableModel::QueueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QueueTableModel::refresh(const QList<QueueItem> &items)
{
    // The queue is loaded with a limit of a few hundred rows: a reset is simpler than diffing and
    // the proxy re-sorts afterwards.
    beginResetModel();
    m_items = items;
    endResetModel();
}

int QueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueTableModel::displayText(const QueueItem &item, int column) const
{
    switch (column) {
    case TrackingColumn: return item.tracking;
    case StatusColumn: return ReceiptDocument::statusLabel(item.status);
    case ChannelColumn: return ReceiptDocument::channelLabel(item.channel);
    case ServiceColumn: return item.serviceCode;
    case ResidentColumn: return item.residentName;
    case SubmittedColumn: return submittedText(item.submittedAt);
    case DueColumn: {
        const QString due = item.dueDate.isValid() ? IndonesianDate::format(item.dueDate) : QStringLiteral("—");
        return item.overdue ? tr("%1 · Terlambat").arg(due) : due;
    }
    case AssignedColumn: return item.assignedTo;
    default: return {};
    }
}

QVariant QueueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const QueueItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(item, index.column());
    case SortRole:
        switch (index.column()) {
        case SubmittedColumn: return item.submittedAt;
        case DueColumn: return item.dueDate.toString(Qt::ISODate);
        default: return displayText(item, index.column());
        }
    case Qt::ForegroundRole:
        // Overdue work must catch the eye from across the counter.
        if (item.overdue)
            return QBrush(QColor(0x8b, 0x00, 0x00));
        return {};
    case Qt::FontRole:
        if (item.overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TrackingColumn: return tr("Nomor pelacakan");
    case StatusColumn: return tr("Status");
    case ChannelColumn: return tr("Saluran");
    case ServiceColumn: return tr("Layanan");
    case ResidentColumn: return tr("Pemohon");
    case SubmittedColumn: return tr("Diajukan");
    case DueColumn: return tr("Target selesai");
    case AssignedColumn: return tr("Petugas");
    default: return {};
    }
}

} // namespace loket::ui
