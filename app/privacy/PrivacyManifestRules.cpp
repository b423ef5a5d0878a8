#include "privacy/PrivacyManifestRules.h"

#include "policy/FailedAttemptWipe.h"
#include "privacy/PrivacyBoundary.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PrivacyManifestRules", text); }

bool isApple(Platform p) { return p != Platform::Android; }

bool onPlatform(Platform p, const AppAssignment &a) { return isApple(p) ? !a.appleBundleId.isEmpty() : !a.androidPackage.isEmpty(); }
bool onPlatform(Platform p, const CatalogApp &a) { return isApple(p) == (a.platform == CatalogApp::Platform::Apple); }

QString list(QStringList names)
{
    names.removeDuplicates();
    return QLocale().createSeparatedList(names);
}

QString complexityWords(PasscodeComplexity c)
{
    switch (c) {
    case PasscodeComplexity::None: return tr("any characters");
    case PasscodeComplexity::Numeric: return tr("digits");
    case PasscodeComplexity::Alphanumeric: return tr("letters and numbers");
    case PasscodeComplexity::Complex: return tr("letters, numbers and symbols");
    }
    return {};
}

QString topicSentence(PrivacyBoundary::Topic topic, const Device &d)
{
    using T = PrivacyBoundary::Topic;
    const bool personal = d.ownership == Ownership::BYOD;
    switch (topic) {
    case T::Location:
        if (personal)
            return tr("Where you are or where you go: the phone's location is never collected.");
        return PrivacyBoundary::mayLocateInLostMode(d.platform, d.ownership)
                   ? tr("Where the device is during normal use: check-ins never collect its location.")
                   : tr("Where the device is: its location is never collected.");
    case T::PersonalApps:
        return personal ? tr("Which personal apps you have installed, or anything you do in them.")
                        : tr("Which apps other than the clinic's are installed: that list is never collected.");
    case T::PersonalAccounts: return tr("Your personal accounts (Google account, Apple ID, email and social media accounts).");
    case T::Photos: return tr("Your photos, videos and files.");
    case T::Messages: return tr("Your text messages, chats and call history.");
    case T::Browsing: return tr("Your web browsing history.");
    case T::PersonalEmail: return tr("Your personal email.");
    case T::Passcode: return tr("Your passcode, fingerprint or face data.");
    }
    return {};
}

QString topicKey(PrivacyBoundary::Topic topic)
{
    using T = PrivacyBoundary::Topic;
    switch (topic) {
    case T::Location: return QStringLiteral("location");
    case T::PersonalApps: return QStringLiteral("personal_apps");
    case T::PersonalAccounts: return QStringLiteral("accounts");
    case T::Photos: return QStringLiteral("photos");
    case T::Messages: return QStringLiteral("messages");
    case T::Browsing: return QStringLiteral("browsing");
    case T::PersonalEmail: return QStringLiteral("personal_email");
    case T::Passcode: return QStringLiteral("passcode");
    }
    return {};
}

void canSee(const PrivacyManifestRules::Input &in, const QStringList &apps, PrivacyManifest &m)
{
    const Device &d = in.device;
    const bool personal = d.ownership == Ownership::BYOD;
    m.canSee << PrivacyManifest::Item{QStringLiteral("device"), personal ? tr("Your phone's model, serial number and operating system version.")
                                                                         : tr("The device's model, serial number and operating system version.")};
    m.canSee << PrivacyManifest::Item{QStringLiteral("security_state"),
                                      tr("Whether the storage is encrypted and whether the passcode meets the clinic's rules (never the passcode itself).")};
    m.canSee << PrivacyManifest::Item{QStringLiteral("managed_apps"),
                                      apps.isEmpty() ? tr("Which of the clinic's apps are installed (none is assigned yet).")
                                                     : tr("Which of the clinic's apps are installed, and their versions: %1.").arg(list(apps))};
    if (PrivacyBoundary::inventoriesAllApps(d.platform, d.ownership))
        m.canSee << PrivacyManifest::Item{QStringLiteral("all_apps"), tr("The names and versions of every app installed on the device.")};
    m.canSee << PrivacyManifest::Item{QStringLiteral("last_check_in"), tr("When it last contacted the clinic's console.")};
    if (d.ownership == Ownership::Shared)
        m.canSee << PrivacyManifest::Item{QStringLiteral("sessions"), tr("Who signed in on this shared tablet, and when.")};
    if (isApple(d.platform) && PrivacyBoundary::mayLocateInLostMode(d.platform, d.ownership))
        m.canSee << PrivacyManifest::Item{QStringLiteral("lost_mode_location"),
                                          tr("Its location, only after IT puts it in Lost Mode because it was reported lost "
                                             "(clinic-owned, supervised iPhone or iPad).")};
}

