#include "BenchLoadClient.h"

#include <QTextStream>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <algorithm>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

namespace {

double nowSec()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Conn {
    int fd = -1;
    SSL *ssl = nullptr;
    enum { Connecting, Handshaking, Running, Dead } state = Connecting;
    const QByteArray *request = nullptr;
    qsizetype written = 0;
    QByteArray in;
    double sentAt = 0;
    bool waiting = false;
};

// A complete response at the start of `in`: its status, and the bytes it used; 0 when incomplete.
qsizetype completeResponse(const QByteArray &in, int &status)
{
    const qsizetype end = in.indexOf("\r\n\r\n");
    if (end < 0)
        return 0;
    status = in.mid(9, 3).toInt();
    qint64 length = 0;
    const qsizetype cl = in.indexOf("Content-Length: ");
    if (cl >= 0 && cl < end)
        length = in.mid(cl + 16, in.indexOf('\r', cl) - cl - 16).toLongLong();
    return in.size() >= end + 4 + length ? end + 4 + length : 0;
}

} // namespace

namespace BenchLoadClient {

int run(quint16 port, const QByteArrayList &requests, int connections, double seconds)
{
    QTextStream out(stdout);
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_mode(ctx, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr); // the server's identity is not under test here
    const int ep = epoll_create1(0);
    std::vector<Conn> conns(static_cast<size_t>(connections));
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);

    std::vector<double> latencies;
    latencies.reserve(1 << 20);
    quint64 completed = 0, non200 = 0, failures = 0;
    double measureStart = 0, measureEnd = 0;
    bool measuring = false, stopping = false;

    auto send = [&](Conn &c) {
        while (c.written < c.request->size()) {
            const int n = SSL_write(c.ssl, c.request->constData() + c.written, int(c.request->size() - c.written));
            if (n <= 0)
                return SSL_get_error(c.ssl, n) == SSL_ERROR_WANT_WRITE || SSL_get_error(c.ssl, n) == SSL_ERROR_WANT_READ;
            c.written += n;
        }
        return true;
    };
    auto startRequest = [&](Conn &c) {
        c.written = 0;
        c.sentAt = nowSec();
        c.waiting = true;
        if (!send(c))
            c.state = Conn::Dead;
    };

    int opened = 0, established = 0;
    auto openMore = [&] {
        // A few dozen handshakes at a time: the server's accept queue is finite.
        while (opened < connections && opened - established < 64) {
            Conn &c = conns[size_t(opened)];
            c.request = &requests.at(opened % requests.size());
            c.fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            const int one = 1;
            setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            ::connect(c.fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
            c.ssl = SSL_new(ctx);
            SSL_set_fd(c.ssl, c.fd);
            SSL_set_connect_state(c.ssl);
            c.state = Conn::Handshaking;
            epoll_event ev{};
            ev.events = EPOLLIN | EPOLLOUT;
            ev.data.u32 = uint32_t(opened);
            epoll_ctl(ep, EPOLL_CTL_ADD, c.fd, &ev);
            ++opened;
        }
    };

    const double setupStart = nowSec();
    double handshakeSeconds = 0;
    openMore();
    std::vector<epoll_event> events(1024);
    for (;;) {
        const double now = nowSec();
        if (measuring && !stopping && now >= measureEnd)
            stopping = true;
        if (stopping)
            break;
        if (now - setupStart > 120 + seconds) {
            out << "error=timeout" << Qt::endl;
            return 1;
        }
        const int n = epoll_wait(ep, events.data(), int(events.size()), 100);
        for (int i = 0; i < n; ++i) {
            Conn &c = conns[events[size_t(i)].data.u32];
            if (c.state == Conn::Dead)
                continue;
            if (c.state == Conn::Handshaking) {
                const int r = SSL_do_handshake(c.ssl);
                if (r == 1) {
                    c.state = Conn::Running;
                    epoll_event ev{};
                    ev.events = EPOLLIN;
                    ev.data.u32 = events[size_t(i)].data.u32;
                    epoll_ctl(ep, EPOLL_CTL_MOD, c.fd, &ev);
                    ++established;
                    if (established == connections) {
                        handshakeSeconds = nowSec() - setupStart;
                        measuring = true;
                        measureStart = nowSec();
                        measureEnd = measureStart + seconds;
                        for (Conn &each : conns)
                            startRequest(each);
                    } else {
                        openMore();
                    }
                } else {
                    const int e = SSL_get_error(c.ssl, r);
                    if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) {
                        c.state = Conn::Dead;
                        ++failures;
                        ++established; // counted, so the run does not wait for it
                        openMore();
                    }
                }
                continue;
            }
            if (c.written < c.request->size() && !send(c)) {
                c.state = Conn::Dead;
                ++failures;
                continue;
            }
            char buf[16384];
            for (;;) {
                const int r = SSL_read(c.ssl, buf, sizeof buf);
                if (r > 0) {
                    c.in.append(buf, r);
                    continue;
                }
                const int e = SSL_get_error(c.ssl, r);
                if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) {
                    c.state = Conn::Dead;
                    ++failures;
                }
                break;
            }
            int status = 0;
            while (c.waiting) {
                const qsizetype used = completeResponse(c.in, status);
                if (used == 0)
                    break;
                c.in.remove(0, used);
                c.waiting = false;
                const double done = nowSec();
                if (done <= measureEnd) {
                    ++completed;
                    latencies.push_back(done - c.sentAt);
                    if (status != 200)
                        ++non200;
                }
                if (c.state != Conn::Dead)
                    startRequest(c);
            }
        }
    }
    const double elapsed = measureEnd - measureStart;
    std::sort(latencies.begin(), latencies.end());
    auto pct = [&latencies](double p) {
        return latencies.empty() ? 0.0 : latencies[std::min(latencies.size() - 1, size_t(p * double(latencies.size())))] * 1e3;
    };
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    out << "completed=" << completed << " seconds=" << elapsed << " rate=" << double(completed) / elapsed
        << " p50_ms=" << pct(0.50) << " p95_ms=" << pct(0.95) << " p99_ms=" << pct(0.99) << " non200=" << non200
        << " failures=" << failures << " handshake_s=" << handshakeSeconds << " client_rss_kb=" << ru.ru_maxrss
        << " client_cpu_s=" << double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6
        << Qt::endl;
    for (Conn &c : conns) {
        if (c.ssl)
            SSL_free(c.ssl);
        if (c.fd >= 0)
            ::close(c.fd);
    }
    SSL_CTX_free(ctx);
    return failures == 0 && non200 == 0 ? 0 : 1;
}

} // namespace BenchLoadClient
