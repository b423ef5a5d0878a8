#include "policy/AppleProfileCompiler.h"

#include "apple/Plist.h"

#include <QCoreApplication>
#include <QUuid>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("AppleProfileCompiler", text); }
const QUuid kNamespace(QStringLiteral("{5d3c1c9e-6a43-4c8e-9a57-2f1d2b6e9c01}"));
}

AppleProfileCompiler::AppleProfileCompiler(qint64 policyId, const QString &policyName, int version, const QString &organization)
    : m_policyId(policyId), m_policyName(policyName), m_version(version), m_organization(organization)
{
}

QString AppleProfileCompiler::uuidFor(const QString &what) const
{
    return QUuid::createUuidV5(kNamespace, QStringLiteral("%1/%2").arg(m_policyId).arg(what)).toString(QUuid::WithoutBraces).toUpper();
}

QString AppleProfileCompiler::perAppVpnUuid(qint64 policyId)
{
    return AppleProfileCompiler(policyId, {}, 0, {}).uuidFor(QStringLiteral("per-app-vpn"));
}

QVariantMap AppleProfileCompiler::payload(const QString &type, const QString &displayName, QVariantMap keys) const
{
    keys.insert(QStringLiteral("PayloadType"), type);
    keys.insert(QStringLiteral("PayloadVersion"), 1);
    keys.insert(QStringLiteral("PayloadIdentifier"), QStringLiteral("%1.%2.%3").arg(QLatin1String(IdentifierPrefix)).arg(m_policyId).arg(type));
    keys.insert(QStringLiteral("PayloadUUID"), uuidFor(type));
    keys.insert(QStringLiteral("PayloadDisplayName"), displayName);
    if (!m_organization.isEmpty())
        keys.insert(QStringLiteral("PayloadOrganization"), m_organization);
    return keys;
}