void cannotSee(const PrivacyManifestRules::Input &in, PrivacyManifest &m)
{
    const Device &d = in.device;
    for (PrivacyBoundary::Topic t : PrivacyBoundary::neverStoredTopics()) {
        // A clinic-owned Apple device reports its whole app list; say only what is true.
        if (t == PrivacyBoundary::Topic::PersonalApps && PrivacyBoundary::inventoriesAllApps(d.platform, d.ownership))
            continue;
        m.cannotSee << PrivacyManifest::Item{topicKey(t), topicSentence(t, d)};
    }
    if (PrivacyBoundary::inventoriesAllApps(d.platform, d.ownership))
        m.cannotSee << PrivacyManifest::Item{QStringLiteral("app_content"), tr("What you do inside any app.")};
    for (PrivacyBoundary::Topic t : PrivacyBoundary::beyondManagementReach())
        m.cannotSee << PrivacyManifest::Item{topicKey(t), topicSentence(t, d)};
}

void passcode(const PrivacyManifestRules::Input &in, const PolicySettings &s, PrivacyManifest &m)
{
    if (!s.passcode.required)
        return;
    const Device &d = in.device;
    const bool workProfile = d.ownership == Ownership::BYOD && d.platform == Platform::Android;
    // Whole sentences for one and for several (no "(s)"): the English text is what clinicians read.
    const bool one = s.passcode.minLength == 1;
    QString text = workProfile ? (one ? tr("Require a separate passcode for the work profile (%1).")
                                      : tr("Require a separate passcode for the work profile of at least %2 characters (%1)."))
                               : (one ? tr("Require a screen passcode (%1).") : tr("Require a screen passcode of at least %2 characters (%1)."));
    text = one ? text.arg(complexityWords(s.passcode.complexity))
               : text.arg(complexityWords(s.passcode.complexity)).arg(s.passcode.minLength);
    // The compilers set the wipe only where FailedAttemptWipe allows it (never a personal phone).
    if (s.passcode.maxFailedAttempts > 0 && FailedAttemptWipe::allowed(d.ownership))
        text += QLatin1Char(' ') + tr("After %1 wrong attempts in a row the device erases itself.").arg(s.passcode.maxFailedAttempts);
    if (s.passcode.maxAgeDays > 0)
        text += QLatin1Char(' ') + (s.passcode.maxAgeDays == 1 ? tr("It must be changed every day.") : tr("It must be changed every %1 days.").arg(s.passcode.maxAgeDays));
    m.canDo << PrivacyManifest::Item{QStringLiteral("passcode"), text};
}

