#include "android/AgentCheckInHandler.h"

#include "android/AgentAuthenticator.h"
#include "android/AgentProtocol.h"
#include "android/AgentReply.h"
#include "android/AgentRequestReader.h"
#include "android/AndroidCheckInFacts.h"
#include "android/AndroidAgentRepository.h"
#include "android/AndroidCommandQueue.h"
#include "android/AndroidPolicyBuilder.h"
#include "db/WriteTransaction.h"
#include "audit/AuditLog.h"
#include "endpoint/EndpointContext.h"
#include "fleet/DeviceAppRepository.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "fleet/DeviceRepository.h"
#include "push/PushTokenRepository.h"

#include <QDateTime>
#include <QJsonArray>

HttpResponse AgentCheckInHandler::handle(const HttpRequest &request, EndpointContext &context)
{
    Database &db = context.database();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    HttpResponse refusal;
    std::optional<AgentIdentity> who = AgentAuthenticator::authenticate(request, context, now, refusal);
    if (!who)
        return refusal;
    QJsonObject msg;
    QStringList dropped;
    if (!AgentRequestReader::read(request, QStringLiteral("CheckInRequest"), msg, refusal, &dropped))
        return refusal;
    const QString mode = msg.value(QLatin1String("managementMode")).toString();
    AuditLog audit(db);
    if (msg.value(QLatin1String("serial")).toString() != who->device.serial
        || (who->device.ownership == Ownership::BYOD && mode != QLatin1String("work_profile"))) {
        audit.record(who->actor(), QStringLiteral("android.checkin"), QStringLiteral("failure"),
                     QStringLiteral("reason=identity-mismatch"), who->device.id);
        return AgentReply::error(409, QStringLiteral("identity_mismatch"),
                                 QStringLiteral("The serial number or management mode differs from the enrolled device's."));
    }

    const QHash<QString, QString> facts = AndroidCheckInFacts::fromCheckIn(msg, who->device.serial);
    QList<DeviceApp> apps;
    for (const QJsonValue &v : msg.value(QLatin1String("managedApps")).toArray()) {
        const QJsonObject a = v.toObject();
        apps.append({a.value(QLatin1String("packageName")).toString(), a.value(QLatin1String("label")).toString(),
                     a.value(QLatin1String("versionName")).toString(), true, now});
    }

    const bool first = who->agent.lastCheckInAt == 0;
    Device device = who->device;
    device.model = facts.value(DeviceFact::Model);
    device.osVersion = facts.value(DeviceFact::OsVersion);
    device.lastSeen = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
    if (device.state == EnrollmentState::Pending || device.state == EnrollmentState::Unreachable)
        device.state = EnrollmentState::Enrolled;

    WriteTransaction tx(db);
    bool ok = tx.isActive() && DeviceRepository(db).update(device).ok()
              && DeviceFactRepository(db).record(device.id, facts, now).ok()
              && DeviceAppRepository(db).replace(device.id, apps, now).ok()
              && AndroidAgentRepository(db).recordCheckIn(device.id, mode, now).ok();
    if (ok && msg.contains(QLatin1String("fcmToken"))) {
        PushToken t;
        t.deviceId = device.id;
        t.service = PushToken::Service::Fcm;
        t.token = msg.value(QLatin1String("fcmToken")).toString();
        t.updatedAt = now;
        ok = PushTokenRepository(db).upsert(t).ok();
    }
    if (ok && first)
        ok = audit.record(who->actor(), QStringLiteral("android.enrolled"), QStringLiteral("success"),
                          QStringLiteral("first check-in; mode=%1").arg(mode), device.id).ok();
    if (ok && !dropped.isEmpty())
        ok = audit.record(who->actor(), QStringLiteral("privacy.dropped"), QStringLiteral("success"),
                          QStringLiteral("fields=%1 count=%2; not stored").arg(dropped.join(QLatin1Char(','))).arg(dropped.size()),
                          device.id).ok();
    if (ok)
        ok = audit.record(who->actor(), QStringLiteral("android.checkin"), QStringLiteral("success"),
                          QStringLiteral("mode=%1 apps=%2 encrypted=%3 passcode_compliant=%4")
                              .arg(mode).arg(apps.size()).arg(facts.value(DeviceFact::Encrypted),
                                                              facts.value(DeviceFact::PasscodeCompliant)),
                          device.id).ok();
    if (!ok || !tx.commit()) {
        tx.rollback();
        return AgentReply::error(503, QStringLiteral("busy"), QStringLiteral("The check-in could not be stored; try again."));
    }

    const QString current = AndroidPolicyBuilder::forDevice(db, device).value(QLatin1String("version")).toString();
    const QString applied = msg.value(QLatin1String("policyVersion")).toString(who->agent.policyVersionApplied);
    QJsonArray droppedNames;
    for (const QString &d : dropped)
        droppedNames.append(d.section(QLatin1Char('['), 0, 0));
    return AgentReply::json({{QStringLiteral("protocolVersion"), AgentProtocol::Version},
                             {QStringLiteral("policyVersion"), current},
                             {QStringLiteral("policyChanged"), current != applied},
                             {QStringLiteral("commandsPending"), AndroidCommandQueue(db).pendingCount(device.id)},
                             {QStringLiteral("nextCheckInSeconds"), AgentProtocol::CheckInIntervalSeconds},
                             {QStringLiteral("droppedFields"), droppedNames}});
}
