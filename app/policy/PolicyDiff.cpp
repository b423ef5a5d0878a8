#include "policy/PolicyDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

void walk(const QString &path, const QJsonValue &a, const QJsonValue &b, QList<PolicyDifference> &out)
{
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        QStringList keys = oa.keys();
        for (const QString &k : ob.keys())
            if (!oa.contains(k))
                keys << k;
        for (const QString &k : keys)
            walk(path.isEmpty() ? k : path + QLatin1Char('.') + k, oa.value(k), ob.value(k), out);
        return;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray aa = a.toArray(), ab = b.toArray();
        for (qsizetype i = 0; i < qMax(aa.size(), ab.size()); ++i)
            walk(QStringLiteral("%1[%2]").arg(path).arg(i), i < aa.size() ? aa[i] : QJsonValue(QJsonValue::Undefined),
                 i < ab.size() ? ab[i] : QJsonValue(QJsonValue::Undefined), out);
        return;
    }
    if (a != b)
        out.append({path, a, b});
}

} // namespace

namespace PolicyDiff {

QList<PolicyDifference> diff(const QJsonObject &baseline, const QJsonObject &policy)
{
    QList<PolicyDifference> out;
    walk(QString(), baseline, policy, out);
    return out;
}

QString display(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined: return QStringLiteral("—");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble());
    case QJsonValue::String: return v.toString();
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace PolicyDiff