void policyItems(const PrivacyManifestRules::Input &in, const PolicySettings &s, const QStringList &apps, PrivacyManifest &m)
{
    const Device &d = in.device;
    const bool personal = d.ownership == Ownership::BYOD;
    passcode(in, s, m);
    if (s.autoLockMinutes > 0)
        m.canDo << PrivacyManifest::Item{QStringLiteral("auto_lock"),
                                         s.autoLockMinutes == 1 ? tr("Lock the screen automatically after one minute without use.")
                                                                : tr("Lock the screen automatically after %1 minutes without use.").arg(s.autoLockMinutes)};
    if (s.encryptionRequired)
        m.canDo << PrivacyManifest::Item{QStringLiteral("encryption"), tr("Require the device's storage to be encrypted.")};
    // On a personal iPhone camera and screenshot limits would be device-wide, so none are sent.
    const bool deviceWideOnly = personal && isApple(d.platform);
    if (!s.cameraAllowed && !deviceWideOnly)
        m.canDo << PrivacyManifest::Item{QStringLiteral("camera"), personal ? tr("Turn off the camera for the clinic's apps; your own camera app is not affected.")
                                                                            : tr("Turn off the camera.")};
    const QStringList vpnApps = PrivacyManifestRules::perAppVpnAppNames(in);
    const QString server = s.vpn.server.isEmpty() ? tr("the clinic's VPN") : tr("the clinic's VPN (%1)").arg(s.vpn.server);
    if (!vpnApps.isEmpty())
        m.canDo << PrivacyManifest::Item{QStringLiteral("per_app_vpn"),
                                         tr("Send only the internet traffic of the clinic's apps (%1) through %2; the traffic of your other "
                                            "apps never goes through it.").arg(list(vpnApps), server)};
    else if (s.vpn.alwaysOn && !personal)
        m.canDo << PrivacyManifest::Item{QStringLiteral("always_on_vpn"), tr("Send all of the device's internet traffic through %1.").arg(server)};
    if (s.dataSharing.managedOpenIn)
        m.canDo << PrivacyManifest::Item{QStringLiteral("open_in"),
                                         tr("Stop documents and attachments from the clinic's apps being opened in personal apps.")};
    if (s.dataSharing.managedPasteboard || s.dataSharing.blockCrossProfileCopyPaste)
        m.canDo << PrivacyManifest::Item{QStringLiteral("copy_paste"),
                                         tr("Stop text being copied from the clinic's apps into personal apps (for example a patient's "
                                            "name into a personal message).")};
    if (s.dataSharing.blockScreenshots && !deviceWideOnly)
        m.canDo << PrivacyManifest::Item{QStringLiteral("screenshots"), personal ? tr("Block screenshots and screen recordings of the clinic's apps.")
                                                                                 : tr("Block screenshots and screen recordings.")};
    const QString minimum = isApple(d.platform) ? s.osUpdates.minimumAppleVersion : s.osUpdates.minimumAndroidVersion;
    if (!minimum.isEmpty()) {
        QString text = tr("Require %1 %2 or later: a device on an older version is reported as not compliant.")
                           .arg(DeviceTypes::displayName(d.platform), minimum);
        // What the Android policy enforces (systemUpdate); Apple updates are not scheduled.
        if (s.osUpdates.deadlineDays > 0 && !isApple(d.platform) && !personal)
            text += QLatin1Char(' ') + (s.kiosk.enabled ? tr("System updates install automatically between 02:00 and 04:00.")
                                                        : tr("System updates install automatically."));
        m.canDo << PrivacyManifest::Item{QStringLiteral("os_update"), text};
    }
    if (!apps.isEmpty())
        m.canDo << PrivacyManifest::Item{QStringLiteral("apps"), tr("Install, set up, update and remove the clinic's apps: %1.").arg(list(apps))};
    if (s.kiosk.enabled)
        m.canDo << PrivacyManifest::Item{QStringLiteral("kiosk"), tr("Lock the device to a single app for patients (kiosk).")};
    if (s.sharedDevice.enabled)
        m.canDo << PrivacyManifest::Item{QStringLiteral("shared_sessions"),
                                         tr("End a clinician's session and clear its data before the next user signs in.")};
}

