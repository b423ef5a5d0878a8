#pragma once

#include <QString>
#include <QVariant>

// Where the console keeps the admin's layout (columns, splitters) between runs: QSettings under
// the application's identity (AppInfo::applyToApplication). A process without that identity (a
// unit test) keeps nothing and reads nothing, so tests never inherit a layout from an earlier run.
namespace LayoutStore {
bool isAvailable();
QVariant value(const QString &key);
void setValue(const QString &key, const QVariant &value);
}
