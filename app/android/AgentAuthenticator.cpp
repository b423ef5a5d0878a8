#include "android/AgentAuthenticator.h"

#include "android/AgentReply.h"
#include "android/AndroidAgentRepository.h"
#include "audit/AuditLog.h"
#include "fleet/DeviceRepository.h"

#include <QCryptographicHash>

namespace AgentAuthenticator {

QString fingerprint(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

std::optional<AgentIdentity> authenticate(const HttpRequest &request, Database &db, qint64 now, HttpResponse &refusal)
{
    if (request.peerCertificateDer.isEmpty()) {
        refusal = AgentReply::error(401, QStringLiteral("client_certificate_required"),
                                    QStringLiteral("Present the device certificate issued at enrollment (mutual TLS)."));
        return std::nullopt;
    }
    const QString sha = fingerprint(request.peerCertificateDer);
    const Actor unknown{QStringLiteral("device:unknown"), QStringLiteral("Device")};
    const std::optional<AndroidAgent> agent = AndroidAgentRepository(db).findByCertificate(sha);
    if (!agent) {
        AuditLog(db).record(unknown, QStringLiteral("android.auth"), QStringLiteral("failure"),
                            QStringLiteral("reason=unknown-certificate cert_sha256=%1 peer=%2 path=%3")
                                .arg(sha, request.peer.toString(), QString::fromUtf8(request.path)));
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
        AuditLog(db).record(unknown, QStringLiteral("android.auth"), QStringLiteral("failure"),
                            QStringLiteral("reason=%1 cert_sha256=%2").arg(why, sha), agent->deviceId);
        refusal = AgentReply::error(403, why, QStringLiteral("This device's credential is no longer valid; enroll again."));
        return std::nullopt;
    }
    return AgentIdentity{*agent, *device};
}

} // namespace AgentAuthenticator
