#include "android/AndroidPolicyBuilder.h"

#include "catalog/AppInstallCommand.h"
#include "catalog/CatalogRepository.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "policy/AndroidPolicyCompiler.h"
#include "policy/FailedAttemptWipe.h"
#include "policy/PolicyJson.h"
#include "settings/SettingsRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

namespace AndroidPolicyBuilder {

QJsonObject baseline(Ownership ownership)
{
    const bool byod = ownership == Ownership::BYOD;
    // 164.312(a)(2)(i)/(d): a passcode; (a)(2)(iii): lock after 5 minutes; (a)(2)(iv): encryption.
    QJsonObject password{
        {QStringLiteral("passwordQuality"), QStringLiteral("NUMERIC_COMPLEX")},
        {QStringLiteral("passwordMinimumLength"), 6},
        {QStringLiteral("passwordScope"), byod ? QStringLiteral("SCOPE_PROFILE") : QStringLiteral("SCOPE_DEVICE")},
        {QStringLiteral("requirePasswordUnlock"), QStringLiteral("REQUIRE_EVERY_DAY")},
    };
    // On a personal phone, repeated wrong codes must never erase the owner's data; on a shared
    // tablet or a kiosk anyone passing by could erase it by guessing.
    if (FailedAttemptWipe::allowed(ownership))
        password.insert(QStringLiteral("maximumFailedPasswordsForWipe"), 10);
    QJsonObject p{
        {QStringLiteral("passwordPolicies"), QJsonArray{password}},
        {QStringLiteral("maximumTimeToLock"), QStringLiteral("300000")},
        {QStringLiteral("encryptionPolicy"), QStringLiteral("ENABLED_WITH_PASSWORD")},
        {QStringLiteral("screenCaptureDisabled"), true},
        {QStringLiteral("advancedSecurityOverrides"),
         QJsonObject{{QStringLiteral("untrustedAppsPolicy"), QStringLiteral("DISALLOW_INSTALL")},
                     {QStringLiteral("developerSettings"), QStringLiteral("DEVELOPER_SETTINGS_DISABLED")},
                     {QStringLiteral("googlePlayProtectVerifyApps"), QStringLiteral("VERIFY_APPS_ENFORCED")}}},
        {QStringLiteral("statusReportingSettings"),
         QJsonObject{{QStringLiteral("softwareInfoEnabled"), true}, {QStringLiteral("deviceSettingsEnabled"), true},
                     {QStringLiteral("applicationReportsEnabled"), !byod}}},
    };
    if (byod) {
        // 164.312(c)(1): clinic data stays in the work profile.
        p.insert(QStringLiteral("crossProfilePolicies"),
                 QJsonObject{{QStringLiteral("crossProfileCopyPaste"), QStringLiteral("COPY_FROM_WORK_TO_PERSONAL_DISALLOWED")},
                             {QStringLiteral("crossProfileDataSharing"), QStringLiteral("DATA_SHARING_FROM_WORK_TO_PERSONAL_DISALLOWED")}});
    } else {
        p.insert(QStringLiteral("factoryResetDisabled"), true);
        // usbFileTransferDisabled is deprecated in the Android Management API; this is its successor.
        p.insert(QStringLiteral("deviceConnectivityManagement"),
                 QJsonObject{{QStringLiteral("usbDataAccess"), QStringLiteral("DISALLOW_USB_FILE_TRANSFER")}});
        p.insert(QStringLiteral("mountPhysicalMediaDisabled"), true);
        p.insert(QStringLiteral("modifyAccountsDisabled"), ownership != Ownership::COPE);
    }
    if (ownership == Ownership::COSU || ownership == Ownership::Shared) {
        p.insert(QStringLiteral("addUserDisabled"), true);
        p.insert(QStringLiteral("keyguardDisabled"), false);
    }
    return p;
}

QString versionOf(const QJsonObject &policyWithoutVersion)
{
    // QJsonDocument writes object keys sorted, so equal policies hash equal.
    const QByteArray digest = QCryptographicHash::hash(QJsonDocument(policyWithoutVersion).toJson(QJsonDocument::Compact),
                                                       QCryptographicHash::Sha256);
    const quint64 raw = qFromBigEndian<quint64>(digest.constData()) & 0x7fffffffffffffffULL;
    return QString::number(raw == 0 ? 1 : raw);
}

QJsonObject build(Ownership ownership, const std::optional<AndroidPolicyRepository::Row> &assigned,
                  const QList<CatalogApp> &catalogApps, const QStringList &frpAdminEmails, bool vpnReportedUp)
{
    QJsonObject p = baseline(ownership);
    if (assigned) {
        const QJsonObject body = QJsonDocument::fromJson(assigned->body.toUtf8()).object();
        QJsonObject overrides = body.value(QLatin1String("android")).toObject();
        // A console policy (PolicyJson, edited on the Policies page or with `policy set`) is
        // compiled for this ownership: kiosk lock task, branding, passcode rules and the rest.
        PolicySettings settings;
        if (!body.contains(QLatin1String("android")) && PolicyJson::fromJson(body, &settings)) {
            AndroidPolicyCompiler compiler(ownership);
            compiler.setFrpAdminEmails(frpAdminEmails);
            compiler.setVpnReportedUp(vpnReportedUp);
            overrides = compiler.compile(settings, assigned->version);
        }
        // Each key the policy sets replaces the baseline's whole value (passwordPolicies included).
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            p.insert(it.key(), it.value());
        p.insert(QStringLiteral("name"), QStringLiteral("policies/%1").arg(assigned->id));
    } else {
        if (ownership != Ownership::BYOD && !frpAdminEmails.isEmpty())
            p.insert(QStringLiteral("frpAdminEmails"), QJsonArray::fromStringList(frpAdminEmails));
        p.insert(QStringLiteral("name"), QStringLiteral("policies/baseline-%1").arg(DeviceTypes::toDb(ownership).toLower()));
    }
    if (!catalogApps.isEmpty()) {
        QJsonArray apps = p.value(QLatin1String("applications")).toArray();
        for (const CatalogApp &app : catalogApps) {
            const QJsonObject fromCatalog = AppInstallCommand::policyApplication(app);
            bool listed = false;
            for (QJsonValueRef v : apps) {
                QJsonObject existing = v.toObject();
                if (existing.value(QLatin1String("packageName")).toString() != app.identifier)
                    continue;
                // The policy decides how (a kiosk app stays KIOSK); the catalog holds the configuration.
                if (fromCatalog.contains(QLatin1String("managedConfiguration")))
                    existing.insert(QStringLiteral("managedConfiguration"), fromCatalog.value(QLatin1String("managedConfiguration")));
                v = existing;
                listed = true;
            }
            if (!listed)
                apps.append(fromCatalog);
        }
        p.insert(QStringLiteral("applications"), apps);
    }
    p.remove(QStringLiteral("version"));
    p.insert(QStringLiteral("version"), versionOf(p));
    return p;
}

QJsonObject forDevice(Database &db, const Device &device)
{
    return build(device.ownership, AndroidPolicyRepository(db).assignedTo(device.id),
                 CatalogRepository(db).policyAppsForDevice(device.id), frpAdminEmails(db),
                 DeviceFactRepository(db).facts(device.id).value(DeviceFact::VpnAlwaysOn).value == QLatin1String("true"));
}

QStringList frpAdminEmails(Database &db)
{
    return SettingsRepository(db).stringValue(Setting::FrpAdminEmails).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace AndroidPolicyBuilder
