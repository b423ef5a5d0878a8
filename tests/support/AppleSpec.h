#pragma once

// Apple's MDM schema (spec/apple/mdm, YAML) for tests: loads a file with libyaml and checks a plist
// value against its payloadkeys / responsekeys — required keys present, no unknown keys, types and
// value ranges as specified. Found through CLINICMDM_SHARED_DIR; tests QSKIP when it is absent.

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QVariant>

#include <yaml.h>

namespace AppleSpec {

inline QString root()
{
    const QString shared = qEnvironmentVariable("CLINICMDM_SHARED_DIR");
    const QString dir = QDir(shared).filePath(QStringLiteral("spec/apple/mdm"));
    return !shared.isEmpty() && QDir(dir).exists() ? dir : QString();
}

inline QVariant nodeToVariant(yaml_document_t *doc, yaml_node_t *node, int depth = 0)
{
    if (!node || depth > 64)
        return {};
    switch (node->type) {
    case YAML_SCALAR_NODE:
        return QString::fromUtf8(reinterpret_cast<const char *>(node->data.scalar.value), int(node->data.scalar.length));
    case YAML_SEQUENCE_NODE: {
        QVariantList list;
        for (yaml_node_item_t *i = node->data.sequence.items.start; i < node->data.sequence.items.top; ++i)
            list.append(nodeToVariant(doc, yaml_document_get_node(doc, *i), depth + 1));
        return list;
    }
    case YAML_MAPPING_NODE: {
        QVariantMap map;
        for (yaml_node_pair_t *p = node->data.mapping.pairs.start; p < node->data.mapping.pairs.top; ++p)
            map.insert(nodeToVariant(doc, yaml_document_get_node(doc, p->key), depth + 1).toString(),
                       nodeToVariant(doc, yaml_document_get_node(doc, p->value), depth + 1));
        return map;
    }
    default:
        return {};
    }
}

inline QVariantMap load(const QString &relativePath)
{
    QFile f(QDir(root()).filePath(relativePath));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    yaml_parser_t parser;
    yaml_document_t doc;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()));
    QVariantMap out;
    if (yaml_parser_load(&parser, &doc)) {
        out = nodeToVariant(&doc, yaml_document_get_root_node(&doc)).toMap();
        yaml_document_delete(&doc);
    }
    yaml_parser_delete(&parser);
    return out;
}

// The command schema whose payload.requesttype is `requestType`.
inline QVariantMap command(const QString &requestType)
{
    const QDir dir(QDir(root()).filePath(QStringLiteral("commands")));
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")})) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly) || !f.readAll().contains("requesttype: " + requestType.toUtf8() + '\n'))
            continue;
        const QVariantMap spec = load(QStringLiteral("commands/") + name);
        if (spec.value(QStringLiteral("payload")).toMap().value(QStringLiteral("requesttype")).toString() == requestType)
            return spec;
    }
    return {};
}

inline QStringList check(const QVariant &value, const QVariantMap &key, const QString &path);

inline QStringList checkMap(const QVariantMap &value, const QVariantList &keys, const QString &path)
{
    QStringList errors;
    QStringList names;
    bool any = false;
    for (const QVariant &k : keys) {
        const QVariantMap key = k.toMap();
        const QString name = key.value(QStringLiteral("key")).toString();
        names << name;
        if (name == QLatin1String("ANY")) {
            any = true;
            continue;
        }
        if (!value.contains(name)) {
            if (key.value(QStringLiteral("presence")).toString() == QLatin1String("required"))
                errors << path + name + QStringLiteral(": required key missing");
            continue;
        }
        errors << check(value.value(name), key, path + name + QLatin1Char('.'));
    }
    if (!any)
        for (auto it = value.cbegin(); it != value.cend(); ++it)
            if (!names.contains(it.key()))
                errors << path + it.key() + QStringLiteral(": not in the schema");
    return errors;
}

