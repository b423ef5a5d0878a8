#include "compliance/ComplianceEvaluator.h"

#include "fleet/DeviceFact.h"
#include "policy/AppleProfileCompiler.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ComplianceEvaluator", text); }

SafeguardResult ok(Safeguard s, const QString &why) { return {s, ComplianceState::Compliant, why}; }
SafeguardResult bad(Safeguard s, const QString &why) { return {s, ComplianceState::NonCompliant, why}; }
SafeguardResult unknown(Safeguard s, const QString &why) { return {s, ComplianceState::Unknown, why}; }

// "encrypted=false, reported 2026-11-27 14:03 UTC"
QString fact(const QString &key, const ReportedFact &f)
{
    return tr("%1=%2, reported %3").arg(key, f.value, ComplianceEvaluator::when(f.reportedAt));
}

QString notReported(const QString &key) { return tr("%1 not reported by the device").arg(key); }

// The safeguard an Android policy setting the device could not apply belongs to (the names are
// the Android Management API's, as in NonComplianceDetail.settingName).
Safeguard safeguardOfSetting(const QString &setting)
{
    if (setting.startsWith(QLatin1String("password")))
        return Safeguard::AccessControl;
    if (setting == QLatin1String("maximumTimeToLock") || setting == QLatin1String("keyguardDisabled"))
        return Safeguard::AutomaticLogoff;
    if (setting == QLatin1String("encryptionPolicy"))
        return Safeguard::Encryption;
    if (setting == QLatin1String("alwaysOnVpnPackage") || setting == QLatin1String("vpnConfigDisabled"))
        return Safeguard::TransmissionSecurity;
    if (setting == QLatin1String("systemUpdate"))
        return Safeguard::SecurityUpdates;
    if (setting == QLatin1String("factoryResetDisabled") || setting == QLatin1String("frpAdminEmails"))
        return Safeguard::DeviceMediaControls;
    return Safeguard::Integrity;
}

// The settings of the device's last policy acknowledgement it could not apply, for one safeguard.
QStringList notApplied(const ComplianceInput &d, Safeguard s)
{
    QStringList out;
    const auto f = d.facts.constFind(DeviceFact::PolicyNonCompliance);
    if (f == d.facts.constEnd())
        return out;
    for (const QString &setting : f->value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (safeguardOfSetting(setting) == s)
            out << setting;
    return out;
}

bool isApple(const ComplianceInput &d) { return d.platform != Platform::Android; }

// Numeric comparison of dotted versions: "16.7.2" < "17.0".
int compareVersions(const QString &a, const QString &b)
{
    const QStringList x = a.split(QLatin1Char('.')), y = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < qMax(x.size(), y.size()); ++i) {
        const int l = x.value(i).toInt(), r = y.value(i).toInt();
        if (l != r)
            return l < r ? -1 : 1;
    }
    return 0;
}

} // namespace

ComplianceEvaluator::ComplianceEvaluator(qint64 now, int unknownAfterDays) : m_now(now), m_unknownAfterDays(unknownAfterDays) {}

QHash<QString, ComplianceEvaluator::Release> ComplianceEvaluator::newestAppleReleases(const QList<std::pair<QString, qint64>> &reports)
{
    QHash<QString, Release> newest;
    for (const auto &[version, since] : reports) {
        if (version.isEmpty() || since <= 0)
            continue;
        Release &r = newest[version.section(QLatin1Char('.'), 0, 0)];
        const int order = r.version.isEmpty() ? 1 : compareVersions(version, r.version);
        if (order > 0)
            r = {version, since};
        else if (order == 0)
            r.since = qMin(r.since, since);
    }
    return newest;
}

QString ComplianceEvaluator::when(qint64 secs)
{
    // A device's facts mostly share one report time: remember the last one formatted (per thread).
    thread_local qint64 lastSecs = -1;
    thread_local QString lastText;
    if (secs != lastSecs) {
        lastText = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        lastSecs = secs;
    }
    return lastText;
}

