#include "core/AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace AppInfo {

QString version() { return QStringLiteral(CLINICMDM_VERSION); }
QString organizationName() { return QStringLiteral("ClinicMDM"); }
QString applicationName() { return QStringLiteral("clinicmdm"); }
QString homepage() { return QStringLiteral(CLINICMDM_HOMEPAGE); }

QString localReadmePath()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString &relative : {QStringLiteral("README.md"), QStringLiteral("../README.md"),
                                    QStringLiteral("../share/doc/clinicmdm/README.md")})
        if (QFileInfo::exists(bin.filePath(relative)))
            return QDir::cleanPath(bin.filePath(relative));
    return {};
}

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
