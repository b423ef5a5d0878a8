#include "endpoint/HttpRequestParser.h"

#include <cstring>

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-': case '.':
    case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

// Field values: visible ASCII, obs-text (bytes >= 0x80), space and tab; no other control byte.
bool isValueChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == '\t' || (u >= 0x20 && u != 0x7f);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The end of the head ("\r\n\r\n"), searched with memchr: QByteArrayView::indexOf builds a
// Boyer-Moore table on every call, which showed in profiles of the check-in path.
qsizetype findHeadEnd(QByteArrayView buffer, qsizetype from)
{
    const char *data = buffer.data();
    const qsizetype size = buffer.size();
    qsizetype pos = qMax<qsizetype>(from, 3);
    while (pos < size) {
        const void *hit = std::memchr(data + pos, '\n', size_t(size - pos));
        if (!hit)
            return -1;
        pos = static_cast<const char *>(hit) - data;
        if (data[pos - 1] == '\r' && data[pos - 2] == '\n' && data[pos - 3] == '\r')
            return pos - 3;
        ++pos;
    }
    return -1;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

} // namespace

bool HttpRequestParser::isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text)
        if (!isTokenChar(c))
            return false;
    return true;
}

bool HttpRequestParser::decodePath(QByteArrayView raw, QByteArray &decoded)
{
    decoded.clear();
    decoded.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '%') {
            decoded.append(c);
            continue;
        }
        if (i + 2 >= raw.size())
            return false;
        const int hi = hexValue(raw[i + 1]);
        const int lo = hexValue(raw[i + 2]);
        if (hi < 0 || lo < 0 || (hi == 0 && lo == 0))
            return false;
        decoded.append(static_cast<char>(hi * 16 + lo));
        i += 2;
    }
    return true;
}

HttpRequestParser::Result HttpRequestParser::fail(int status, const char *reason)
{
    m_errorStatus = status;
    m_errorReason = reason;
    return Result::Error;
}

HttpRequestParser::Result HttpRequestParser::parse(QByteArrayView buffer, Head &head, qsizetype &scanFrom)
{
    // RFC 9112 2.2: a server SHOULD ignore at least one empty line before the request line.
    qsizetype start = 0;
    while (start + 1 < buffer.size() && buffer[start] == '\r' && buffer[start + 1] == '\n' && start < 8)
        start += 2;
    const qsizetype from = qMax(start, scanFrom - 3);
    const qsizetype end = findHeadEnd(buffer, from);
    if (end < 0) {
        if (buffer.size() > m_limits.maxHeadBytes)
            return fail(431, "Request header fields too large");
        // A bare LF line ending would never produce CRLFCRLF: refuse it rather than wait forever.
        // Every LF since the last scan, not only the first: otherwise whether a bare LF is refused
        // at once depended on how the bytes happened to be split into reads.
        for (qsizetype lf = buffer.indexOf('\n', from); lf >= 0; lf = buffer.indexOf('\n', lf + 1))
            if (lf == 0 || buffer[lf - 1] != '\r')
                return fail(400, "Lines must end with CRLF");
        scanFrom = buffer.size();
        return Result::NeedMore;
    }
    if (end + 4 > m_limits.maxHeadBytes)
        return fail(431, "Request header fields too large");

    head = Head();
    const QByteArrayView text = buffer.sliced(start, end + 2 - start); // every line with its CRLF
    qsizetype pos = 0;
    int lineNo = 0;
    while (pos < text.size()) {
        const qsizetype eol = text.indexOf('\n', pos);
        if (eol <= pos || text[eol - 1] != '\r')
            return fail(400, "Lines must end with CRLF");
        const QByteArrayView line = text.sliced(pos, eol - 1 - pos);
        if (line.contains('\r'))
            return fail(400, "Stray CR in the request head");
        if (lineNo == 0) {
            if (!parseRequestLine(line, head))
                return Result::Error;
        } else {
            if (lineNo > m_limits.maxHeaders)
                return fail(431, "Too many header fields");
            if (!parseHeaderLine(line, head))
                return Result::Error;
        }
        ++lineNo;
        pos = eol + 1;
    }
    if (!finishHead(head))
        return Result::Error;
    head.headBytes = end + 4;
    scanFrom = 0;
    return Result::Complete;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line, Head &head)
{
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || line.indexOf(' ', sp2 + 1) >= 0) {
        fail(400, "Malformed request line");
        return false;
    }
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method)) {
        fail(400, "Malformed method");
        return false;
    }
    if (version == "HTTP/1.1") {
        head.keepAlive = true;
        head.http11 = true;
    } else if (version == "HTTP/1.0") {
        head.keepAlive = false;
    } else {
        const bool looksLikeHttp = version.size() == 8 && version.startsWith("HTTP/") && version[5] >= '0'
                                   && version[5] <= '9' && version[6] == '.' && version[7] >= '0' && version[7] <= '9';
        fail(looksLikeHttp ? 505 : 400, looksLikeHttp ? "HTTP version not supported" : "Malformed HTTP version");
        return false;
    }
    if (target.isEmpty() || target.front() != '/') {
        fail(400, "Only origin-form request targets are accepted");
        return false;
    }
    for (char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '#') {
            fail(400, "Malformed request target");
            return false;
        }
    }
    const qsizetype question = target.indexOf('?');
    const QByteArrayView rawPath = question < 0 ? target : target.first(question);
    if (!decodePath(rawPath, head.request.path)) {
        fail(400, "Malformed percent-encoding in the path");
        return false;
    }
    head.request.method = method.toByteArray();
    head.request.rawQuery = question < 0 ? QByteArray() : target.sliced(question + 1).toByteArray();
    head.request.headers.reserve(16);
    return true;
}

