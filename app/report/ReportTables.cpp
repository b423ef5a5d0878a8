#include "report/ReportTables.h"

#include "compliance/ComplianceEvaluator.h"
#include "compliance/FleetStatisticsRepository.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

// A class context (not a free tr() wrapper) so that lupdate extracts these strings into the .ts files.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReportTables)
};
QString n(qint64 v) { return QString::number(v); }
QString when(qint64 secs) { return secs > 0 ? ComplianceEvaluator::when(secs) : Text::tr("never"); }
QString percent(int part, int total) { return total ? QStringLiteral("%1 (%2%)").arg(part).arg(qint64(part) * 100 / total) : n(part); }

ReportTable summary(const ComplianceReportData &d)
{
    const FleetCompliance &c = d.compliance;
    const int managed = int(c.devices.size());
    int notManaged = 0;
    for (int v : c.notManaged)
        notManaged += v;
    ReportTable t{QStringLiteral("summary"), Text::tr("Executive summary"),
                  Text::tr("Compliance state as of %1, evaluated from what each device last reported. A device is compliant only when every "
                     "safeguard below is met; it is unknown when it has not checked in for %2 days.")
                      .arg(when(d.stateAsOf ? d.stateAsOf : d.generatedAt)).arg(c.unknownAfterDays),
                  {Text::tr("Measure"), Text::tr("Value")}, {3, 2}, {}, -1};
    const bool fleet = d.scopeId.isEmpty() || d.scopeId == QLatin1String("fleet");
    t.rows << QStringList{Text::tr("Scope"), d.scope.isEmpty() ? Text::tr("Whole fleet") : d.scope}
           << QStringList{fleet ? Text::tr("Devices in the fleet") : Text::tr("Devices in the scope"), n(d.statistics.total)}
           << QStringList{Text::tr("Managed devices evaluated"), n(managed)}
           << QStringList{Text::tr("Compliant with every safeguard"), percent(c.compliantDevices, managed)}
           << QStringList{Text::tr("Non-compliant (at least one safeguard)"), percent(c.nonCompliantDevices, managed)}
           << QStringList{Text::tr("Unknown (no recent check-in or value not reported)"), percent(c.unknownDevices, managed)}
           << QStringList{Text::tr("Managed devices without an assigned policy"), n(c.devicesWithoutPolicy)}
           << QStringList{Text::tr("Not managed (pending, unenrolled or wiped; not evaluated)"), n(notManaged)}
           << QStringList{Text::tr("Policies in use"), n(d.policies.size())}
           << QStringList{Text::tr("Audit trail"), d.audit.ok() ? Text::tr("verified intact (%1 entries)").arg(d.audit.entries)
                                                          : Text::tr("VERIFICATION FAILED: see the audit section")}
           << QStringList{Text::tr("Latest signed audit checkpoint"),
                          d.audit.lastGoodCheckpoint ? Text::tr("entry %1, signed %2").arg(d.audit.lastGoodCheckpoint->uptoId)
                                                           .arg(when(d.audit.lastGoodCheckpoint->createdAt.toSecsSinceEpoch()))
                                                     : Text::tr("none yet")}
           << QStringList{Text::tr("Audit key fingerprint (SHA-256)"), d.auditKeyFingerprint.isEmpty() ? Text::tr("no audit key yet") : d.auditKeyFingerprint};
    return t;
}

QString ownershipBreakdown(const FleetCompliance &c, Safeguard s)
{
    QStringList parts;
    for (const QString &o : DeviceTypes::allOwnershipsDb()) {
        int total = 0, good = 0;
        for (const DeviceCompliance &d : c.devices)
            if (DeviceTypes::toDb(d.ownership) == o)
                if (const SafeguardResult *r = d.result(s)) {
                    ++total;
                    good += r->state == ComplianceState::Compliant ? 1 : 0;
                }
        if (total)
            parts << QStringLiteral("%1 %2/%3").arg(o).arg(good).arg(total);
    }
    return parts.join(QLatin1String(", "));
}

