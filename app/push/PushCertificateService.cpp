#include "push/PushCertificateService.h"

#include "audit/AuditLog.h"
#include "pki/OpenSsl.h"
#include "push/PushCredentialNames.h"
#include "push/PushCredentialRepository.h"
#include "security/AdminSession.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <openssl/pem.h>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("PushCertificateService", text); }
const QString kCertificate = QString::fromLatin1(PushCredentialNames::ApnsCertificate);
const QString kRequest = QString::fromLatin1(PushCredentialNames::ApnsPendingRequest);
} // namespace

PushCertificateService::PushCertificateService(Database &db) : m_db(db) {}

std::optional<PushCertificate> PushCertificateService::current() const
{
    const std::optional<QJsonObject> m = PushCredentialRepository(m_db).get(kCertificate);
    if (!m)
        return std::nullopt;
    return PushCertificate::fromMetadata(*m);
}

QString PushCertificateService::keySecretName(const PushCertificate &c)
{
    // One entry per certificate, so writing a new key never clobbers the one in use.
    QString fingerprint = c.sha256Hex;
    fingerprint.remove(QLatin1Char(':'));
    return QString::fromLatin1(PushCredentialNames::ApnsCertificateSecret) + QLatin1Char('-') + fingerprint.left(16).toLower();
}

Status PushCertificateService::createRequest(const QString &commonName, QByteArray *csrPem, QByteArray *keyPem)
{
    ssl::clearErrors();
    ssl::PKeyPtr key(EVP_RSA_gen(2048));
    ssl::RequestPtr request(X509_REQ_new());
    if (!key || !request)
        return Status::failure(ErrorCode::Failure, ssl::takeErrors());
    X509_NAME *name = X509_REQ_get_subject_name(request.get());
    const QByteArray cn = commonName.toUtf8();
    if (X509_REQ_set_version(request.get(), 0) != 1
        || X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0) != 1
        || X509_REQ_set_pubkey(request.get(), key.get()) != 1 || X509_REQ_sign(request.get(), key.get(), EVP_sha256()) <= 0)
        return Status::failure(ErrorCode::Failure, ssl::takeErrors());
    ssl::BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509_REQ(bio.get(), request.get());
    *csrPem = ssl::bioBytes(bio.get());
    *keyPem = ssl::privateKeyPem(key.get());
    return Status::success();
}

Status PushCertificateService::recordRequest(const AdminSession &session, const QByteArray &csrPem, qint64 now)
{
    if (Status s = session.require(Permission::ManageCertificates, now); !s)
        return s;
    if (Status s = PushCredentialRepository(m_db).put(kRequest, {{QStringLiteral("csr_pem"), QString::fromLatin1(csrPem)},
                                                                  {QStringLiteral("created_at"), now}}, now);
        !s)
        return s;
    return AuditLog(m_db).record(session.actor(), QStringLiteral("push.certificate.csr"), QStringLiteral("success"), {});
}

std::optional<QByteArray> PushCertificateService::pendingRequest() const
{
    const std::optional<QJsonObject> m = PushCredentialRepository(m_db).get(kRequest);
    if (!m)
        return std::nullopt;
    return m->value(QStringLiteral("csr_pem")).toString().toLatin1();
}

