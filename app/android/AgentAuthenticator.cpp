#include "android/AgentAuthenticator.h"

#include "android/AgentReply.h"
#include "android/AndroidAgentRepository.h"
#include "endpoint/EndpointContext.h"
#include "fleet/DeviceRepository.h"

#include <QCryptographicHash>

namespace AgentAuthenticator {

QString fingerprint(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

namespace {

void audit(EndpointContext &context, const HttpRequest &request, const QString &reason, const QString &sha, qint64 deviceId)
{
    EndpointRefusal r;
    r.source = request.peer;
    r.actor = Actor{QStringLiteral("device:unknown"), QStringLiteral("Device")};
    r.action = QStringLiteral("android.auth");
    r.outcome = QStringLiteral("failure");
    r.reason = reason;
    r.details = EndpointRefusal::requestDetails(request) + QStringLiteral(" cert_sha256=") + sha;
    if (deviceId > 0)
        r.deviceId = deviceId; // the credential's device, though the credential no longer counts
    context.auditRefusal(r);
}

} // namespace

std::optional<AgentIdentity> authenticate(const HttpRequest &request, EndpointContext &context, qint64 now, HttpResponse &refusal)
{
    Database &db = context.database();
    if (request.peerCertificateDer.isEmpty()) {
        refusal = AgentReply::error(401, QStringLiteral("client_certificate_required"),
                                    QStringLiteral("Present the device certificate issued at enrollment (mutual TLS)."));
        return std::nullopt;
    }
    const QString sha = fingerprint(request.peerCertificateDer);
    const std::optional<AndroidAgent> agent = AndroidAgentRepository(db).findByCertificate(sha);
    if (!agent) {
        audit(context, request, QStringLiteral("unknown-certificate"), sha, 0);
        refusal = AgentReply::error(403, QStringLiteral("unknown_certificate"),
                                    QStringLiteral("This certificate was not issued to an enrolled agent; enroll again."));
        return std::nullopt;
    }
    const std::optional<Device> device = DeviceRepository(db).findById(agent->deviceId);
    QString why;
    if (agent->revoked)
        why = QStringLiteral("credential_revoked");
    else if (agent->certNotAfter < now)
        why = QStringLiteral("certificate_expired");
    else if (!device || device->state == EnrollmentState::Unenrolled || device->state == EnrollmentState::Wiped)
        why = QStringLiteral("device_not_enrolled");
    if (!why.isEmpty()) {
        audit(context, request, why, sha, agent->deviceId);
        refusal = AgentReply::error(403, why, QStringLiteral("This device's credential is no longer valid; enroll again."));
        return std::nullopt;
    }
    return AgentIdentity{*agent, *device};
}

} // namespace AgentAuthenticator
