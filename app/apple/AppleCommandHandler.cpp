#include "apple/AppleCommandHandler.h"

#include "apple/AppleAppFollowUp.h"
#include "apple/AppleCommandBuilder.h"
#include "apple/AppleCommandCodec.h"
#include "apple/AppleCommandQueueRepository.h"
#include "apple/AppleDeviceSecretRepository.h"
#include "apple/AppleInventoryIngester.h"
#include "apple/AppleMdmRuntime.h"
#include "apple/Plist.h"
#include "audit/AuditLog.h"
#include "commands/CommandCompletion.h"
#include "db/WriteTransaction.h"
#include "endpoint/EndpointContext.h"
#include "security/FieldCipher.h"
#include "shared/SessionRecorder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const Actor kDevice{QStringLiteral("device"), QStringLiteral("Device")};

QString statusFor(const QString &reported)
{
    if (reported == QLatin1String("Acknowledged"))
        return QStringLiteral("acknowledged");
    if (reported == QLatin1String("NotNow"))
        return QStringLiteral("notnow");
    if (reported == QLatin1String("Error") || reported == QLatin1String("CommandFormatError"))
        return QStringLiteral("error");
    return {};
}

// The answer minus the envelope keys, as stored in command_results. A location is never kept
// there: it goes to device_locations only, under the Lost Mode privacy rule (LostModeIngester).
QVariantMap resultPayload(const QString &requestType, const QVariantMap &message)
{
    QVariantMap payload = message;
    for (const char *key : {"Status", "CommandUUID", "UDID", "ErrorChain", "EnrollmentID"})
        payload.remove(QLatin1String(key));
    if (requestType == QLatin1String("DeviceLocation"))
        for (const char *key : {"Latitude", "Longitude", "HorizontalAccuracy", "VerticalAccuracy", "Altitude", "Speed", "Course", "Timestamp"})
            payload.remove(QLatin1String(key));
    return payload;
}

} // namespace

AppleCommandHandler::AppleCommandHandler(AppleMdmRuntime &runtime) : m_runtime(runtime), m_auth(runtime) {}

HttpResponse AppleCommandHandler::reject(Database &db, const HttpRequest &request, const QString &reason, const QString &sha,
                                         qint64 deviceId)
{
    m_auth.audit(db, request, reason, sha, deviceId);
    return HttpResponse::error(400, "request refused");
}

HttpResponse AppleCommandHandler::handle(const HttpRequest &request, EndpointContext &context)
{
    if (request.method != "PUT")
        return HttpResponse::error(405, "method not allowed");
    if (request.body.size() > m_runtime.options().maxCommandBytes)
        return HttpResponse::error(413, "message too large");
    Database &db = context.database();
    VerifiedSigner signer;
    if (Status s = m_auth.verifySignature(request, signer); !s)
        return reject(db, request, QStringLiteral("bad-signature (%1)").arg(s.message()));
    const QString sha = QString::fromLatin1(signer.sha256.toHex());
    AppleIdentityCache::Entry device;
    if (!m_auth.boundDevice(db, sha, device))
        return reject(db, request, QStringLiteral("unbound-certificate"), sha);
    QVariant parsed;
    if (!Plist::parse(request.body, parsed, m_runtime.options().maxCommandBytes) || parsed.typeId() != QMetaType::QVariantMap)
        return reject(db, request, QStringLiteral("malformed-plist"), sha, device.deviceId);
    const QVariantMap message = parsed.toMap();
    const QString reported = message.value(QStringLiteral("Status")).toString();
    // A Shared iPad's user channel polls too. The console sends it nothing: every command it
    // queues (LogOutUser included) is a device-channel command.
    if (message.contains(QStringLiteral("UserID")) || message.contains(QStringLiteral("UserShortName")))
        return HttpResponse::empty(200);

    bool startOfSession = false;
    if (reported == QLatin1String("Idle")) {
        startOfSession = true;
    } else {
        const QString status = statusFor(reported);
        const QString uuid = message.value(QStringLiteral("CommandUUID")).toString();
        if (status.isEmpty() || uuid.isEmpty())
            return HttpResponse::error(400, "unknown status or no CommandUUID");
        const std::optional<DeviceCommand> command = AppleCommandQueueRepository(db).findForDevice(uuid, device.deviceId);
        if (!command)
            return HttpResponse::error(400, "unknown CommandUUID");
        if (command->status == QLatin1String("sent")) {
            if (!recordAnswer(db, device, *command, status, message))
                return HttpResponse::error(503, "cannot record the answer");
        } else if (command->status != QLatin1String("acknowledged") && command->status != QLatin1String("error")) {
            // Never sent (queued, cancelled) or already deferred: not an answer we are waiting for.
            return HttpResponse::error(400, "unexpected answer for CommandUUID");
        } // else: a repeated answer (the device did not get our reply): nothing to write again
    }
    m_runtime.lastSeen().record(device.deviceId, m_runtime.now(), db);
    return nextCommand(db, device, startOfSession);
}

