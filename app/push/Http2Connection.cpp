#include "push/Http2Connection.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <nghttp2/nghttp2.h>

#include <cstring>

struct Http2Connection::Stream {
    quint64 jobId = 0;
    QByteArray body; // request body still to send from `sent` on
    qsizetype sent = 0;
    Http2Response response;
    bool cancelled = false;
};

// nghttp2's C callbacks, with access to the connection's internals.
struct Http2ConnectionCallbacks {
    static Http2Connection *self(void *user) { return static_cast<Http2Connection *>(user); }

    static int onHeader(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name, size_t namelen,
                        const uint8_t *value, size_t valuelen, uint8_t, void *user)
    {
        if (frame->hd.type != NGHTTP2_HEADERS)
            return 0;
        const auto it = self(user)->m_streams.find(frame->hd.stream_id);
        if (it == self(user)->m_streams.end())
            return 0;
        const QByteArray n(reinterpret_cast<const char *>(name), qsizetype(namelen));
        const QByteArray v(reinterpret_cast<const char *>(value), qsizetype(valuelen));
        if (n == ":status")
            it->second->response.status = v.toInt();
        else
            it->second->response.headers.append({n, v});
        return 0;
    }

    static int onDataChunk(nghttp2_session *, uint8_t, int32_t streamId, const uint8_t *data, size_t len, void *user)
    {
        const auto it = self(user)->m_streams.find(streamId);
        if (it != self(user)->m_streams.end())
            it->second->response.body.append(reinterpret_cast<const char *>(data), qsizetype(len));
        return 0;
    }

    static int onStreamClose(nghttp2_session *, int32_t streamId, uint32_t errorCode, void *user)
    {
        Http2Connection *c = self(user);
        const auto it = c->m_streams.find(streamId);
        if (it == c->m_streams.end())
            return 0;
        Http2Connection::Stream *s = it->second;
        c->m_streams.erase(it);
        c->m_streamOfJob.erase(s->jobId);
        if (!s->cancelled) {
            if (errorCode == NGHTTP2_REFUSED_STREAM) {
                emit c->refused(s->jobId);
            } else {
                if (errorCode != NGHTTP2_NO_ERROR || s->response.status == 0) {
                    s->response.error = Http2Response::Error::StreamReset;
                    s->response.errorText = QString::fromLatin1(nghttp2_http2_strerror(errorCode));
                }
                emit c->finished(s->jobId, s->response);
            }
        }
        delete s;
        emit c->capacityAvailable();
        return 0;
    }

    static int onFrameRecv(nghttp2_session *, const nghttp2_frame *frame, void *user)
    {
        Http2Connection *c = self(user);
        if (frame->hd.type == NGHTTP2_SETTINGS && !(frame->hd.flags & NGHTTP2_FLAG_ACK) && !c->m_settingsReceived) {
            c->m_settingsReceived = true;
            QMetaObject::invokeMethod(c, &Http2Connection::ready, Qt::QueuedConnection);
        } else if (frame->hd.type == NGHTTP2_SETTINGS) {
            // A raised limit lets queued requests go.
            QMetaObject::invokeMethod(c, &Http2Connection::capacityAvailable, Qt::QueuedConnection);
        } else if (frame->hd.type == NGHTTP2_GOAWAY) {
            // nghttp2 closes the streams above last_stream_id with REFUSED_STREAM (-> refused());
            // if the server drops the socket first, failAll() treats them the same way.
            c->m_goingAway = true;
            c->m_goawayLastStreamId = frame->goaway.last_stream_id;
        }
        return 0;
    }

    static ssize_t readBody(nghttp2_session *, int32_t, uint8_t *buf, size_t length, uint32_t *flags,
                            nghttp2_data_source *source, void *)
    {
        auto *s = static_cast<Http2Connection::Stream *>(source->ptr);
        const size_t left = size_t(s->body.size() - s->sent);
        const size_t n = std::min(left, length);
        std::memcpy(buf, s->body.constData() + s->sent, n);
        s->sent += qsizetype(n);
        if (s->sent == s->body.size()) {
            *flags |= NGHTTP2_DATA_FLAG_EOF;
            s->body.clear();
        }
        return ssize_t(n);
    }
};

