#include "endpoint/EndpointRouteTable.h"
#include "endpoint/HttpRequestParser.h"
#include "endpoint/HttpResponseEncoder.h"
#include "endpoint/RequestHandler.h"

#include <QTest>

// The endpoint's own strict HTTP/1.1 head parser, its route matching and its response framing.
class TestHttpParser : public QObject
{
    Q_OBJECT

    static HttpRequestParser::Result parse(const QByteArray &bytes, HttpRequestParser::Head &head, int *status = nullptr,
                                           HttpRequestParser::Limits limits = {})
    {
        HttpRequestParser parser(limits);
        qsizetype scan = 0;
        const auto r = parser.parse(bytes, head, scan);
        if (status)
            *status = parser.errorStatus();
        return r;
    }

private slots:
    void parsesRequestHeadAndBodyLength()
    {
        HttpRequestParser::Head head;
        const QByteArray bytes = "PUT /mdm/checkin?x=1&y=%20 HTTP/1.1\r\nHost: mdm.example\r\nContent-Length: 5\r\n"
                                 "Mdm-Signature: abc==\r\nContent-Type: application/x-apple-aspen-mdm-checkin\r\n\r\nhello";
        QCOMPARE(parse(bytes, head), HttpRequestParser::Result::Complete);
        QCOMPARE(head.request.method, QByteArray("PUT"));
        QCOMPARE(head.request.path, QByteArray("/mdm/checkin"));
        QCOMPARE(head.request.rawQuery, QByteArray("x=1&y=%20"));
        QCOMPARE(head.request.header("mdm-signature"), QByteArray("abc=="));
        QCOMPARE(head.contentLength, 5);
        QCOMPARE(head.headBytes, bytes.size() - 5);
        QVERIFY(head.keepAlive);
    }

    void percentDecodesThePath()
    {
        HttpRequestParser::Head head;
        QCOMPARE(parse("GET /enroll/a%2Fb HTTP/1.1\r\nHost: h\r\n\r\n", head), HttpRequestParser::Result::Complete);
        QCOMPARE(head.request.path, QByteArray("/enroll/a/b"));
        int status = 0;
        QCOMPARE(parse("GET /a%00 HTTP/1.1\r\nHost: h\r\n\r\n", head, &status), HttpRequestParser::Result::Error);
        QCOMPARE(status, 400);
        QCOMPARE(parse("GET /a%zz HTTP/1.1\r\nHost: h\r\n\r\n", head, &status), HttpRequestParser::Result::Error);
    }

    void waitsForAnIncompleteHead()
    {
        HttpRequestParser parser({});
        HttpRequestParser::Head head;
        qsizetype scan = 0;
        QByteArray buffer = "GET /health HTTP/1.1\r\nHo";
        QCOMPARE(parser.parse(buffer, head, scan), HttpRequestParser::Result::NeedMore);
        buffer += "st: h\r\n\r";
        QCOMPARE(parser.parse(buffer, head, scan), HttpRequestParser::Result::NeedMore);
        buffer += "\n";
        QCOMPARE(parser.parse(buffer, head, scan), HttpRequestParser::Result::Complete);
    }

