#include "endpoint/EndpointSelfCheck.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

EndpointSelfCheck::EndpointSelfCheck(const QString &publicUrl, const QByteArray &caPem, int timeoutMs, QObject *parent)
    : QObject(parent), m_url(publicUrl), m_caPem(caPem), m_timeoutMs(timeoutMs)
{
}

void EndpointSelfCheck::start()
{
    const QUrl url(m_url + QStringLiteral("/health"));
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        QMetaObject::invokeMethod(this, [this] { finish(Outcome::Failed, tr("the address is not an https:// URL")); },
                                  Qt::QueuedConnection);
        return;
    }
    m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // The console CA signs the endpoint's own certificate; an imported one chains to a public root.
    tls.setCaCertificates(QSslCertificate::fromData(m_caPem, QSsl::Pem) + QSslConfiguration::systemCaCertificates());
    request.setSslConfiguration(tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(m_reply, &QNetworkReply::finished, this, &EndpointSelfCheck::onFinished);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        m_reply->abort();
    });
    m_timer->start(m_timeoutMs);
}

void EndpointSelfCheck::onFinished()
{
    m_timer->stop();
    const QNetworkReply::NetworkError error = m_reply->error();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = m_reply->readAll();
    const QString detail = m_reply->errorString();
    m_reply->deleteLater();
    if (m_timedOut)
        return finish(Outcome::Timeout);
    bool nameMismatch = false;
    for (const QSslError &e : std::as_const(m_sslErrors))
        nameMismatch = nameMismatch || e.error() == QSslError::HostNameMismatch;
    if (nameMismatch)
        return finish(Outcome::TlsNameMismatch);
    if (!m_sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError)
        return finish(Outcome::TlsUntrusted, m_sslErrors.isEmpty() ? detail : m_sslErrors.first().errorString());
    switch (error) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::HostNotFoundError:
        return finish(Outcome::NameNotFound);
    case QNetworkReply::ConnectionRefusedError:
        return finish(Outcome::Refused);
    case QNetworkReply::TimeoutError:
        return finish(Outcome::Timeout);
    default:
        if (status == 0)
            return finish(Outcome::Failed, detail);
        break;
    }
    // The endpoint's HealthHandler answers 200 {"status":"ok"}; anything else is another server.
    if (status != 200 || !body.contains("\"status\":\"ok\""))
        return finish(Outcome::BadAnswer, QString::number(status));
    finish(Outcome::Reachable);
}

void EndpointSelfCheck::finish(Outcome outcome, const QString &detail)
{
    if (m_outcome != Outcome::Pending)
        return;
    m_outcome = outcome;
    m_detail = detail;
    emit finished();
}

QString EndpointSelfCheck::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending: return QStringLiteral("pending");
    case Outcome::Reachable: return QStringLiteral("reachable");
    case Outcome::NameNotFound: return QStringLiteral("dns");
    case Outcome::Refused: return QStringLiteral("refused");
    case Outcome::TlsNameMismatch: return QStringLiteral("tls-name");
    case Outcome::TlsUntrusted: return QStringLiteral("tls-untrusted");
    case Outcome::Timeout: return QStringLiteral("timeout");
    case Outcome::BadAnswer: return QStringLiteral("bad-answer");
    case Outcome::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString EndpointSelfCheck::explanation() const
{
    const QString host = QUrl(m_url).host();
    const int port = QUrl(m_url).port(443);
    // Not computed inside the tr() call: lupdate 6.4 loops forever on a division among its arguments.
    const int timeoutSeconds = qMax(1, m_timeoutMs / 1000);
    switch (m_outcome) {
    case Outcome::Pending:
        return tr("Checking %1…").arg(m_url);
    case Outcome::Reachable:
        return tr("Reachable: the console answered at %1/health with a certificate devices will trust.").arg(m_url);
    case Outcome::NameNotFound:
        return tr("The name %1 is not found (DNS). Add it to your DNS server or router, or use the console's IP "
                  "address in the public URL.").arg(host);
    case Outcome::Refused:
        return tr("%1 answered, but nothing accepts connections on port %2. Check that the endpoint is running "
                  "(Settings > Endpoint), that the port is right and that a firewall or port forward lets it through.")
            .arg(host).arg(port);
    case Outcome::TlsNameMismatch:
        return tr("The endpoint's TLS certificate does not name %1, so devices will refuse it. Add the name to "
                  "the endpoint's host names, or import a certificate for it (Settings > Endpoint).").arg(host);
    case Outcome::TlsUntrusted:
        return tr("The endpoint's TLS certificate is not trusted: %1. Another server may be answering on this "
                  "address.").arg(m_detail);
    case Outcome::Timeout:
        return tr("No answer from %1 within %n second(s): a firewall may drop the connection, or the address points to "
                  "another machine.", nullptr, timeoutSeconds)
            .arg(m_url);
    case Outcome::BadAnswer:
        return tr("Something answered at %1, but not this console's endpoint (HTTP status %2). Check the port "
                  "forward.").arg(m_url, m_detail);
    case Outcome::Failed:
        return tr("The check failed: %1.").arg(m_detail);
    }
    return {};
}