DeviceCompliance ComplianceEvaluator::evaluate(const ComplianceInput &d, const PolicySettings &p, const QString &label,
                                               int version) const
{
    DeviceCompliance c;
    c.deviceId = d.deviceId;
    c.name = d.name;
    c.serial = d.serial;
    c.platform = d.platform;
    c.ownership = d.ownership;
    c.department = d.department;
    c.osVersion = d.osVersion;
    c.lastSeen = d.lastSeen;
    c.policy = label;
    c.hasPolicy = version > 0;
    // A device silent for too long: what it once reported no longer proves anything.
    QString stale;
    if (d.lastSeen <= 0)
        stale = tr("never checked in");
    else if (m_now - d.lastSeen > qint64(m_unknownAfterDays) * 86400)
        stale = tr("no check-in for %1 days (last %2)").arg((m_now - d.lastSeen) / 86400).arg(when(d.lastSeen));
    for (Safeguard s : SafeguardInfo::perDevice()) {
        if (!stale.isEmpty()) {
            c.results << unknown(s, stale);
            continue;
        }
        // A setting the device reported it could not apply outweighs anything else about it.
        if (const QStringList failed = notApplied(d, s); !failed.isEmpty()) {
            c.results << bad(s, tr("the device could not apply %1 (%2)")
                                    .arg(failed.join(QStringLiteral(", ")), fact(DeviceFact::PolicyNonCompliance, d.facts.value(DeviceFact::PolicyNonCompliance))));
            continue;
        }
        switch (s) {
        case Safeguard::AccessControl: c.results << accessControl(d, p); break;
        case Safeguard::AutomaticLogoff: c.results << automaticLogoff(d, p); break;
        case Safeguard::Encryption: c.results << encryption(d, p); break;
        case Safeguard::Integrity: c.results << integrity(d, p, label, version); break;
        case Safeguard::TransmissionSecurity: c.results << transmission(d, p, version); break;
        case Safeguard::DeviceMediaControls: c.results << deviceMedia(d); break;
        case Safeguard::SecurityUpdates: c.results << updates(d, p); break;
        default: break;
        }
    }
    return c;
}

SafeguardResult ComplianceEvaluator::accessControl(const ComplianceInput &d, const PolicySettings &p) const
{
    const Safeguard s = Safeguard::AccessControl;
    if (!p.passcode.required)
        return ok(s, tr("no passcode required by the policy (single-app kiosk)"));
    const auto present = d.facts.constFind(DeviceFact::PasscodePresent);
    if (present == d.facts.constEnd())
        return unknown(s, notReported(DeviceFact::PasscodePresent));
    if (present->value != QLatin1String("true"))
        return bad(s, tr("no device passcode: %1").arg(fact(DeviceFact::PasscodePresent, *present)));
    const auto compliant = d.facts.constFind(DeviceFact::PasscodeCompliant);
    if (compliant == d.facts.constEnd())
        return unknown(s, notReported(DeviceFact::PasscodeCompliant));
    if (compliant->value != QLatin1String("true"))
        return bad(s, tr("passcode weaker than the policy requires: %1").arg(fact(DeviceFact::PasscodeCompliant, *compliant)));
    return ok(s, tr("passcode set and meets the policy (%1)").arg(fact(DeviceFact::PasscodeCompliant, *compliant)));
}

SafeguardResult ComplianceEvaluator::automaticLogoff(const ComplianceInput &d, const PolicySettings &p) const
{
    const Safeguard s = Safeguard::AutomaticLogoff;
    if (p.autoLockMinutes == 0)
        return ok(s, p.sharedDevice.enabled ? tr("session timeout of %1 minutes on the shared device").arg(p.sharedDevice.sessionTimeoutMinutes)
                                            : tr("no auto-lock required by the policy (alternative measure documented)"));
    const auto f = d.facts.constFind(DeviceFact::AutoLockSeconds);
    if (f == d.facts.constEnd())
        return unknown(s, notReported(DeviceFact::AutoLockSeconds));
    const qint64 seconds = f->value.toLongLong();
    const qint64 limit = qint64(p.autoLockMinutes) * 60;
    if (seconds <= 0)
        return bad(s, tr("auto-lock is off: %1").arg(fact(DeviceFact::AutoLockSeconds, *f)));
    if (seconds > limit)
        return bad(s, tr("auto-lock after %1 s exceeds the policy's %2 s: %3").arg(seconds).arg(limit).arg(fact(DeviceFact::AutoLockSeconds, *f)));
    return ok(s, tr("auto-lock within %1 s (%2)").arg(limit).arg(fact(DeviceFact::AutoLockSeconds, *f)));
}