Status AppleProfileCompiler::compile(const PolicySettings &s, AppleCompiledPolicy *out) const
{
    QVariantList payloads;
    if (s.passcode.required) {
        QVariantMap p{{QStringLiteral("forcePIN"), true},
                      {QStringLiteral("allowSimple"), s.passcode.complexity == PasscodeComplexity::None},
                      {QStringLiteral("minLength"), s.passcode.minLength}};
        if (s.passcode.complexity == PasscodeComplexity::Alphanumeric || s.passcode.complexity == PasscodeComplexity::Complex)
            p.insert(QStringLiteral("requireAlphanumeric"), true);
        if (s.passcode.complexity == PasscodeComplexity::Complex)
            p.insert(QStringLiteral("minComplexChars"), 1);
        if (s.passcode.maxFailedAttempts >= 2)
            p.insert(QStringLiteral("maxFailedAttempts"), s.passcode.maxFailedAttempts);
        if (s.passcode.history > 0)
            p.insert(QStringLiteral("pinHistory"), s.passcode.history);
        if (s.passcode.maxAgeDays > 0)
            p.insert(QStringLiteral("maxPINAgeInDays"), s.passcode.maxAgeDays);
        if (s.autoLockMinutes > 0)
            p.insert(QStringLiteral("maxInactivity"), s.autoLockMinutes);
        payloads << payload(QStringLiteral("com.apple.mobiledevice.passwordpolicy"), tr("Passcode"), p);
    }

    QVariantMap restrictions{{QStringLiteral("allowOpenFromManagedToUnmanaged"), !s.dataSharing.managedOpenIn},
                             {QStringLiteral("allowOpenFromUnmanagedToManaged"), !s.dataSharing.managedOpenIn},
                             {QStringLiteral("requireManagedPasteboard"), s.dataSharing.managedPasteboard},
                             {QStringLiteral("allowScreenShot"), !s.dataSharing.blockScreenshots},
                             {QStringLiteral("allowCamera"), s.cameraAllowed}};
    if (s.encryptionRequired)
        restrictions.insert(QStringLiteral("forceEncryptedBackup"), true);
    if (s.kiosk.enabled && s.kiosk.factoryResetProtection)
        restrictions.insert(QStringLiteral("allowEraseContentAndSettings"), false);
    if (s.vpn.alwaysOn)
        restrictions.insert(QStringLiteral("allowVPNCreation"), false);
    payloads << payload(QStringLiteral("com.apple.applicationaccess"), tr("Restrictions"), restrictions);

    const QVariantMap ikev2{{QStringLiteral("RemoteAddress"), s.vpn.server},
                            {QStringLiteral("RemoteIdentifier"), s.vpn.server},
                            {QStringLiteral("LocalIdentifier"), QStringLiteral("device.%1").arg(s.vpn.server)},
                            {QStringLiteral("AuthenticationMethod"), QStringLiteral("Certificate")},
                            {QStringLiteral("CertificateType"), QStringLiteral("ECDSA256")},
                            {QStringLiteral("EnablePFS"), 1}};
    if (s.vpn.alwaysOn) {
        QVariantMap tunnel = ikev2;
        tunnel.insert(QStringLiteral("ProtocolType"), QStringLiteral("IKEv2"));
        payloads << payload(QStringLiteral("com.apple.vpn.managed"), tr("Always-on VPN"),
                            {{QStringLiteral("VPNType"), QStringLiteral("AlwaysOn")},
                             {QStringLiteral("UserDefinedName"), tr("Clinic VPN (always on)")},
                             {QStringLiteral("AlwaysOn"), QVariantMap{{QStringLiteral("UIToggleEnabled"), 0},
                                                                      {QStringLiteral("TunnelConfigurations"), QVariantList{tunnel}}}}});
    }
    bool anyPerApp = false;
    for (const AppAssignment &a : s.apps)
        anyPerApp = anyPerApp || (a.perAppVpn && !a.appleBundleId.isEmpty());
    if (s.vpn.perAppVpn && anyPerApp) {
        // The VPN the managed apps are mapped to (InstallApplication's Attributes.VPNUUID names it).
        const QString vpnUuid = uuidFor(QStringLiteral("per-app-vpn"));
        payloads << payload(QStringLiteral("com.apple.vpn.managed.applayer"), tr("Per-app VPN for clinical apps"),
                            {{QStringLiteral("VPNUUID"), vpnUuid}, {QStringLiteral("OnDemandMatchAppEnabled"), true}});
    }
    if (s.kiosk.enabled && !s.kiosk.appleBundleId.isEmpty())
        payloads << payload(QStringLiteral("com.apple.app.lock"), tr("Single app (kiosk)"),
                            {{QStringLiteral("App"), QVariantMap{{QStringLiteral("Identifier"), s.kiosk.appleBundleId},
                                                                 {QStringLiteral("Options"), QVariantMap{{QStringLiteral("DisableAutoLock"), true}}}}}});
    if (!s.kiosk.urlAllowlist.isEmpty()) {
        QVariantList bookmarks;
        for (const QString &url : s.kiosk.urlAllowlist)
            bookmarks << QVariantMap{{QStringLiteral("URL"), url}, {QStringLiteral("Title"), url}};
        payloads << payload(QStringLiteral("com.apple.webcontent-filter"), tr("Allowed web sites"),
                            {{QStringLiteral("FilterType"), QStringLiteral("BuiltIn")},
                             {QStringLiteral("AutoFilterEnabled"), false},
                             {QStringLiteral("AllowListBookmarks"), bookmarks}});
    }

    QVariantList items;
    for (const AppAssignment &a : s.apps)
        if (!a.appleBundleId.isEmpty() && !a.managedConfiguration.isEmpty())
            items << QVariantMap{{QStringLiteral("Item"), QStringLiteral("ApplicationConfiguration")},
                                 {QStringLiteral("Identifier"), a.appleBundleId},
                                 {QStringLiteral("Configuration"), a.managedConfiguration.toVariantMap()}};
    if (s.sharedDevice.enabled)
        items << QVariantMap{{QStringLiteral("Item"), QStringLiteral("SharedDeviceConfiguration")},
                             {QStringLiteral("UserSessionTimeout"), s.sharedDevice.sessionTimeoutMinutes * 60},
                             {QStringLiteral("TemporarySessionOnly"), false}};

    AppleCompiledPolicy compiled;
    compiled.settingsItems = items;
    compiled.profile = {
        {QStringLiteral("PayloadType"), QStringLiteral("Configuration")},
        {QStringLiteral("PayloadVersion"), 1},
        {QStringLiteral("PayloadIdentifier"), QStringLiteral("%1.%2").arg(QLatin1String(IdentifierPrefix)).arg(m_policyId)},
        {QStringLiteral("PayloadUUID"), uuidFor(QStringLiteral("profile"))},
        {QStringLiteral("PayloadDisplayName"), m_policyName},
        {QStringLiteral("PayloadDescription"), tr("ClinicMDM policy %1, version %2").arg(m_policyName).arg(m_version)},
        {QStringLiteral("PayloadRemovalDisallowed"), true},
        {QStringLiteral("PayloadScope"), QStringLiteral("System")},
        {QStringLiteral("PayloadContent"), payloads},
    };
    if (!m_organization.isEmpty())
        compiled.profile.insert(QStringLiteral("PayloadOrganization"), m_organization);
    if (Status st = Plist::toXml(compiled.profile, compiled.profileXml); !st)
        return st;
    *out = compiled;
    return Status::success();
}
