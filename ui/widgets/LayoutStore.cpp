#include "widgets/LayoutStore.h"

#include <QCoreApplication>
#include <QSettings>

namespace LayoutStore {

bool isAvailable() { return !QCoreApplication::organizationName().isEmpty(); }

QVariant value(const QString &key) { return isAvailable() ? QSettings().value(key) : QVariant(); }

void setValue(const QString &key, const QVariant &value)
{
    if (isAvailable())
        QSettings().setValue(key, value);
}

} // namespace LayoutStore
