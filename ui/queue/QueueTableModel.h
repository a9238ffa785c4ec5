// The counter's work queue as a table: one row per request, overdue ones stand out in dark red.
#pragma once

#include "workflow/WorkflowService.h"

#include <QAbstractTableModel>

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
    // Raw values for sorting (ISO dates, not "30 November 2026").
    static constexpr int SortRole = Qt::UserRole;

    explicit QueueTableModel(QObject *parent = nullptr);

    void refresh(const QList<QueueItem> &items);
    const QueueItem &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const QueueItem &item, int column) const;

    QList<QueueItem> m_items;
};

} // namespace loket::ui
