#include "fleet/DeviceClaimPolicy.h"

#include "apple/AppleDeviceRepository.h"
#include "audit/AuditLog.h"
#include "fleet/DeviceIdentityRepository.h"
#include "fleet/DeviceRepository.h"
#include "fleet/ReenrollmentExpectationRepository.h"

DeviceClaimDecision DeviceClaimPolicy::refuse(const QString &reason, qint64 claimedDeviceId, qint64 now) const
{
    DeviceClaimDecision d;
    d.refused = true;
    d.reason = reason;
    d.claimedDeviceId = claimedDeviceId;
    if (claimedDeviceId > 0)
        d.claimedIdentities = DeviceIdentityRepository(m_db).liveIdentities(claimedDeviceId, now);
    return d;
}

DeviceClaimDecision DeviceClaimPolicy::decide(const DeviceClaim &claim, qint64 now) const
{
    DeviceRepository devices(m_db);
    const qint64 byUdid = AppleDeviceRepository(m_db).idByUdid(claim.udid);
    const std::optional<Device> bySerialRow = claim.serial.isEmpty() ? std::nullopt : devices.findBySerial(claim.serial);
    const qint64 bySerial = bySerialRow ? bySerialRow->id : 0;

    // An identity already bound speaks for its record only: another record's UDID or serial is a
    // claim on that record (and would otherwise end in a UNIQUE constraint).
    if (claim.boundDeviceId > 0) {
        for (const qint64 other : {byUdid, bySerial})
            if (other > 0 && other != claim.boundDeviceId)
                return refuse(QStringLiteral("bound-identity-claims-another-device"), other, now);
        const std::optional<Device> own = devices.findById(claim.boundDeviceId);
        if (own && own->platform != claim.platform)
            return refuse(QStringLiteral("other-platform"), claim.boundDeviceId, now);
        DeviceClaimDecision d;
        d.deviceId = claim.boundDeviceId;
        return d;
    }
    if (byUdid > 0 && bySerial > 0 && byUdid != bySerial)
        return refuse(QStringLiteral("udid-and-serial-of-different-devices"), byUdid, now);
    const qint64 named = byUdid > 0 ? byUdid : bySerial;
    if (claim.enrollmentDeviceId > 0 && named > 0 && named != claim.enrollmentDeviceId)
        return refuse(QStringLiteral("not-the-enrollments-device"), named, now);
    const qint64 target = claim.enrollmentDeviceId > 0 ? claim.enrollmentDeviceId : named;
    if (target <= 0)
        return {}; // a brand-new record

    const std::optional<Device> record = devices.findById(target);
    if (!record)
        return refuse(QStringLiteral("unknown-device"), target, now);
    if (record->platform != claim.platform)
        return refuse(QStringLiteral("other-platform"), target, now);
    if (record->ownership != claim.ownership)
        return refuse(QStringLiteral("other-ownership"), target, now);

    DeviceClaimDecision d;
    d.deviceId = target;
    d.claimedDeviceId = target;
    const DeviceIdentityRepository identities(m_db);
    const bool bound = identities.everBound(target);
    if (ReenrollmentExpectationRepository(m_db).open(target, now)) {
        d.rebind = true;
        return d;
    }
    if (!identities.liveIdentities(target, now).isEmpty())
        return refuse(QStringLiteral("bound-to-live-identity"), target, now);
    if (target == claim.enrollmentDeviceId && !bound)
        return d; // the record this enrollment was created for
    if (bound || record->state != EnrollmentState::Pending)
        return refuse(QStringLiteral("enrolled-before-no-expectation"), target, now);
    return d; // a pre-registered inventory row nobody has claimed
}

void DeviceClaimPolicy::auditRefusal(const Actor &actor, const DeviceClaim &claim, const DeviceClaimDecision &decision) const
{
    const QString claimed = decision.claimedIdentities.isEmpty() ? QStringLiteral("none") : decision.claimedIdentities.join(QLatin1Char(','));
    AuditLog(m_db).record(actor, QStringLiteral("security.identity_claim_refused"), QStringLiteral("refused"),
                          QStringLiteral("reason=%1 claimed_device=%2 cert_sha256=%3 claimed_device_cert_sha256=%4 enrollment=%5 "
                                         "bound_device=%6 platform=%7 ownership=%8")
                              .arg(decision.reason, QString::number(decision.claimedDeviceId), claim.identitySha256, claimed,
                                   QString::number(claim.enrollmentId), QString::number(claim.boundDeviceId),
                                   DeviceTypes::toDb(claim.platform), DeviceTypes::toDb(claim.ownership)),
                          decision.claimedDeviceId > 0 ? std::optional<qint64>(decision.claimedDeviceId) : std::nullopt);
}
