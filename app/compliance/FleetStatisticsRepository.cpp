#include "compliance/FleetStatisticsRepository.h"

#include "db/Database.h"
#include "fleet/DeviceTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {
// The CASE that puts a device into its freshness bucket; ? = now, four times.
const char *kBucket = "CASE WHEN last_seen IS NULL THEN 'never' WHEN last_seen >= ? - 3600 THEN 'hour' "
                      "WHEN last_seen >= ? - 86400 THEN 'day' WHEN last_seen >= ? - 604800 THEN 'week' "
                      "WHEN last_seen >= ? - 2592000 THEN 'month' ELSE 'older' END";
} // namespace

FleetStatisticsRepository::FleetStatisticsRepository(Database &db) : m_db(db) {}

QStringList FleetStatisticsRepository::freshnessBuckets()
{
    return {QStringLiteral("hour"), QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("older"),
            QStringLiteral("never")};
}

QString FleetStatisticsRepository::freshnessLabel(const QString &id)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("hour"), QT_TRANSLATE_NOOP("FleetStatistics", "Within 1 hour")},
        {QStringLiteral("day"), QT_TRANSLATE_NOOP("FleetStatistics", "Within 24 hours")},
        {QStringLiteral("week"), QT_TRANSLATE_NOOP("FleetStatistics", "Within 7 days")},
        {QStringLiteral("month"), QT_TRANSLATE_NOOP("FleetStatistics", "Within 30 days")},
        {QStringLiteral("older"), QT_TRANSLATE_NOOP("FleetStatistics", "Over 30 days")},
        {QStringLiteral("never"), QT_TRANSLATE_NOOP("FleetStatistics", "Never")},
    };
    return QCoreApplication::translate("FleetStatistics", labels.value(id, "?"));
}

QString FleetStatisticsRepository::osLabel(const QString &platformDb, const QString &version)
{
    const std::optional<Platform> p = DeviceTypes::platformFromDb(platformDb);
    const QString major = version.section(QLatin1Char('.'), 0, 0);
    return QStringLiteral("%1 %2").arg(p ? DeviceTypes::displayName(*p) : platformDb, major.isEmpty() ? QStringLiteral("?") : major);
}

FleetStatistics FleetStatisticsRepository::statistics(qint64 now) const
{
    FleetStatistics s;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT ownership, COUNT(*) FROM devices GROUP BY ownership"))) {
        QHash<QString, int> counts;
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
        for (const QString &o : DeviceTypes::allOwnershipsDb()) {
            s.ownership << qMakePair(o, counts.value(o));
            s.total += counts.value(o);
        }
    }
    if (q.exec(QStringLiteral("SELECT platform, os_version, COUNT(*) FROM devices GROUP BY platform, os_version"))) {
        QHash<QString, int> majors;
        while (q.next())
            majors[osLabel(q.value(0).toString(), q.value(1).toString())] += q.value(2).toInt();
        for (auto it = majors.cbegin(); it != majors.cend(); ++it)
            s.osVersions << qMakePair(it.key(), it.value());
        std::sort(s.osVersions.begin(), s.osVersions.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
    }
    q.prepare(QStringLiteral("SELECT %1 AS bucket, COUNT(*) FROM devices GROUP BY bucket").arg(QLatin1String(kBucket)));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(now);
    if (q.exec()) {
        QHash<QString, int> counts;
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
        for (const QString &b : freshnessBuckets())
            s.freshness << qMakePair(b, counts.value(b));
    }
    return s;
}

QList<DeviceBrief> FleetStatisticsRepository::devices(Dimension dimension, const QString &key, qint64 now, int limit) const
{
    QList<DeviceBrief> out;
    QSqlQuery q(m_db.connection());
    switch (dimension) {
    case Dimension::Ownership:
        q.prepare(QStringLiteral("SELECT id, name, serial, department FROM devices WHERE ownership = ? ORDER BY name LIMIT ?"));
        q.addBindValue(key);
        break;
    case Dimension::Freshness:
        q.prepare(QStringLiteral("SELECT id, name, serial, department FROM devices WHERE %1 = ? ORDER BY name LIMIT ?").arg(QLatin1String(kBucket)));
        for (int i = 0; i < 4; ++i)
            q.addBindValue(now);
        q.addBindValue(key);
        break;
    case Dimension::OsVersion: {
        // Labels are computed, so filter the (few) platform/version pairs in C++ first.
        QSqlQuery pairs(m_db.connection());
        QStringList versions;
        QString platform;
        if (pairs.exec(QStringLiteral("SELECT DISTINCT platform, os_version FROM devices")))
            while (pairs.next())
                if (osLabel(pairs.value(0).toString(), pairs.value(1).toString()) == key) {
                    platform = pairs.value(0).toString();
                    versions << pairs.value(1).toString();
                }
        if (versions.isEmpty())
            return out;
        QString marks = QStringLiteral("?");
        for (qsizetype i = 1; i < versions.size(); ++i)
            marks += QStringLiteral(",?");
        q.prepare(QStringLiteral("SELECT id, name, serial, os_version FROM devices WHERE platform = ? AND os_version IN (%1) ORDER BY name LIMIT ?").arg(marks));
        q.addBindValue(platform);
        for (const QString &v : versions)
            q.addBindValue(v);
        break;
    }
    }
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out << DeviceBrief{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return out;
}

QList<DeviceBrief> FleetStatisticsRepository::devicesByIds(const QList<qint64> &ids) const
{
    QList<DeviceBrief> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QSet<qint64> wanted(ids.cbegin(), ids.cend());
    if (q.exec(QStringLiteral("SELECT id, name, serial, department FROM devices ORDER BY name")))
        while (q.next())
            if (wanted.contains(q.value(0).toLongLong()))
                out << DeviceBrief{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return out;
}