bool AppleCommandHandler::recordAnswer(Database &db, const AppleIdentityCache::Entry &device, const DeviceCommand &command,
                                       const QString &status, const QVariantMap &message)
{
    const qint64 now = m_runtime.now();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return false;
    AppleCommandQueueRepository queue(db);
    if (!queue.complete(command.id, status, now))
        return false;
    QString errorChain;
    if (message.contains(QStringLiteral("ErrorChain")))
        errorChain = QString::fromUtf8(
            QJsonDocument(AppleCommandCodec::toJson(message.value(QStringLiteral("ErrorChain"))).toArray()).toJson(QJsonDocument::Compact));
    if (!queue.addResult(command.id, status, AppleCommandCodec::toJsonBytes(resultPayload(command.requestType, message)), errorChain, now))
        return false;
    AppleInventoryIngester::Outcome outcome;
    if (status == QLatin1String("acknowledged")
        && !AppleInventoryIngester(db).ingest(device.deviceId, device.ownership, command.requestType,
                                              AppleCommandCodec::fromJsonBytes(command.payload), message, now, outcome,
                                              command.uuid))
        return false;
    if (status == QLatin1String("acknowledged")
        && !AppleAppFollowUp::queueAfter(db, command, AppleCommandCodec::fromJsonBytes(command.payload), device.ownership, now))
        return false;
    if (!CommandCompletion::apply(db, kDevice, command, status, now))
        return false;
    // LogOutUser done: the Shared iPad's user is signed out, so the session ends now. Nobody signed
    // in (the user left meanwhile) is not an error.
    if (status == QLatin1String("acknowledged") && command.requestType == QLatin1String("LogOutUser")) {
        const Status ended = SessionRecorder(db).signOut(device.deviceId, {}, now, QStringLiteral("signout"), SessionRecorder::deviceActor(device.deviceId),
                                                         QStringLiteral("via=LogOutUser uuid=%1").arg(command.uuid));
        if (!ended && ended.code() != ErrorCode::Conflict)
            return false;
    }
    // Commands an admin queued are audited with their outcome; the automatic inventory queries only
    // when they dropped personal data.
    if (command.queuedBy != QLatin1String("system") || outcome.personalAppsDropped > 0 || outcome.locationsDropped > 0) {
        QString details = QStringLiteral("uuid=%1 request_type=%2 status=%3").arg(command.uuid, command.requestType, status);
        if (!outcome.summary.isEmpty())
            details += QLatin1Char(' ') + outcome.summary;
        if (!AuditLog(db).record(kDevice, QStringLiteral("command.") + status, status == QLatin1String("error") ? QStringLiteral("failure") : QStringLiteral("success"),
                                 details, device.deviceId))
            return false;
    }
    return tx.commit().ok();
}

HttpResponse AppleCommandHandler::nextCommand(Database &db, const AppleIdentityCache::Entry &device, bool startOfSession)
{
    AppleCommandQueueRepository queue(db);
    // A few tries: a command cancelled between the SELECT and the UPDATE is skipped for the next.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const std::optional<DeviceCommand> command = queue.next(device.deviceId, startOfSession);
        if (!command)
            return HttpResponse::empty(200);
        QVariantMap payload = AppleCommandCodec::fromJsonBytes(command->payload);
        // The one secret a command carries is filled in now, from the sealed store.
        for (auto it = payload.begin(); it != payload.end(); ++it) {
            const QVariantMap marker = it.value().toMap();
            if (it.value().typeId() != QMetaType::QVariantMap
                || marker.value(QLatin1String(AppleCommandCodec::SecretKey)).toString() != QLatin1String(AppleCommandCodec::UnlockTokenSecret))
                continue;
            const std::optional<QByteArray> sealed = AppleDeviceSecretRepository(db).unlockToken(device.deviceId);
            const std::optional<QByteArray> token =
                sealed ? FieldCipher(m_runtime.options().fieldKey)
                             .decrypt(*sealed, QByteArray("apple_device_secrets.unlock_token:") + QByteArray::number(device.deviceId))
                       : std::nullopt;
            if (!token)
                return HttpResponse::error(503, "the device's unlock token is unavailable");
            it.value() = *token;
        }
        QByteArray body;
        if (!Plist::toXml(AppleCommandBuilder::commandPlist(command->uuid, command->requestType, payload), body))
            return HttpResponse::error(500, "cannot encode the command");
        const Status sent = queue.markSent(command->id, m_runtime.now());
        if (sent.code() == ErrorCode::Conflict)
            continue;
        if (!sent)
            return HttpResponse::error(503, "database busy");
        return HttpResponse::ok("application/xml; charset=utf-8", body);
    }
    return HttpResponse::empty(200);
}
