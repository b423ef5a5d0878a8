#include "policy/AppleProfileCompiler.h"

#include "apple/Plist.h"
#include "policy/FailedAttemptWipe.h"

#include <QCoreApplication>
#include <QUuid>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("AppleProfileCompiler", text); }
const QUuid kNamespace(QStringLiteral("{5d3c1c9e-6a43-4c8e-9a57-2f1d2b6e9c01}"));
}

AppleProfileCompiler::AppleProfileCompiler(qint64 policyId, const QString &policyName, int version, const QString &organization,
                                           Ownership ownership)
    : m_policyId(policyId), m_policyName(policyName), m_version(version), m_organization(organization), m_ownership(ownership)
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

QVariantMap AppleProfileCompiler::payload(const QString &type, const QString &displayName, QVariantMap keys, const QString &key) const
{
    // `key` tells apart two payloads of one type (the supervised restrictions from the others).
    const QString what = key.isEmpty() ? type : key;
    keys.insert(QStringLiteral("PayloadType"), type);
    keys.insert(QStringLiteral("PayloadVersion"), 1);
    keys.insert(QStringLiteral("PayloadIdentifier"), QStringLiteral("%1.%2.%3").arg(QLatin1String(IdentifierPrefix)).arg(m_policyId).arg(what));
    keys.insert(QStringLiteral("PayloadUUID"), uuidFor(what));
    keys.insert(QStringLiteral("PayloadDisplayName"), displayName);
    if (!m_organization.isEmpty())
        keys.insert(QStringLiteral("PayloadOrganization"), m_organization);
    return keys;
}

QString AppleProfileCompiler::kioskProfileIdentifier(qint64 policyId)
{
    return QStringLiteral("%1.%2.kiosk").arg(QLatin1String(IdentifierPrefix)).arg(policyId);
}

QString AppleProfileCompiler::profileIdentifier(qint64 policyId)
{
    return QStringLiteral("%1.%2").arg(QLatin1String(IdentifierPrefix)).arg(policyId);
}

QString AppleProfileCompiler::supervisedProfileIdentifier(qint64 policyId)
{
    return QStringLiteral("%1.%2.supervised").arg(QLatin1String(IdentifierPrefix)).arg(policyId);
}

QVariantMap AppleProfileCompiler::configuration(const QString &identifier, const QString &uuidKey, const QString &displayName,
                                                const QString &description, const QVariantList &payloads) const
{
    QVariantMap profile{
        {QStringLiteral("PayloadType"), QStringLiteral("Configuration")},
        {QStringLiteral("PayloadVersion"), 1},
        {QStringLiteral("PayloadIdentifier"), identifier},
        {QStringLiteral("PayloadUUID"), uuidFor(uuidKey)},
        {QStringLiteral("PayloadDisplayName"), displayName},
        {QStringLiteral("PayloadDescription"), description},
        {QStringLiteral("PayloadRemovalDisallowed"), true},
        {QStringLiteral("PayloadScope"), QStringLiteral("System")},
        {QStringLiteral("PayloadContent"), payloads},
    };
    if (!m_organization.isEmpty())
        profile.insert(QStringLiteral("PayloadOrganization"), m_organization);
    return profile;
}

Status AppleProfileCompiler::supports(const PolicySettings &s)
{
    // Shared iPad needs Automated Device Enrollment (supervision), the SharedDeviceConfiguration
    // payload and an MDM payload with com.apple.mdm.per-user-connections; enrollment here is by
    // link only, so an iPad given a shared-device policy would be an ordinary iPad that one
    // clinician's data stays on for the next.
    if (s.sharedDevice.enabled)
        return Status::failure(ErrorCode::InvalidInput,
                               tr("Apple devices cannot take a shared-device policy: Shared iPad needs Automated Device Enrollment "
                                  "(supervision), which this console does not offer. Assign it to Android tablets, and a COPE policy to iPads."));
    return Status::success();
}

QStringList AppleProfileCompiler::supervisionNeeds(const PolicySettings &s)
{
    QStringList needs;
    if (s.kiosk.enabled && !s.kiosk.appleBundleId.isEmpty())
        needs << tr("single-app kiosk (App Lock)");
    if (s.kiosk.enabled && s.kiosk.factoryResetProtection)
        needs << tr("erase blocked (allowEraseContentAndSettings)");
    if (s.vpn.alwaysOn && !s.vpn.server.isEmpty())
        needs << tr("always-on VPN");
    if (s.sharedDevice.enabled)
        needs << tr("Shared iPad");
    return needs;
}

