#include "push/ApnsClient.h"

#include "push/ApnsTokenSigner.h"
#include "push/Http2Client.h"

#include <QDateTime>
#include <QJsonDocument>

ApnsClient::ApnsClient(Http2Client *http, QObject *parent) : QObject(parent), m_http(http)
{
    setServer(false);
}

void ApnsClient::setServer(bool sandbox, const QString &hostOverride, quint16 port)
{
    const QString host = hostOverride.isEmpty() ? QString::fromLatin1(sandbox ? SandboxHost : ProductionHost) : hostOverride;
    m_certEndpoint.host = m_tokenEndpoint.host = host;
    m_certEndpoint.port = m_tokenEndpoint.port = hostOverride.isEmpty() ? 443 : port;
}

void ApnsClient::setTrustedRoots(const QList<QSslCertificate> &roots)
{
    m_certEndpoint.trustedRoots = m_tokenEndpoint.trustedRoots = roots;
}

void ApnsClient::setCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certEndpoint.clientCertificate = certificate;
    m_certEndpoint.clientKey = key;
}

QByteArray ApnsClient::mdmBody(const QString &pushMagic)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("mdm"), pushMagic}}).toJson(QJsonDocument::Compact);
}

void ApnsClient::sendMdmWake(const QString &deviceToken, const QString &pushMagic, const QString &topic,
                             qint64 expiration, Callback done)
{
    Http2Request r;
    r.path = "/3/device/" + deviceToken.toLatin1();
    r.headers = {{"apns-push-type", "mdm"},
                 {"apns-topic", topic.toUtf8()},
                 {"apns-priority", "10"},
                 {"apns-expiration",
                  QByteArray::number(expiration > 0 ? expiration
                                                    : QDateTime::currentSecsSinceEpoch() + DefaultExpirationSeconds)}};
    r.body = mdmBody(pushMagic);
    r.timeoutMsec = m_timeoutMsec;
    m_http->send(m_certEndpoint, r, [done](const Http2Response &response) { done(classify(response)); });
}

void ApnsClient::sendAppPush(const QString &deviceToken, const QString &topic, const QJsonObject &payload,
                             const QString &pushType, int priority, Callback done)
{
    QByteArray bearer;
    const Status s = m_signer ? m_signer->token(QDateTime::currentSecsSinceEpoch(), &bearer)
                              : Status::failure(ErrorCode::Failure, QStringLiteral("no APNs auth key"));
    if (!s) {
        PushResult r;
        r.outcome = PushResult::Outcome::CredentialsRejected;
        r.reason = s.message();
        QMetaObject::invokeMethod(this, [done, r] { done(r); }, Qt::QueuedConnection);
        return;
    }
    Http2Request r;
    r.path = "/3/device/" + deviceToken.toLatin1();
    r.headers = {{"authorization", "bearer " + bearer},
                 {"apns-push-type", pushType.toUtf8()},
                 {"apns-topic", topic.toUtf8()},
                 {"apns-priority", QByteArray::number(priority)}};
    r.body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    r.timeoutMsec = m_timeoutMsec;
    m_http->send(m_tokenEndpoint, r, [done](const Http2Response &response) { done(classify(response)); });
}

PushResult ApnsClient::classify(const Http2Response &response)
{
    PushResult r;
    r.httpStatus = response.status;
    if (!response.ok()) {
        r.outcome = PushResult::Outcome::Retry;
        r.reason = response.errorText.isEmpty() ? QStringLiteral("transport error") : response.errorText;
        return r;
    }
    r.id = QString::fromLatin1(response.header("apns-id"));
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    r.reason = body.value(QStringLiteral("reason")).toString();
    r.retryAfterSeconds = response.header("retry-after").toLongLong();
    const int status = response.status;
    if (status == 200) {
        r.outcome = PushResult::Outcome::Delivered;
    } else if (status == 410) {
        r.outcome = PushResult::Outcome::Unregistered;
        // APNs gives milliseconds since the epoch.
        r.timestamp = qint64(body.value(QStringLiteral("timestamp")).toDouble() / 1000);
    } else if (status == 400 && (r.reason == QLatin1String("BadDeviceToken") || r.reason == QLatin1String("DeviceTokenNotForTopic"))) {
        r.outcome = PushResult::Outcome::Invalid;
    } else if (status == 403) {
        r.outcome = PushResult::Outcome::CredentialsRejected;
    } else if (status == 429 || status >= 500) {
        r.outcome = PushResult::Outcome::Retry;
    } else {
        r.outcome = PushResult::Outcome::Rejected;
    }
    if (r.reason.isEmpty() && status != 200)
        r.reason = QStringLiteral("HTTP %1").arg(status);
    return r;
}
