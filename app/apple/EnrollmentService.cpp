#include "apple/EnrollmentService.h"

#include "apple/AppleEnrollmentRepository.h"
#include "apple/AppleMdmRuntime.h"
#include "apple/AppleScepIssuer.h"
#include "apple/EnrollmentProfileBuilder.h"
#include "audit/AuditLog.h"
#include "db/WriteTransaction.h"
#include "endpoint/EndpointPaths.h"
#include "security/AdminSession.h"
#include "security/SecureRandom.h"
#include "settings/SettingsRepository.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

QString randomToken(int bytes)
{
    return QString::fromLatin1(SecureRandom::bytes(bytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

EnrollmentService::EnrollmentService(Database &db) : m_db(db) {}

QString EnrollmentService::hashToken(const QString &token)
{
    return AppleScepIssuer::hashSecret(token.toUtf8());
}

Status EnrollmentService::create(const AdminSession &session, Ownership ownership, int count, const QString &department,
                                 const QString &publicBaseUrl, qint64 now, QList<Link> &out, qint64 validitySeconds)
{
    if (Status s = session.require(Permission::EnrollDevices, now); !s)
        return s;
    if (count < 1 || count > MaxBatch)
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("EnrollmentService", "A batch has between 1 and %1 enrollment links.").arg(MaxBatch));
    if (validitySeconds < 60)
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("EnrollmentService", "The link must be valid for at least a minute."));
    QList<Link> links;
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    AppleEnrollmentRepository repo(m_db);
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        Link link;
        link.token = randomToken(32);
        link.enrollment.ownership = ownership;
        link.enrollment.department = department;
        link.enrollment.tokenHash = hashToken(link.token);
        link.enrollment.createdBy = session.username();
        link.enrollment.createdAt = now;
        link.enrollment.expiresAt = now + validitySeconds;
        if (Status s = repo.create(link.enrollment); !s)
            return s;
        link.url = publicBaseUrl + QLatin1String(EndpointPaths::EnrollProfile) + link.token;
        ids << QString::number(link.enrollment.id);
        links << link;
    }
    if (Status s = AuditLog(m_db).record(session.actor(), QStringLiteral("enrollment.create"), QStringLiteral("success"),
                                         QStringLiteral("platform=apple ownership=%1 count=%2 ids=%3 expires_at=%4")
                                             .arg(DeviceTypes::toDb(ownership))
                                             .arg(count)
                                             .arg(ids.join(QLatin1Char(',')))
                                             .arg(now + validitySeconds));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    out = links;
    return Status::success();
}

Status EnrollmentService::profileForToken(AppleMdmRuntime &runtime, const QString &token, QByteArray &signedProfile,
                                          qint64 *enrollmentId)
{
    const Status notFound = Status::failure(ErrorCode::NotFound,
                                            QCoreApplication::translate("EnrollmentService", "This enrollment link is unknown, used or expired."));
    if (token.isEmpty() || token.size() > 128)
        return notFound;
    const qint64 now = runtime.now();
    AppleEnrollmentRepository repo(m_db);
    const std::optional<AppleEnrollment> enrollment = repo.findByTokenHash(hashToken(token));
    if (!enrollment || enrollment->state != QLatin1String("open") || (enrollment->expiresAt > 0 && enrollment->expiresAt <= now))
        return notFound;

    EnrollmentProfileBuilder::Input input;
    input.ownership = enrollment->ownership;
    input.enrollmentId = enrollment->id;
    input.serverUrl = runtime.url(EndpointPaths::AppleServer);
    input.checkInUrl = runtime.url(EndpointPaths::AppleCheckIn);
    input.scepUrl = runtime.url(EndpointPaths::Scep);
    input.topic = runtime.topic();
    input.challenge = randomToken(24).toLatin1();
    input.caCertificateDer = runtime.ca().certificateDer();
    input.organization = runtime.options().organization;
    QByteArray profile;
    if (Status s = EnrollmentProfileBuilder::buildSigned(input, runtime.profileSigner(), profile); !s)
        return s;

    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    if (Status s = repo.setChallenge(enrollment->id, AppleScepIssuer::hashSecret(input.challenge), now); !s)
        return s;
    if (Status s = AuditLog(m_db).record(Actor{QStringLiteral("endpoint"), QStringLiteral("Endpoint")},
                                         QStringLiteral("enrollment.profile"), QStringLiteral("success"),
                                         QStringLiteral("enrollment=%1 ownership=%2 access_rights=%3")
                                             .arg(enrollment->id)
                                             .arg(DeviceTypes::toDb(enrollment->ownership))
                                             .arg(EnrollmentProfileBuilder::accessRights(enrollment->ownership)));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    signedProfile = profile;
    if (enrollmentId)
        *enrollmentId = enrollment->id;
    return Status::success();
}
