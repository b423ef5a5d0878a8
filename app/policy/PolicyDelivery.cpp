#include "policy/PolicyDelivery.h"

#include "commands/CommandRepository.h"
#include "policy/AndroidPolicyCompiler.h"
#include "policy/AppleProfileCompiler.h"
#include "policy/PolicyJson.h"

#include <QHash>
#include <QJsonDocument>
#include <QUuid>

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
    const QByteArray installProfile = QJsonDocument(QJsonObject{
        {QStringLiteral("RequestType"), QLatin1String(AppleInstallProfile)},
        {QStringLiteral("Payload"), QString::fromLatin1(apple.profileXml.toBase64())},
        {QStringLiteral("PolicyId"), policy.id},
        {QStringLiteral("PolicyVersion"), policy.version}}).toJson(QJsonDocument::Compact);
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
        if (!settingsCommand.isEmpty())
            if (Status s = queue(t.deviceId, AppleSettings, settingsCommand); !s)
                return s;
    }
    if (queued)
        *queued = count;
    return Status::success();
}