Status PushCertificateService::checkReplacement(const AdminSession &session, const PushCertificate &incoming,
                                                bool acceptReenrollment, const SignInResult &reauth)
{
    if (Status s = session.require(Permission::ManageCertificates); !s)
        return s;
    const std::optional<PushCertificate> old = current();
    if (!old || old->topic == incoming.topic)
        return Status::success();
    const QString details = QStringLiteral("old_topic=%1 new_topic=%2").arg(old->topic, incoming.topic);
    AuditLog log(m_db);
    if (!acceptReenrollment) {
        log.record(session.actor(), QStringLiteral("push.certificate.replace"), QStringLiteral("refused"),
                   details + QStringLiteral(" reason=topic-change-not-accepted"));
        return Status::failure(ErrorCode::Conflict,
                               tr("This certificate has another topic (%1) than the current one (%2): it is a NEW certificate, "
                                  "not a renewal. Every Apple device would have to enroll again. Renew the current "
                                  "certificate with the same Apple ID instead, or explicitly accept re-enrolling every "
                                  "Apple device.").arg(incoming.topic, old->topic));
    }
    if (!reauth.ok() || !reauth.session.isValid() || reauth.session.adminId() != session.adminId()) {
        log.record(session.actor(), QStringLiteral("push.certificate.replace"), QStringLiteral("refused"),
                   details + QStringLiteral(" reason=no-reauthentication"));
        return Status::failure(ErrorCode::AuthenticationFailed,
                               tr("Confirm your password and code again to replace the push certificate by one with another topic."));
    }
    log.record(session.actor(), QStringLiteral("push.certificate.replace"), QStringLiteral("accepted"),
               details + QStringLiteral(" every Apple device must re-enroll"));
    return Status::success();
}

Status PushCertificateService::commit(const AdminSession &session, PushCertificate incoming, const QString &appleId, qint64 now)
{
    if (Status s = session.require(Permission::ManageCertificates, now); !s)
        return s;
    const std::optional<PushCertificate> old = current();
    incoming.appleId = appleId.isEmpty() && old ? old->appleId : appleId;
    incoming.alarm.clear();
    incoming.alarmAt = 0;
    QJsonObject metadata = incoming.metadata();
    metadata.insert(QStringLiteral("key_secret"), keySecretName(incoming));
    PushCredentialRepository repo(m_db);
    if (Status s = repo.put(kCertificate, metadata, now); !s)
        return s;
    repo.remove(kRequest);
    const QString kind = !old ? QStringLiteral("first") : old->topic == incoming.topic ? QStringLiteral("renewal") : QStringLiteral("new-topic");
    return AuditLog(m_db).record(session.actor(), QStringLiteral("push.certificate.import"), QStringLiteral("success"),
                                 QStringLiteral("kind=%1 topic=%2 sha256=%3 not_after=%4")
                                     .arg(kind, incoming.topic, incoming.sha256Hex, incoming.notAfter.toString(Qt::ISODate)));
}

Status PushCertificateService::setAppleId(const AdminSession &session, const QString &appleId, qint64 now)
{
    if (Status s = session.require(Permission::ManageCertificates, now); !s)
        return s;
    std::optional<QJsonObject> m = PushCredentialRepository(m_db).get(kCertificate);
    if (!m)
        return Status::failure(ErrorCode::NotFound, tr("No push certificate has been imported."));
    m->insert(QStringLiteral("apple_id"), appleId);
    if (Status s = PushCredentialRepository(m_db).put(kCertificate, *m, now); !s)
        return s;
    return AuditLog(m_db).record(session.actor(), QStringLiteral("push.certificate.owner"), QStringLiteral("success"),
                                 QStringLiteral("apple_id=%1").arg(appleId));
}

Status PushCertificateService::setAlarm(const QString &reason, qint64 now)
{
    std::optional<QJsonObject> m = PushCredentialRepository(m_db).get(kCertificate);
    if (!m)
        return Status::failure(ErrorCode::NotFound, tr("No push certificate has been imported."));
    const bool wasRaised = !m->value(QStringLiteral("alarm")).toString().isEmpty();
    m->insert(QStringLiteral("alarm"), reason.isEmpty() ? QStringLiteral("refused") : reason);
    m->insert(QStringLiteral("alarm_at"), now);
    if (Status s = PushCredentialRepository(m_db).put(kCertificate, *m, now); !s)
        return s;
    if (!wasRaised)
        AuditLog(m_db).record(Actor::system(), QStringLiteral("push.certificate.alarm"), QStringLiteral("failure"),
                              QStringLiteral("reason=%1").arg(reason));
    return Status::success();
}
