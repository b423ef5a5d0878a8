#include "secrets/DatabasePassword.h"

#include <QDir>
#include <QFileInfo>

namespace DatabasePassword {

QString serviceFor(const PostgresTarget &target) { return QStringLiteral("ClinicMDM-db:") + target.display(); }

bool libpqWillSupplyPassword()
{
    if (qEnvironmentVariableIsSet("PGPASSWORD"))
        return true;
    const QString passFile = qEnvironmentVariableIsSet("PGPASSFILE") ? qEnvironmentVariable("PGPASSFILE")
                                                                     : QDir::homePath() + QStringLiteral("/.pgpass");
    return QFileInfo(passFile).isFile();
}

} // namespace DatabasePassword
