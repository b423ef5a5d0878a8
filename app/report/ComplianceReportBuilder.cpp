#include "report/ComplianceReportBuilder.h"

#include "audit/AuditLog.h"
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
#include "report/VendorRepository.h"
#include "settings/SettingsRepository.h"

#include <QDateTime>

ComplianceReportBuilder::ComplianceReportBuilder(Database &db) : m_db(db) {}

ComplianceReportData ComplianceReportBuilder::build(const Actor &preparedBy, const QDate &from, const QDate &to, qint64 now) const
{
    ComplianceReportData r;
    r.clinicName = SettingsRepository(m_db).stringValue(Setting::ClinicName);
    r.to = to.isValid() ? to : QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
    r.from = from.isValid() ? from : r.to.addDays(-29);
    r.consoleVersion = AppInfo::version();
    r.preparedBy = preparedBy.role.isEmpty() ? preparedBy.name : QStringLiteral("%1 (%2)").arg(preparedBy.name, preparedBy.role);
    r.generatedAt = now;

    r.compliance = ComplianceService(m_db).evaluateAndSnapshot(now);
    r.statistics = FleetStatisticsRepository(m_db).statistics(now);
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
    r.certificates = CertificateInventory::current();

    r.audit = AuditVerifier(m_db).verify();
    if (const std::optional<AuditEvent> head = AuditLog(m_db).latest())
        r.auditHeadHash = head->hash;
    const ReportEvidenceRepository evidence(m_db);
    r.activityInPeriod = evidence.auditActions(fromSecs, toSecs);
    evidence.adminCounts(&r.adminsTotal, &r.adminsWithMfa);
    r.devicesWithIdentityCertificate = evidence.devicesWithIdentityCertificate();
    return r;
}
