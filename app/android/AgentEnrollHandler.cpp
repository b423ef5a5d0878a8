#include "android/AgentEnrollHandler.h"

#include "android/AgentAuthenticator.h"
#include "android/AgentProtocol.h"
#include "android/AgentReply.h"
#include "android/AgentRequestReader.h"
#include "android/AndroidAgentRepository.h"
#include "android/AndroidEnrollmentTokenRepository.h"
#include "android/AndroidPolicyRepository.h"
#include "db/WriteTransaction.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "endpoint/EndpointContext.h"
#include "fleet/DeviceClaimPolicy.h"
#include "fleet/DeviceRebinder.h"
#include "fleet/DeviceRepository.h"
#include "pki/CertificateInfo.h"

#include <QDateTime>
#include <QJsonObject>

namespace {
const Actor kAnonymous{QStringLiteral("device:unenrolled"), QStringLiteral("Device")};
}

bool AgentEnrollHandler::modeAllowed(Ownership ownership, const QString &mode)
{
    switch (ownership) {
    case Ownership::BYOD:
        return mode == QLatin1String("work_profile");
    case Ownership::COPE:
        return mode == QLatin1String("device_owner") || mode == QLatin1String("org_owned_work_profile");
    case Ownership::COSU:
    case Ownership::Shared:
        return mode == QLatin1String("device_owner");
    }
    return false;
}

HttpResponse AgentEnrollHandler::handle(const HttpRequest &request, EndpointContext &context)
{
    Database &db = context.database();
    HttpResponse refusal;
    QJsonObject msg;
    if (!AgentRequestReader::read(request, QStringLiteral("EnrollRequest"), msg, refusal))
        return refusal;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject identity = msg.value(QLatin1String("device")).toObject();
    const QString serial = identity.value(QLatin1String("serial")).toString();
    const QString mode = msg.value(QLatin1String("managementMode")).toString();
    AuditLog audit(db);
    auto refuse = [&](int status, const QString &code, const QString &message, qint64 deviceId = 0) {
        audit.record(kAnonymous, QStringLiteral("android.enroll"), QStringLiteral("failure"),
                     QStringLiteral("reason=%1 serial=%2").arg(code, serial),
                     deviceId > 0 ? std::optional<qint64>(deviceId) : std::nullopt);
        return AgentReply::error(status, code, message);
    };

    AndroidEnrollmentTokenRepository tokens(db);
    const std::optional<AndroidEnrollmentToken> token = tokens.findByToken(msg.value(QLatin1String("token")).toString());
    if (!token)
        return refuse(403, QStringLiteral("token_invalid"), QStringLiteral("The enrollment token is not known."));
    if (token->state != QLatin1String("open"))
        return refuse(403, QStringLiteral("token_used"), QStringLiteral("The enrollment token was already used or revoked."));
    if (token->expiresAt <= now)
        return refuse(403, QStringLiteral("token_expired"), QStringLiteral("The enrollment token has expired."));
    if (!modeAllowed(token->ownership, mode))
        return refuse(403, QStringLiteral("management_mode_not_allowed"),
                      QStringLiteral("A %1 device cannot be enrolled as %2.").arg(DeviceTypes::toDb(token->ownership), mode));

    const QByteArray csr = QByteArray::fromBase64(msg.value(QLatin1String("csr")).toString().toLatin1());
    QByteArray certificate;
    if (Status s = m_ca.issueClientCertificate(csr, AgentProtocol::ClientCertificateDays, certificate); !s)
        return refuse(400, QStringLiteral("csr_invalid"), QStringLiteral("The certificate request was refused: %1").arg(s.message()));
    CertificateInfo info;
    CertificateInfo::fromBytes(certificate, info);
    const QString certSha = AgentAuthenticator::fingerprint(certificate);

    DeviceClaim claim;
    claim.identitySha256 = certSha;
    claim.enrollmentId = token->id;
    claim.enrollmentDeviceId = token->deviceId;
    claim.platform = Platform::Android;
    claim.ownership = token->ownership;
    claim.serial = serial;
    DeviceRepository devices(db);
    WriteTransaction tx(db);
    if (!tx.isActive())
        return AgentReply::error(503, QStringLiteral("busy"), QStringLiteral("The console database is busy; try again."));
    const DeviceClaimDecision decision = DeviceClaimPolicy(db).decide(claim, now);
    if (decision.refused) {
        tx.rollback(); // the token stays open, the claimed device untouched; the audit entry is the only write
        DeviceClaimPolicy(db).auditRefusal(kAnonymous, claim, decision);
        if (decision.reason == QLatin1String("other-platform"))
            return AgentReply::error(409, QStringLiteral("serial_conflict"), QStringLiteral("Another kind of device already has this serial number."));
        return AgentReply::error(409, QStringLiteral("serial_claimed"),
                                 QStringLiteral("A device with this serial number is already enrolled; an administrator must expect its "
                                                "re-enrollment first."));
    }
    std::optional<Device> existing = decision.deviceId > 0 ? devices.findById(decision.deviceId) : std::nullopt;
    Device device = existing.value_or(Device{});
    device.platform = Platform::Android;
    device.serial = serial;
    device.model = identity.value(QLatin1String("model")).toString();
    device.osVersion = identity.value(QLatin1String("androidVersion")).toString();
    device.ownership = token->ownership;
    device.department = token->department;
    device.state = EnrollmentState::Pending; // enrolled at its first check-in
    if (device.name.isEmpty())
        device.name = QStringLiteral("%1 %2").arg(device.model, serial).trimmed();
    const Status saved = existing ? devices.update(device) : devices.insert(device);
    AndroidAgent agent;
    agent.deviceId = device.id;
    agent.certSha256 = certSha;
    agent.certNotAfter = info.notAfter().toSecsSinceEpoch();
    agent.enrollmentId = token->id;
    agent.managementMode = mode;
    agent.enrolledAt = now;
    const Actor agentActor{QStringLiteral("device:%1").arg(serial), QStringLiteral("Device")};
    if (!saved || (decision.rebind && !DeviceRebinder(db).rebind(agentActor, device.id, certSha, now))
        || !tokens.consume(token->id, device.id, certSha, now) || !AndroidAgentRepository(db).upsert(agent)
        || (token->policyId > 0 && !AndroidPolicyRepository(db).assign(token->policyId, device.id, now))
        || !audit.record(agentActor, QStringLiteral("android.enroll"),
                         QStringLiteral("success"),
                         QStringLiteral("enrollment=%1 method=%2 ownership=%3 mode=%4 cert_sha256=%5")
                             .arg(token->id).arg(token->method, DeviceTypes::toDb(token->ownership), mode, certSha),
                         device.id)
        || !tx.commit()) {
        tx.rollback();
        return refuse(409, QStringLiteral("token_used"), QStringLiteral("The enrollment could not be completed; the token "
                                                                        "may have been used at the same moment."));
    }
    return AgentReply::json({{QStringLiteral("protocolVersion"), AgentProtocol::Version},
                             {QStringLiteral("deviceId"), QString::number(device.id)},
                             {QStringLiteral("certificate"), QString::fromLatin1(certificate.toBase64())},
                             {QStringLiteral("caCertificate"), QString::fromLatin1(m_ca.certificateDer().toBase64())},
                             {QStringLiteral("checkInIntervalSeconds"), AgentProtocol::CheckInIntervalSeconds}});
}
