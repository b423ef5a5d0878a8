#include "commands/CommandCompletion.h"

#include "apple/EnrollmentProfileBuilder.h"
#include "audit/AuditLog.h"
#include "fleet/DeviceAppRepository.h"
#include "fleet/DeviceRepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace CommandCompletion {

bool isSelectiveWipe(const DeviceCommand &command)
{
    if (command.requestType == QLatin1String("REMOVE_WORK_PROFILE"))
        return true;
    if (command.requestType != QLatin1String("RemoveProfile"))
        return false;
    const QString identifier = QJsonDocument::fromJson(command.payload).object().value(QLatin1String("Identifier")).toString();
    return identifier == EnrollmentProfileBuilder::profileIdentifierPrefix()
           || identifier.startsWith(EnrollmentProfileBuilder::profileIdentifierPrefix() + QLatin1Char('.'));
}

Status apply(Database &db, const Actor &device, const DeviceCommand &command, const QString &status, qint64 now)
{
    if (status != QLatin1String("acknowledged") || !isSelectiveWipe(command))
        return Status::success();
    DeviceRepository devices(db);
    std::optional<Device> d = devices.findById(command.deviceId);
    if (!d)
        return Status::success(); // deleted meanwhile: nothing left to mark
    d->state = EnrollmentState::Unenrolled;
    d->lastSeen = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
    if (Status s = devices.update(*d); !s)
        return s;
    if (Status s = DeviceAppRepository(db).replace(d->id, {}, now); !s)
        return s;
    return AuditLog(db).record(device, QStringLiteral("wipe.selective.completed"), QStringLiteral("success"),
                               QStringLiteral("uuid=%1 request_type=%2; the clinic's apps and data were removed, the device "
                                              "is no longer managed")
                                   .arg(command.uuid, command.requestType),
                               d->id);
}

} // namespace CommandCompletion
