#include "QueueTableModel.h"

#include "common/Error.h"
#include "print/IndonesianDate.h"
#include "print/ReceiptDocument.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QSet>

namespace loket::ui {

namespace {

QString submittedText(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH.mm")) : iso;
}

} // namespace

QueueTableModel::QueueTableModel(PageLoader loader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(std::move(loader))
{
}

QueueOrder QueueTableModel::orderOf(int column)
{
    switch (column) {
    case TrackingColumn: return QueueOrder::Tracking;
    case StatusColumn: return QueueOrder::Status;
    case ChannelColumn: return QueueOrder::Channel;
    case ServiceColumn: return QueueOrder::Service;
    case ResidentColumn: return QueueOrder::Resident;
    case SubmittedColumn: return QueueOrder::Submitted;
    case AssignedColumn: return QueueOrder::Assigned;
    case DueColumn:
    default: return QueueOrder::Due;
    }
}

QList<QueueItem> QueueTableModel::load(const QueueFilter &filter, bool *atEnd) const
{
    // One row more than a page tells whether another page follows without a second query.
    QueueFilter page = filter;
    page.limit = kPageSize + 1;
    QList<QueueItem> items = m_loader(page);
    *atEnd = items.size() <= kPageSize;
    if (!*atEnd)
        items.removeLast();
    return items;
}

void QueueTableModel::setFilter(const QueueFilter &filter)
{
    QueueFilter f = filter;
    f.order = m_filter.order;
    f.descending = m_filter.descending;
    f.after.reset();
    bool atEnd = true;
    const QList<QueueItem> items = load(f, &atEnd);   // throws before anything changes
    beginResetModel();
    m_filter = f;
    m_items = items;
    m_atEnd = atEnd;
    m_active = true;
    endResetModel();
}

void QueueTableModel::refresh()
{
    if (!m_active)
        return;
    QueueFilter f = m_filter;
    f.after.reset();
    const qsizetype want = qMax<qsizetype>(m_items.size(), kPageSize);
    QList<QueueItem> items;
    bool atEnd = true;
    do {
        const QList<QueueItem> page = load(f, &atEnd);   // throws before anything changes
        items += page;
        if (!page.isEmpty())
            f.after = page.constLast().position;
    } while (!atEnd && items.size() < want);
    beginResetModel();
    m_items = items;
    m_atEnd = atEnd;
    endResetModel();
}

void QueueTableModel::sort(int column, Qt::SortOrder order)
{
    QueueFilter f = m_filter;
    f.order = orderOf(column);
    f.descending = order == Qt::DescendingOrder;
    f.after.reset();
    if (f.order == m_filter.order && f.descending == m_filter.descending && m_active)
        return;
    if (!m_active) {
        m_filter = f;   // remembered for the first setFilter
        return;
    }
    bool atEnd = true;
    QList<QueueItem> items;
    try {
        items = load(f, &atEnd);
    } catch (const Error &e) {
        emit loadFailed(e.message());
        return;
    }
    beginResetModel();
    m_filter = f;
    m_items = items;
    m_atEnd = atEnd;
    endResetModel();
}

bool QueueTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_active && !m_atEnd;
}

void QueueTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QueueFilter f = m_filter;
    if (!m_items.isEmpty())
        f.after = m_items.constLast().position;
    bool atEnd = true;
    QList<QueueItem> items;
    try {
        items = load(f, &atEnd);
    } catch (const Error &e) {
        m_atEnd = true;   // no retry loop from the view; "Muat ulang" starts over
        emit loadFailed(e.message());
        return;
    }
    // A request changed since its row was loaded may sort again further down: show it once.
    QSet<QString> loaded;
    for (const QueueItem &i : std::as_const(m_items))
        loaded.insert(i.id);
    items.removeIf([&loaded](const QueueItem &i) { return loaded.contains(i.id); });
    m_atEnd = atEnd;
    if (items.isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + items.size()) - 1);
    m_items.append(items);
    endInsertRows();
}

void QueueTableModel::updateItem(const QueueItem &item)
{
    const int row = rowOf(item.tracking);
    if (row < 0)
        return;
    // The row keeps its place in the paging: the next page follows where this one was read.
    const QueueCursor position = m_items.at(row).position;
    m_items[row] = item;
    m_items[row].position = position;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int QueueTableModel::rowOf(const QString &tracking) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).tracking == tracking)
            return row;
    return -1;
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
