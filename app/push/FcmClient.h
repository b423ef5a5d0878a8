#pragma once

#include "push/FcmServiceAccount.h"
#include "push/Http2Endpoint.h"
#include "push/Http2Response.h"
#include "push/PushResult.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class Http2Client;

// Firebase Cloud Messaging HTTP v1 over HTTP/2: data messages to the Android agent
// (POST /v1/projects/<id>/messages:send) with an OAuth2 access token obtained from the service
// account (RS256 JWT assertion, grant type jwt-bearer), cached and renewed before it expires.
class FcmClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const PushResult &)>;
    static constexpr const char *DefaultEndpoint = "https://fcm.googleapis.com";
    static constexpr const char *Scope = "https://www.googleapis.com/auth/firebase.messaging";
    static constexpr qint64 RenewBeforeSeconds = 300;
    static constexpr int DefaultTtlSeconds = 4 * 3600;

    explicit FcmClient(Http2Client *http, QObject *parent = nullptr);

    void setServiceAccount(const FcmServiceAccount &account);
    bool hasServiceAccount() const { return !m_account.privateKeyPem.isEmpty(); }
    // Empty: the defaults (fcm.googleapis.com; the service account's token_uri).
    void setEndpoints(const QUrl &fcmBase, const QUrl &tokenUri = {});
    void setTrustedRoots(const QList<QSslCertificate> &roots) { m_roots = roots; }
    void setTimeout(int msec) { m_timeoutMsec = msec; }

    // A data message (string values only, as FCM requires) with android priority HIGH and a ttl.
    void sendData(const QString &registrationToken, const QJsonObject &data, int ttlSeconds, Callback done);

    static QJsonObject message(const QString &registrationToken, const QJsonObject &data, int ttlSeconds);
    static PushResult classify(const Http2Response &response);
    int tokenRequests() const { return m_tokenRequests; }

private:
    struct Waiting {
        Http2Request request;
        Callback done;
    };
    void withAccessToken(Waiting waiting);
    void requestToken();
    void post(Waiting waiting);
    Http2Endpoint endpointFor(const QUrl &url) const;

    Http2Client *m_http;
    FcmServiceAccount m_account;
    QUrl m_base;
    QUrl m_tokenUri;
    QList<QSslCertificate> m_roots;
    int m_timeoutMsec = 30000;
    QByteArray m_accessToken;
    qint64 m_accessTokenExpiry = 0;
    bool m_tokenRequestRunning = false;
    QList<Waiting> m_waiting;
    int m_tokenRequests = 0;
};
