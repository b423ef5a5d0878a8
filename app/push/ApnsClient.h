#pragma once

#include "core/Status.h"
#include "push/Http2Endpoint.h"
#include "push/Http2Response.h"
#include "push/PushResult.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class Http2Client;
class ApnsTokenSigner;

// Apple Push Notification service over HTTP/2 (Http2Client): MDM wakes with the MDM push
// certificate as TLS client certificate, and app pushes with a provider token (ApnsTokenSigner).
// One connection per host and identity stays open; every push is a stream on it.
class ApnsClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const PushResult &)>;
    static constexpr const char *ProductionHost = "api.push.apple.com";
    static constexpr const char *SandboxHost = "api.sandbox.push.apple.com";
    static constexpr int DefaultTimeoutMsec = 30000;
    static constexpr qint64 DefaultExpirationSeconds = 7 * 24 * 3600;

    ApnsClient(Http2Client *http, QObject *parent = nullptr);

    // Where to connect: the production or sandbox host on 443 unless a host is given (tests).
    void setServer(bool sandbox, const QString &hostOverride = {}, quint16 port = 443);
    void setTrustedRoots(const QList<QSslCertificate> &roots);
    void setCertificate(const QSslCertificate &certificate, const QSslKey &key);
    void setTokenSigner(ApnsTokenSigner *signer) { m_signer = signer; }
    void setTimeout(int msec) { m_timeoutMsec = msec; }
    bool hasCertificate() const { return !m_certEndpoint.clientCertificate.isNull(); }
    Http2Endpoint certificateEndpoint() const { return m_certEndpoint; }

    // POST /3/device/<token> {"mdm":"<PushMagic>"}, apns-push-type mdm, priority 10.
    // `expiration`: epoch seconds after which APNs may drop it (0: now + 7 days).
    void sendMdmWake(const QString &deviceToken, const QString &pushMagic, const QString &topic, qint64 expiration,
                     Callback done);
    // An app push with token authentication (needs setTokenSigner).
    void sendAppPush(const QString &deviceToken, const QString &topic, const QJsonObject &payload,
                     const QString &pushType, int priority, Callback done);

    static QByteArray mdmBody(const QString &pushMagic);
    static PushResult classify(const Http2Response &response);

private:
    Http2Client *m_http;
    ApnsTokenSigner *m_signer = nullptr;
    Http2Endpoint m_certEndpoint;
    Http2Endpoint m_tokenEndpoint;
    int m_timeoutMsec = DefaultTimeoutMsec;
};