inline QStringList check(const QVariant &value, const QVariantMap &key, const QString &path)
{
    const QString type = key.value(QStringLiteral("type")).toString();
    const int t = value.typeId();
    auto fail = [&](const QString &why) { return QStringList{path + QStringLiteral(" ") + why}; };
    const QVariantList range = key.value(QStringLiteral("rangelist")).toList();
    auto inRange = [&](const QString &v) {
        if (range.isEmpty())
            return true;
        for (const QVariant &r : range)
            if (r.toString() == v)
                return true;
        return false;
    };
    if (type == QLatin1String("<string>")) {
        if (t != QMetaType::QString)
            return fail(QStringLiteral("must be a string"));
        if (!inRange(value.toString()))
            return fail(QStringLiteral("value %1 not in the range list").arg(value.toString()));
    } else if (type == QLatin1String("<integer>")) {
        if (t != QMetaType::Int && t != QMetaType::LongLong && t != QMetaType::UInt && t != QMetaType::ULongLong)
            return fail(QStringLiteral("must be an integer"));
        if (!inRange(value.toString()))
            return fail(QStringLiteral("value %1 not in the range list").arg(value.toString()));
    } else if (type == QLatin1String("<real>")) {
        if (t != QMetaType::Double && t != QMetaType::Int && t != QMetaType::LongLong)
            return fail(QStringLiteral("must be a number"));
    } else if (type == QLatin1String("<boolean>")) {
        if (t != QMetaType::Bool)
            return fail(QStringLiteral("must be a boolean"));
    } else if (type == QLatin1String("<data>")) {
        if (t != QMetaType::QByteArray)
            return fail(QStringLiteral("must be data"));
    } else if (type == QLatin1String("<date>")) {
        if (t != QMetaType::QDateTime)
            return fail(QStringLiteral("must be a date"));
    } else if (type == QLatin1String("<dictionary>")) {
        if (t != QMetaType::QVariantMap)
            return fail(QStringLiteral("must be a dictionary"));
        if (key.contains(QStringLiteral("subkeys")))
            return checkMap(value.toMap(), key.value(QStringLiteral("subkeys")).toList(), path);
    } else if (type == QLatin1String("<array>")) {
        if (t != QMetaType::QVariantList && t != QMetaType::QStringList)
            return fail(QStringLiteral("must be an array"));
        const QVariantList items = key.value(QStringLiteral("subkeys")).toList();
        QStringList errors;
        int i = 0;
        for (const QVariant &item : value.toList()) {
            const QString itemPath = path + QStringLiteral("[%1]").arg(i++);
            if (items.size() == 1) {
                const QVariantMap itemKey = items.first().toMap();
                // A string item whose subkeys list the accepted values (DeviceInformation Queries).
                if (itemKey.value(QStringLiteral("type")).toString() == QLatin1String("<string>")
                    && itemKey.contains(QStringLiteral("subkeys"))) {
                    bool known = false;
                    for (const QVariant &s : itemKey.value(QStringLiteral("subkeys")).toList())
                        known = known || s.toMap().value(QStringLiteral("key")).toString() == item.toString();
                    if (!known)
                        errors << itemPath + QStringLiteral(" value %1 not in the schema").arg(item.toString());
                    continue;
                }
                errors << check(item, itemKey, itemPath);
            } else if (!items.isEmpty()) {
                bool matched = false;
                for (const QVariant &alternative : items)
                    matched = matched || check(item, alternative.toMap(), itemPath).isEmpty();
                if (!matched)
                    errors << itemPath + QStringLiteral(" matches none of the item shapes");
            }
        }
        return errors;
    }
    return {};
}

// A profile payload against CommonPayloadKeys + its own payloadkeys (TopLevel for "Configuration").
inline QStringList checkPayload(const QVariantMap &payload)
{
    const QString type = payload.value(QStringLiteral("PayloadType")).toString();
    if (type == QLatin1String("Configuration"))
        return checkMap(payload, load(QStringLiteral("profiles/TopLevel.yaml")).value(QStringLiteral("payloadkeys")).toList(),
                        QStringLiteral("Configuration."));
    const QVariantMap spec = load(QStringLiteral("profiles/%1.yaml").arg(type));
    if (spec.isEmpty())
        return {QStringLiteral("no schema for payload type %1").arg(type)};
    QVariantList keys = load(QStringLiteral("profiles/CommonPayloadKeys.yaml")).value(QStringLiteral("payloadkeys")).toList();
    keys << spec.value(QStringLiteral("payloadkeys")).toList();
    return checkMap(payload, keys, type + QLatin1Char('.'));
}

} // namespace AppleSpec
