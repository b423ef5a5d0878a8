#pragma once

#include "compliance/FleetStatistics.h"

class Database;

// GROUP BY queries over devices: ownership mix, OS versions, check-in freshness. Constant number
// of queries whatever the fleet size.
class FleetStatisticsRepository
{
public:
    enum class Dimension { Ownership, OsVersion, Freshness };

    explicit FleetStatisticsRepository(Database &db);

    FleetStatistics statistics(qint64 nowSeconds) const;
    // The devices behind one bar (key as in FleetStatistics), by name.
    QList<DeviceBrief> devices(Dimension dimension, const QString &key, qint64 nowSeconds, int limit = 10000) const;
    QList<DeviceBrief> devicesByIds(const QList<qint64> &ids) const;

    static QStringList freshnessBuckets();            // "hour", "day", "week", "month", "older", "never"
    static QString freshnessLabel(const QString &id); // translated "Within 1 hour", ...
    static QString osLabel(const QString &platformDb, const QString &version); // "iOS 17"

private:
    Database &m_db;
};
