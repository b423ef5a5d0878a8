#include "apple/AppleCheckInHandler.h"

#include "apple/AppleCommandQueuer.h"
#include "apple/AppleDeviceRepository.h"
#include "apple/AppleDeviceSecretRepository.h"
#include "apple/AppleEnrollmentRepository.h"
#include "apple/AppleIdentityRepository.h"
#include "apple/AppleMdmRuntime.h"
#include "apple/Plist.h"
#include "audit/AuditLog.h"
#include "db/WriteTransaction.h"
#include "endpoint/EndpointContext.h"
#include "fleet/DeviceClaimPolicy.h"
#include "fleet/DeviceRebinder.h"
#include "fleet/DeviceRepository.h"
#include "push/PushTokenRepository.h"
#include "security/FieldCipher.h"
#include "shared/SharedSessionService.h"

namespace {

const Actor kDevice{QStringLiteral("device"), QStringLiteral("Device")};

QString text(const QVariantMap &m, const char *key)
{
    return m.value(QLatin1String(key)).toString().trimmed();
}

Platform platformOf(const QVariantMap &m)
{
    const QString product = text(m, "ProductName") + text(m, "ModelName") + text(m, "Model");
    return product.contains(QLatin1String("iPad")) ? Platform::iPadOS : Platform::iOS;
}

// A User Enrollment (BYOD) has no UDID: its EnrollmentID stands in.
QString udidOf(const QVariantMap &m)
{
    return text(m, "UDID").isEmpty() ? text(m, "EnrollmentID") : text(m, "UDID");
}

void fillFromAuthenticate(Device &d, const QVariantMap &m)
{
    if (!text(m, "DeviceName").isEmpty())
        d.name = text(m, "DeviceName");
    else if (d.name.isEmpty())
        d.name = text(m, "ModelName").isEmpty() ? QStringLiteral("Apple device") : text(m, "ModelName");
    d.platform = platformOf(m);
    const QString udid = udidOf(m);
    if (!udid.isEmpty())
        d.udid = udid;
    if (!text(m, "SerialNumber").isEmpty())
        d.serial = text(m, "SerialNumber");
    if (!text(m, "IMEI").isEmpty())
        d.imei = text(m, "IMEI");
    const QString model = !text(m, "ProductName").isEmpty() ? text(m, "ProductName")
                          : !text(m, "ModelName").isEmpty() ? text(m, "ModelName")
                                                            : text(m, "Model");
    if (!model.isEmpty())
        d.model = model;
    if (!text(m, "OSVersion").isEmpty())
        d.osVersion = text(m, "OSVersion");
}

} // namespace

AppleCheckInHandler::AppleCheckInHandler(AppleMdmRuntime &runtime) : m_runtime(runtime), m_auth(runtime) {}

HttpResponse AppleCheckInHandler::reject(Database &db, const HttpRequest &request, const QString &reason, const QString &sha,
                                         qint64 deviceId)
{
    m_auth.audit(db, request, reason, sha, deviceId);
    return HttpResponse::error(400, "request refused");
}

HttpResponse AppleCheckInHandler::handle(const HttpRequest &request, EndpointContext &context)
{
    if (request.method != "PUT")
        return HttpResponse::error(405, "method not allowed");
    if (request.body.size() > m_runtime.options().maxCheckInBytes)
        return HttpResponse::error(413, "check-in message too large");
    Database &db = context.database();
    VerifiedSigner signer;
    if (Status s = m_auth.verifySignature(request, signer); !s)
        return reject(db, request, QStringLiteral("bad-signature (%1)").arg(s.message()));
    const QString sha = QString::fromLatin1(signer.sha256.toHex());
    QVariant parsed;
    if (!Plist::parse(request.body, parsed, m_runtime.options().maxCheckInBytes) || parsed.typeId() != QMetaType::QVariantMap)
        return reject(db, request, QStringLiteral("malformed-plist"), sha);
    const QVariantMap message = parsed.toMap();
    const QString type = text(message, "MessageType");
    if (type == QLatin1String("Authenticate"))
        return authenticate(request, db, signer, message);
    if (type == QLatin1String("TokenUpdate"))
        return tokenUpdate(request, db, sha, message);
    if (type == QLatin1String("CheckOut"))
        return checkOut(request, db, sha);
    // No user channel: Apple documents 410 as "this server does not support user channels".
    if (type == QLatin1String("UserAuthenticate"))
        return HttpResponse::error(410, "user channel not supported");
    return reject(db, request, QStringLiteral("unsupported-message-type"), sha);
}

