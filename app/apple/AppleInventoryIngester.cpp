#include "apple/AppleInventoryIngester.h"

#include "apple/AppleProfileFacts.h"
#include "fleet/DeviceAppRepository.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "fleet/DeviceRepository.h"
#include "lost/LostModeIngester.h"
#include "privacy/PrivacyBoundary.h"

#include <QDateTime>

namespace {

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

// Capacities arrive in GB as reals ("DeviceCapacity": 64.0); facts keep bytes.
QString gigabytesToBytes(const QVariant &v)
{
    return QString::number(static_cast<qint64>(v.toDouble() * 1000.0 * 1000.0 * 1000.0));
}

} // namespace

Status AppleInventoryIngester::ingest(qint64 deviceId, Ownership ownership, const QString &requestType,
                                      const QVariantMap &command, const QVariantMap &response, qint64 now, Outcome &out,
                                      const QString &commandUuid)
{
    if (LostModeIngester::handles(requestType)) {
        LostModeIngester::Outcome lost;
        const Status s = LostModeIngester(m_db).ingest(deviceId, ownership, requestType, commandUuid, response, now, lost);
        out.locationsDropped = lost.dropped;
        out.summary = lost.summary;
        return s;
    }
    if (requestType == QLatin1String("DeviceInformation"))
        return deviceInformation(deviceId, response.value(QStringLiteral("QueryResponses")).toMap(), now, out);
    if (requestType == QLatin1String("SecurityInfo"))
        return securityInfo(deviceId, response.value(QStringLiteral("SecurityInfo")).toMap(), now, out);
    if (requestType == QLatin1String("InstalledApplicationList"))
        return applications(deviceId, ownership, command, response.value(QStringLiteral("InstalledApplicationList")).toList(),
                            now, out);
    if (requestType == QLatin1String("ProfileList")) {
        const QVariantList profiles = response.value(QStringLiteral("ProfileList")).toList();
        out.summary = QStringLiteral("profiles=%1").arg(profiles.size());
        QHash<QString, QString> facts{{QStringLiteral("installed_profiles"), QString::number(profiles.size())}};
        // A device without any console policy profile (removed by its user, or never installed)
        // runs no policy, whatever it once acknowledged.
        if (!AppleProfileFacts::hasPolicyProfile(profiles))
            facts.insert(DeviceFact::PolicyVersion, QStringLiteral("0"));
        return DeviceFactRepository(m_db).record(deviceId, facts, now);
    }
    if (requestType == QLatin1String("InstallProfile")) {
        const QHash<QString, QString> facts = AppleProfileFacts::fromInstalledProfile(command);
        out.summary = QStringLiteral("facts=%1").arg(facts.size());
        return facts.isEmpty() ? Status::success() : DeviceFactRepository(m_db).record(deviceId, facts, now);
    }
    return Status::success();
}

Status AppleInventoryIngester::deviceInformation(qint64 deviceId, const QVariantMap &a, qint64 now, Outcome &out)
{
    DeviceRepository devices(m_db);
    std::optional<Device> device = devices.findById(deviceId);
    if (!device)
        return Status::failure(ErrorCode::NotFound, QStringLiteral("device %1 is gone").arg(deviceId));
    auto text = [&a](const char *key) { return a.value(QLatin1String(key)).toString().trimmed(); };
    QHash<QString, QString> facts;
    auto put = [&](const QString &fact, const QString &value) {
        if (!value.isEmpty())
            facts.insert(fact, value);
    };
    if (!text("DeviceName").isEmpty())
        device->name = text("DeviceName");
    const QString product = text("ProductName");
    const QString modelName = text("ModelName");
    if (!product.isEmpty() || !modelName.isEmpty())
        device->model = product.isEmpty() ? modelName : product;
    if (product.startsWith(QLatin1String("iPad")) || modelName.startsWith(QLatin1String("iPad")))
        device->platform = Platform::iPadOS;
    if (!text("OSVersion").isEmpty())
        device->osVersion = text("OSVersion");
    if (!text("SerialNumber").isEmpty())
        device->serial = text("SerialNumber");
    if (!text("IMEI").isEmpty())
        device->imei = text("IMEI");
    device->lastSeen = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
    put(DeviceFact::OsVersion, text("OSVersion"));
    put(DeviceFact::BuildVersion, text("BuildVersion"));
    put(DeviceFact::Model, text("Model"));
    put(DeviceFact::ModelName, modelName);
    put(DeviceFact::Serial, text("SerialNumber"));
    put(DeviceFact::Imei, text("IMEI"));
    if (a.contains(QStringLiteral("DeviceCapacity")))
        put(DeviceFact::CapacityBytes, gigabytesToBytes(a.value(QStringLiteral("DeviceCapacity"))));
    if (a.contains(QStringLiteral("AvailableDeviceCapacity")))
        put(DeviceFact::AvailableBytes, gigabytesToBytes(a.value(QStringLiteral("AvailableDeviceCapacity"))));
    if (a.contains(QStringLiteral("IsSupervised")))
        put(DeviceFact::Supervised, boolText(a.value(QStringLiteral("IsSupervised")).toBool()));
    if (a.contains(QStringLiteral("IsMDMLostModeEnabled")))
        put(DeviceFact::LostMode, boolText(a.value(QStringLiteral("IsMDMLostModeEnabled")).toBool()));
    if (Status s = devices.update(*device); !s)
        return s;
    out.summary = QStringLiteral("facts=%1").arg(facts.size());
    return DeviceFactRepository(m_db).record(deviceId, facts, now);
}

