#include "push/PushDeviceSummary.h"

#include "push/PushDeliveryRepository.h"
#include "push/PushOutboxRepository.h"
#include "push/PushTokenRepository.h"

#include <QCoreApplication>
#include <QDateTime>

PushDeviceSummary PushDeviceSummary::load(Database &db, qint64 deviceId)
{
    PushDeviceSummary s;
    if (const std::optional<PushToken> t = PushTokenRepository(db).find(deviceId)) {
        s.channel = t->service == PushToken::Service::Apns ? QStringLiteral("APNs") : QStringLiteral("FCM");
        s.channelState = t->state;
        s.channelReason = t->stateReason;
    }
    if (const std::optional<PushDelivery> d = PushDeliveryRepository(db).find(deviceId)) {
        s.lastPushAt = d->lastPushAt;
        s.result = d->result;
        s.reason = d->reason;
    }
    s.waiting = PushOutboxRepository(db).count(deviceId);
    return s;
}

QList<QPair<QString, QString>> PushDeviceSummary::rows() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("PushDeviceSummary", text); };
    QString channelText = channel.isEmpty() ? tr("none reported yet") : channel + QStringLiteral(" (") + channelState + QLatin1Char(')');
    if (!channelReason.isEmpty())
        channelText += QStringLiteral(": ") + channelReason;
    QString last = tr("never");
    if (lastPushAt > 0) {
        last = QDateTime::fromSecsSinceEpoch(lastPushAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
               + QStringLiteral(", ") + result;
        if (!reason.isEmpty())
            last += QStringLiteral(" (") + reason + QLatin1Char(')');
    }
    QList<QPair<QString, QString>> r = {{tr("Push channel"), channelText}, {tr("Last push"), last}};
    if (waiting > 0)
        r.append({tr("Wakes waiting"), QString::number(waiting)});
    return r;
}

QJsonObject PushDeviceSummary::toJson() const
{
    return {{QStringLiteral("channel"), channel},
            {QStringLiteral("channel_state"), channelState},
            {QStringLiteral("channel_reason"), channelReason},
            {QStringLiteral("last_push_at"), lastPushAt > 0 ? QJsonValue(QDateTime::fromSecsSinceEpoch(lastPushAt, Qt::UTC).toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("last_push_result"), result},
            {QStringLiteral("last_push_reason"), reason},
            {QStringLiteral("wakes_waiting"), waiting}};
}
