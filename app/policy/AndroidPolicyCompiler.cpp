#include "policy/AndroidPolicyCompiler.h"

#include "policy/FailedAttemptWipe.h"

#include <QJsonArray>

namespace {

QString quality(PasscodeComplexity c)
{
    switch (c) {
    case PasscodeComplexity::None: return QStringLiteral("SOMETHING");
    case PasscodeComplexity::Numeric: return QStringLiteral("NUMERIC_COMPLEX");
    case PasscodeComplexity::Alphanumeric: return QStringLiteral("ALPHANUMERIC");
    case PasscodeComplexity::Complex: return QStringLiteral("COMPLEX");
    }
    return QStringLiteral("SOMETHING");
}

// int64 fields travel as decimal strings in the API's JSON.
QString int64(qint64 v) { return QString::number(v); }

} // namespace


QJsonObject AndroidPolicyCompiler::compile(const PolicySettings &s, int version) const
{
    const bool workProfile = m_ownership == Ownership::BYOD;
    QJsonObject policy;
    policy.insert(QStringLiteral("version"), int64(version));
    // The compiled policy owns passwordPolicies outright: it replaces the baseline's, so a kiosk
    // without a passcode sends an empty list rather than inheriting the baseline's PIN.
    QJsonArray passwordPolicies;
    if (s.passcode.required) {
        QJsonObject pw{{QStringLiteral("passwordQuality"), quality(s.passcode.complexity)},
                       {QStringLiteral("passwordMinimumLength"), s.passcode.minLength},
                       {QStringLiteral("passwordScope"), workProfile ? QStringLiteral("SCOPE_PROFILE") : QStringLiteral("SCOPE_DEVICE")},
                       {QStringLiteral("requirePasswordUnlock"), QStringLiteral("REQUIRE_EVERY_DAY")}};
        // Wipe after failed attempts only where the device belongs to the clinic and has one user:
        // never on a personal phone, and not where anyone passing by (a shared or patient-facing
        // device) could erase it by guessing.
        if (s.passcode.maxFailedAttempts > 0 && FailedAttemptWipe::allowed(m_ownership))
            pw.insert(QStringLiteral("maximumFailedPasswordsForWipe"), s.passcode.maxFailedAttempts);
        if (s.passcode.history > 0)
            pw.insert(QStringLiteral("passwordHistoryLength"), s.passcode.history);
        if (s.passcode.maxAgeDays > 0)
            pw.insert(QStringLiteral("passwordExpirationTimeout"), QStringLiteral("%1s").arg(qint64(s.passcode.maxAgeDays) * 86400));
        if (workProfile)
            pw.insert(QStringLiteral("unifiedLockSettings"), QStringLiteral("REQUIRE_SEPARATE_WORK_LOCK"));
        passwordPolicies.append(pw);
    }
    policy.insert(QStringLiteral("passwordPolicies"), passwordPolicies);
    // A kiosk nobody may unlock has no lock screen (its lock task is the only screen); a shared
    // tablet keeps it.
    if (m_ownership == Ownership::COSU || m_ownership == Ownership::Shared)
        policy.insert(QStringLiteral("keyguardDisabled"), !s.passcode.required);
    policy.insert(QStringLiteral("maximumTimeToLock"), int64(qint64(s.autoLockMinutes) * 60 * 1000));
    if (s.encryptionRequired)
        policy.insert(QStringLiteral("encryptionPolicy"),
                      s.passcode.required ? QStringLiteral("ENABLED_WITH_PASSWORD") : QStringLiteral("ENABLED_WITHOUT_PASSWORD"));
    // Fully managed: the always-on VPN. Work profile: the per-app VPN is the profile's always-on VPN,
    // which carries the work apps' traffic only, never the personal side's.
    const bool vpnNamed = !s.vpn.androidPackage.isEmpty() && !s.vpn.server.isEmpty();
    const bool alwaysOnVpn = vpnNamed && (workProfile ? s.vpn.perAppVpn : s.vpn.alwaysOn);
    if (alwaysOnVpn) {
        // Lockdown (no traffic outside the tunnel) only once the device reported the tunnel up: a
        // VPN that cannot connect must not cut the device off from the console. Users cannot
        // change or remove the VPN.
        policy.insert(QStringLiteral("alwaysOnVpnPackage"), QJsonObject{{QStringLiteral("packageName"), s.vpn.androidPackage},
                                                                      {QStringLiteral("lockdownEnabled"), m_vpnReportedUp}});
        policy.insert(QStringLiteral("vpnConfigDisabled"), true);
    }
    if (workProfile || s.dataSharing.blockCrossProfileCopyPaste)
        policy.insert(QStringLiteral("crossProfilePolicies"),
                      QJsonObject{{QStringLiteral("crossProfileCopyPaste"), s.dataSharing.blockCrossProfileCopyPaste
                                                                                ? QStringLiteral("COPY_FROM_WORK_TO_PERSONAL_DISALLOWED")
                                                                                : QStringLiteral("CROSS_PROFILE_COPY_PASTE_ALLOWED")},
                                  {QStringLiteral("crossProfileDataSharing"), s.dataSharing.managedOpenIn
                                                                                  ? QStringLiteral("DATA_SHARING_FROM_WORK_TO_PERSONAL_DISALLOWED")
                                                                                  : QStringLiteral("CROSS_PROFILE_DATA_SHARING_ALLOWED")}});
    policy.insert(QStringLiteral("screenCaptureDisabled"), s.dataSharing.blockScreenshots);
    policy.insert(QStringLiteral("cameraAccess"), s.cameraAllowed ? QStringLiteral("CAMERA_ACCESS_USER_CHOICE")
                                                                  : QStringLiteral("CAMERA_ACCESS_DISABLED"));

    QJsonArray apps;
    for (const AppAssignment &a : s.apps) {
        if (a.androidPackage.isEmpty())
            continue;
        const bool isKiosk = s.kiosk.enabled && a.androidPackage == s.kiosk.androidPackage;
        QJsonObject app{{QStringLiteral("packageName"), a.androidPackage},
                        {QStringLiteral("installType"), isKiosk ? QStringLiteral("KIOSK")
                                                        : a.required ? QStringLiteral("FORCE_INSTALLED") : QStringLiteral("AVAILABLE")}};
        if (!a.managedConfiguration.isEmpty())
            app.insert(QStringLiteral("managedConfiguration"), a.managedConfiguration);
        // With a lockdown always-on VPN every app is tunnelled; per-app VPN on Android is the work
        // profile's VPN, so apps outside the list are exempt only where the policy asks for per-app.
        if (alwaysOnVpn)
            app.insert(QStringLiteral("alwaysOnVpnLockdownExemption"), QStringLiteral("VPN_LOCKDOWN_ENFORCED"));
        apps.append(app);
    }
    auto listed = [&apps](const QString &package) {
        for (const QJsonValue &v : apps)
            if (v.toObject().value(QLatin1String("packageName")).toString() == package)
                return true;
        return false;
    };
    if (alwaysOnVpn && !listed(s.vpn.androidPackage))
        // The VPN app itself is installed by the policy (an always-on package that is not installed
        // connects nothing).
        apps.append(QJsonObject{{QStringLiteral("packageName"), s.vpn.androidPackage},
                                {QStringLiteral("installType"), QStringLiteral("FORCE_INSTALLED")}});
    if (s.kiosk.enabled && !s.kiosk.androidPackage.isEmpty()) {
        if (!listed(s.kiosk.androidPackage))
            apps.append(QJsonObject{{QStringLiteral("packageName"), s.kiosk.androidPackage}, {QStringLiteral("installType"), QStringLiteral("KIOSK")}});
    }
    const bool androidKiosk = s.kiosk.enabled && !s.kiosk.androidPackage.isEmpty();
    if (androidKiosk && !s.kiosk.urlAllowlist.isEmpty()) {
        // The managed browser's own policy (Chrome's URLBlocklist / URLAllowlist): everything is
        // blocked but the allowlist. Chrome's host filter "clinic.example" already covers subdomains.
        QJsonArray allow;
        for (const QString &entry : s.kiosk.urlAllowlist)
            allow.append(entry.startsWith(QLatin1String("*.")) ? entry.mid(2) : entry);
        apps.append(QJsonObject{{QStringLiteral("packageName"), QStringLiteral("com.android.chrome")},
                                {QStringLiteral("installType"), QStringLiteral("FORCE_INSTALLED")},
                                {QStringLiteral("managedConfiguration"),
                                 QJsonObject{{QStringLiteral("URLBlocklist"), QJsonArray{QStringLiteral("*")}},
                                             {QStringLiteral("URLAllowlist"), allow}}}});
    }
    QJsonObject agentConfig;
    if (androidKiosk)
        // The agent draws the kiosk's branding (logo, department, whom to call) over the lock task.
        agentConfig.insert(QStringLiteral("kioskBranding"), QJsonObject{{QStringLiteral("logo"), s.kiosk.branding.logo},
                                                                        {QStringLiteral("department"), s.kiosk.branding.department},
                                                                        {QStringLiteral("supportContact"), s.kiosk.branding.supportContact}});
    if (s.sharedDevice.enabled) {
        agentConfig.insert(QStringLiteral("sharedDevice"), true);
        agentConfig.insert(QStringLiteral("sessionTimeoutMinutes"), s.sharedDevice.sessionTimeoutMinutes);
        agentConfig.insert(QStringLiteral("clearDataOnSignOut"), s.sharedDevice.clearDataOnSignOut);
    }
    if (s.osUpdates.deadlineDays > 0)
        agentConfig.insert(QStringLiteral("updateDeadlineDays"), s.osUpdates.deadlineDays);
    if (!agentConfig.isEmpty() || alwaysOnVpn) {
        QJsonObject agent{{QStringLiteral("packageName"), QLatin1String(AgentPackage)},
                          {QStringLiteral("installType"), QStringLiteral("REQUIRED_FOR_SETUP")}};
        if (!agentConfig.isEmpty())
            agent.insert(QStringLiteral("managedConfiguration"), agentConfig);
        // The management agent reaches the console even when the VPN is down.
        if (alwaysOnVpn)
            agent.insert(QStringLiteral("alwaysOnVpnLockdownExemption"), QStringLiteral("VPN_LOCKDOWN_EXEMPTION"));
        apps.append(agent);
    }
    if (!apps.isEmpty())
        policy.insert(QStringLiteral("applications"), apps);

    if (!workProfile && !m_frpAdminEmails.isEmpty())
        // Factory reset protection proper: after a reset from recovery the device asks for one of
        // the clinic's accounts, so it comes back managed instead of unmanaged.
        policy.insert(QStringLiteral("frpAdminEmails"), QJsonArray::fromStringList(m_frpAdminEmails));
    if (s.kiosk.enabled) {
        policy.insert(QStringLiteral("factoryResetDisabled"), s.kiosk.factoryResetProtection);
        QStringList info;
        for (const QString &part : {s.kiosk.branding.department, s.kiosk.branding.supportContact})
            if (!part.isEmpty())
                info << part;
        if (!info.isEmpty())
            policy.insert(QStringLiteral("deviceOwnerLockScreenInfo"), QJsonObject{{QStringLiteral("defaultMessage"), info.join(QStringLiteral(" · "))}});
    }
    if (androidKiosk) {
        // Lock task with no way out for a patient: no power menu, no navigation, no status bar, no
        // Settings; crash dialogs muted so the check-in app simply restarts.
        policy.insert(QStringLiteral("kioskCustomization"),
                      QJsonObject{{QStringLiteral("powerButtonActions"), QStringLiteral("POWER_BUTTON_BLOCKED")},
                                  {QStringLiteral("systemErrorWarnings"), QStringLiteral("ERROR_AND_WARNINGS_MUTED")},
                                  {QStringLiteral("systemNavigation"), QStringLiteral("NAVIGATION_DISABLED")},
                                  {QStringLiteral("statusBar"), QStringLiteral("NOTIFICATIONS_AND_SYSTEM_INFO_DISABLED")},
                                  {QStringLiteral("deviceSettings"), QStringLiteral("SETTINGS_ACCESS_BLOCKED")}});
        if (!s.kiosk.branding.department.isEmpty() || !s.kiosk.branding.supportContact.isEmpty())
            policy.insert(QStringLiteral("longSupportMessage"),
                          QJsonObject{{QStringLiteral("defaultMessage"),
                                       QStringList{s.kiosk.branding.department, s.kiosk.branding.supportContact}.join(QLatin1Char('\n')).trimmed()}});
    }
    if (!s.kiosk.branding.supportContact.isEmpty())
        policy.insert(QStringLiteral("shortSupportMessage"), QJsonObject{{QStringLiteral("defaultMessage"), s.kiosk.branding.supportContact}});
    if (s.osUpdates.deadlineDays > 0 && !workProfile) {
        // A kiosk app pinned in lock task is not interrupted by an update during opening hours:
        // Google recommends WINDOWED there; the window also covers Play app updates.
        if (androidKiosk)
            policy.insert(QStringLiteral("systemUpdate"), QJsonObject{{QStringLiteral("type"), QStringLiteral("WINDOWED")},
                                                                      {QStringLiteral("startMinutes"), KioskUpdateWindowStartMinutes},
                                                                      {QStringLiteral("endMinutes"), KioskUpdateWindowEndMinutes}});
        else
            policy.insert(QStringLiteral("systemUpdate"), QJsonObject{{QStringLiteral("type"), QStringLiteral("AUTOMATIC")}});
    }
    return policy;
}
