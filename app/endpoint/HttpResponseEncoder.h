#pragma once

#include "endpoint/HttpResponse.h"

#include <QByteArray>

// Serialises a handler's HttpResponse as HTTP/1.1 bytes: status line, Date, Content-Type,
// Content-Length, Connection and the handler's extra headers. Extra headers that the server owns or
// that would break the framing (CR, LF, NUL, non-token names) are dropped, never sent.
class HttpResponseEncoder
{
public:
    static QByteArray encode(const HttpResponse &response, bool keepAlive, bool omitBody, const QByteArray &httpDate);
    static QByteArray reasonPhrase(int status);
    // RFC 9110 IMF-fixdate of the current second, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    static QByteArray httpDate(qint64 epochSeconds);
};
