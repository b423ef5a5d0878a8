#pragma once

#include "push/Http2Endpoint.h"
#include "push/Http2Response.h"

#include <QObject>

#include <unordered_map>

class QSslSocket;
struct nghttp2_session;

// One HTTP/2 connection over TLS (ALPN "h2"): libnghttp2 does the framing, a QSslSocket the I/O,
// both driven by the Qt event loop (no thread, no blocking call). Streams are multiplexed up to the
// server's SETTINGS_MAX_CONCURRENT_STREAMS; the caller (Http2Client) asks canSubmit() first and
// queues the rest. Flow control is nghttp2's (request bodies are sent as the peer's window allows,
// received data is consumed at once). Writes are coalesced: every submit in one event-loop turn
// goes out in one socket write.
//
// A GOAWAY stops new streams; streams the server did not process (above its last stream id, or
// refused) come back through refused() so the client can send them again on a new connection.
class Http2Connection : public QObject
{
    Q_OBJECT
public:
    explicit Http2Connection(const Http2Endpoint &endpoint, QObject *parent = nullptr);
    ~Http2Connection() override;

    void open();
    bool isReady() const { return m_session && !m_goingAway && !m_closed; }
    bool isClosed() const { return m_closed; }
    bool wasEstablished() const { return m_settingsReceived; }
    bool canSubmit() const;
    int activeStreams() const { return int(m_streams.size()); }
    quint32 peerMaxConcurrentStreams() const;

    // Returns false (nothing sent) when the connection cannot take the stream now.
    bool submit(quint64 jobId, const Http2Request &request);
    // Resets the job's stream (a timeout); its answer will never be reported.
    void cancel(quint64 jobId);
    // Closes politely (GOAWAY) and drops everything in flight; answers are not reported.
    void close();

signals:
    void ready();                           // TLS + h2 up, SETTINGS exchanged: streams may be submitted
    void finished(quint64 jobId, const Http2Response &response);
    void refused(quint64 jobId);            // never processed by the server: safe to send again
    void capacityAvailable();               // a stream closed, another may be submitted
    void closed(const QString &why);        // the connection is gone; every stream was reported first

private:
    struct Stream;
    friend struct Http2ConnectionCallbacks;

    void onEncrypted();
    void onReadyRead();
    void onSocketGone(const QString &why);
    void scheduleFlush();
    void flush();
    void failAll(Http2Response::Error error, const QString &why);

    Http2Endpoint m_endpoint;
    QSslSocket *m_socket = nullptr;
    nghttp2_session *m_session = nullptr;
    std::unordered_map<int32_t, Stream *> m_streams;
    std::unordered_map<quint64, int32_t> m_streamOfJob;
    bool m_flushScheduled = false;
    bool m_settingsReceived = false;
    bool m_goingAway = false;
    int32_t m_goawayLastStreamId = 0;
    bool m_closed = false;
};
