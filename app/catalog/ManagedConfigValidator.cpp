#include "catalog/ManagedConfigValidator.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

const ManagedConfigKey *findKey(const QList<ManagedConfigKey> &schema, const QString &key)
{
    for (const ManagedConfigKey &k : schema)
        if (k.key == key)
            return &k;
    return nullptr;
}

Status invalid(const QString &message) { return Status::failure(ErrorCode::InvalidInput, message); }

Status checkValue(const ManagedConfigKey &k, const QJsonValue &v)
{
    switch (k.type) {
    case ManagedConfigKey::Type::String:
        if (!v.isString())
            return invalid(QCoreApplication::translate("ManagedConfigValidator", "%1 must be text.").arg(k.key));
        if (k.required && v.toString().trimmed().isEmpty())
            return invalid(QCoreApplication::translate("ManagedConfigValidator", "%1 must not be empty.").arg(k.key));
        return Status::success();
    case ManagedConfigKey::Type::Url: {
        const QUrl url(v.toString(), QUrl::StrictMode);
        if (!v.isString() || !url.isValid() || url.host().isEmpty())
            return invalid(QCoreApplication::translate("ManagedConfigValidator", "%1 must be a full URL such as https://fhir.example.org/r4.").arg(k.key));
        if (url.scheme() != QLatin1String("https"))
            return invalid(QCoreApplication::translate("ManagedConfigValidator", "%1 must use https: clinical data never travels unencrypted.").arg(k.key));
        return Status::success();
    }
    case ManagedConfigKey::Type::Integer:
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())))
            return invalid(QCoreApplication::translate("ManagedConfigValidator", "%1 must be a whole number.").arg(k.key));
        return Status::success();
    case ManagedConfigKey::Type::Boolean:
        if (!v.isBool())
            return invalid(QCoreApplication::translate("ManagedConfigValidator", "%1 must be true or false.").arg(k.key));
        return Status::success();
    }
    return Status::success();
}

} // namespace

namespace ManagedConfigValidator {

Status validate(const QList<ManagedConfigKey> &schema, const QJsonObject &values, bool complete)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const ManagedConfigKey *k = findKey(schema, it.key());
        if (!k)
            return invalid(QCoreApplication::translate("ManagedConfigValidator", "%1 is not a configuration key of this app.").arg(it.key()));
        if (Status s = checkValue(*k, it.value()); !s)
            return s;
    }
    for (const ManagedConfigKey &k : schema)
        if (complete && k.required && !values.contains(k.key))
            return invalid(QCoreApplication::translate("ManagedConfigValidator", "%1 is required.").arg(k.key));
    return Status::success();
}

Status parseAssignments(const QList<ManagedConfigKey> &schema, const QStringList &assignments, QJsonObject &out)
{
    for (const QString &a : assignments) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return invalid(QCoreApplication::translate("ManagedConfigValidator", "\"%1\" is not KEY=VALUE.").arg(a));
        const QString key = a.left(eq).trimmed();
        const QString text = a.mid(eq + 1).trimmed();
        const ManagedConfigKey *k = findKey(schema, key);
        if (!k)
            return invalid(QCoreApplication::translate("ManagedConfigValidator", "%1 is not a configuration key of this app.").arg(key));
        switch (k->type) {
        case ManagedConfigKey::Type::Integer: {
            bool ok = false;
            const qint64 n = text.toLongLong(&ok);
            if (!ok)
                return invalid(QCoreApplication::translate("ManagedConfigValidator", "%1 must be a whole number.").arg(key));
            out.insert(key, n);
            break;
        }
        case ManagedConfigKey::Type::Boolean:
            if (text != QLatin1String("true") && text != QLatin1String("false"))
                return invalid(QCoreApplication::translate("ManagedConfigValidator", "%1 must be true or false.").arg(key));
            out.insert(key, text == QLatin1String("true"));
            break;
        default:
            out.insert(key, text);
        }
    }
    return Status::success();
}

} // namespace ManagedConfigValidator
