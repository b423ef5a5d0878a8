#include "android/AndroidProvisioningPayload.h"

#include "android/AgentProtocol.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("AndroidProvisioningPayload", text); }
bool isBase64UrlSha256(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{43}=?$"));
    return re.match(s).hasMatch();
}
} // namespace

Status AndroidProvisioningPayload::validate() const
{
    if (!adminComponent.contains(QLatin1Char('/')))
        return Status::failure(ErrorCode::InvalidInput, tr("The admin component must look like package/.Receiver."));
    if (!downloadUrl.startsWith(QLatin1String("https://")))
        return Status::failure(ErrorCode::InvalidInput, tr("The agent's download location must be an https:// URL."));
    if (signatureChecksum.isEmpty() && packageChecksum.isEmpty())
        return Status::failure(ErrorCode::InvalidInput,
                               tr("Give the signature checksum of the agent (SHA-256, base64url) or its APK file to checksum."));
    if ((!signatureChecksum.isEmpty() && !isBase64UrlSha256(signatureChecksum))
        || (!packageChecksum.isEmpty() && !isBase64UrlSha256(packageChecksum)))
        return Status::failure(ErrorCode::InvalidInput, tr("A checksum must be a SHA-256 written in base64url (43 characters)."));
    if (!consoleUrl.startsWith(QLatin1String("https://")))
        return Status::failure(ErrorCode::InvalidInput, tr("The console address must be an https:// URL."));
    if (caSha256.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("The console CA fingerprint is missing."));
    if (!AgentProtocol::isCaSha256(caSha256))
        return Status::failure(ErrorCode::InvalidInput,
                               tr("The console CA fingerprint must be its SHA-256 as 64 lowercase hex digits, without colons."));
    if (enrollToken.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("No enrollment token was made."));
    if (!wifiSsid.isEmpty() && wifiSecurity != QLatin1String("NONE") && wifiPassword.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("The Wi-Fi network needs its password."));
    return Status::success();
}

QJsonObject AndroidProvisioningPayload::toJson() const
{
    QJsonObject o{
        {QStringLiteral("android.app.extra.PROVISIONING_DEVICE_ADMIN_COMPONENT_NAME"), adminComponent},
        {QStringLiteral("android.app.extra.PROVISIONING_DEVICE_ADMIN_PACKAGE_DOWNLOAD_LOCATION"), downloadUrl},
        {QStringLiteral("android.app.extra.PROVISIONING_LEAVE_ALL_SYSTEM_APPS_ENABLED"), leaveSystemAppsEnabled},
        {QStringLiteral("android.app.extra.PROVISIONING_ADMIN_EXTRAS_BUNDLE"),
         QJsonObject{{QLatin1String(AgentProtocol::ExtraConsoleUrl), consoleUrl},
                     {QLatin1String(AgentProtocol::ExtraCaSha256), caSha256},
                     {QLatin1String(AgentProtocol::ExtraEnrollToken), enrollToken},
                     {QLatin1String(AgentProtocol::ExtraManagementMode), managementMode}}},
    };
    if (!signatureChecksum.isEmpty())
        o.insert(QStringLiteral("android.app.extra.PROVISIONING_DEVICE_ADMIN_SIGNATURE_CHECKSUM"), signatureChecksum);
    if (!packageChecksum.isEmpty())
        o.insert(QStringLiteral("android.app.extra.PROVISIONING_DEVICE_ADMIN_PACKAGE_CHECKSUM"), packageChecksum);
    if (!wifiSsid.isEmpty()) {
        o.insert(QStringLiteral("android.app.extra.PROVISIONING_WIFI_SSID"), wifiSsid);
        o.insert(QStringLiteral("android.app.extra.PROVISIONING_WIFI_SECURITY_TYPE"), wifiSecurity);
        o.insert(QStringLiteral("android.app.extra.PROVISIONING_WIFI_HIDDEN"), wifiHidden);
        if (!wifiPassword.isEmpty())
            o.insert(QStringLiteral("android.app.extra.PROVISIONING_WIFI_PASSWORD"), wifiPassword);
    }
    // Deliberately absent: android.app.extra.PROVISIONING_SKIP_ENCRYPTION (HIPAA 164.312(a)(2)(iv)).
    return o;
}

QByteArray AndroidProvisioningPayload::toCompactJson() const { return QJsonDocument(toJson()).toJson(QJsonDocument::Compact); }

Status AndroidProvisioningPayload::packageChecksumOf(const QString &apkPath, QString *checksum)
{
    QFile f(apkPath);
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(ErrorCode::NotFound, tr("The APK cannot be read: %1").arg(f.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    *checksum = QString::fromLatin1(h.result().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return Status::success();
}
