#include "apple/AppleCommandQueuer.h"

#include "apple/AppleCommandCodec.h"
#include "commands/CommandRepository.h"

#include <QUuid>

namespace AppleCommandQueuer {

Status enqueue(Database &db, qint64 deviceId, const AppleCommandBuilder::Built &built, const QString &queuedBy, qint64 now,
               DeviceCommand *queued)
{
    DeviceCommand c;
    c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    c.deviceId = deviceId;
    c.requestType = built.requestType;
    c.payload = AppleCommandCodec::toJsonBytes(built.payload);
    c.priority = built.priority;
    c.queuedBy = queuedBy;
    c.queuedAt = now;
    if (Status s = CommandRepository(db).enqueue(c); !s)
        return s;
    if (queued)
        *queued = c;
    return Status::success();
}

} // namespace AppleCommandQueuer
