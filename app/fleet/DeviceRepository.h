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

    using Progress = std::function<void(int done, int total)>;
    // Runs inside a bulk insert's transaction just before the commit (an audit entry, say); a
    // failure rolls the whole insert back.
    using BeforeCommit = std::function<Status()>;

    Status insert(Device &device); // sets id and timestamps
    // All or nothing, in one transaction, with one prepared statement. `progress` gets (done, total)
    // now and then. Sets the ids; on failure every id is 0 again and the database is unchanged.
    Status insertAll(QList<Device> &devices, const Progress &progress = {}, const BeforeCommit &beforeCommit = {});
    // The same for more devices than are worth holding in memory: `make(i)` builds device i.
    Status insertGenerated(int total, const std::function<Device(int)> &make, const Progress &progress = {},
                           const BeforeCommit &beforeCommit = {});
    Status update(const Device &device);
    Status remove(qint64 id);

    std::optional<Device> findById(qint64 id) const;
    std::optional<Device> findBySerial(const QString &serial) const;
    // A device by database id, else by serial number: ids first, and a serial that is all digits
    // (Zebra scanners) is still found after that. What every command line verb takes as ID|SERIAL.
    std::optional<Device> findByIdOrSerial(const QString &key) const;
    QStringList existingSerials(const QStringList &serials) const;

    QList<Device> page(const DeviceQuery &query, int offset, int limit) const;
    // The members of a device group, by name (at most `limit`).
    QList<Device> inGroup(qint64 groupId, int limit) const;
    int count(const DeviceQuery &query) const;
    int countAll() const;
    QStringList departments() const;

    QString lastError() const { return m_lastError; }

private:
    QList<Device> select(const QString &sql, const QVariantList &values, int expected) const;
    Status insertEach(int total, const std::function<Device &(int)> &at, const Progress &progress,
                      const BeforeCommit &beforeCommit);
    bool firstRowsMayHold(const DeviceQuery &query, int rows) const;

    Database &m_db;
    mutable QString m_lastError;
    // The last count() of a text search combined with filters, as a hint for page()'s plan only
    // (both plans give the same rows, so a stale hint costs time, never correctness).
    struct CountHint {
        QString where;
        QVariantList values;
        int matches = -1;
    };
    mutable CountHint m_lastCount;
};
