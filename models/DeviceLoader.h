#pragma once

#include "fleet/Device.h"
#include "fleet/DeviceQuery.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class Database;

// Runs the device table's queries on a worker thread, with its own connection to the fleet database
// (connections are per thread), so that a search through 100,000 devices never freezes the window.
// Lives in the worker thread; requests come in as queued calls, answers go out as signals.
class DeviceLoader : public QObject
{
    Q_OBJECT
public:
    // `latest` is the newest request's generation: requests already overtaken are skipped.
    DeviceLoader(const Database &main, std::shared_ptr<std::atomic<quint64>> latest);
    ~DeviceLoader() override;

    void load(quint64 generation, const DeviceQuery &query, int limit);

    // No search and no filter: the query's count is the whole fleet's, no second count needed.
    static bool isUnfiltered(const DeviceQuery &query);

signals:
    void loaded(quint64 generation, const QList<Device> &rows, int totalCount, int fleetCount);

private:
    const Database &m_main;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};
