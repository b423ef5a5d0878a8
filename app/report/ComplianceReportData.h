#pragma once

#include "audit/AuditVerification.h"
#include "compliance/CertificateStatus.h"
#include "compliance/ComplianceSnapshot.h"
#include "compliance/FleetCompliance.h"
#include "compliance/FleetStatistics.h"
#include "policy/PolicySettings.h"
#include "report/Vendor.h"

#include <QDate>
#include <QMap>

// A policy in use, as the report lists it.
struct ReportPolicy {
    QString name;
    int version = 0;
    QString baseline;
    int devices = 0;
    int differencesFromBaseline = 0;
    QList<AddressableDecision> addressable;
};

// Everything the compliance report prints, gathered once (ComplianceReportBuilder) and then laid
// out by the PDF and CSV writers, so both show the same numbers.
struct ComplianceReportData {
    QString clinicName;
    QDate from;             // the reporting period (activity, trend), inclusive, UTC
    QDate to;
    QString consoleVersion;
    QString preparedBy;     // "name (role)"
    qint64 generatedAt = 0; // when the report was made
    qint64 stateAsOf = 0;   // compliance state is as of this moment (generatedAt, or the end of a past as-of day)
    QString scope;          // ReportScope::label(): "Whole fleet", "Group “Ward A”", ...
    QString scopeId;        // ReportScope::id()

    FleetCompliance compliance;
    FleetStatistics statistics;
    QList<ComplianceSnapshot> trend;
    QList<ReportPolicy> policies;
    QList<Vendor> vendors;
    QList<CertificateStatus> certificates;

    AuditVerification audit;
    QString auditHeadHash;                  // hash of the newest entry
    QString auditKeyFingerprint;            // SHA-256 of the console's current audit public key, empty when none yet
    QMap<QString, int> activityInPeriod;    // audit action -> entries within [from, to]
    int adminsTotal = 0;
    int adminsWithMfa = 0;
    int devicesWithIdentityCertificate = 0; // enrollments bound to a device identity certificate
};
