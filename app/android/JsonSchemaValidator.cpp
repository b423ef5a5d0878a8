#include "android/JsonSchemaValidator.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace {
constexpr int kMaxDepth = 32; // deeper than any schema here; stops a hostile document early

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    default: return QStringLiteral("undefined");
    }
}

bool isWhole(double d) { return std::isfinite(d) && std::floor(d) == d; }
} // namespace

QStringList JsonSchemaValidator::validate(const QJsonValue &value, const QString &schemaId) const
{
    QStringList errors;
    if (!m_schemas.contains(schemaId))
        return {QStringLiteral("(schema): unknown schema %1").arg(schemaId)};
    check(value, m_schemas.value(schemaId).toObject(), QStringLiteral("$"), 0, errors);
    return errors;
}

void JsonSchemaValidator::check(const QJsonValue &value, const QJsonObject &schemaIn, const QString &path, int depth,
                                QStringList &errors) const
{
    if (depth > kMaxDepth) {
        errors << QStringLiteral("%1: nested too deeply").arg(path);
        return;
    }
    QJsonObject schema = schemaIn;
    if (schema.contains(QLatin1String("$ref"))) {
        const QString ref = schema.value(QLatin1String("$ref")).toString();
        if (!m_schemas.contains(ref)) {
            errors << QStringLiteral("%1: schema %2 is not defined").arg(path, ref);
            return;
        }
        schema = m_schemas.value(ref).toObject();
    }
    const QString type = schema.value(QLatin1String("type")).toString();
    const QString format = schema.value(QLatin1String("format")).toString();
    if (type == QLatin1String("any") || type.isEmpty())
        return;
    if (type == QLatin1String("object")) {
        if (!value.isObject()) {
            errors << QStringLiteral("%1: expected an object, got %2").arg(path, typeOf(value));
            return;
        }
        checkObject(value.toObject(), schema, path, depth, errors);
    } else if (type == QLatin1String("array")) {
        if (!value.isArray()) {
            errors << QStringLiteral("%1: expected an array, got %2").arg(path, typeOf(value));
            return;
        }
        const QJsonArray a = value.toArray();
        if (schema.contains(QLatin1String("maxItems")) && a.size() > schema.value(QLatin1String("maxItems")).toInt())
            errors << QStringLiteral("%1: more than %2 items").arg(path).arg(schema.value(QLatin1String("maxItems")).toInt());
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        for (int i = 0; i < a.size(); ++i)
            check(a.at(i), items, QStringLiteral("%1[%2]").arg(path).arg(i), depth + 1, errors);
    } else if (type == QLatin1String("string")) {
        if (!value.isString()) {
            errors << QStringLiteral("%1: expected a string, got %2").arg(path, typeOf(value));
            return;
        }
        const QString s = value.toString();
        if ((format == QLatin1String("int64") || format == QLatin1String("uint64"))
            && !QRegularExpression(QStringLiteral("^-?[0-9]{1,19}$")).match(s).hasMatch())
            errors << QStringLiteral("%1: expected a whole number written as a string").arg(path);
        checkString(s, schema, path, errors);
    } else if (type == QLatin1String("boolean")) {
        if (!value.isBool())
            errors << QStringLiteral("%1: expected true or false, got %2").arg(path, typeOf(value));
    } else if (type == QLatin1String("integer") || type == QLatin1String("number")) {
        if (!value.isDouble()) {
            errors << QStringLiteral("%1: expected a number, got %2").arg(path, typeOf(value));
            return;
        }
        const double d = value.toDouble();
        if (type == QLatin1String("integer") && !isWhole(d))
            errors << QStringLiteral("%1: expected a whole number").arg(path);
        if (format == QLatin1String("int32") && (d < -2147483648.0 || d > 2147483647.0))
            errors << QStringLiteral("%1: out of the 32-bit range").arg(path);
        if (schema.contains(QLatin1String("minimum")) && d < schema.value(QLatin1String("minimum")).toDouble())
            errors << QStringLiteral("%1: below the minimum %2").arg(path).arg(schema.value(QLatin1String("minimum")).toDouble());
        if (schema.contains(QLatin1String("maximum")) && d > schema.value(QLatin1String("maximum")).toDouble())
            errors << QStringLiteral("%1: above the maximum %2").arg(path).arg(schema.value(QLatin1String("maximum")).toDouble());
    } else {
        errors << QStringLiteral("%1: the schema uses the unknown type %2").arg(path, type);
    }
}

void JsonSchemaValidator::checkObject(const QJsonObject &object, const QJsonObject &schema, const QString &path,
                                      int depth, QStringList &errors) const
{
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    const bool isMap = schema.value(QLatin1String("additionalProperties")).isObject();
    const QJsonObject valueSchema = schema.value(QLatin1String("additionalProperties")).toObject();
    for (const QJsonValue &r : schema.value(QLatin1String("required")).toArray())
        if (!object.contains(r.toString()))
            errors << QStringLiteral("%1: %2 is required").arg(path, r.toString());
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString childPath = path + QLatin1Char('.') + it.key();
        if (properties.contains(it.key()))
            check(it.value(), properties.value(it.key()).toObject(), childPath, depth + 1, errors);
        else if (isMap)
            check(it.value(), valueSchema, childPath, depth + 1, errors);
        else
            errors << QStringLiteral("%1: unknown field").arg(childPath);
    }
}

void JsonSchemaValidator::checkString(const QString &text, const QJsonObject &schema, const QString &path,
                                      QStringList &errors) const
{
    const QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
    if (!allowed.isEmpty() && !allowed.contains(text)) {
        QStringList names;
        for (const QJsonValue &a : allowed)
            names << a.toString();
        errors << QStringLiteral("%1: must be one of %2").arg(path, names.join(QLatin1String(", ")));
    }
    if (schema.contains(QLatin1String("minLength")) && text.size() < schema.value(QLatin1String("minLength")).toInt())
        errors << QStringLiteral("%1: shorter than %2 characters").arg(path).arg(schema.value(QLatin1String("minLength")).toInt());
    if (schema.contains(QLatin1String("maxLength")) && text.size() > schema.value(QLatin1String("maxLength")).toInt())
        errors << QStringLiteral("%1: longer than %2 characters").arg(path).arg(schema.value(QLatin1String("maxLength")).toInt());
    if (schema.contains(QLatin1String("pattern"))) {
        const QRegularExpression re(QLatin1String("^(?:") + schema.value(QLatin1String("pattern")).toString()
                                    + QLatin1String(")$"));
        if (!re.match(text).hasMatch())
            errors << QStringLiteral("%1: does not have the expected form").arg(path);
    }
}
