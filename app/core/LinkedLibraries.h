#pragma once

#include <QList>
#include <QString>

// The third-party libraries this program is linked with and their licences, for Help > About (the
// LGPL asks that users be told; keep this list in step with find_package/pkg_check_modules in
// CMakeLists.txt).
struct LinkedLibrary {
    QString name;
    QString version; // empty when the library does not say at run time
    QString licence;
};

namespace LinkedLibraries {
QList<LinkedLibrary> all();
}
