#include "commands/BulkDeviceActionService.h"

#include "audit/AuditLog.h"
#include "catalog/AppCatalogService.h"
#include "catalog/CatalogRepository.h"
#include "commands/DeviceActionCatalog.h"
#include "commands/DeviceActionRules.h"
#include "commands/DeviceCommandService.h"
#include "fleet/DeviceGroupRepository.h"
#include "fleet/DeviceGroupService.h"
#include "fleet/DeviceRepository.h"
#include "policy/PolicyRepository.h"
#include "policy/PolicyService.h"
#include "push/DeviceWakeService.h"
#include "security/AdminSession.h"
#include "shared/SharedSessionService.h"

#include <QCoreApplication>

namespace Id = DeviceActionCatalog::Id;

namespace {
QString tr(const char *text) { return QCoreApplication::translate("BulkDeviceActionService", text); }
} // namespace

BulkDeviceActionService::BulkDeviceActionService(Database &db) : m_db(db) {}

Status BulkDeviceActionService::validate(const AdminSession &session, const BulkActionRequest &request) const
{
    const std::optional<DeviceActionDeclaration> action = DeviceActionCatalog::find(request.action);
    if (!action || !action->multiple)
        return Status::failure(ErrorCode::InvalidInput, tr("%1 is not an action for several devices.").arg(request.action));
    if (Status s = session.require(action->permission); !s)
        return s;
    if (request.action == Id::AddToGroup && !DeviceGroupRepository(m_db).findById(request.targetId))
        return Status::failure(ErrorCode::NotFound, tr("Choose an existing group."));
    if (request.action == Id::AssignPolicy && !PolicyRepository(m_db).findById(request.targetId))
        return Status::failure(ErrorCode::NotFound, tr("Choose an existing policy."));
    if (request.action == Id::InstallApp && !CatalogRepository(m_db).findById(request.targetId))
        return Status::failure(ErrorCode::NotFound, tr("Choose an app of the catalog."));
    return Status::success();
}

BulkActionOutcome BulkDeviceActionService::runOne(const AdminSession &session, const BulkActionRequest &request,
                                                  qint64 deviceId, bool alone)
{
    BulkActionOutcome out{deviceId, QString(), Status::success(), false};
    const std::optional<Device> device = DeviceRepository(m_db).findById(deviceId);
    if (!device) {
        out.deviceName = QString::number(deviceId);
        out.status = Status::failure(ErrorCode::NotFound, tr("No device with id %1.").arg(deviceId));
        return out;
    }
    out.deviceName = device->name;
    const std::optional<DeviceActionDeclaration> action = DeviceActionCatalog::find(request.action);
    const DeviceActionRules::Verdict verdict = action ? DeviceActionRules(&m_db, &session).check(*action, *device, alone)
                                                      : DeviceActionRules::Verdict{Status::failure(ErrorCode::InvalidInput, request.action),
                                                                                   QStringLiteral("unknown-action")};
    out.status = verdict.status ? perform(session, request, deviceId) : verdict.status;
    if (!out.status) {
        // The services audit what they queue; a device refused before or by them is audited here,
        // with a stable reason key rather than the translated message.
        const QString reason = verdict.status ? QStringLiteral("code-%1").arg(int(out.status.code())) : verdict.reasonKey;
        AuditLog(m_db).record(session.actor(), QStringLiteral("bulk.refused"), QStringLiteral("refused"),
                              QStringLiteral("action=%1 reason=%2").arg(request.action, reason), deviceId);
    }
    return out;
}

Status BulkDeviceActionService::perform(const AdminSession &session, const BulkActionRequest &request, qint64 deviceId)
{
    if (request.action == Id::Lock)
        return DeviceCommandService(m_db).lock(session, deviceId, request.message, request.phone);
    if (request.action == Id::SelectiveWipe)
        return DeviceCommandService(m_db).selectiveWipe(session, deviceId);
    if (request.action == Id::ResetForNextPatient) {
        SharedSessionService::ResetOutcome outcome;
        return SharedSessionService(m_db).resetForNextPatient(session, deviceId, outcome);
    }
    if (request.action == Id::AddToGroup)
        return DeviceGroupService(m_db).addDevice(session, request.targetId, deviceId);
    if (request.action == Id::AssignPolicy)
        return PolicyService(m_db).assignToDevice(session, request.targetId, deviceId);
    if (request.action == Id::InstallApp) {
        AppCatalogService::Outcome outcome;
        if (Status s = AppCatalogService(m_db).install(session, request.targetId, {deviceId}, outcome); !s)
            return s;
        if (outcome.queued + outcome.viaPolicy == 0)
            return Status::failure(ErrorCode::InvalidInput, outcome.skipped.isEmpty() ? tr("Not queued.") : outcome.skipped.join(QStringLiteral("; ")));
        return Status::success();
    }
    if (request.action == Id::PushNow)
        return DeviceWakeService(m_db).wake(session, deviceId);
    return Status::failure(ErrorCode::InvalidInput, tr("%1 is not an action for several devices.").arg(request.action));
}

QList<BulkActionOutcome> BulkDeviceActionService::run(const AdminSession &session, const BulkActionRequest &request,
                                                      const QList<qint64> &deviceIds)
{
    QList<BulkActionOutcome> out;
    if (Status s = validate(session, request); !s) {
        for (qint64 id : deviceIds)
            out << BulkActionOutcome{id, QString::number(id), s, false};
        return out;
    }
    out.reserve(deviceIds.size());
    for (qint64 id : deviceIds)
        out << runOne(session, request, id, deviceIds.size() == 1);
    return out;
}