SafeguardResult ComplianceEvaluator::encryption(const ComplianceInput &d, const PolicySettings &p) const
{
    const Safeguard s = Safeguard::Encryption;
    const auto f = d.facts.constFind(DeviceFact::Encrypted);
    if (!p.encryptionRequired)
        return ok(s, tr("encryption not required by the policy (decision documented)"));
    if (f == d.facts.constEnd())
        return unknown(s, notReported(DeviceFact::Encrypted));
    if (f->value != QLatin1String("true"))
        return bad(s, tr("storage not encrypted: %1").arg(fact(DeviceFact::Encrypted, *f)));
    return ok(s, fact(DeviceFact::Encrypted, *f));
}

SafeguardResult ComplianceEvaluator::integrity(const ComplianceInput &d, const PolicySettings &p, const QString &label, int version) const
{
    const Safeguard s = Safeguard::Integrity;
    if (version <= 0)
        return bad(s, tr("no policy assigned: data-sharing limits and managed app configuration are not enforced"));
    if (isApple(d)) {
        if (const Status refused = AppleProfileCompiler::supports(p); !refused)
            return bad(s, refused.message());
        const QStringList needs = AppleProfileCompiler::supervisionNeeds(p);
        if (!needs.isEmpty()) {
            const auto supervised = d.facts.constFind(DeviceFact::Supervised);
            if (supervised == d.facts.constEnd())
                return unknown(s, notReported(DeviceFact::Supervised));
            if (supervised->value != QLatin1String("true"))
                return bad(s, tr("%1 needs a supervised device for: %2; this one is not (%3)")
                                  .arg(label, needs.join(QStringLiteral(", ")), fact(DeviceFact::Supervised, *supervised)));
        }
    }
    const auto f = d.facts.constFind(DeviceFact::PolicyVersion);
    if (f == d.facts.constEnd() || f->value.toInt() <= 0)
        return bad(s, tr("%1 is queued but the device has not applied it yet").arg(label));
    if (f->value.toInt() < version)
        return bad(s, tr("device runs policy version %1, current is %2 (%3)").arg(f->value).arg(version).arg(fact(DeviceFact::PolicyVersion, *f)));
    return ok(s, tr("%1 applied (%2)").arg(label, fact(DeviceFact::PolicyVersion, *f)));
}

SafeguardResult ComplianceEvaluator::transmission(const ComplianceInput &d, const PolicySettings &p, int version) const
{
    const Safeguard s = Safeguard::TransmissionSecurity;
    if ((p.vpn.alwaysOn || p.vpn.perAppVpn) && p.vpn.server.isEmpty())
        return bad(s, tr("the policy asks for a VPN but names no VPN server, so none is sent to devices"));
    if (p.vpn.alwaysOn) {
        if (isApple(d)) {
            const auto supervised = d.facts.constFind(DeviceFact::Supervised);
            if (supervised != d.facts.constEnd() && supervised->value != QLatin1String("true"))
                return bad(s, tr("an always-on VPN needs a supervised device; this one is not (%1)").arg(fact(DeviceFact::Supervised, *supervised)));
        }
        const auto f = d.facts.constFind(DeviceFact::VpnAlwaysOn);
        // The Android agent reports its tunnel (vpnConnected); Apple devices report no VPN state.
        if (f == d.facts.constEnd())
            return unknown(s, isApple(d) ? tr("whether the VPN is up is not reported by this device type") : notReported(DeviceFact::VpnAlwaysOn));
        if (f->value != QLatin1String("true"))
            return bad(s, tr("always-on VPN not active: %1").arg(fact(DeviceFact::VpnAlwaysOn, *f)));
        return ok(s, tr("always-on VPN active (%1)").arg(fact(DeviceFact::VpnAlwaysOn, *f)));
    }
    if (p.vpn.perAppVpn) {
        if (version <= 0)
            return bad(s, tr("no policy assigned: the per-app VPN is not installed"));
        if (!isApple(d)) {
            // The work profile's always-on VPN (AndroidPolicyCompiler), as the agent reports it.
            if (p.vpn.androidPackage.isEmpty())
                return bad(s, tr("the policy names no Android VPN app, so work apps' traffic is not tunnelled"));
            const auto up = d.facts.constFind(DeviceFact::VpnAlwaysOn);
            if (up == d.facts.constEnd())
                return unknown(s, notReported(DeviceFact::VpnAlwaysOn));
            if (up->value != QLatin1String("true"))
                return bad(s, tr("work profile VPN not connected: %1").arg(fact(DeviceFact::VpnAlwaysOn, *up)));
            return ok(s, tr("work profile VPN connected (%1)").arg(fact(DeviceFact::VpnAlwaysOn, *up)));
        }
        const auto f = d.facts.constFind(DeviceFact::PolicyVersion);
        if (f == d.facts.constEnd() || f->value.toInt() < version)
            return bad(s, tr("per-app VPN of policy version %1 not yet applied").arg(version));
        return ok(s, tr("per-app VPN for clinical apps installed (%1)").arg(fact(DeviceFact::PolicyVersion, *f)));
    }
    return ok(s, tr("no VPN required by the policy; managed apps and the endpoint use TLS"));
}

