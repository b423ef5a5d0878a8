#pragma once

#include "commands/CommandOverview.h"

#include <QAbstractTableModel>

#include <optional>

class Database;

// The command queue as a table, newest first, filtered in SQL and loaded a page at a time
// (canFetchMore/fetchMore). Used by the Commands page and, limited to one device, by the device
// detail pane's history.
class CommandTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Queued, Device, Command, Status, QueuedBy, Completed, Result, ColumnCount };
    enum Role { UuidRole = Qt::UserRole + 1, StatusRole, DeviceIdRole };
    static constexpr int PageSize = 200;

    explicit CommandTableModel(Database &db, QObject *parent = nullptr);

    void setQuery(const CommandListQuery &query);
    CommandListQuery query() const { return m_query; }
    int totalCount() const { return m_total; }
    void reload();
    std::optional<CommandOverview> commandAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QVariant display(const CommandOverview &o, int column) const;

    Database &m_db;
    CommandListQuery m_query;
    QList<CommandOverview> m_rows;
    int m_total = 0;
};
