#include "endpoint/RefusalAggregator.h"

#include <QDateTime>
#include <QMutexLocker>

#include <limits>

namespace {

constexpr qint64 Hour = 3600;
const QString OtherSources = QStringLiteral("other");

QString isoUtc(qint64 epochSeconds, const QString &format)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC).toString(format);
}

} // namespace

RefusalAggregator::RefusalAggregator() : RefusalAggregator(Limits{}) {}

RefusalAggregator::RefusalAggregator(Limits limits)
    : m_limits(limits), m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

void RefusalAggregator::setClock(Clock clock)
{
    QMutexLocker lock(&m_mutex);
    m_clock = std::move(clock);
}

QString RefusalAggregator::sourceKey(const QHostAddress &address) const
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address.toString(); // none: a handler's test context
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

void RefusalAggregator::submit(Database &db, const EndpointRefusal &refusal)
{
    if (refusal.knownIdentity) {
        refusal.record(db);
        return;
    }
    QList<EndpointRefusal> due;
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = m_clock();
        if (now >= m_nextDue)
            takeDue(now, false, due);
        QString source = sourceKey(refusal.source);
        if (!m_sources.contains(source) && m_sources.size() >= m_limits.maxSources)
            source = OtherSources;
        const QString key = source + QLatin1Char('\t') + refusal.action + QLatin1Char('\t') + refusal.reason
                            + QLatin1Char('\t') + QString::number(refusal.deviceId.value_or(0));
        const qint64 window = now / m_limits.windowSeconds;
        auto bucket = m_buckets.find(key);
        if (bucket != m_buckets.end()) {
            ++bucket->count;
            bucket->lastAt = now;
        } else {
            auto s = m_sources.find(source);
            if (s == m_sources.end()) {
                s = m_sources.insert(source, Source{now / Hour, 0, 0, refusal});
                m_nextDue = qMin(m_nextDue, (s->hour + 1) * Hour);
            }
            if (s->rows >= m_limits.rowsPerSourcePerHour) {
                ++s->unitemised;
            } else {
                ++s->rows;
                m_buckets.insert(key, Bucket{refusal, window, 1, now});
                m_nextDue = qMin(m_nextDue, (window + 1) * m_limits.windowSeconds);
            }
        }
    }
    write(db, due);
}

void RefusalAggregator::flushDue(Database &db)
{
    QList<EndpointRefusal> due;
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = m_clock();
        if (now < m_nextDue)
            return;
        takeDue(now, false, due);
    }
    write(db, due);
}

void RefusalAggregator::flushAll(Database &db)
{
    QList<EndpointRefusal> due;
    {
        QMutexLocker lock(&m_mutex);
        takeDue(m_clock(), true, due);
    }
    write(db, due);
}

void RefusalAggregator::takeDue(qint64 now, bool all, QList<EndpointRefusal> &out)
{
    const qint64 window = now / m_limits.windowSeconds;
    const qint64 hour = now / Hour;
    qint64 nextDue = std::numeric_limits<qint64>::max();
    for (auto b = m_buckets.begin(); b != m_buckets.end();) {
        if (all || b->window < window) {
            out.append(bucketEntry(*b));
            b = m_buckets.erase(b);
        } else {
            nextDue = qMin(nextDue, (b->window + 1) * m_limits.windowSeconds);
            ++b;
        }
    }
    for (auto s = m_sources.begin(); s != m_sources.end();) {
        if (all || s->hour < hour) {
            if (s->unitemised > 0)
                out.append(limitEntry(*s));
            s = m_sources.erase(s);
        } else {
            nextDue = qMin(nextDue, (s->hour + 1) * Hour);
            ++s;
        }
    }
    m_nextDue = nextDue;
}

EndpointRefusal RefusalAggregator::bucketEntry(const Bucket &b) const
{
    EndpointRefusal e = b.first;
    const qint64 start = b.window * m_limits.windowSeconds;
    QString summary = QStringLiteral("count=%1 window=%2/%3s")
                          .arg(b.count)
                          .arg(isoUtc(start, QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")))
                          .arg(m_limits.windowSeconds);
    if (b.count > 1)
        summary += QStringLiteral(" last=") + isoUtc(b.lastAt, QStringLiteral("HH:mm:ss'Z'"));
    e.details = e.details.isEmpty() ? summary : summary + QLatin1Char(' ') + e.details;
    return e;
}

EndpointRefusal RefusalAggregator::limitEntry(const Source &s) const
{
    EndpointRefusal e;
    e.source = s.sample.source;
    e.actor = s.sample.actor;
    e.action = QLatin1String(LimitAction);
    e.outcome = QStringLiteral("refused");
    e.reason = QStringLiteral("hourly-limit");
    e.details = QStringLiteral("hour=%1 limit=%2 not_itemised=%3")
                    .arg(isoUtc(s.hour * Hour, QStringLiteral("yyyy-MM-dd'T'HH:00'Z'")))
                    .arg(m_limits.rowsPerSourcePerHour)
                    .arg(s.unitemised);
    return e;
}

void RefusalAggregator::write(Database &db, const QList<EndpointRefusal> &entries)
{
    for (const EndpointRefusal &e : entries)
        e.record(db);
}
