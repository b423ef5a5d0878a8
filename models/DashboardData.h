#pragma once

#include "compliance/CertificateStatus.h"
#include "compliance/ComplianceSnapshot.h"
#include "compliance/FleetCompliance.h"
#include "compliance/FleetStatistics.h"

#include <QObject>

class Database;

// What the dashboard shows, loaded from the engine in one go (compliance evaluation, fleet
// statistics in SQL, the last 30 daily snapshots, certificates) and the devices behind any bar.
class DashboardData : public QObject
{
    Q_OBJECT
public:
    enum class Chart { Compliance, Ownership, OsVersions, Freshness };

    explicit DashboardData(Database &db, QObject *parent = nullptr);

    void reload(qint64 nowSeconds); // also records today's snapshot
    const FleetCompliance &compliance() const { return m_compliance; }
    const FleetStatistics &statistics() const { return m_statistics; }
    const QList<ComplianceSnapshot> &trend() const { return m_trend; }
    const QList<CertificateStatus> &certificates() const { return m_certificates; }
    qint64 loadedAt() const { return m_loadedAt; }

    // The devices behind one bar. For Compliance, `key` is the safeguard's id and `state` says which
    // part of the stacked bar; for the others `key` is the bar's category key.
    QList<DeviceBrief> devicesFor(Chart chart, const QString &key, ComplianceState state = ComplianceState::NonCompliant) const;
    // The reason each device in `devices` has for `safeguard` (compliance drill-down).
    QString reasonFor(qint64 deviceId, Safeguard safeguard) const;

signals:
    void reloaded();

private:
    Database &m_db;
    FleetCompliance m_compliance;
    FleetStatistics m_statistics;
    QList<ComplianceSnapshot> m_trend;
    QList<CertificateStatus> m_certificates;
    qint64 m_loadedAt = 0;
};
