#include "policy/PolicyDelivery.h"

#include "apple/AppleCommandCodec.h"
#include "commands/CommandRepository.h"
#include "kiosk/KioskMaintenanceRepository.h"
#include "policy/AndroidPolicyCompiler.h"
#include "policy/AppleProfileCompiler.h"
#include "policy/PolicyJson.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

QByteArray PolicyDelivery::installProfilePayload(const QByteArray &profileXml, const PolicyRecord &policy)
{
    // Through the Apple command codec, so the profile reaches the device as plist data.
    return AppleCommandCodec::toJsonBytes({{QStringLiteral("Payload"), profileXml},
                                           {QStringLiteral("PolicyId"), policy.id},
                                           {QStringLiteral("PolicyVersion"), policy.version}});
}

PolicyDelivery::PolicyDelivery(Database &db, const QString &queuedBy, const QString &organization)
    : m_db(db), m_queuedBy(queuedBy), m_organization(organization)
{
}

Status PolicyDelivery::deliver(const PolicyRecord &policy, const QList<PolicyRepository::Target> &targets, qint64 now, int *queued)
{
    PolicySettings settings;
    if (Status s = PolicyJson::fromJson(policy.body, &settings); !s)
        return s;
    // Compiled once per Apple ownership model (BYOD leaves out device-wide limits) and per Android
    // ownership (whose scope depends on it).
    struct AppleCommands {
        Status refusal = Status::success();
        QByteArray install, installSupervised, installKiosk;
    };
    QMap<Ownership, AppleCommands> appleByOwnership;
    auto appleFor = [&](Ownership ownership) -> const AppleCommands & {
        auto it = appleByOwnership.find(ownership);
        if (it != appleByOwnership.end())
            return *it;
        AppleCommands c;
        AppleCompiledPolicy apple;
        c.refusal = AppleProfileCompiler::supports(settings);
        if (c.refusal)
            c.refusal = AppleProfileCompiler(policy.id, policy.name, policy.version, m_organization, ownership).compile(settings, &apple);
        if (c.refusal) {
            c.install = installProfilePayload(apple.profileXml, policy);
            if (!apple.supervisedProfileXml.isEmpty())
                c.installSupervised = installProfilePayload(apple.supervisedProfileXml, policy);
            if (!apple.kioskProfileXml.isEmpty())
                c.installKiosk = installProfilePayload(apple.kioskProfileXml, policy);
        }
        return *appleByOwnership.insert(ownership, c);
    };
    const bool hasAppleKiosk = settings.kiosk.enabled && !settings.kiosk.appleBundleId.isEmpty();
    // A version without the kiosk takes the App Lock off devices that had it (a new profile of the
    // same identifier would replace it, but there is none now).
    QByteArray removeKiosk;
    if (!hasAppleKiosk && policy.version > 1)
        if (const std::optional<PolicyVersionRecord> before = PolicyRepository(m_db).version(policy.id, policy.version - 1)) {
            PolicySettings old;
            if (PolicyJson::fromJson(before->body, &old) && old.kiosk.enabled && !old.kiosk.appleBundleId.isEmpty())
                removeKiosk = AppleCommandCodec::toJsonBytes({{QStringLiteral("Identifier"), AppleProfileCompiler::kioskProfileIdentifier(policy.id)}});
        }
    // Kiosks out for maintenance get their App Lock back when the window ends, not now.
    const QSet<qint64> inMaintenance = KioskMaintenanceRepository(m_db).devicesInMaintenance();
    AppleCompiledPolicy forSettings;
    if (Status s = AppleProfileCompiler(policy.id, policy.name, policy.version, m_organization).compile(settings, &forSettings); !s)
        return s;
    const QByteArray settingsCommand = forSettings.settingsItems.isEmpty() ? QByteArray() : QJsonDocument(QJsonObject{
        {QStringLiteral("RequestType"), QLatin1String(AppleSettings)},
        {QStringLiteral("Settings"), QJsonValue::fromVariant(forSettings.settingsItems)},
        {QStringLiteral("PolicyId"), policy.id},
        {QStringLiteral("PolicyVersion"), policy.version}}).toJson(QJsonDocument::Compact);
    QMap<Ownership, QByteArray> android;

    CommandRepository commands(m_db);
    int count = 0;
    auto queue = [&](qint64 deviceId, const char *type, const QByteArray &payload) {
        DeviceCommand c;
        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
        c.deviceId = deviceId;
        c.requestType = QLatin1String(type);
        c.payload = payload;
        c.queuedBy = m_queuedBy;
        c.queuedAt = now;
        ++count;
        return commands.enqueue(c);
    };
    for (const PolicyRepository::Target &t : targets) {
        if (t.platform == Platform::Android) {
            if (!android.contains(t.ownership))
                android.insert(t.ownership, QJsonDocument(QJsonObject{
                    {QStringLiteral("policyId"), policy.id},
                    {QStringLiteral("version"), policy.version},
                    {QStringLiteral("policy"), AndroidPolicyCompiler(t.ownership).compile(settings, policy.version)}})
                    .toJson(QJsonDocument::Compact));
            if (Status s = queue(t.deviceId, AndroidPolicySync, android.value(t.ownership)); !s)
                return s;
            continue;
        }
        const AppleCommands &apple = appleFor(t.ownership);
        if (!apple.refusal) {
            // Not this device's kind of policy (a Shared iPad): nothing is sent, the caller says why.
            m_refused << t.deviceId;
            m_refusal = apple.refusal.message();
            continue;
        }
        if (Status s = queue(t.deviceId, AppleInstallProfile, apple.install); !s)
            return s;
        if (!apple.installSupervised.isEmpty())
            if (Status s = queue(t.deviceId, AppleInstallProfile, apple.installSupervised); !s)
                return s;
        if (!apple.installKiosk.isEmpty() && !inMaintenance.contains(t.deviceId))
            if (Status s = queue(t.deviceId, AppleInstallProfile, apple.installKiosk); !s)
                return s;
        if (!removeKiosk.isEmpty())
            if (Status s = queue(t.deviceId, AppleRemoveProfile, removeKiosk); !s)
                return s;
        if (!settingsCommand.isEmpty())
            if (Status s = queue(t.deviceId, AppleSettings, settingsCommand); !s)
                return s;
    }
    if (queued)
        *queued = count;
    return Status::success();
}
