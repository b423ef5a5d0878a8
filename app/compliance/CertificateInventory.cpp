#include "compliance/CertificateInventory.h"

#include "pki/CertificateInfo.h"
#include "push/PushCredentialNames.h"
#include "push/PushCredentialRepository.h"
#include "settings/SettingsRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("CertificateInventory", text); }

CertificateStatus fromPem(const QString &role, const QString &pem)
{
    CertificateStatus s{role, {}, 0, false};
    CertificateInfo info;
    if (pem.trimmed().isEmpty() || !CertificateInfo::fromBytes(pem.toLatin1(), info))
        return s;
    s.subject = info.subject();
    s.notAfter = info.notAfter().toSecsSinceEpoch();
    s.present = true;
    return s;
}
} // namespace

namespace CertificateInventory {

QList<CertificateStatus> current(Database &db)
{
    const SettingsRepository settings(db);
    const PushCredentialRepository push(db);
    QList<CertificateStatus> out{fromPem(tr("Console CA"), settings.stringValue(Setting::EndpointCaCertificate)),
                                 fromPem(tr("Endpoint TLS"), settings.stringValue(Setting::EndpointTlsCertificate))};
    const std::optional<QJsonObject> apns = push.get(QString::fromLatin1(PushCredentialNames::ApnsCertificate));
    out << fromPem(tr("APNs push"), apns ? apns->value(QStringLiteral("certificate_pem")).toString() : QString());
    // A service account key carries no expiry date: Google's keys stay valid until revoked.
    CertificateStatus fcm{tr("FCM service account"), {}, 0, false};
    if (const std::optional<QJsonObject> account = push.get(QString::fromLatin1(PushCredentialNames::FcmServiceAccount))) {
        fcm.subject = account->value(QStringLiteral("client_email")).toString();
        fcm.present = true;
    }
    out << fcm;
    return out;
}

} // namespace CertificateInventory