bool HttpRequestParser::parseHeaderLine(QByteArrayView line, Head &head)
{
    if (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t')) {
        fail(400, "Obsolete header line folding is not accepted");
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon))) {
        fail(400, "Malformed header field");
        return false;
    }
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    for (char c : value) {
        if (!isValueChar(c)) {
            fail(400, "Malformed header value");
            return false;
        }
    }
    head.request.headers.append({line.first(colon).toByteArray().toLower(), value.toByteArray()});
    return true;
}

bool HttpRequestParser::finishHead(Head &head)
{
    bool haveLength = false;
    bool closeSeen = false;
    int hosts = 0;
    for (const auto &[name, value] : head.request.headers) {
        if (name == "content-length") {
            if (value.isEmpty() || value.size() > 15) {
                fail(400, "Malformed Content-Length");
                return false;
            }
            qint64 length = 0;
            for (char c : value) {
                if (c < '0' || c > '9') {
                    fail(400, "Malformed Content-Length");
                    return false;
                }
                length = length * 10 + (c - '0');
            }
            if (haveLength && length != head.contentLength) {
                fail(400, "Conflicting Content-Length fields");
                return false;
            }
            haveLength = true;
            head.contentLength = length;
        } else if (name == "transfer-encoding") {
            fail(411, "Send the body with a Content-Length; transfer codings are not accepted");
            return false;
        } else if (name == "host") {
            ++hosts;
        } else if (name == "connection") {
            for (const QByteArray &option : value.split(',')) {
                const QByteArray o = option.trimmed().toLower();
                if (o == "close")
                    closeSeen = true;
                else if (o == "keep-alive")
                    head.keepAlive = true;
            }
        } else if (name == "expect") {
            if (value.toLower() != "100-continue") {
                fail(417, "Unsupported expectation");
                return false;
            }
            head.expectContinue = true;
        }
    }
    if (closeSeen) // close wins over keep-alive whatever their order
        head.keepAlive = false;
    // RFC 9112 3.2: a 1.1 request without exactly one Host is malformed (1.0 needs none).
    if (hosts > 1 || (head.http11 && hosts == 0)) {
        fail(400, "Exactly one Host field is required");
        return false;
    }
    return true;
}