HttpResponse AppleCheckInHandler::authenticate(const HttpRequest &request, Database &db, const VerifiedSigner &signer,
                                               const QVariantMap &m)
{
    const QString sha = QString::fromLatin1(signer.sha256.toHex());
    if (text(m, "Topic") != m_runtime.topic())
        return reject(db, request, QStringLiteral("topic-mismatch"), sha);
    const std::optional<AppleIdentity> identity = AppleIdentityRepository(db).find(sha);
    if (!identity || identity->state == QLatin1String("retired"))
        return reject(db, request, QStringLiteral("unknown-certificate"), sha);
    AppleEnrollmentRepository enrollments(db);
    const std::optional<AppleEnrollment> enrollment = enrollments.findById(identity->enrollmentId);
    if (!enrollment)
        return reject(db, request, QStringLiteral("unknown-enrollment"), sha);
    if (identity->state == QLatin1String("issued") && enrollment->state != QLatin1String("open"))
        return reject(db, request, QStringLiteral("enrollment-closed"), sha);

    const qint64 now = m_runtime.now();
    DeviceClaim claim;
    claim.identitySha256 = sha;
    claim.enrollmentId = enrollment->id;
    claim.enrollmentDeviceId = enrollment->deviceId;
    claim.boundDeviceId = identity->state == QLatin1String("bound") ? identity->deviceId : 0;
    claim.platform = platformOf(m);
    claim.ownership = enrollment->ownership;
    claim.udid = udidOf(m);
    claim.serial = text(m, "SerialNumber");
    DeviceClaimDecision decision;
    qint64 deviceId = 0;
    {
        WriteTransaction tx(db);
        if (!tx.isActive())
            return HttpResponse::error(503, "database busy");
        decision = DeviceClaimPolicy(db).decide(claim, now);
        if (decision.refused) {
            tx.rollback(); // nothing of the claim is kept; the audit entry below is the only write
        } else {
            DeviceRepository devices(db);
            std::optional<Device> existing = decision.deviceId > 0 ? devices.findById(decision.deviceId) : std::nullopt;
            Device device = existing.value_or(Device{});
            fillFromAuthenticate(device, m);
            device.ownership = enrollment->ownership;
            device.state = EnrollmentState::Pending;
            if (!existing)
                device.department = enrollment->department;
            const Status written = existing ? devices.update(device) : devices.insert(device);
            if (!written)
                return HttpResponse::error(500, "cannot record the device");
            deviceId = device.id;
            if ((decision.rebind && !DeviceRebinder(db).rebind(kDevice, deviceId, sha, now))
                || !AppleIdentityRepository(db).bind(sha, deviceId, now)
                || (enrollment->state == QLatin1String("open") && !enrollments.complete(enrollment->id, deviceId, sha, now))
                || !AuditLog(db).record(kDevice, QStringLiteral("device.authenticate"), QStringLiteral("success"),
                                        QStringLiteral("enrollment=%1 ownership=%2 cert_sha256=%3")
                                            .arg(enrollment->id)
                                            .arg(DeviceTypes::toDb(enrollment->ownership), sha),
                                        deviceId)
                || !tx.commit())
                return HttpResponse::error(500, "cannot bind the device");
        }
    }
    if (decision.refused) {
        DeviceClaimPolicy(db).auditRefusal(kDevice, claim, decision);
        return HttpResponse::error(400, "request refused");
    }
    // The record's previous identities (a rebind) no longer speak for it, in this process at once.
    if (decision.rebind)
        m_runtime.identities().removeDevice(deviceId);
    m_runtime.identities().insert(sha, {deviceId, enrollment->ownership});
    return HttpResponse::empty(200);
}