ReportTable safeguard(const ComplianceReportData &d, Safeguard s)
{
    ReportTable t{QStringLiteral("safeguard_") + SafeguardInfo::id(s),
                  QStringLiteral("%1 — %2").arg(SafeguardInfo::reference(s), SafeguardInfo::title(s)), {},
                  {Text::tr("Item"), Text::tr("Evidence")}, {2, 5}, {}, -1};
    t.rows << QStringList{Text::tr("Reference"), QStringLiteral("45 CFR %1%2").arg(SafeguardInfo::reference(s),
                                                                            SafeguardInfo::isAddressable(s) ? Text::tr(" (addressable)") : Text::tr(" (required)"))}
           << QStringList{Text::tr("Enforced by"), SafeguardInfo::enforcedBy(s)};
    if (SafeguardInfo::perDevice().contains(s)) {
        const SafeguardTally tally = d.compliance.bySafeguard.value(s);
        t.rows << QStringList{Text::tr("Compliant devices"), percent(tally.compliant, tally.total())}
               << QStringList{Text::tr("Non-compliant devices"), n(tally.nonCompliant)}
               << QStringList{Text::tr("Unknown"), n(tally.unknown)}
               << QStringList{Text::tr("Compliant by ownership"), ownershipBreakdown(d.compliance, s)};
    } else if (s == Safeguard::AuditControls) {
        t.rows << QStringList{Text::tr("Trail verification"), d.audit.ok() ? Text::tr("hash chain intact, every checkpoint signature valid") : Text::tr("FAILED")}
               << QStringList{Text::tr("Entries"), n(d.audit.entries)};
    } else if (s == Safeguard::Authentication) {
        t.rows << QStringList{Text::tr("Admin accounts with MFA"), Text::tr("%1 of %2 active accounts").arg(d.adminsWithMfa).arg(d.adminsTotal)}
               << QStringList{Text::tr("Devices bound to an identity certificate"), n(d.devicesWithIdentityCertificate)};
    }
    return t;
}

ReportTable nonCompliant(const ComplianceReportData &d)
{
    ReportTable t{QStringLiteral("non_compliant"), Text::tr("Non-compliant devices and reasons"),
                  Text::tr("Each row is one safeguard a device does not meet, with the value it reported and when."),
                  {Text::tr("Device"), Text::tr("Serial"), Text::tr("Ownership"), Text::tr("Safeguard"), Text::tr("Reason")}, {3, 2.2, 1.5, 2.2, 5.8}, {}, -1};
    for (const DeviceCompliance &dc : d.compliance.devices)
        for (const SafeguardResult &r : dc.results)
            if (r.state == ComplianceState::NonCompliant)
                t.rows << QStringList{dc.name, dc.serial, DeviceTypes::toDb(dc.ownership),
                                      QStringLiteral("%1 %2").arg(SafeguardInfo::reference(r.safeguard), SafeguardInfo::title(r.safeguard)), r.reason};
    return t;
}

ReportTable unknownDevices(const ComplianceReportData &d)
{
    ReportTable t{QStringLiteral("unknown"), Text::tr("Devices whose state is unknown"), {},
                  {Text::tr("Device"), Text::tr("Serial"), Text::tr("Ownership"), Text::tr("Last check-in"), Text::tr("Why")}, {3, 2.2, 1.3, 2.6, 5}, {}, -1};
    for (const DeviceCompliance &dc : d.compliance.devices)
        for (const SafeguardResult &r : dc.results)
            if (r.state == ComplianceState::Unknown) {
                t.rows << QStringList{dc.name, dc.serial, DeviceTypes::toDb(dc.ownership), when(dc.lastSeen), r.reason};
                break;
            }
    return t;
}

ReportTable policies(const ComplianceReportData &d)
{
    ReportTable t{QStringLiteral("policies"), Text::tr("Policies in use"), {},
                  {Text::tr("Policy"), Text::tr("Version"), Text::tr("Baseline"), Text::tr("Devices"), Text::tr("Settings changed from baseline")}, {3.5, 1, 1.5, 1.5, 2}, {}, -1};
    for (const ReportPolicy &p : d.policies)
        t.rows << QStringList{p.name, n(p.version), p.baseline.isEmpty() ? Text::tr("none") : p.baseline, n(p.devices), n(p.differencesFromBaseline)};
    return t;
}

