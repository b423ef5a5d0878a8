#pragma once

#include "push/Http2Request.h"

#include <QString>

// The answer to one Http2Request, or why there is none.
struct Http2Response {
    enum class Error {
        None,
        Timeout,          // no complete answer within the request's timeout
        ConnectionFailed, // could not connect, TLS or ALPN failed, or the connection dropped mid-stream
        StreamReset,      // the server reset the stream (RST_STREAM other than REFUSED_STREAM)
        Cancelled,        // the client was destroyed or stopped
    };
    Error error = Error::None;
    QString errorText;
    int status = 0;
    Http2Headers headers;
    QByteArray body;

    bool ok() const { return error == Error::None; }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first == name)
                return h.second;
        return {};
    }
};
