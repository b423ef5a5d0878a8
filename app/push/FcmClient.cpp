#include "push/FcmClient.h"

#include "push/Http2Client.h"
#include "push/Jwt.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

FcmClient::FcmClient(Http2Client *http, QObject *parent)
    : QObject(parent), m_http(http), m_base(QString::fromLatin1(DefaultEndpoint))
{
}

void FcmClient::setServiceAccount(const FcmServiceAccount &account)
{
    m_account = account;
    m_accessToken.clear();
    m_accessTokenExpiry = 0;
}

void FcmClient::setEndpoints(const QUrl &fcmBase, const QUrl &tokenUri)
{
    m_base = fcmBase.isEmpty() ? QUrl(QString::fromLatin1(DefaultEndpoint)) : fcmBase;
    m_tokenUri = tokenUri;
}

Http2Endpoint FcmClient::endpointFor(const QUrl &url) const
{
    Http2Endpoint e;
    e.host = url.host();
    e.port = quint16(url.port(443));
    e.trustedRoots = m_roots;
    return e;
}

QJsonObject FcmClient::message(const QString &registrationToken, const QJsonObject &data, int ttlSeconds)
{
    QJsonObject stringData;
    for (auto it = data.begin(); it != data.end(); ++it)
        stringData.insert(it.key(), it.value().isString() ? it.value().toString()
                                                          : QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
    return {{QStringLiteral("message"),
             QJsonObject{{QStringLiteral("token"), registrationToken},
                         {QStringLiteral("data"), stringData},
                         {QStringLiteral("android"),
                          QJsonObject{{QStringLiteral("priority"), QStringLiteral("HIGH")},
                                      {QStringLiteral("ttl"), QStringLiteral("%1s").arg(ttlSeconds)}}}}}};
}

void FcmClient::sendData(const QString &registrationToken, const QJsonObject &data, int ttlSeconds, Callback done)
{
    Waiting w;
    QString path = m_base.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    w.request.path = (path + QStringLiteral("/v1/projects/%1/messages:send").arg(m_account.projectId)).toUtf8();
    w.request.headers = {{"content-type", "application/json; charset=UTF-8"}};
    w.request.body = QJsonDocument(message(registrationToken, data, ttlSeconds)).toJson(QJsonDocument::Compact);
    w.request.timeoutMsec = m_timeoutMsec;
    w.done = std::move(done);
    withAccessToken(std::move(w));
}

void FcmClient::withAccessToken(Waiting waiting)
{
    if (!m_accessToken.isEmpty() && QDateTime::currentSecsSinceEpoch() < m_accessTokenExpiry - RenewBeforeSeconds) {
        post(std::move(waiting));
        return;
    }
    m_waiting.append(std::move(waiting));
    requestToken();
}

void FcmClient::post(Waiting w)
{
    w.request.headers.append({"authorization", "Bearer " + m_accessToken});
    Callback done = std::move(w.done);
    m_http->send(endpointFor(m_base), w.request, [this, done](const Http2Response &response) {
        const PushResult r = classify(response);
        if (r.httpStatus == 401) { // the access token was revoked or expired early: fetch a new one next time
            m_accessToken.clear();
            m_accessTokenExpiry = 0;
        }
        done(r);
    });
}

void FcmClient::requestToken()
{
    if (m_tokenRequestRunning)
        return;
    auto failWaiting = [this](const PushResult &r) {
        const QList<Waiting> waiting = std::exchange(m_waiting, {});
        for (const Waiting &w : waiting)
            w.done(r);
    };
    if (!hasServiceAccount()) {
        PushResult r;
        r.outcome = PushResult::Outcome::CredentialsRejected;
        r.reason = QCoreApplication::translate("FcmClient", "no FCM service account imported");
        QMetaObject::invokeMethod(this, [failWaiting, r] { failWaiting(r); }, Qt::QueuedConnection);
        return;
    }
    const QUrl tokenUri = m_tokenUri.isEmpty() ? QUrl(m_account.tokenUri) : m_tokenUri;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), m_account.privateKeyId}};
    const QJsonObject claims{{QStringLiteral("iss"), m_account.clientEmail},
                             {QStringLiteral("scope"), QString::fromLatin1(Scope)},
                             {QStringLiteral("aud"), m_account.tokenUri},
                             {QStringLiteral("iat"), now},
                             {QStringLiteral("exp"), now + 3600}};
    QByteArray assertion;
    if (Status s = Jwt::sign(header, claims, m_account.privateKeyPem, &assertion); !s) {
        PushResult r;
        r.outcome = PushResult::Outcome::CredentialsRejected;
        r.reason = s.message();
        QMetaObject::invokeMethod(this, [failWaiting, r] { failWaiting(r); }, Qt::QueuedConnection);
        return;
    }
    Http2Request request;
    request.path = tokenUri.path(QUrl::FullyEncoded).toUtf8();
    request.headers = {{"content-type", "application/x-www-form-urlencoded"}};
    request.body = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=" + assertion;
    request.timeoutMsec = m_timeoutMsec;
    m_tokenRequestRunning = true;
    ++m_tokenRequests;
    m_http->send(endpointFor(tokenUri), request, [this, failWaiting, now](const Http2Response &response) {
        m_tokenRequestRunning = false;
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        const QByteArray token = body.value(QStringLiteral("access_token")).toString().toLatin1();
        if (response.ok() && response.status == 200 && !token.isEmpty()) {
            m_accessToken = token;
            m_accessTokenExpiry = now + qint64(body.value(QStringLiteral("expires_in")).toDouble(3600));
            const QList<Waiting> waiting = std::exchange(m_waiting, {});
            for (const Waiting &w : waiting)
                post(w);
            return;
        }
        PushResult r;
        r.httpStatus = response.status;
        const bool transient = !response.ok() || response.status == 429 || response.status >= 500;
        r.outcome = transient ? PushResult::Outcome::Retry : PushResult::Outcome::CredentialsRejected;
        r.retryAfterSeconds = response.header("retry-after").toLongLong();
        r.reason = !response.ok() ? response.errorText
                                  : QStringLiteral("OAuth %1: %2").arg(response.status).arg(body.value(QStringLiteral("error")).toString());
        failWaiting(r);
    });
}

