#include "catalog/ManagedConfigKey.h"

QString ManagedConfigKey::typeName(Type t)
{
    switch (t) {
    case Type::Url:
        return QStringLiteral("url");
    case Type::Integer:
        return QStringLiteral("integer");
    case Type::Boolean:
        return QStringLiteral("boolean");
    case Type::String:
        break;
    }
    return QStringLiteral("string");
}

bool ManagedConfigKey::typeFromName(const QString &name, Type &out)
{
    for (Type t : {Type::String, Type::Url, Type::Integer, Type::Boolean}) {
        if (typeName(t) == name) {
            out = t;
            return true;
        }
    }
    return false;
}
