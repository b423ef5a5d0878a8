#include "policy/Baseline.h"

#include <QRegularExpression>

QString Baseline::referenceFor(const QString &path) const
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QString key = QString(path).remove(index);
    while (!key.isEmpty()) {
        const auto it = references.constFind(key);
        if (it != references.constEnd())
            return it.value();
        const int dot = key.lastIndexOf(QLatin1Char('.'));
        key = dot < 0 ? QString() : key.left(dot);
    }
    return {};
}
