#pragma once

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

// Checks JSON against a Google API discovery document's schemas (androidmanagement.v1.json):
// every property declared, types, enums, int64-as-string and google-duration formats; deprecated
// fields are reported too, so generated policies stay on the current API.
class DiscoverySchemaChecker
{
public:
    explicit DiscoverySchemaChecker(const QString &discoveryJsonPath)
    {
        QFile f(discoveryJsonPath);
        if (f.open(QIODevice::ReadOnly))
            m_schemas = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("schemas")).toObject();
    }
    static QString androidManagementPath()
    {
        const QString shared = qEnvironmentVariable("CLINICMDM_SHARED_DIR");
        return shared.isEmpty() ? QString() : QDir(shared).filePath(QStringLiteral("spec/android/androidmanagement.v1.json"));
    }
    bool isLoaded() const { return !m_schemas.isEmpty(); }

    QStringList check(const QJsonValue &value, const QString &schemaName) const
    {
        QStringList problems;
        checkValue(value, QJsonObject{{QStringLiteral("$ref"), schemaName}}, schemaName, problems);
        return problems;
    }

private:
    void checkValue(const QJsonValue &v, QJsonObject spec, const QString &path, QStringList &problems) const
    {
        if (spec.contains(QStringLiteral("$ref"))) {
            const QString ref = spec.value(QStringLiteral("$ref")).toString();
            if (!m_schemas.contains(ref)) {
                problems << QStringLiteral("%1: unknown schema %2").arg(path, ref);
                return;
            }
            spec = m_schemas.value(ref).toObject();
        }
        const QString type = spec.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("object")) {
            if (!v.isObject())
                return problems.append(QStringLiteral("%1: expected an object").arg(path));
            const QJsonObject o = v.toObject(), props = spec.value(QStringLiteral("properties")).toObject();
            const QJsonValue additional = spec.value(QStringLiteral("additionalProperties"));
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                const QString at = path + QLatin1Char('.') + it.key();
                if (props.contains(it.key())) {
                    const QJsonObject p = props.value(it.key()).toObject();
                    if (p.value(QStringLiteral("deprecated")).toBool())
                        problems << QStringLiteral("%1: deprecated").arg(at);
                    checkValue(it.value(), p, at, problems);
                } else if (additional.isObject()) {
                    checkValue(it.value(), additional.toObject(), at, problems);
                } else if (!props.isEmpty() || additional.isUndefined()) {
                    if (!props.isEmpty())
                        problems << QStringLiteral("%1: undeclared property").arg(at);
                }
            }
        } else if (type == QLatin1String("array")) {
            if (!v.isArray())
                return problems.append(QStringLiteral("%1: expected an array").arg(path));
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                checkValue(a[i], spec.value(QStringLiteral("items")).toObject(), QStringLiteral("%1[%2]").arg(path).arg(i), problems);
        } else if (type == QLatin1String("string")) {
            if (!v.isString())
                return problems.append(QStringLiteral("%1: expected a string").arg(path));
            const QString s = v.toString(), format = spec.value(QStringLiteral("format")).toString();
            const QJsonArray values = spec.value(QStringLiteral("enum")).toArray();
            if (!values.isEmpty() && !values.contains(s))
                problems << QStringLiteral("%1: %2 is not an allowed value").arg(path, s);
            static const QRegularExpression integer(QStringLiteral("^-?\\d+$")), duration(QStringLiteral("^-?\\d+(\\.\\d+)?s$"));
            if ((format == QLatin1String("int64") || format == QLatin1String("uint64")) && !integer.match(s).hasMatch())
                problems << QStringLiteral("%1: %2 is not an int64 string").arg(path, s);
            if (format == QLatin1String("google-duration") && !duration.match(s).hasMatch())
                problems << QStringLiteral("%1: %2 is not a duration").arg(path, s);
        } else if (type == QLatin1String("integer")) {
            if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())))
                problems << QStringLiteral("%1: expected an integer").arg(path);
        } else if (type == QLatin1String("number")) {
            if (!v.isDouble())
                problems << QStringLiteral("%1: expected a number").arg(path);
        } else if (type == QLatin1String("boolean")) {
            if (!v.isBool())
                problems << QStringLiteral("%1: expected true or false").arg(path);
        }
    }

    QJsonObject m_schemas;
};
