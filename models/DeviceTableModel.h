#pragma once

#include "fleet/Device.h"
#include "fleet/DeviceQuery.h"
#include "fleet/DeviceRepository.h"

#include <QAbstractTableModel>
#include <QList>

#include <atomic>
#include <memory>
#include <optional>

class ChangeNotifier;
class Database;
class DeviceLoader;
class QThread;

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
    ~DeviceTableModel() override;

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
    void refresh(); // same query, fresh rows, as many as are loaded (after an import, an edit)
    // Refreshes whenever the engine says devices (or their facts, or their verdicts) changed.
    void setChangeNotifier(ChangeNotifier *notifier);

    int totalCount() const { return m_totalCount; } // rows matching the query, loaded or not
    int fleetCount() const { return m_fleetCount; } // every device in the database
    std::optional<Device> deviceAt(int row) const;
    int rowOfDevice(qint64 id) const; // -1 when not (yet) loaded

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);

    // Off (the default): a new query, sort or refresh is answered before the call returns.
    // On (the console): it runs on a worker thread and the model resets when the answer arrives;
    // until then the old rows stay and isLoading() is true.
    void setBackgroundLoading(bool on);
    bool isLoading() const { return m_loading; }
    // The last reset came from refresh() (same query, fresh values): a view keeps its scroll
    // position. False after a new query or sort, which start from the top.
    bool lastResetKeepsView() const { return m_keepView; }

    static QString headerTitle(DeviceField field);

signals:
    void totalCountChanged(int count);
    void fleetCountChanged(int count);
    void loadingChanged(bool loading);

private:
    void reload(bool keepLoaded = false);
    bool sameDevices(const QList<Device> &rows) const;
    void applyLoaded(quint64 generation, const QList<Device> &rows, int totalCount, int fleetCount);
    void setRows(const QList<Device> &rows, int totalCount, int fleetCount);
    QVariant displayValue(const Device &d, DeviceField field) const;
    QVariant toolTipValue(const Device &d, DeviceField field) const;

    DeviceRepository m_repository;
    DeviceQuery m_query;
    QList<Device> m_rows;
    int m_totalCount = 0;
    int m_fleetCount = 0;
    int m_pageSize = DefaultPageSize;
    bool m_changing = false;

    Database &m_db;
    QThread *m_thread = nullptr;
    DeviceLoader *m_loader = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    bool m_loading = false;
    bool m_keepView = false;
};