ReportTable addressable(const ComplianceReportData &d)
{
    ReportTable t{QStringLiteral("addressable"), Text::tr("Addressable specifications: decisions and rationale"),
                  Text::tr("HIPAA lets an addressable specification be implemented, met by an alternative, or documented as not reasonable; "
                     "each policy in use records its decision."),
                  {Text::tr("Policy"), Text::tr("Specification"), Text::tr("Decision"), Text::tr("Rationale")}, {2.5, 2.5, 1.6, 6}, {}, -1};
    for (const ReportPolicy &p : d.policies)
        for (const AddressableDecision &a : p.addressable)
            t.rows << QStringList{p.name, QStringLiteral("%1 %2").arg(a.reference, a.specification), a.decision, a.rationale};
    return t;
}

ReportTable audit(const ComplianceReportData &d)
{
    const AuditVerification &v = d.audit;
    ReportTable t{QStringLiteral("audit"), Text::tr("Audit trail verification (164.312(b))"),
                  Text::tr("The trail was recomputed from its first entry when this report was made. Each entry's SHA-256 covers the one "
                     "before, and checkpoints are signed with the console's audit key, so an edited, deleted or inserted entry is detected."),
                  {Text::tr("Check"), Text::tr("Result")}, {2, 5}, {}, -1};
    t.rows << QStringList{Text::tr("Hash chain"), v.chainIntact() ? Text::tr("intact") : Text::tr("BROKEN at entry %1: %2").arg(v.brokenId).arg(v.chainProblem)}
           << QStringList{Text::tr("Entries verified"), n(v.entries)}
           << QStringList{Text::tr("Range"), v.entries ? Text::tr("entry %1 (%2) to entry %3 (%4)").arg(v.firstId).arg(when(v.firstAt.toSecsSinceEpoch()))
                                                       .arg(v.lastId).arg(when(v.lastAt.toSecsSinceEpoch()))
                                                 : Text::tr("empty")}
           << QStringList{Text::tr("Signed checkpoints checked"), n(v.checkpointsChecked)};
    if (v.lastGoodCheckpoint)
        t.rows << QStringList{Text::tr("Last good checkpoint"), Text::tr("covers entries up to %1, signed %2").arg(v.lastGoodCheckpoint->uptoId)
                                                              .arg(when(v.lastGoodCheckpoint->createdAt.toSecsSinceEpoch()))}
               << QStringList{Text::tr("Checkpoint key fingerprint (SHA-256)"), v.lastGoodCheckpoint->keyFingerprint}
               << QStringList{Text::tr("Checkpoint chain hash"), v.lastGoodCheckpoint->uptoHash};
    else
        t.rows << QStringList{Text::tr("Last good checkpoint"), Text::tr("none yet")};
    t.rows << QStringList{Text::tr("Console audit key fingerprint (SHA-256)"), d.auditKeyFingerprint.isEmpty() ? Text::tr("no audit key yet") : d.auditKeyFingerprint}
           << QStringList{Text::tr("Entries after the last checkpoint"), n(v.unsignedEntries())};
    for (const QString &problem : v.checkpointProblems)
        t.rows << QStringList{Text::tr("Checkpoint problem"), problem};
    if (!v.error.isEmpty())
        t.rows << QStringList{Text::tr("Verification error"), v.error};
    t.rows << QStringList{Text::tr("Newest entry hash"), d.auditHeadHash.isEmpty() ? Text::tr("none") : d.auditHeadHash};
    QStringList activity;
    for (auto it = d.activityInPeriod.cbegin(); it != d.activityInPeriod.cend(); ++it)
        activity << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    t.rows << QStringList{Text::tr("Recorded actions in the period"), activity.isEmpty() ? Text::tr("none") : activity.join(QLatin1String(", "))};
    return t;
}

