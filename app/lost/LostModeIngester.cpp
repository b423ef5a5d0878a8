#include "lost/LostModeIngester.h"

#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "fleet/DeviceRepository.h"
#include "lost/LocationRepository.h"
#include "lost/LostModeEligibility.h"

#include <QDateTime>

bool LostModeIngester::handles(const QString &type)
{
    return type == QLatin1String("EnableLostMode") || type == QLatin1String("DisableLostMode")
        || type == QLatin1String("DeviceLocation") || type == QLatin1String("PlayLostModeSound");
}

Status LostModeIngester::ingest(qint64 deviceId, Ownership ownership, const QString &type, const QString &commandUuid,
                                const QVariantMap &response, qint64 now, Outcome &out)
{
    out.handled = handles(type);
    if (type == QLatin1String("EnableLostMode") || type == QLatin1String("DisableLostMode")) {
        const bool on = type == QLatin1String("EnableLostMode");
        out.summary = on ? QStringLiteral("lost_mode=on") : QStringLiteral("lost_mode=off");
        return DeviceFactRepository(m_db).record(deviceId, {{DeviceFact::LostMode, on ? QStringLiteral("true") : QStringLiteral("false")}},
                                                 now);
    }
    if (type == QLatin1String("DeviceLocation"))
        return location(deviceId, ownership, commandUuid, response, now, out);
    return Status::success();
}

Status LostModeIngester::location(qint64 deviceId, Ownership ownership, const QString &commandUuid, const QVariantMap &r,
                                  qint64 now, Outcome &out)
{
    // The privacy boundary, checked again where the data enters: whatever was queued and whatever
    // the device sends, only an eligible device in Lost Mode has its location kept.
    QString dropReason;
    const std::optional<Device> device = DeviceRepository(m_db).findById(deviceId);
    if (ownership == Ownership::BYOD || !device) {
        dropReason = QStringLiteral("byod");
    } else {
        const QHash<QString, ReportedFact> facts = DeviceFactRepository(m_db).facts(deviceId);
        const LostModeEligibility::Verdict v = LostModeEligibility::check(*device, facts);
        if (!v.ok())
            dropReason = v.reason;
        else if (!LostModeEligibility::inLostMode(facts))
            dropReason = QStringLiteral("not-in-lost-mode");
    }
    bool latOk = false, lonOk = false;
    DeviceLocation l;
    l.latitude = r.value(QStringLiteral("Latitude")).toDouble(&latOk);
    l.longitude = r.value(QStringLiteral("Longitude")).toDouble(&lonOk);
    if (dropReason.isEmpty() && (!latOk || !lonOk || qAbs(l.latitude) > 90.0 || qAbs(l.longitude) > 180.0))
        dropReason = QStringLiteral("no-coordinates");
    if (!dropReason.isEmpty()) {
        out.dropped = 1;
        out.summary = QStringLiteral("location dropped reason=%1 locations_dropped=1").arg(dropReason);
        return Status::success();
    }
    auto real = [&r](const char *key) {
        bool ok = false;
        const double v = r.value(QLatin1String(key)).toDouble(&ok);
        return ok ? v : -1.0;
    };
    l.deviceId = deviceId;
    l.commandUuid = commandUuid;
    l.horizontalAccuracy = real("HorizontalAccuracy");
    l.verticalAccuracy = real("VerticalAccuracy");
    l.altitude = real("Altitude");
    l.speed = real("Speed");
    l.course = real("Course");
    const QVariant stamp = r.value(QStringLiteral("Timestamp"));
    QDateTime at = stamp.typeId() == QMetaType::QDateTime ? stamp.toDateTime()
                                                          : QDateTime::fromString(stamp.toString(), Qt::ISODateWithMs);
    l.locatedAt = at.isValid() ? at.toSecsSinceEpoch() : now;
    l.receivedAt = now;
    if (Status s = LocationRepository(m_db).record(l); !s)
        return s;
    out.stored = true;
    out.summary = QStringLiteral("location received");
    return Status::success();
}