    void refusesMalformedRequests_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: h\n\n") << 400;
        QTest::newRow("absolute form") << QByteArray("GET http://x/ HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n") << 400;
        QTest::newRow("folding") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n b\r\n\r\n") << 400;
        QTest::newRow("bad length") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 400;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n") << 411;
        QTest::newRow("smuggling")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n") << 411;
        QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << 505;
        QTest::newRow("expectation") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nExpect: magic\r\n\r\n") << 417;
        QTest::newRow("control byte") << QByteArray("GET / HTTP/1.1\r\nHost: a\x01\r\n\r\n") << 400;
    }

    void refusesMalformedRequests()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        HttpRequestParser::Head head;
        int got = 0;
        QCOMPARE(parse(bytes, head, &got), HttpRequestParser::Result::Error);
        QCOMPARE(got, status);
    }

    void limitsTheHead()
    {
        HttpRequestParser::Head head;
        int status = 0;
        const QByteArray big = "GET / HTTP/1.1\r\nHost: a\r\nX: " + QByteArray(5000, 'a') + "\r\n\r\n";
        QCOMPARE(parse(big, head, &status, {4096, 100}), HttpRequestParser::Result::Error);
        QCOMPARE(status, 431);
        // Without its end in sight yet, too: no need to wait for a head that is already too large.
        QCOMPARE(parse(big.left(4200), head, &status, {4096, 100}), HttpRequestParser::Result::Error);
        QCOMPARE(status, 431);
        QByteArray many = "GET / HTTP/1.1\r\nHost: a\r\n";
        for (int i = 0; i < 20; ++i)
            many += "X-" + QByteArray::number(i) + ": 1\r\n";
        QCOMPARE(parse(many + "\r\n", head, &status, {4096, 10}), HttpRequestParser::Result::Error);
        QCOMPARE(status, 431);
    }

    void connectionHeaders()
    {
        HttpRequestParser::Head head;
        QCOMPARE(parse("GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive, close\r\n\r\n", head),
                 HttpRequestParser::Result::Complete);
        QVERIFY(!head.keepAlive);
        QCOMPARE(parse("GET / HTTP/1.0\r\n\r\n", head), HttpRequestParser::Result::Complete);
        QVERIFY(!head.keepAlive);
        QCOMPARE(parse("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", head), HttpRequestParser::Result::Complete);
        QVERIFY(head.keepAlive);
    }

    void routesByExactPathOrDeclaredSubPaths()
    {
        struct Null : RequestHandler {
            HttpResponse handle(const HttpRequest &, EndpointContext &) override { return HttpResponse::empty(); }
        };
        EndpointRouteTable table;
        auto a = std::make_shared<Null>();
        auto ab = std::make_shared<Null>();
        auto enroll = std::make_shared<Null>();
        table.add("/mdm", a, 10, EndpointRouteTable::Scope::SubPaths);
        table.add("/mdm/checkin", ab, 20);
        table.add("/enroll/", enroll, 0, EndpointRouteTable::Scope::SubPaths);
        QCOMPARE(table.match("/mdm/checkin")->handler, ab);
        // An exact route never sees a path below it: that falls to the shorter route with sub-paths.
        QCOMPARE(table.match("/mdm/checkin/sub")->handler, a);
        QCOMPARE(table.match("/mdm/checkinx")->handler, a);
        QCOMPARE(table.match("/mdm/server")->handler, a);
        QCOMPARE(table.match("/enroll/token")->handler, enroll);
        QVERIFY(!table.match("/mdmx"));
        QVERIFY(!table.match("/enroll"));
        QVERIFY(!table.match("/"));
        QCOMPARE(table.match("/mdm/checkin")->maxBodyBytes, 20);
        EndpointRouteTable exact;
        exact.add("/mdm/checkin", ab, 20);
        QCOMPARE(exact.match("/mdm/checkin")->handler, ab);
        const QByteArray longPath = "/mdm/checkin/" + QByteArray(30000, 'A');
        for (const QByteArray &path : {QByteArray("/mdm/checkin/"), QByteArray("/mdm/checkin/x"), longPath,
                                       QByteArray("/mdm/checkinx"), QByteArray("/mdm")})
            QVERIFY2(!exact.match(path), path.left(40).constData());
    }

    void encodesResponsesWithoutInjectedHeaders()
    {
        HttpResponse r = HttpResponse::ok("text/plain", "hi");
        r.headers.append(qMakePair(QByteArray("X-Good"), QByteArray("1")));
        r.headers.append(qMakePair(QByteArray("X-Bad"), QByteArray("a\r\nSet-Cookie: x")));
        r.headers.append(qMakePair(QByteArray("Content-Length"), QByteArray("99")));
        const QByteArray bytes = HttpResponseEncoder::encode(r, true, false, "Thu, 01 Jan 1970 00:00:00 GMT");
        QVERIFY(bytes.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(bytes.contains("\r\nContent-Length: 2\r\n"));
        QVERIFY(bytes.contains("\r\nX-Good: 1\r\n"));
        QVERIFY(!bytes.contains("Set-Cookie"));
        QVERIFY(!bytes.contains("99"));
        QVERIFY(bytes.endsWith("\r\nConnection: keep-alive\r\n\r\nhi"));
        const QByteArray head = HttpResponseEncoder::encode(r, false, true, "d");
        QVERIFY(head.endsWith("Connection: close\r\n\r\n"));
        QCOMPARE(HttpResponseEncoder::httpDate(784111777), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
    }
};

QTEST_GUILESS_MAIN(TestHttpParser)
#include "test_http_parser.moc"