Status AppleProfileCompiler::compile(const PolicySettings &s, AppleCompiledPolicy *out) const
{
    const bool personal = m_ownership == Ownership::BYOD;
    QVariantList payloads;
    if (s.passcode.required) {
        QVariantMap p{{QStringLiteral("forcePIN"), true},
                      {QStringLiteral("allowSimple"), s.passcode.complexity == PasscodeComplexity::None},
                      {QStringLiteral("minLength"), s.passcode.minLength}};
        if (s.passcode.complexity == PasscodeComplexity::Alphanumeric || s.passcode.complexity == PasscodeComplexity::Complex)
            p.insert(QStringLiteral("requireAlphanumeric"), true);
        if (s.passcode.complexity == PasscodeComplexity::Complex)
            p.insert(QStringLiteral("minComplexChars"), 1);
        if (s.passcode.maxFailedAttempts >= 2 && FailedAttemptWipe::allowed(m_ownership))
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
                             {QStringLiteral("requireManagedPasteboard"), s.dataSharing.managedPasteboard}};
    // Screenshots and the camera are device-wide on iOS: on a clinician's own phone they would
    // reach personal photos and apps, which the privacy manifest promises IT never touches.
    if (!personal) {
        restrictions.insert(QStringLiteral("allowScreenShot"), !s.dataSharing.blockScreenshots);
        restrictions.insert(QStringLiteral("allowCamera"), s.cameraAllowed);
    }
    if (s.encryptionRequired)
        restrictions.insert(QStringLiteral("forceEncryptedBackup"), true);
    payloads << payload(QStringLiteral("com.apple.applicationaccess"), tr("Restrictions"), restrictions);

    bool anyPerApp = false;
    for (const AppAssignment &a : s.apps)
        anyPerApp = anyPerApp || (a.perAppVpn && !a.appleBundleId.isEmpty());
    if (s.vpn.perAppVpn && anyPerApp && !s.vpn.server.isEmpty()) {
        // The VPN the managed apps are mapped to (InstallApplication's Attributes.VPNUUID names it).
        // Its fields are the VPN payload's: an IKEv2 tunnel to the clinic's gateway, the server
        // proving itself with its certificate and the clinician with their clinic account (EAP),
        // so no per-device identity is needed for it.
        payloads << payload(QStringLiteral("com.apple.vpn.managed.applayer"), tr("Per-app VPN for clinical apps"),
                            {{QStringLiteral("VPNUUID"), uuidFor(QStringLiteral("per-app-vpn"))},
                             {QStringLiteral("VPNType"), QStringLiteral("IKEv2")},
                             {QStringLiteral("UserDefinedName"), tr("Clinic VPN (clinical apps)")},
                             {QStringLiteral("OnDemandMatchAppEnabled"), true},
                             {QStringLiteral("IKEv2"), QVariantMap{{QStringLiteral("RemoteAddress"), s.vpn.server},
                                                                   {QStringLiteral("RemoteIdentifier"), s.vpn.server},
                                                                   {QStringLiteral("ServerCertificateCommonName"), s.vpn.server},
                                                                   {QStringLiteral("LocalIdentifier"), QStringLiteral("clinicmdm-per-app")},
                                                                   {QStringLiteral("AuthenticationMethod"), QStringLiteral("None")},
                                                                   {QStringLiteral("ExtendedAuthEnabled"), 1},
                                                                   {QStringLiteral("EnablePFS"), 1}}}});
    }
    const bool appleKiosk = s.kiosk.enabled && !s.kiosk.appleBundleId.isEmpty();
    if (appleKiosk && !s.kiosk.urlAllowlist.isEmpty()) {
        // AllowListBookmarks turns the built-in filter into "only these sites" (AutoFilterEnabled
        // would allow everything adult-filtered instead). A host pattern becomes its https address.
        QVariantList bookmarks;
        for (const QString &entry : s.kiosk.urlAllowlist) {
            QString url = entry;
            if (!url.contains(QLatin1String("://")))
                url = QStringLiteral("https://") + (url.startsWith(QLatin1String("*.")) ? url.mid(2) : url);
            bookmarks << QVariantMap{{QStringLiteral("URL"), url}, {QStringLiteral("Title"), entry}};
        }
        payloads << payload(QStringLiteral("com.apple.webcontent-filter"), tr("Allowed web sites"),
                            {{QStringLiteral("FilterType"), QStringLiteral("BuiltIn")},
                             {QStringLiteral("AutoFilterEnabled"), false},
                             {QStringLiteral("AllowListBookmarks"), bookmarks}});
    }

    // Supervised-only settings in a profile of their own: iOS installs a profile all or nothing,
    // so on an unsupervised device only this one fails and the passcode and restrictions stay.
    QVariantList supervised;
    QVariantMap supervisedRestrictions;
    if (s.kiosk.enabled && s.kiosk.factoryResetProtection)
        supervisedRestrictions.insert(QStringLiteral("allowEraseContentAndSettings"), false);
    if (s.vpn.alwaysOn && !s.vpn.server.isEmpty())
        supervisedRestrictions.insert(QStringLiteral("allowVPNCreation"), false);
    if (!supervisedRestrictions.isEmpty())
        supervised << payload(QStringLiteral("com.apple.applicationaccess"), tr("Restrictions (supervised)"), supervisedRestrictions,
                              QStringLiteral("supervised-restrictions"));
    if (s.vpn.alwaysOn && !s.vpn.server.isEmpty()) {
        const QVariantMap tunnel{{QStringLiteral("ProtocolType"), QStringLiteral("IKEv2")},
                                 {QStringLiteral("RemoteAddress"), s.vpn.server},
                                 {QStringLiteral("RemoteIdentifier"), s.vpn.server},
                                 {QStringLiteral("LocalIdentifier"), QStringLiteral("device.%1").arg(s.vpn.server)},
                                 {QStringLiteral("AuthenticationMethod"), QStringLiteral("Certificate")},
                                 {QStringLiteral("CertificateType"), QStringLiteral("ECDSA256")},
                                 {QStringLiteral("EnablePFS"), 1}};
        supervised << payload(QStringLiteral("com.apple.vpn.managed"), tr("Always-on VPN"),
                              {{QStringLiteral("VPNType"), QStringLiteral("AlwaysOn")},
                               {QStringLiteral("UserDefinedName"), tr("Clinic VPN (always on)")},
                               {QStringLiteral("AlwaysOn"), QVariantMap{{QStringLiteral("UIToggleEnabled"), 0},
                                                                        {QStringLiteral("TunnelConfigurations"), QVariantList{tunnel}}}}});
    }
    if (appleKiosk) {
        // The lock screen is where Apple shows an organisation's text (supervised devices); the
        // logo has no place in a profile.
        QStringList footnote;
        if (!s.kiosk.branding.department.isEmpty())
            footnote << s.kiosk.branding.department;
        if (!s.kiosk.branding.supportContact.isEmpty())
            footnote << tr("Help: %1").arg(s.kiosk.branding.supportContact);
        QVariantMap lockScreen;
        if (!footnote.isEmpty())
            lockScreen.insert(QStringLiteral("LockScreenFootnote"), footnote.join(QStringLiteral(" · ")));
        const QString tag = m_organization.isEmpty() ? s.kiosk.branding.department
                                                     : QStringList{m_organization, s.kiosk.branding.department}.join(QLatin1Char(' ')).trimmed();
        if (!tag.isEmpty())
            lockScreen.insert(QStringLiteral("AssetTagInformation"), tag);
        if (!lockScreen.isEmpty())
            supervised << payload(QStringLiteral("com.apple.shareddeviceconfiguration"), tr("Kiosk lock screen"), lockScreen);
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
    compiled.profile = configuration(profileIdentifier(m_policyId), QStringLiteral("profile"),
                                     m_policyName, tr("ClinicMDM policy %1, version %2").arg(m_policyName).arg(m_version), payloads);
    if (Status st = Plist::toXml(compiled.profile, compiled.profileXml); !st)
        return st;
    if (!supervised.isEmpty()) {
        compiled.supervisedProfileIdentifier = supervisedProfileIdentifier(m_policyId);
        compiled.supervisedProfile = configuration(compiled.supervisedProfileIdentifier, QStringLiteral("supervised-profile"),
                                                   tr("%1 (supervised devices)").arg(m_policyName),
                                                   tr("ClinicMDM policy %1, version %2: settings only supervised devices apply").arg(m_policyName).arg(m_version),
                                                   supervised);
        if (Status st = Plist::toXml(compiled.supervisedProfile, compiled.supervisedProfileXml); !st)
            return st;
    }
    if (appleKiosk) {
        const QVariantList lock{payload(QStringLiteral("com.apple.app.lock"), tr("Single app (kiosk)"),
                                        {{QStringLiteral("App"), QVariantMap{{QStringLiteral("Identifier"), s.kiosk.appleBundleId},
                                                                             {QStringLiteral("Options"), QVariantMap{{QStringLiteral("DisableAutoLock"), true}}}}}})};
        compiled.kioskProfileIdentifier = kioskProfileIdentifier(m_policyId);
        compiled.kioskProfile = configuration(compiled.kioskProfileIdentifier, QStringLiteral("kiosk-profile"), tr("%1 (kiosk)").arg(m_policyName),
                                              tr("ClinicMDM kiosk of policy %1, version %2").arg(m_policyName).arg(m_version), lock);
        if (Status st = Plist::toXml(compiled.kioskProfile, compiled.kioskProfileXml); !st)
            return st;
    }
    *out = compiled;
    return Status::success();
}
