// The counter's work queue as a table: one row per request, overdue ones stand out in dark red.
// Rows are loaded a page at a time as the user scrolls (canFetchMore/fetchMore), so the queue
// stays responsive with hundreds of thousands of requests; a click on a header sorts in the
// database (the whole queue, not only the rows loaded so far).
#pragma once

#include "workflow/WorkflowService.h"

#include <QAbstractTableModel>
#include <functional>

namespace loket::ui {

class QueueTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueTableModel)

public:
    enum Column {
        TrackingColumn,
        StatusColumn,
        ChannelColumn,
        ServiceColumn,
        ResidentColumn,
        SubmittedColumn,
        DueColumn,
        AssignedColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    // Reads one page of the queue (WorkflowService::queue); may throw loket::Error.
    using PageLoader = std::function<QList<QueueItem>(const QueueFilter &)>;

    explicit QueueTableModel(PageLoader loader, QObject *parent = nullptr);

    // Shows the first page of the queue for this filter in the current order. Throws
    // loket::Error (the rows shown stay as they were).
    void setFilter(const QueueFilter &filter);
    // Reads the shown rows again (as many as are loaded, at least a page) with the same filter and
    // order, after a change somewhere. Throws loket::Error (the rows shown stay as they were).
    void refresh();
    // Replaces the row of the same request, if loaded (after an action on it).
    void updateItem(const QueueItem &item);
    const QueueItem &item(int row) const { return m_items.at(row); }
    // The row of a request, or -1 when it is not loaded.
    int rowOf(const QString &tracking) const;
    bool allLoaded() const { return m_atEnd; }
    const QueueFilter &filter() const { return m_filter; }
    QueueOrder order() const { return m_filter.order; }
    bool descending() const { return m_filter.descending; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QueueOrder orderOf(int column);

signals:
    // A page could not be read (fetchMore and sort are called by the view, not by the page).
    void loadFailed(const QString &message);

private:
    QList<QueueItem> load(const QueueFilter &filter, bool *atEnd) const;
    QString displayText(const QueueItem &item, int column) const;

    PageLoader m_loader;
    QueueFilter m_filter;
    QList<QueueItem> m_items;
    bool m_active = false;   // setFilter was called: sort() reloads from then on
    bool m_atEnd = true;
};

} // namespace loket::ui
