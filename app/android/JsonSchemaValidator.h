#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Checks JSON against schemas written in the Google API discovery format (the shape of
// androidmanagement.v1.json's "schemas"): type, format (int32/int64/double), properties, items,
// $ref, enum, additionalProperties (a map's value schema). Strict: a property the schema does not
// name is an error. Extensions used by the agent protocol's own schemas: required, minLength,
// maxLength, pattern, minimum, maximum, maxItems.
class JsonSchemaValidator
{
public:
    // `schemas`: the object that maps schema ids to schemas (a discovery document's "schemas").
    explicit JsonSchemaValidator(const QJsonObject &schemas) : m_schemas(schemas) {}

    bool hasSchema(const QString &id) const { return m_schemas.contains(id); }
    // Every problem found, each as "path: what is wrong"; empty when the value conforms.
    QStringList validate(const QJsonValue &value, const QString &schemaId) const;

private:
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &path, int depth,
               QStringList &errors) const;
    void checkObject(const QJsonObject &object, const QJsonObject &schema, const QString &path, int depth,
                     QStringList &errors) const;
    void checkString(const QString &text, const QJsonObject &schema, const QString &path, QStringList &errors) const;

    QJsonObject m_schemas;
};
