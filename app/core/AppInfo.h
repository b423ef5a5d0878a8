#pragma once

#include <QString>

// Names and paths that identify this program on disk and to the OS.
namespace AppInfo {
QString version();
QString organizationName();
QString applicationName();
// The project's web address (CMake's HOMEPAGE_URL).
QString homepage();
// The README to show from Help: README.md next to the program, in the build or source tree above
// it, or in the installed documentation folder; empty when none is found.
QString localReadmePath();
// The default fleet database: <user data folder>/clinicmdm.sqlite
QString defaultDatabasePath();
void applyToApplication(); // sets QCoreApplication's names and version
}
