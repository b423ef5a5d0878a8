#pragma once

#include "core/Status.h"
#include "fleet/Device.h"
#include "fleet/DeviceQuery.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

// All SQL about devices. Borrows an open Database; cheap to construct.
class DeviceRepository
{
public:
    explicit DeviceRepository(Database &db);

    Status insert(Device &device); // sets id and timestamps
    // All or nothing, in one transaction. `progress` gets (done, total) now and then.
    Status insertAll(QList<Device> &devices, const std::function<void(int, int)> &progress = {});
    Status update(const Device &device);
    Status remove(qint64 id);

    std::optional<Device> findById(qint64 id) const;
    std::optional<Device> findBySerial(const QString &serial) const;
    QStringList existingSerials(const QStringList &serials) const;

    QList<Device> page(const DeviceQuery &query, int offset, int limit) const;
    int count(const DeviceQuery &query) const;
    int countAll() const;
    QStringList departments() const;

    QString lastError() const { return m_lastError; }

private:
    Database &m_db;
    mutable QString m_lastError;
};