HttpResponse AppleCheckInHandler::tokenUpdate(const HttpRequest &request, Database &db, const QString &sha, const QVariantMap &m)
{
    AppleIdentityCache::Entry device;
    if (!m_auth.boundDevice(db, sha, device))
        return reject(db, request, QStringLiteral("unbound-certificate"), sha);
    // A user-channel TokenUpdate (macOS, Shared iPad users). Its push token is not the device's, so
    // nothing of it replaces the device channel; on a Shared iPad it says who signed in.
    if (m.contains(QStringLiteral("UserID")) || m.contains(QStringLiteral("UserShortName"))) {
        const QString user = text(m, "UserShortName");
        if (user.isEmpty())
            return HttpResponse::empty(200);
        const Status s = SharedSessionService(db).userChannelSignIn(device.deviceId, user, m_runtime.now());
        if (!s && s.code() != ErrorCode::InvalidInput && s.code() != ErrorCode::NotFound)
            return HttpResponse::error(503, "database busy");
        return HttpResponse::empty(200); // not a shared device (or no usable name): nothing to keep
    }
    const QByteArray token = m.value(QStringLiteral("Token")).toByteArray();
    const QString pushMagic = text(m, "PushMagic");
    if (m.value(QStringLiteral("Token")).typeId() != QMetaType::QByteArray || token.isEmpty() || pushMagic.isEmpty())
        return reject(db, request, QStringLiteral("malformed-token-update"), sha, device.deviceId);
    if (text(m, "Topic") != m_runtime.topic())
        return reject(db, request, QStringLiteral("topic-mismatch"), sha, device.deviceId);

    const qint64 now = m_runtime.now();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return HttpResponse::error(503, "database busy");
    PushTokenRepository pushTokens(db);
    const bool first = !pushTokens.find(device.deviceId).has_value();
    PushToken t;
    t.deviceId = device.deviceId;
    t.service = PushToken::Service::Apns;
    t.token = QString::fromLatin1(token.toHex());
    t.pushMagic = pushMagic;
    t.topic = text(m, "Topic");
    t.updatedAt = now;
    if (!pushTokens.upsert(t))
        return HttpResponse::error(500, "cannot store the push token");
    if (m.value(QStringLiteral("UnlockToken")).typeId() == QMetaType::QByteArray) {
        const FieldCipher cipher(m_runtime.options().fieldKey);
        const QByteArray sealed = cipher.encrypt(m.value(QStringLiteral("UnlockToken")).toByteArray(),
                                                 QByteArray("apple_device_secrets.unlock_token:") + QByteArray::number(device.deviceId));
        if (sealed.isEmpty() || !AppleDeviceSecretRepository(db).setUnlockToken(device.deviceId, sealed, now))
            return HttpResponse::error(500, "cannot store the unlock token");
    }
    if (!AppleDeviceRepository(db).setEnrollmentState(device.deviceId, QStringLiteral("enrolled"), now))
        return HttpResponse::error(500, "cannot update the device");
    if (first) {
        // Fill the inventory at once: what the device is, and whether it is encrypted and locked.
        for (const QString &type : {QStringLiteral("DeviceInformation"), QStringLiteral("SecurityInfo")}) {
            AppleCommandBuilder::Built built;
            if (!AppleCommandBuilder::build(type, {}, device.ownership, built)
                || !AppleCommandQueuer::enqueue(db, device.deviceId, built, QStringLiteral("system"), now))
                return HttpResponse::error(500, "cannot queue the inventory");
        }
        if (!AuditLog(db).record(kDevice, QStringLiteral("device.enrolled"), QStringLiteral("success"),
                                 QStringLiteral("topic=%1 unlock_token=%2 cert_sha256=%3")
                                     .arg(t.topic, m.contains(QStringLiteral("UnlockToken")) ? QStringLiteral("sealed")
                                                                                             : QStringLiteral("none"),
                                          sha),
                                 device.deviceId))
            return HttpResponse::error(500, "cannot audit the enrollment");
    }
    if (!tx.commit())
        return HttpResponse::error(503, "database busy");
    return HttpResponse::empty(200);
}

HttpResponse AppleCheckInHandler::checkOut(const HttpRequest &request, Database &db, const QString &sha)
{
    AppleIdentityCache::Entry device;
    if (!m_auth.boundDevice(db, sha, device))
        return reject(db, request, QStringLiteral("unbound-certificate"), sha);
    const qint64 now = m_runtime.now();
    {
        WriteTransaction tx(db);
        if (!tx.isActive()
            || !AppleDeviceRepository(db).setEnrollmentState(device.deviceId, QStringLiteral("unenrolled"), now)
            || !PushTokenRepository(db).remove(device.deviceId) || !AppleIdentityRepository(db).retireDevice(device.deviceId)
            || !AuditLog(db).record(kDevice, QStringLiteral("device.checkout"), QStringLiteral("success"),
                                    QStringLiteral("the MDM profile was removed from the device; cert_sha256=%1").arg(sha),
                                    device.deviceId)
            || !tx.commit())
            return HttpResponse::error(503, "database busy");
    }
    m_runtime.identities().removeDevice(device.deviceId);
    return HttpResponse::empty(200);
}
