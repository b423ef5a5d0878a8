#pragma once

#include "core/Status.h"

#include <QHash>
#include <QString>
#include <QStringList>

class Database;

struct ReportedFact {
    QString value;
    qint64 reportedAt = 0; // epoch seconds, UTC
};

// All SQL for device_facts: what a device last reported, fact by fact.
class DeviceFactRepository
{
public:
    explicit DeviceFactRepository(Database &db);

    // Upserts every fact in one transaction-free batch (callers own the transaction when they
    // combine this with other writes).
    Status record(qint64 deviceId, const QHash<QString, QString> &facts, qint64 reportedAt);
    QHash<QString, ReportedFact> facts(qint64 deviceId) const;
    // Drops these facts of the device (what a previous identity reported about itself).
    Status forget(qint64 deviceId, const QStringList &facts);

private:
    Database &m_db;
};
