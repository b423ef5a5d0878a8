#include "core/AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace AppInfo {

QString version() { return QStringLiteral(CLINICMDM_VERSION); }
QString organizationName() { return QStringLiteral("ClinicMDM"); }
QString applicationName() { return QStringLiteral("clinicmdm"); }

void applyToApplication()
{
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(version());
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("clinicmdm.sqlite"));
}

} // namespace AppInfo
