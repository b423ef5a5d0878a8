#pragma once

#include <QString>

// Names and paths that identify this program on disk and to the OS.
namespace AppInfo {
QString version();
QString organizationName();
QString applicationName();
// The default fleet database: <user data folder>/clinicmdm.sqlite
QString defaultDatabasePath();
void applyToApplication(); // sets QCoreApplication's names and version
}
