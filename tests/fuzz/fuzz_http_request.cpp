// The endpoint's HTTP/1.1 head parser (app/endpoint/HttpRequestParser) on what a peer sends: a stream of
// pipelined requests, consumed the way EndpointConnection does (head, then Content-Length body bytes),
// and the same bytes arriving in two pieces (the NeedMore / scanFrom path).

#include "FuzzSupport.h"

#include "endpoint/HttpRequestParser.h"

namespace {

const HttpRequestParser::Limits kLimits{4 * 1024, 32}; // small: the 431 paths are reached by short inputs

void consumeAll(const QByteArray &stream)
{
    QByteArray buffer = stream;
    for (int requests = 0; requests < 64 && !buffer.isEmpty(); ++requests) {
        HttpRequestParser parser(kLimits);
        HttpRequestParser::Head head;
        qsizetype scan = 0;
        const HttpRequestParser::Result r = parser.parse(buffer, head, scan);
        if (r != HttpRequestParser::Result::Complete) {
            if (r == HttpRequestParser::Result::Error && (parser.errorStatus() < 400 || parser.errorStatus() > 599))
                __builtin_trap(); // an error must carry a 4xx/5xx status to answer
            return;
        }
        if (head.headBytes <= 0 || head.headBytes > buffer.size() || head.contentLength < 0)
            __builtin_trap();
        buffer.remove(0, head.headBytes);
        (void)head.request.query().queryItems();
        const qint64 body = qMin<qint64>(head.contentLength, buffer.size());
        buffer.remove(0, qsizetype(body));
    }
}

void inTwoPieces(const QByteArray &stream)
{
    HttpRequestParser parser(kLimits);
    HttpRequestParser::Head head;
    qsizetype scan = 0;
    const qsizetype cut = stream.size() / 2;
    if (parser.parse(QByteArrayView(stream).first(cut), head, scan) != HttpRequestParser::Result::NeedMore)
        return;
    if (scan < 0 || scan > cut)
        __builtin_trap();
    HttpRequestParser::Head whole;
    qsizetype fresh = 0;
    HttpRequestParser reference(kLimits);
    const auto once = reference.parse(stream, whole, fresh);
    const auto again = parser.parse(stream, head, scan);
    if (once != again || (once == HttpRequestParser::Result::Complete && whole.headBytes != head.headBytes))
        __builtin_trap(); // resuming a scan must find what one scan of the whole buffer finds
}

void writeSeeds()
{
    for (const char *seed :
         {"PUT /mdm/checkin HTTP/1.1\r\nHost: mdm.clinic.test:8443\r\nContent-Length: 5\r\nMdm-Signature: abc==\r\n"
          "Content-Type: application/x-apple-aspen-mdm-checkin\r\n\r\nhello",
          "GET /health HTTP/1.1\r\nHost: h\r\n\r\nGET /health HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n",
          "GET /enroll/a%2Fb?token=x&y=%20 HTTP/1.0\r\n\r\n",
          "POST /agent/v1/checkin HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
          "Content-Length: 2\r\n\r\n{}",
          "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
          "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
          "GET / HTTP/1.1\r\nHost: a\r\n b\r\n\r\n", "GET / HTTP/2.0\r\nHost: a\r\n\r\n",
          "GET /scep?operation=GetCACert&message=x HTTP/1.1\r\nHost: mdm\r\nUser-Agent: iOS/17.4\r\n\r\n"})
        FuzzSupport::writeSeed(seed);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    writeSeeds();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray stream = FuzzSupport::bytes(data, size);
    consumeAll(stream);
    inTwoPieces(stream);
    return 0;
}
