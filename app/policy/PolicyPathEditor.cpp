#include "policy/PolicyPathEditor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PolicyPathEditor", text); }

Status invalid(const QString &message) { return Status::failure(ErrorCode::InvalidInput, message); }

Status convert(const QString &path, const QJsonValue &current, const QString &text, QJsonValue *out)
{
    const QString t = text.trimmed();
    switch (current.type()) {
    case QJsonValue::Bool:
        if (t == QLatin1String("true") || t == QLatin1String("false")) {
            *out = t == QLatin1String("true");
            return Status::success();
        }
        return invalid(tr("%1: must be true or false, not \"%2\"").arg(path, text));
    case QJsonValue::Double: {
        bool ok = false;
        const qint64 n = t.toLongLong(&ok);
        if (!ok)
            return invalid(tr("%1: must be a whole number, not \"%2\"").arg(path, text));
        *out = double(n);
        return Status::success();
    }
    case QJsonValue::Array: {
        if (!current.toArray().isEmpty() && !current.toArray().first().isString())
            return invalid(tr("%1: is a list of settings groups; edit it with policy edit --file").arg(path));
        QJsonArray list;
        for (const QString &item : t.split(QLatin1Char(','), Qt::SkipEmptyParts))
            list.append(item.trimmed());
        *out = list;
        return Status::success();
    }
    case QJsonValue::String:
        *out = t;
        return Status::success();
    case QJsonValue::Object: {
        const QStringList keys = current.toObject().keys();
        return invalid(tr("%1: is a group of settings; set one of %2").arg(path, keys.join(QLatin1String(", "))));
    }
    default:
        return invalid(tr("%1: cannot be set from the command line").arg(path));
    }
}

Status setIn(QJsonObject &object, const QStringList &parts, int index, const QString &path, const QString &text)
{
    const QString key = parts.at(index);
    if (!object.contains(key)) {
        const QString where = parts.mid(0, index).join(QLatin1Char('.'));
        return invalid(tr("%1: unknown setting; %2 has %3")
                           .arg(path, where.isEmpty() ? tr("a policy") : where, object.keys().join(QLatin1String(", "))));
    }
    const QJsonValue current = object.value(key);
    if (index + 1 < parts.size()) {
        if (!current.isObject())
            return invalid(tr("%1: %2 has no settings below it").arg(path, parts.mid(0, index + 1).join(QLatin1Char('.'))));
        QJsonObject child = current.toObject();
        if (Status s = setIn(child, parts, index + 1, path, text); !s)
            return s;
        object.insert(key, child);
        return Status::success();
    }
    QJsonValue value;
    if (Status s = convert(path, current, text, &value); !s)
        return s;
    object.insert(key, value);
    return Status::success();
}

} // namespace

namespace PolicyPathEditor {

Status set(QJsonObject &body, const QString &path, const QString &valueText)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    for (const QString &p : parts)
        if (p.isEmpty())
            return invalid(tr("%1: is not a setting path such as kiosk.branding.department").arg(path));
    return setIn(body, parts, 0, path, valueText);
}

Status split(const QString &assignment, QString *path, QString *value)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return invalid(tr("%1: expected PATH=VALUE, e.g. kiosk.enabled=true").arg(assignment));
    *path = assignment.left(eq).trimmed();
    *value = assignment.mid(eq + 1);
    return Status::success();
}

} // namespace PolicyPathEditor
