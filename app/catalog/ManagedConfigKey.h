#pragma once

#include <QList>
#include <QString>

// One key of an app's managed configuration (Apple's com.apple.configuration.managed dictionary,
// Android's managedConfiguration bundle), e.g. the FHIR base URL an EHR client connects to.
struct ManagedConfigKey {
    enum class Type { String, Url, Integer, Boolean };
    QString key;
    Type type = Type::String;
    bool required = false;
    QString description;

    static QString typeName(Type t);
    static bool typeFromName(const QString &name, Type &out);
};