SafeguardResult ComplianceEvaluator::deviceMedia(const ComplianceInput &d) const
{
    const Safeguard s = Safeguard::DeviceMediaControls;
    if (d.state == EnrollmentState::Unreachable)
        return bad(s, tr("device unreachable since %1: a wipe cannot be delivered").arg(when(d.lastSeen)));
    const auto f = d.facts.constFind(DeviceFact::ManagementMode);
    if (f == d.facts.constEnd())
        return unknown(s, notReported(DeviceFact::ManagementMode));
    const bool personal = f->value == QLatin1String("work_profile") || f->value == QLatin1String("user_enrollment");
    if (d.ownership == Ownership::BYOD)
        return personal ? ok(s, tr("selective wipe of work data available (%1)").arg(fact(DeviceFact::ManagementMode, *f)))
                        : bad(s, tr("personal device fully managed instead of a work profile: %1").arg(fact(DeviceFact::ManagementMode, *f)));
    return ok(s, tr("remote wipe available (%1)").arg(fact(DeviceFact::ManagementMode, *f)));
}

SafeguardResult ComplianceEvaluator::updates(const ComplianceInput &d, const PolicySettings &p) const
{
    const Safeguard s = Safeguard::SecurityUpdates;
    const bool android = d.platform == Platform::Android;
    const QString minimum = android ? p.osUpdates.minimumAndroidVersion : p.osUpdates.minimumAppleVersion;
    const auto os = d.facts.constFind(DeviceFact::OsVersion);
    const QString version = os != d.facts.constEnd() ? os->value : d.osVersion;
    const QString source = os != d.facts.constEnd() ? fact(DeviceFact::OsVersion, *os) : tr("os_version=%1, from the inventory").arg(version);
    if (!minimum.isEmpty()) {
        if (version.isEmpty())
            return unknown(s, notReported(DeviceFact::OsVersion));
        if (compareVersions(version, minimum) < 0)
            return bad(s, tr("OS %1 is below the minimum %2 (%3)").arg(version, minimum, source));
    }
    // An update out for longer than the policy's deadline: the newest release of the device's line
    // that the fleet reports, and since when (Apple; Android's currency is its patch level below).
    if (!android && !version.isEmpty() && p.osUpdates.deadlineDays > 0) {
        const auto newest = m_newestApple.constFind(version.section(QLatin1Char('.'), 0, 0));
        if (newest != m_newestApple.constEnd() && compareVersions(version, newest->version) < 0
            && m_now - newest->since > qint64(p.osUpdates.deadlineDays) * 86400)
            return bad(s, tr("OS %1 is behind %2, which devices of this fleet run since %3: more than the policy's %4 days to update (%5)")
                              .arg(version, newest->version, when(newest->since)).arg(p.osUpdates.deadlineDays).arg(source));
    }
    if (android && p.osUpdates.maxSecurityPatchAgeDays > 0) {
        const auto patch = d.facts.constFind(DeviceFact::SecurityPatch);
        if (patch == d.facts.constEnd())
            return unknown(s, notReported(DeviceFact::SecurityPatch));
        const QDate date = QDate::fromString(patch->value, Qt::ISODate);
        const qint64 age = date.isValid() ? date.daysTo(QDateTime::fromSecsSinceEpoch(m_now, Qt::UTC).date()) : -1;
        if (age < 0 || age > p.osUpdates.maxSecurityPatchAgeDays)
            return bad(s, tr("security patch %1 is %2 days old, more than %3 allowed (%4)")
                              .arg(patch->value).arg(age).arg(p.osUpdates.maxSecurityPatchAgeDays).arg(fact(DeviceFact::SecurityPatch, *patch)));
    }
    return ok(s, minimum.isEmpty() ? tr("no minimum OS set by the policy") : tr("OS %1 meets the minimum %2 (%3)").arg(version, minimum, source));
}
