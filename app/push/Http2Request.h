#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

using Http2Headers = QList<QPair<QByteArray, QByteArray>>;

// One HTTP/2 request as the push clients build it. Header names are lowercase (HTTP/2 rule).
struct Http2Request {
    QByteArray method = QByteArrayLiteral("POST");
    QByteArray path;
    Http2Headers headers;
    QByteArray body;
    int timeoutMsec = 30000; // from submission to the last byte of the answer
};