void actions(const PrivacyManifestRules::Input &in, PrivacyManifest &m)
{
    const Device &d = in.device;
    const bool personal = d.ownership == Ownership::BYOD;
    m.canDo << PrivacyManifest::Item{QStringLiteral("lock"), tr("Lock the screen remotely, for example when the device is reported lost.")};
    m.canDo << PrivacyManifest::Item{QStringLiteral("selective_wipe"),
                                     personal ? tr("Remove the clinic's apps and their data (selective wipe), for example when you leave the "
                                                   "clinic; your personal apps, photos and data stay.")
                                              : tr("Remove the clinic's apps, accounts and data (selective wipe).")};
    if (PrivacyBoundary::mayEraseDevice(d.ownership))
        m.canDo << PrivacyManifest::Item{QStringLiteral("erase"), tr("Erase the whole device and return it to factory settings (clinic-owned devices only).")};
    if (isApple(d.platform) && PrivacyBoundary::mayLocateInLostMode(d.platform, d.ownership))
        m.canDo << PrivacyManifest::Item{QStringLiteral("lost_mode"),
                                         tr("Put it in Lost Mode when it is reported lost (supervised iPhone or iPad): the screen shows "
                                            "the clinic's message and the device reports where it is.")};

    if (!PrivacyBoundary::mayEraseDevice(d.ownership))
        m.cannotDo << PrivacyManifest::Item{QStringLiteral("erase"),
                                            tr("Erase your phone or touch your personal data: a selective wipe removes only the clinic's "
                                               "apps and data.")};
    if (personal) {
        m.cannotDo << PrivacyManifest::Item{QStringLiteral("personal_apps"), tr("Install, remove or look inside your personal apps.")};
        m.cannotDo << PrivacyManifest::Item{QStringLiteral("personal_traffic"), tr("Route or inspect the internet traffic of your personal apps.")};
        m.cannotDo << PrivacyManifest::Item{QStringLiteral("track"), tr("Track where you go.")};
    }
    m.cannotDo << PrivacyManifest::Item{QStringLiteral("camera_use"), tr("Turn on the camera or microphone, or watch the screen.")};
    m.cannotDo << PrivacyManifest::Item{QStringLiteral("unrecorded"),
                                        tr("Lock, wipe or change the device without a record: every such action is written to the clinic's "
                                           "tamper-evident audit trail, with who did it and when.")};
}

} // namespace

namespace PrivacyManifestRules {

QStringList managedAppNames(const Input &in)
{
    QStringList names;
    if (in.policy)
        for (const AppAssignment &a : in.policy->apps)
            if (onPlatform(in.device.platform, a))
                names << a.name;
    for (const CatalogApp &a : in.catalogApps)
        if (onPlatform(in.device.platform, a))
            names << a.name;
    names.removeAll(QString());
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    return names;
}

QStringList perAppVpnAppNames(const Input &in)
{
    QStringList names;
    // Apple: the apps mapped to com.apple.vpn.managed.applayer. Android work profile: the profile's
    // always-on VPN carries every work app (and nothing personal). Neither without a server.
    if (!isApple(in.device.platform)) {
        const bool workProfileVpn = in.device.ownership == Ownership::BYOD && in.policy && in.policy->vpn.perAppVpn
                                    && !in.policy->vpn.server.isEmpty() && !in.policy->vpn.androidPackage.isEmpty();
        return workProfileVpn ? managedAppNames(in) : names;
    }
    if (in.policy && in.policy->vpn.perAppVpn && !in.policy->vpn.server.isEmpty())
        for (const AppAssignment &a : in.policy->apps)
            if (a.perAppVpn && onPlatform(in.device.platform, a))
                names << a.name;
    for (const CatalogApp &a : in.catalogApps)
        if (!a.vpnUuid.isEmpty() && onPlatform(in.device.platform, a))
            names << a.name;
    names.removeAll(QString());
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    return names;
}

void derive(const Input &in, PrivacyManifest &m)
{
    m.managedApps = managedAppNames(in);
    m.canSee.clear();
    m.cannotSee.clear();
    m.canDo.clear();
    m.cannotDo.clear();
    canSee(in, m.managedApps, m);
    cannotSee(in, m);
    if (in.policy)
        policyItems(in, *in.policy, m.managedApps, m);
    else
        m.canDo << PrivacyManifest::Item{QStringLiteral("no_policy"),
                                         tr("No device policy is assigned yet: the clinic sets no passcode, camera, VPN or sharing rules "
                                            "on this device.")};
    actions(in, m);
}

QString sectionTitle(PrivacyManifest::Section section)
{
    switch (section) {
    case PrivacyManifest::Section::ItCanSee: return tr("What the clinic's IT can see");
    case PrivacyManifest::Section::ItCannotSee: return tr("What the clinic's IT cannot see");
    case PrivacyManifest::Section::ItCanDo: return tr("What the clinic's IT can do");
    case PrivacyManifest::Section::ItCannotDo: return tr("What the clinic's IT cannot do");
    }
    return {};
}

} // namespace PrivacyManifestRules
