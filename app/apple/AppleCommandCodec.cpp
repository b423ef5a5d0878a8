#include "apple/AppleCommandCodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace AppleCommandCodec {

QJsonValue toJson(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QJsonObject{{QLatin1String(DataKey), QString::fromLatin1(value.toByteArray().toBase64())}};
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    case QMetaType::QVariantMap: {
        QJsonObject object;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.insert(it.key(), toJson(it.value()));
        return object;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        QJsonArray array;
        for (const QVariant &item : value.toList())
            array.append(toJson(item));
        return array;
    }
    default:
        return QJsonValue::fromVariant(value);
    }
}

QVariant fromJson(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.size() == 1 && object.contains(QLatin1String(DataKey)))
            return QByteArray::fromBase64(object.value(QLatin1String(DataKey)).toString().toLatin1());
        QVariantMap map;
        for (auto it = object.begin(); it != object.end(); ++it)
            map.insert(it.key(), fromJson(it.value()));
        return map;
    }
    if (value.isArray()) {
        QVariantList list;
        for (const QJsonValue &item : value.toArray())
            list.append(fromJson(item));
        return list;
    }
    if (value.isDouble()) {
        // Plist integers (store ids, flags) must stay integers.
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return static_cast<qint64>(d);
        return d;
    }
    return value.toVariant();
}

QByteArray toJsonBytes(const QVariantMap &map)
{
    return QJsonDocument(toJson(map).toObject()).toJson(QJsonDocument::Compact);
}

QVariantMap fromJsonBytes(const QByteArray &json)
{
    return fromJson(QJsonDocument::fromJson(json).object()).toMap();
}

} // namespace AppleCommandCodec
