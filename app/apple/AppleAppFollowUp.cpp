#include "apple/AppleAppFollowUp.h"

#include "apple/AppleCommandBuilder.h"
#include "apple/AppleCommandQueuer.h"
#include "catalog/CatalogRepository.h"

namespace AppleAppFollowUp {

Status queueAfter(Database &db, const DeviceCommand &command, const QVariantMap &commandPayload, Ownership ownership,
                  qint64 now)
{
    if (command.requestType != QLatin1String("InstallApplication") && command.requestType != QLatin1String("RemoveApplication"))
        return Status::success();
    const QString identifier = commandPayload.value(QStringLiteral("Identifier")).toString();
    // Only the catalog's apps have an install status to keep; a one-off command needs no answer.
    if (identifier.isEmpty() || !CatalogRepository(db).findByIdentifier(identifier))
        return Status::success();
    AppleCommandBuilder::Built built;
    if (Status s = AppleCommandBuilder::build(QStringLiteral("InstalledApplicationList"),
                                              {{QStringLiteral("ManagedAppsOnly"), true},
                                               {QStringLiteral("Identifiers"), QVariantList{identifier}}},
                                              ownership, built);
        !s)
        return s;
    return AppleCommandQueuer::enqueue(db, command.deviceId, built, QStringLiteral("system"), now);
}

} // namespace AppleAppFollowUp
