#pragma once

#include <QFile>
#include <QVariant>

#include <yaml.h>

// Loads a YAML file (the Apple spec's subset: maps, lists, scalars) into QVariant with libyaml.
// Scalars stay text; the schema checker compares them as text.
namespace YamlLoader {

inline QVariant convert(yaml_document_t *doc, yaml_node_t *node)
{
    if (!node)
        return {};
    switch (node->type) {
    case YAML_SCALAR_NODE:
        return QString::fromUtf8(reinterpret_cast<const char *>(node->data.scalar.value), qsizetype(node->data.scalar.length));
    case YAML_SEQUENCE_NODE: {
        QVariantList list;
        for (yaml_node_item_t *i = node->data.sequence.items.start; i < node->data.sequence.items.top; ++i)
            list << convert(doc, yaml_document_get_node(doc, *i));
        return list;
    }
    case YAML_MAPPING_NODE: {
        QVariantMap map;
        for (yaml_node_pair_t *p = node->data.mapping.pairs.start; p < node->data.mapping.pairs.top; ++p)
            map.insert(convert(doc, yaml_document_get_node(doc, p->key)).toString(), convert(doc, yaml_document_get_node(doc, p->value)));
        return map;
    }
    default:
        return {};
    }
}

inline QVariant load(const QString &path, QString *error = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return {};
    }
    const QByteArray bytes = f.readAll();
    yaml_parser_t parser;
    yaml_document_t doc;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()));
    QVariant out;
    if (yaml_parser_load(&parser, &doc)) {
        out = convert(&doc, yaml_document_get_root_node(&doc));
        yaml_document_delete(&doc);
    } else if (error) {
        *error = QString::fromUtf8(parser.problem ? parser.problem : "parse error");
    }
    yaml_parser_delete(&parser);
    return out;
}

} // namespace YamlLoader
