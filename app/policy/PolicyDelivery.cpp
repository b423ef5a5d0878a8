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
    // Compiled once per platform (and per ownership for Android, whose scope depends on it).
    AppleCompiledPolicy apple;
    if (Status s = AppleProfileCompiler(policy.id, policy.name, policy.version, m_organization).compile(settings, &apple); !s)
        return s;
    const QByteArray installProfile = installProfilePayload(apple.profileXml, policy);
    const QByteArray installKiosk = apple.kioskProfileXml.isEmpty() ? QByteArray() : installProfilePayload(apple.kioskProfileXml, policy);
    // A version without the kiosk takes the App Lock off devices that had it (a new profile of the
    // same identifier would replace it, but there is none now).
    QByteArray removeKiosk;
    if (installKiosk.isEmpty() && policy.version > 1)
        if (const std::optional<PolicyVersionRecord> before = PolicyRepository(m_db).version(policy.id, policy.version - 1)) {
            PolicySettings old;
            if (PolicyJson::fromJson(before->body, &old) && old.kiosk.enabled && !old.kiosk.appleBundleId.isEmpty())
                removeKiosk = AppleCommandCodec::toJsonBytes({{QStringLiteral("Identifier"), AppleProfileCompiler::kioskProfileIdentifier(policy.id)}});
        }
    // Kiosks out for maintenance get their App Lock back when the window ends, not now.
    const QSet<qint64> inMaintenance = KioskMaintenanceRepository(m_db).devicesInMaintenance();
    const QByteArray settingsCommand = apple.settingsItems.isEmpty() ? QByteArray() : QJsonDocument(QJsonObject{
        {QStringLiteral("RequestType"), QLatin1String(AppleSettings)},
        {QStringLiteral("Settings"), QJsonValue::fromVariant(apple.settingsItems)},
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
        if (Status s = queue(t.deviceId, AppleInstallProfile, installProfile); !s)
            return s;
        if (!installKiosk.isEmpty() && !inMaintenance.contains(t.deviceId))
            if (Status s = queue(t.deviceId, AppleInstallProfile, installKiosk); !s)
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
