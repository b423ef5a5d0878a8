#pragma once

#include "fleet/Device.h"
#include "fleet/DeviceQuery.h"
#include "fleet/DeviceRepository.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

class Database;

// The device table: pages of rows come in from SQL as the view scrolls (like Qt's "Fetch More"
// example), and sorting, search and filters are re-run in SQL, so a fleet of 100,000 devices costs
// no more memory or time than the rows actually looked at. Columns follow DeviceField.
class DeviceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { DeviceIdRole = Qt::UserRole + 1 };
    static constexpr int DefaultPageSize = 200;

    explicit DeviceTableModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    DeviceQuery query() const { return m_query; }
    void setQuery(const DeviceQuery &query); // keeps the current sort only if `query` carries it
    void refresh();                          // same query, fresh rows (after an import, an edit)

    int totalCount() const { return m_totalCount; } // rows matching the query, loaded or not
    int fleetCount() const { return m_fleetCount; } // every device in the database
    std::optional<Device> deviceAt(int row) const;
    int rowOfDevice(qint64 id) const; // -1 when not (yet) loaded

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);

    static QString headerTitle(DeviceField field);

signals:
    void totalCountChanged(int count);
    void fleetCountChanged(int count);

private:
    void reload();
    QVariant displayValue(const Device &d, DeviceField field) const;
    QVariant toolTipValue(const Device &d, DeviceField field) const;

    DeviceRepository m_repository;
    DeviceQuery m_query;
    QList<Device> m_rows;
    int m_totalCount = 0;
    int m_fleetCount = 0;
    int m_pageSize = DefaultPageSize;
    bool m_changing = false;
};
