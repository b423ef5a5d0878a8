#include "compliance/ComplianceRepository.h"

#include "db/Database.h"
#include "fleet/DeviceFact.h"

#include <QSet>
#include <QSqlQuery>

ComplianceRepository::ComplianceRepository(Database &db) : m_db(db) {}

QList<ComplianceInput> ComplianceRepository::managedDevices() const
{
    QList<ComplianceInput> out;
    QHash<qint64, qsizetype> index;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, serial, platform, ownership, enrollment_state, department, os_version, last_seen "
                               "FROM devices WHERE enrollment_state IN ('enrolled','unreachable') ORDER BY name, id")))
        return out;
    while (q.next()) {
        ComplianceInput d;
        d.deviceId = q.value(0).toLongLong();
        d.name = q.value(1).toString();
        d.serial = q.value(2).toString();
        d.platform = DeviceTypes::platformFromDb(q.value(3).toString()).value_or(Platform::iOS);
        d.ownership = DeviceTypes::ownershipFromDb(q.value(4).toString()).value_or(Ownership::COPE);
        d.state = DeviceTypes::stateFromDb(q.value(5).toString()).value_or(EnrollmentState::Enrolled);
        d.department = q.value(6).toString();
        d.osVersion = q.value(7).toString();
        d.lastSeen = q.value(8).isNull() ? 0 : q.value(8).toLongLong();
        index.insert(d.deviceId, out.size());
        out << d;
    }
    // One sequential scan of device_facts, keeping only the keys evaluation reads: cheaper than
    // an index lookup per row for a whole fleet.
    static const QSet<QString> keys{DeviceFact::Encrypted,  DeviceFact::PasscodePresent, DeviceFact::PasscodeCompliant,
                                    DeviceFact::AutoLockSeconds, DeviceFact::ManagementMode, DeviceFact::SecurityPatch,
                                    DeviceFact::OsVersion, DeviceFact::PolicyVersion,  DeviceFact::VpnAlwaysOn,
                                    DeviceFact::KioskActive, DeviceFact::Supervised, DeviceFact::PolicyNonCompliance};
    QSqlQuery f(m_db.connection());
    f.setForwardOnly(true);
    if (!f.exec(QStringLiteral("SELECT device_id, fact, value, reported_at FROM device_facts")))
        return out;
    while (f.next()) {
        const auto it = index.constFind(f.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        const QString fact = f.value(1).toString();
        if (keys.contains(fact))
            out[*it].facts.insert(fact, {f.value(2).toString(), f.value(3).toLongLong()});
    }
    return out;
}

QMap<EnrollmentState, int> ComplianceRepository::unmanagedCounts() const
{
    QMap<EnrollmentState, int> out;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT enrollment_state, COUNT(*) FROM devices WHERE enrollment_state NOT IN ('enrolled','unreachable') "
                              "GROUP BY enrollment_state")))
        while (q.next())
            if (const auto s = DeviceTypes::stateFromDb(q.value(0).toString()))
                out.insert(*s, q.value(1).toInt());
    return out;
}

QList<std::pair<QString, qint64>> ComplianceRepository::appleOsVersions() const
{
    QList<std::pair<QString, qint64>> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT v.value, s.value FROM device_facts v "
                             "JOIN device_facts s ON s.device_id = v.device_id AND s.fact = ? "
                             "JOIN devices d ON d.id = v.device_id "
                             "WHERE v.fact = ? AND d.platform <> ? AND d.enrollment_state IN ('enrolled','unreachable')"));
    q.addBindValue(DeviceFact::OsVersionSince);
    q.addBindValue(DeviceFact::OsVersion);
    q.addBindValue(DeviceTypes::toDb(Platform::Android));
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString().toLongLong()});
    return out;
}

QList<ComplianceInput> ComplianceRepository::checkedInWithoutFacts() const
{
    QList<ComplianceInput> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, platform, ownership, enrollment_state, os_version, last_seen FROM devices d "
                               "WHERE last_seen IS NOT NULL AND NOT EXISTS (SELECT 1 FROM device_facts f WHERE f.device_id = d.id) "
                               "ORDER BY id")))
        return out;
    while (q.next()) {
        ComplianceInput d;
        d.deviceId = q.value(0).toLongLong();
        d.platform = DeviceTypes::platformFromDb(q.value(1).toString()).value_or(Platform::iOS);
        d.ownership = DeviceTypes::ownershipFromDb(q.value(2).toString()).value_or(Ownership::COPE);
        d.state = DeviceTypes::stateFromDb(q.value(3).toString()).value_or(EnrollmentState::Enrolled);
        d.osVersion = q.value(4).toString();
        d.lastSeen = q.value(5).toLongLong();
        out << d;
    }
    return out;
}
