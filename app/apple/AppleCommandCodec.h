#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QVariant>

// Command payloads and device responses are stored as JSON (commands.payload, command_results),
// but plists carry data and dates JSON does not. Data travels as {"$data": "<base64>"}, dates as
// ISO 8601 text; {"$secret": "unlock_token"} marks a value the endpoint fills in at delivery from the
// sealed store (so the commands table never holds a device secret).
namespace AppleCommandCodec {
inline constexpr char DataKey[] = "$data";
inline constexpr char SecretKey[] = "$secret";
inline constexpr char UnlockTokenSecret[] = "unlock_token";

QJsonValue toJson(const QVariant &value);
QVariant fromJson(const QJsonValue &value);
QByteArray toJsonBytes(const QVariantMap &map);
QVariantMap fromJsonBytes(const QByteArray &json);
} // namespace AppleCommandCodec
