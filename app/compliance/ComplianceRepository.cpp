#include "compliance/ComplianceRepository.h"

#include "db/Database.h"
#include "db/WriteTransaction.h"
#include "fleet/DeviceFact.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

ComplianceRepository::ComplianceRepository(Database &db) : m_db(db) {}

QList<ComplianceInput> ComplianceRepository::managedDevices(qint64 onlyId) const
{
    QList<ComplianceInput> out;
    QHash<qint64, qsizetype> index;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, serial, platform, ownership, enrollment_state, department, os_version, last_seen "
                             "FROM devices WHERE enrollment_state IN ('enrolled','unreachable')%1 ORDER BY name, id")
                  .arg(onlyId ? QStringLiteral(" AND id = ?") : QString()));
    if (onlyId)
        q.addBindValue(onlyId);
    if (!q.exec())
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
    f.prepare(QStringLiteral("SELECT device_id, fact, value, reported_at FROM device_facts%1")
                  .arg(onlyId ? QStringLiteral(" WHERE device_id = ?") : QString()));
    if (onlyId)
        f.addBindValue(onlyId);
    if (out.isEmpty() || !f.exec())
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

Status ComplianceRepository::storeVerdicts(const QList<DeviceCompliance> &evaluated, int *changed)
{
    if (changed)
        *changed = 0;
    // What is stored now, to write only the differences (one read instead of 5,000 updates).
    struct Stored {
        QString compliance;
        QString policy;
    };
    QHash<qint64, Stored> stored;
    QSqlQuery r(m_db.connection());
    r.setForwardOnly(true);
    if (!r.exec(QStringLiteral("SELECT id, compliance, policy_label FROM devices")))
        return Status::failure(ErrorCode::DatabaseRefused, r.lastError().text());
    while (r.next())
        stored.insert(r.value(0).toLongLong(), {r.value(1).toString(), r.value(2).toString()});
    r.finish();

    QHash<qint64, Stored> wanted;
    wanted.reserve(stored.size());
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        wanted.insert(it.key(), {ComplianceStateInfo::id(ComplianceState::Unknown), QString()});
    for (const DeviceCompliance &d : evaluated)
        if (wanted.contains(d.deviceId))
            wanted[d.deviceId] = {ComplianceStateInfo::id(d.overall()), d.hasPolicy ? d.policyShort : QString()};

    QList<qint64> differing;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const Stored &now = stored.value(it.key());
        if (now.compliance != it->compliance || now.policy != it->policy)
            differing << it.key();
    }
    if (differing.isEmpty())
        return Status::success(); // not even the write lock: endpoint workers are not held up

    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    QSqlQuery u(m_db.connection());
    u.prepare(QStringLiteral("UPDATE devices SET compliance = ?, policy_label = ? WHERE id = ?"));
    for (qint64 id : std::as_const(differing)) {
        const Stored &verdict = wanted[id];
        u.addBindValue(verdict.compliance);
        u.addBindValue(verdict.policy.isNull() ? QStringLiteral("") : verdict.policy);
        u.addBindValue(id);
        if (!u.exec())
            return Status::failure(ErrorCode::DatabaseRefused, u.lastError().text());
    }
    const int written = int(differing.size());
    if (Status s = tx.commit(); !s)
        return s;
    if (changed)
        *changed = written;
    return Status::success();
}