Http2Connection::Http2Connection(const Http2Endpoint &endpoint, QObject *parent)
    : QObject(parent), m_endpoint(endpoint)
{
}

Http2Connection::~Http2Connection()
{
    for (auto &[id, s] : m_streams)
        delete s;
    m_streams.clear();
    if (m_session)
        nghttp2_session_del(m_session);
}

quint32 Http2Connection::peerMaxConcurrentStreams() const
{
    return m_session ? nghttp2_session_get_remote_settings(m_session, NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS) : 0;
}

bool Http2Connection::canSubmit() const
{
    return isReady() && m_settingsReceived && quint32(m_streams.size()) < peerMaxConcurrentStreams();
}

void Http2Connection::open()
{
    m_socket = new QSslSocket(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2});
    config.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_endpoint.trustedRoots.isEmpty())
        config.setCaCertificates(m_endpoint.trustedRoots);
    if (!m_endpoint.clientCertificate.isNull()) {
        config.setLocalCertificate(m_endpoint.clientCertificate);
        config.setPrivateKey(m_endpoint.clientKey);
    }
    m_socket->setSslConfiguration(config);
    // Small requests must not wait for Nagle.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QSslSocket::encrypted, this, &Http2Connection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &Http2Connection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        onSocketGone(QCoreApplication::translate("Http2Connection", "the server closed the connection"));
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] { onSocketGone(m_socket->errorString()); });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        onSocketGone(errors.isEmpty() ? QString() : errors.first().errorString());
    });
    m_socket->connectToHostEncrypted(m_endpoint.host, m_endpoint.port);
}

void Http2Connection::onEncrypted()
{
    if (m_socket->sslConfiguration().nextNegotiatedProtocol() != QSslConfiguration::ALPNProtocolHTTP2) {
        onSocketGone(QCoreApplication::translate("Http2Connection", "%1 does not speak HTTP/2 (ALPN h2)").arg(m_endpoint.host));
        return;
    }
    nghttp2_session_callbacks *cb = nullptr;
    nghttp2_session_callbacks_new(&cb);
    nghttp2_session_callbacks_set_on_header_callback(cb, &Http2ConnectionCallbacks::onHeader);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(cb, &Http2ConnectionCallbacks::onDataChunk);
    nghttp2_session_callbacks_set_on_stream_close_callback(cb, &Http2ConnectionCallbacks::onStreamClose);
    nghttp2_session_callbacks_set_on_frame_recv_callback(cb, &Http2ConnectionCallbacks::onFrameRecv);
    nghttp2_session_client_new(&m_session, cb, this);
    nghttp2_session_callbacks_del(cb);
    // No server push; a large receive window so answers never wait for WINDOW_UPDATE round trips.
    const nghttp2_settings_entry settings[] = {{NGHTTP2_SETTINGS_ENABLE_PUSH, 0},
                                               {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, 1 << 20}};
    nghttp2_submit_settings(m_session, NGHTTP2_FLAG_NONE, settings, 2);
    nghttp2_session_set_local_window_size(m_session, NGHTTP2_FLAG_NONE, 0, 16 << 20);
    flush();
}

