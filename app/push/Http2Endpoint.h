#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// Where and as whom an Http2Connection connects. Connections are shared per key(): one long-lived
// connection per host, port and client identity (for APNs certificate auth: per topic).
struct Http2Endpoint {
    QString host;
    quint16 port = 443;
    // Empty: the system's trust store. Otherwise exactly these roots (tests, a private mock).
    QList<QSslCertificate> trustedRoots;
    QSslCertificate clientCertificate; // null: no client certificate
    QSslKey clientKey;

    QString key() const
    {
        return host + QLatin1Char(':') + QString::number(port) + QLatin1Char(':')
               + QString::fromLatin1(clientCertificate.isNull() ? QByteArray() : clientCertificate.digest().toHex());
    }
};