PushResult FcmClient::classify(const Http2Response &response)
{
    PushResult r;
    r.httpStatus = response.status;
    if (!response.ok()) {
        r.outcome = PushResult::Outcome::Retry;
        r.reason = response.errorText;
        return r;
    }
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    r.retryAfterSeconds = response.header("retry-after").toLongLong();
    if (response.status == 200) {
        r.outcome = PushResult::Outcome::Delivered;
        r.id = body.value(QStringLiteral("name")).toString();
        return r;
    }
    const QJsonObject error = body.value(QStringLiteral("error")).toObject();
    QString code = error.value(QStringLiteral("status")).toString();
    // The FCM-specific code (UNREGISTERED, SENDER_ID_MISMATCH, ...) is in the FcmError detail.
    for (const QJsonValue &d : error.value(QStringLiteral("details")).toArray()) {
        const QString fcm = d.toObject().value(QStringLiteral("errorCode")).toString();
        if (!fcm.isEmpty())
            code = fcm;
    }
    r.reason = code.isEmpty() ? QStringLiteral("HTTP %1").arg(response.status) : code;
    const QString message = error.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        r.reason += QStringLiteral(": ") + message;
    const int status = response.status;
    if (code == QLatin1String("UNREGISTERED"))
        r.outcome = PushResult::Outcome::Unregistered;
    else if (code == QLatin1String("SENDER_ID_MISMATCH"))
        r.outcome = PushResult::Outcome::Invalid;
    else if (status == 429 || status == 500 || status == 503)
        r.outcome = PushResult::Outcome::Retry;
    else if (status == 401 || status == 403)
        r.outcome = PushResult::Outcome::CredentialsRejected;
    else
        r.outcome = PushResult::Outcome::Rejected;
    return r;
}
