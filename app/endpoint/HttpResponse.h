#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// What a handler answers; the server adds Content-Length, Date and connection handling.
struct HttpResponse {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. Content-Disposition

    static HttpResponse ok(const QByteArray &contentType, const QByteArray &body)
    {
        return {200, contentType, body, {}};
    }
    static HttpResponse empty(int status = 200) { return {status, {}, {}, {}}; }
    // A short plain-text reason; never echo request bytes back (they may carry device secrets).
    static HttpResponse error(int status, const QByteArray &reason)
    {
        return {status, "text/plain; charset=utf-8", reason + '\n', {}};
    }
};
