#pragma once

#include "endpoint/HttpRequest.h"

#include <QByteArray>
#include <QByteArrayView>

// A strict HTTP/1.1 request-head parser (RFC 9112) for the device endpoint. Debian 12 packages no
// llhttp library and its http-parser is the unmaintained predecessor, so the endpoint parses the few
// things it needs itself and refuses everything ambiguous rather than guessing:
//  - CRLF line endings only, no obsolete line folding, no space before a header's colon;
//  - origin-form targets ("/path?query") only, percent-encoding must be valid and never decode to NUL;
//  - HTTP/1.0 and HTTP/1.1 (other versions 505); HTTP/1.1 requires exactly one Host header;
//  - bodies only with Content-Length (conflicting duplicates 400); any Transfer-Encoding is answered
//    411 Length Required: devices (iOS, the Android agent) always send a length, and refusing chunked
//    bodies removes the request-smuggling ambiguity of TE + CL;
//  - head size and header count limits (431).
// The parser is stateless: the connection calls parse() on its buffer whenever bytes arrive.
class HttpRequestParser
{
public:
    enum class Result { NeedMore, Complete, Error };

    struct Head {
        HttpRequest request;       // method, path, rawQuery and headers filled in
        qsizetype headBytes = 0;   // bytes of the buffer the head used (the body follows)
        qint64 contentLength = 0;
        bool keepAlive = true;
        bool http11 = false;
        bool expectContinue = false;
    };

    struct Limits {
        qsizetype maxHeadBytes = 32 * 1024;
        int maxHeaders = 100;
    };

    explicit HttpRequestParser(Limits limits) : m_limits(limits) {}

    // `scanFrom`: how much of the buffer an earlier NeedMore already searched (keeps a head that
    // arrives byte by byte from costing quadratic time); updated on NeedMore.
    Result parse(QByteArrayView buffer, Head &head, qsizetype &scanFrom);

    // After Error: the status to answer (400, 411, 417, 431, 505) and a short reason.
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorReason() const { return m_errorReason; }

    static bool isToken(QByteArrayView text);
    // Percent-decodes a path; false for a malformed escape or an encoded NUL.
    static bool decodePath(QByteArrayView raw, QByteArray &decoded);

private:
    Result fail(int status, const char *reason);
    bool parseRequestLine(QByteArrayView line, Head &head);
    bool parseHeaderLine(QByteArrayView line, Head &head);
    bool finishHead(Head &head);

    Limits m_limits;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};
