#include "report/ComplianceReportBuilder.h"

#include "audit/AuditLog.h"
#include "audit/AuditPublicKeys.h"
#include "audit/AuditSigningKey.h"
#include "audit/AuditVerifier.h"
#include "compliance/CertificateInventory.h"
#include "compliance/ComplianceService.h"
#include "compliance/ComplianceSnapshotRepository.h"
#include "compliance/FleetStatisticsRepository.h"
#include "core/AppInfo.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyRepository.h"
#include "policy/PolicyService.h"
#include "report/ReportEvidenceRepository.h"
#include "report/ReportScopeFilter.h"
#include "report/VendorRepository.h"
#include "settings/SettingsRepository.h"

#include <QDateTime>

ComplianceReportBuilder::ComplianceReportBuilder(Database &db) : m_db(db) {}

ComplianceReportData ComplianceReportBuilder::build(const Actor &preparedBy, const QDate &from, const QDate &to, qint64 now) const
{
    ComplianceReportData r;
    build(preparedBy, ReportScope{}, from, to, now, &r); // the whole fleet cannot fail
    return r;
}

Status ComplianceReportBuilder::build(const Actor &preparedBy, const ReportScope &scope, const QDate &from, const QDate &asOf, qint64 now,
                                      ComplianceReportData *out) const
{
    ComplianceReportData &r = *out;
    const QDate today = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
    r.to = asOf.isValid() && asOf < today ? asOf : today;
    const bool past = r.to < today;
    const qint64 stateAt = past ? QDateTime(r.to, QTime(23, 59, 59), Qt::UTC).toSecsSinceEpoch() : now;
    const ReportScopeFilter filter(m_db, scope, past ? stateAt : 0);
    if (Status s = filter.validate(); !s)
        return s;
    r.clinicName = SettingsRepository(m_db).stringValue(Setting::ClinicName);
    r.from = from.isValid() ? from : r.to.addDays(-29);
    r.consoleVersion = AppInfo::version();
    r.preparedBy = preparedBy.role.isEmpty() ? preparedBy.name : QStringLiteral("%1 (%2)").arg(preparedBy.name, preparedBy.role);
    r.generatedAt = now;
    r.stateAsOf = stateAt;
    r.scope = scope.label();
    r.scopeId = scope.id();

    const ComplianceService compliance(m_db);
    if (scope.isFleet() && !past) {
        r.compliance = compliance.evaluateAndSnapshot(now);
        r.statistics = FleetStatisticsRepository(m_db).statistics(now);
    } else {
        r.compliance = compliance.evaluate(stateAt, [&filter](ComplianceInput &d) { return filter.include(d); });
        r.statistics = ReportScopeFilter::statistics(r.compliance.devices, stateAt);
    }
    const qint64 fromSecs = QDateTime(r.from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 toSecs = QDateTime(r.to, QTime(23, 59, 59), Qt::UTC).toSecsSinceEpoch();
    r.trend = ComplianceSnapshotRepository(m_db).between(ComplianceSnapshotRepository::dayOf(fromSecs), ComplianceSnapshotRepository::dayOf(toSecs));

    PolicyRepository policies(m_db);
    QHash<qint64, int> devicesPerPolicy;
    for (qint64 policyId : policies.effectivePolicies())
        ++devicesPerPolicy[policyId];
    const PolicyService service(m_db);
    for (const PolicyRecord &p : policies.list()) {
        ReportPolicy rp{p.name, p.version, p.baseline, devicesPerPolicy.value(p.id), int(service.differencesFromBaseline(p).size()), {}};
        PolicySettings s;
        if (PolicyJson::fromJson(p.body, &s))
            rp.addressable = s.addressable;
        r.policies << rp;
    }
    r.vendors = VendorRepository(m_db).list();
    r.certificates = CertificateInventory::current(m_db);

    r.audit = AuditVerifier(m_db).verify();
    if (const std::optional<AuditEvent> head = AuditLog(m_db).latest())
        r.auditHeadHash = head->hash;
    const ReportEvidenceRepository evidence(m_db);
    r.activityInPeriod = evidence.auditActions(fromSecs, toSecs);
    evidence.adminCounts(&r.adminsTotal, &r.adminsWithMfa);
    r.devicesWithIdentityCertificate = evidence.devicesWithIdentityCertificate();
    r.auditKeyFingerprint = AuditSigningKey::fingerprintOf(AuditPublicKeys(m_db).current());
    return Status::success();
}