bool Http2Connection::submit(quint64 jobId, const Http2Request &request)
{
    if (!canSubmit())
        return false;
    auto *s = new Stream;
    s->jobId = jobId;
    s->body = request.body;
    QList<nghttp2_nv> nva;
    const QByteArray authority = m_endpoint.host.toLatin1() + ':' + QByteArray::number(m_endpoint.port);
    auto add = [&nva](const QByteArray &n, const QByteArray &v) {
        nva.append({reinterpret_cast<uint8_t *>(const_cast<char *>(n.constData())),
                    reinterpret_cast<uint8_t *>(const_cast<char *>(v.constData())), size_t(n.size()),
                    size_t(v.size()), NGHTTP2_NV_FLAG_NONE});
    };
    static const QByteArray kMethod(":method"), kScheme(":scheme"), kHttps("https"), kAuthority(":authority"),
        kPath(":path"), kLength("content-length");
    const QByteArray length = QByteArray::number(request.body.size());
    add(kMethod, request.method);
    add(kScheme, kHttps);
    add(kAuthority, authority);
    add(kPath, request.path);
    for (const auto &h : request.headers)
        add(h.first, h.second);
    if (!request.body.isEmpty())
        add(kLength, length);
    nghttp2_data_provider provider;
    provider.source.ptr = s;
    provider.read_callback = &Http2ConnectionCallbacks::readBody;
    const int32_t id = nghttp2_submit_request(m_session, nullptr, nva.constData(), size_t(nva.size()),
                                              request.body.isEmpty() ? nullptr : &provider, s);
    if (id < 0) {
        delete s;
        return false;
    }
    m_streams.emplace(id, s);
    m_streamOfJob.emplace(jobId, id);
    scheduleFlush();
    return true;
}

void Http2Connection::cancel(quint64 jobId)
{
    const auto it = m_streamOfJob.find(jobId);
    if (it == m_streamOfJob.end())
        return;
    const auto s = m_streams.find(it->second);
    if (s != m_streams.end())
        s->second->cancelled = true;
    nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, it->second, NGHTTP2_CANCEL);
    scheduleFlush();
}

void Http2Connection::close()
{
    for (auto &[id, s] : m_streams)
        s->cancelled = true;
    if (m_session && !m_closed) {
        nghttp2_session_terminate_session(m_session, NGHTTP2_NO_ERROR);
        flush();
    }
    if (m_socket)
        m_socket->disconnectFromHost();
    failAll(Http2Response::Error::Cancelled, {});
}

void Http2Connection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (!m_session)
        return;
    const ssize_t rv = nghttp2_session_mem_recv(m_session, reinterpret_cast<const uint8_t *>(data.constData()),
                                                size_t(data.size()));
    if (rv < 0) {
        onSocketGone(QString::fromLatin1(nghttp2_strerror(int(rv))));
        return;
    }
    flush();
}

void Http2Connection::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, [this] {
        m_flushScheduled = false;
        flush();
    }, Qt::QueuedConnection);
}

void Http2Connection::flush()
{
    if (!m_session || m_closed)
        return;
    QByteArray out;
    for (;;) {
        const uint8_t *chunk = nullptr;
        const ssize_t n = nghttp2_session_mem_send(m_session, &chunk);
        if (n < 0) {
            onSocketGone(QString::fromLatin1(nghttp2_strerror(int(n))));
            return;
        }
        if (n == 0)
            break;
        out.append(reinterpret_cast<const char *>(chunk), qsizetype(n));
    }
    if (!out.isEmpty())
        m_socket->write(out);
    if (!nghttp2_session_want_read(m_session) && !nghttp2_session_want_write(m_session) && m_streams.empty()) {
        m_socket->disconnectFromHost();
        onSocketGone(QCoreApplication::translate("Http2Connection", "the server ended the session (GOAWAY)"));
    }
}

void Http2Connection::onSocketGone(const QString &why)
{
    if (m_closed)
        return;
    m_closed = true;
    failAll(Http2Response::Error::ConnectionFailed,
            why.isEmpty() ? QCoreApplication::translate("Http2Connection", "connection to %1 lost").arg(m_endpoint.host) : why);
    if (m_socket)
        m_socket->abort();
    emit closed(why);
}

void Http2Connection::failAll(Http2Response::Error error, const QString &why)
{
    auto streams = std::move(m_streams);
    m_streams.clear();
    m_streamOfJob.clear();
    for (auto &[id, s] : streams) {
        if (!s->cancelled && m_goingAway && id > m_goawayLastStreamId && error == Http2Response::Error::ConnectionFailed) {
            // After a GOAWAY, streams above the server's last id were never processed.
            emit refused(s->jobId);
        } else if (!s->cancelled) {
            Http2Response r;
            r.error = error;
            r.errorText = why;
            emit finished(s->jobId, r);
        }
        delete s;
    }
}
