#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrlQuery>

// One HTTP/1.1 request as the endpoint server parsed it off a TLS connection.
struct HttpRequest {
    QByteArray method;       // "GET", "PUT", "POST"
    QByteArray path;         // percent-decoded path without the query, e.g. "/mdm/checkin"
    QByteArray rawQuery;     // as sent, without '?'
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values as sent
    QByteArray body;         // exactly the bytes received (Mdm-Signature is computed over these)
    QHostAddress peer;
    QByteArray peerCertificateDer; // the TLS client certificate when the client offered one
    // True when the TLS layer verified peerCertificateDer up to the console CA; a certificate from
    // anyone else is still passed on (the server only asks for one) with this false.
    bool peerCertificateTrusted = false;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        for (const auto &h : headers)
            if (h.first == lowerCaseName)
                return h.second;
        return {};
    }
    QUrlQuery query() const { return QUrlQuery(QString::fromUtf8(rawQuery)); }
};
