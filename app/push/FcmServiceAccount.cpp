#include "push/FcmServiceAccount.h"

#include "pki/OpenSsl.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("FcmServiceAccount", text); }
}

Status FcmServiceAccount::fromJson(const QByteArray &json, FcmServiceAccount &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Status::failure(ErrorCode::InvalidInput, tr("The service-account file is not JSON: %1").arg(error.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("type")).toString() != QLatin1String("service_account"))
        return Status::failure(ErrorCode::InvalidInput, tr("This JSON file is not a Google service-account key (type must be \"service_account\")."));
    FcmServiceAccount a;
    a.projectId = o.value(QStringLiteral("project_id")).toString();
    a.clientEmail = o.value(QStringLiteral("client_email")).toString();
    a.tokenUri = o.value(QStringLiteral("token_uri")).toString(QStringLiteral("https://oauth2.googleapis.com/token"));
    a.privateKeyId = o.value(QStringLiteral("private_key_id")).toString();
    a.privateKeyPem = o.value(QStringLiteral("private_key")).toString().toUtf8();
    if (a.projectId.isEmpty() || a.clientEmail.isEmpty() || a.privateKeyPem.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("The service-account file lacks project_id, client_email or private_key."));
    const QUrl token(a.tokenUri);
    if (!token.isValid() || token.scheme() != QLatin1String("https"))
        return Status::failure(ErrorCode::InvalidInput, tr("The service account's token_uri must be an https URL."));
    ssl::clearErrors();
    ssl::PKeyPtr key = ssl::readPrivateKey(a.privateKeyPem);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return Status::failure(ErrorCode::InvalidInput, tr("The service account's private_key is not an RSA key."));
    out = a;
    return Status::success();
}

QJsonObject FcmServiceAccount::metadata() const
{
    return {{QStringLiteral("project_id"), projectId},
            {QStringLiteral("client_email"), clientEmail},
            {QStringLiteral("token_uri"), tokenUri},
            {QStringLiteral("private_key_id"), privateKeyId}};
}

FcmServiceAccount FcmServiceAccount::fromMetadata(const QJsonObject &m, const QByteArray &privateKeyPem)
{
    FcmServiceAccount a;
    a.projectId = m.value(QStringLiteral("project_id")).toString();
    a.clientEmail = m.value(QStringLiteral("client_email")).toString();
    a.tokenUri = m.value(QStringLiteral("token_uri")).toString();
    a.privateKeyId = m.value(QStringLiteral("private_key_id")).toString();
    a.privateKeyPem = privateKeyPem;
    return a;
}