ReportTable vendors(const ComplianceReportData &d)
{
    ReportTable t{QStringLiteral("vendors"), Text::tr("Vendor and Business Associate Agreement register"), {},
                  {Text::tr("Vendor"), Text::tr("Service"), Text::tr("Handles ePHI"), Text::tr("BAA signed"), Text::tr("BAA expires"), Text::tr("Notes")}, {3, 3, 1.3, 1.6, 1.6, 4}, {}, -1};
    for (const Vendor &v : d.vendors)
        t.rows << QStringList{v.name, v.service, v.handlesEphi ? Text::tr("yes") : Text::tr("no"),
                              v.baaSignedOn ? ReportTables::date(v.baaSignedOn) : (v.handlesEphi ? Text::tr("MISSING") : Text::tr("not needed")),
                              v.baaExpiresOn ? ReportTables::date(v.baaExpiresOn) : QString(), v.notes};
    return t;
}

ReportTable certificates(const ComplianceReportData &d)
{
    ReportTable t{QStringLiteral("certificates"), Text::tr("Certificates"), {}, {Text::tr("Certificate"), Text::tr("Subject"), Text::tr("Expires"), Text::tr("Days left")},
                  {2, 4, 2, 1}, {}, -1};
    for (const CertificateStatus &c : d.certificates)
        t.rows << QStringList{c.role, c.present ? c.subject : Text::tr("not configured on this console"),
                              c.expires() ? ReportTables::date(c.notAfter) : c.present ? Text::tr("no expiry date (valid until revoked)") : QString(),
                              c.expires() ? n((c.notAfter - d.generatedAt) / 86400) : QString()};
    return t;
}

ReportTable appendix(const ComplianceReportData &d)
{
    // The widths leave room for the Spanish headers ("Plataforma", "Propiedad") on one line.
    ReportTable t{QStringLiteral("appendix"), Text::tr("Appendix: every managed device"),
                  Text::tr("OK = compliant, FAIL = non-compliant (reason in the non-compliant section), ? = unknown. Columns: AC access control, "
                     "AL automatic logoff, EN encryption, IN integrity, TX transmission security, DM device and media controls, UP updates."),
                  {Text::tr("Device"), Text::tr("Serial"), Text::tr("Platform"), Text::tr("Owner"), Text::tr("Policy"), Text::tr("Last check-in (UTC)")}, {2.5, 2.4, 1.9, 1.8, 1.8, 2.1}, {}, 6};
    for (const char *h : {"AC", "AL", "EN", "IN", "TX", "DM", "UP"}) {
        t.headers << QLatin1String(h);
        t.widths << 0.7;
    }
    for (const DeviceCompliance &dc : d.compliance.devices) {
        QStringList row{dc.name, dc.serial, DeviceTypes::displayName(dc.platform), DeviceTypes::toDb(dc.ownership), dc.policyShort,
                        dc.lastSeen ? QDateTime::fromSecsSinceEpoch(dc.lastSeen, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : Text::tr("never")};
        for (const SafeguardResult &r : dc.results)
            row << ReportTables::stateMark(r.state);
        t.rows << row;
    }
    return t;
}

} // namespace

namespace ReportTables {

QString stateMark(ComplianceState s)
{
    switch (s) {
    case ComplianceState::Compliant: return QStringLiteral("OK");
    case ComplianceState::NonCompliant: return QStringLiteral("FAIL");
    case ComplianceState::Unknown: return QStringLiteral("?");
    }
    return {};
}

QString date(qint64 secs) { return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).date().toString(Qt::ISODate); }

QList<ReportTable> build(const ComplianceReportData &d)
{
    QList<ReportTable> out{summary(d)};
    for (Safeguard s : SafeguardInfo::all())
        out << safeguard(d, s);
    out << nonCompliant(d) << unknownDevices(d) << policies(d) << addressable(d) << audit(d) << vendors(d) << certificates(d) << appendix(d);
    return out;
}

} // namespace ReportTables
