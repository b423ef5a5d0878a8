#include "fleet/DeviceJson.h"

namespace {
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
QJsonValue textOrNull(const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); }
} // namespace

namespace DeviceJson {

QJsonObject toJson(const Device &d)
{
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("serial"), textOrNull(d.serial)},
        {QStringLiteral("platform"), DeviceTypes::toDb(d.platform)},
        {QStringLiteral("model"), d.model},
        {QStringLiteral("os_version"), d.osVersion},
        {QStringLiteral("ownership"), DeviceTypes::toDb(d.ownership)},
        {QStringLiteral("department"), d.department},
        {QStringLiteral("assigned_to"), d.assignedTo},
        {QStringLiteral("state"), DeviceTypes::toDb(d.state)},
        {QStringLiteral("imei"), textOrNull(d.imei)},
        {QStringLiteral("udid"), textOrNull(d.udid)},
        {QStringLiteral("last_seen"), time(d.lastSeen)},
        {QStringLiteral("created_at"), time(d.createdAt)},
        {QStringLiteral("updated_at"), time(d.updatedAt)},
    };
}

} // namespace DeviceJson
