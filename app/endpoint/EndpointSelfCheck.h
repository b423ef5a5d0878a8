#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Fetches the console's own /health through its public URL, the way a phone would reach it:
// DNS for the public name, a TCP connection to its port, TLS verified against the console CA (and
// the system's roots, for an imported certificate) including the host name, then HTTP 200. One
// job per check, asynchronous (QNetworkAccessManager), with its own timeout; finished() once.
// The outcome says which step failed, and explanation() says it in plain words for the admin.
class EndpointSelfCheck : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Pending, Reachable, NameNotFound, Refused, TlsNameMismatch, TlsUntrusted, Timeout, BadAnswer, Failed };
    Q_ENUM(Outcome)

    EndpointSelfCheck(const QString &publicUrl, const QByteArray &caPem, int timeoutMs = 10000, QObject *parent = nullptr);

    void start();
    QString url() const { return m_url; }
    Outcome outcome() const { return m_outcome; }
    bool ok() const { return m_outcome == Outcome::Reachable; }
    QString explanation() const;
    // Stable names for the stored result ("reachable", "refused", ...).
    static QString outcomeName(Outcome outcome);

signals:
    void finished();

private:
    void onFinished();
    void finish(Outcome outcome, const QString &detail = {});

    QString m_url;
    QByteArray m_caPem;
    int m_timeoutMs;
    QNetworkAccessManager *m_network = nullptr;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_timer = nullptr;
    QList<QSslError> m_sslErrors;
    bool m_timedOut = false;
    Outcome m_outcome = Outcome::Pending;
    QString m_detail;
};