Status AppleInventoryIngester::securityInfo(qint64 deviceId, const QVariantMap &info, qint64 now, Outcome &out)
{
    QHash<QString, QString> facts;
    const bool passcodePresent = info.value(QStringLiteral("PasscodePresent")).toBool();
    if (info.contains(QStringLiteral("PasscodePresent")))
        facts.insert(DeviceFact::PasscodePresent, boolText(passcodePresent));
    if (info.contains(QStringLiteral("PasscodeCompliant")) || info.contains(QStringLiteral("PasscodeCompliantWithProfiles")))
        facts.insert(DeviceFact::PasscodeCompliant,
                     boolText(info.value(QStringLiteral("PasscodeCompliant"), true).toBool()
                              && info.value(QStringLiteral("PasscodeCompliantWithProfiles"), true).toBool()));
    if (info.contains(QStringLiteral("HardwareEncryptionCaps"))) {
        // Data Protection is on when the device has block- and file-level encryption (caps 3) AND a
        // passcode: without a passcode the file keys are not protected.
        const qint64 caps = info.value(QStringLiteral("HardwareEncryptionCaps")).toLongLong();
        facts.insert(DeviceFact::Encrypted, boolText((caps & 3) == 3 && passcodePresent));
    }
    const QVariantMap management = info.value(QStringLiteral("ManagementStatus")).toMap();
    if (management.contains(QStringLiteral("IsUserEnrollment")))
        facts.insert(DeviceFact::ManagementMode, management.value(QStringLiteral("IsUserEnrollment")).toBool()
                                                     ? QStringLiteral("user_enrollment")
                                                     : QStringLiteral("device_enrollment"));
    out.summary = QStringLiteral("facts=%1").arg(facts.size());
    return DeviceFactRepository(m_db).record(deviceId, facts, now);
}

Status AppleInventoryIngester::applications(qint64 deviceId, Ownership ownership, const QVariantMap &command,
                                            const QVariantList &list, qint64 now, Outcome &out)
{
    const bool managedOnly = command.value(QStringLiteral("ManagedAppsOnly")).toBool();
    QStringList asked;
    for (const QVariant &identifier : command.value(QStringLiteral("Identifiers")).toList())
        asked << identifier.toString();
    QList<DeviceApp> apps;
    for (const QVariant &item : list) {
        const QVariantMap a = item.toMap();
        DeviceApp app;
        app.identifier = a.value(QStringLiteral("Identifier")).toString();
        app.name = a.value(QStringLiteral("Name")).toString();
        app.version = a.value(QStringLiteral("ShortVersion"), a.value(QStringLiteral("Version"))).toString();
        // The answer does not mark apps managed; an answer to ManagedAppsOnly lists managed apps only.
        app.managed = managedOnly;
        // Still downloading is not installed yet: the app stays pending until a later answer.
        if (app.identifier.isEmpty() || a.value(QStringLiteral("Installing")).toBool())
            continue;
        if (!PrivacyBoundary::keepsApp(ownership, app.managed)) {
            ++out.personalAppsDropped;
            continue;
        }
        apps << app;
    }
    out.appsStored = int(apps.size());
    out.summary = QStringLiteral("apps=%1 personal_apps_dropped=%2").arg(out.appsStored).arg(out.personalAppsDropped);
    if (!asked.isEmpty())
        return DeviceAppRepository(m_db).replaceSome(deviceId, asked, apps, now);
    return DeviceAppRepository(m_db).replace(deviceId, apps, now);
}
