#include "fleet/DeviceGroupService.h"

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "fleet/DeviceGroupRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

DeviceGroupService::DeviceGroupService(Database &db) : m_db(db) {}

Status DeviceGroupService::create(const AdminSession &session, const QString &name, const QString &description, DeviceGroup *out)
{
    if (Status s = session.require(Permission::EditInventory); !s)
        return s;
    DeviceGroup g{0, name, description, 0};
    if (Status s = DeviceGroupRepository(m_db).create(g, QDateTime::currentSecsSinceEpoch()); !s)
        return s;
    if (out)
        *out = g;
    return AuditLog(m_db).record(session.actor(), QStringLiteral("group.create"), QStringLiteral("success"),
                                 QStringLiteral("group=%1 name=\"%2\"").arg(g.id).arg(g.name));
}

Status DeviceGroupService::add(const AdminSession &session, qint64 groupId, const QList<qint64> &deviceIds,
                               std::optional<Ownership> ownership, const QString &department, int *added)
{
    if (Status s = session.require(Permission::EditInventory); !s)
        return s;
    DeviceGroupRepository repo(m_db);
    const std::optional<DeviceGroup> g = repo.findById(groupId);
    if (!g)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("DeviceGroupService", "No device group with id %1.").arg(groupId));
    QSqlDatabase conn = m_db.connection();
    if (!m_db.beginTransaction())
        return Status::failure(ErrorCode::DatabaseRefused, conn.lastError().text());
    int listed = 0, matched = 0;
    Status s = repo.addDevices(groupId, deviceIds, &listed);
    if (s && (ownership || !department.isEmpty()))
        s = repo.addMatching(groupId, ownership, department, &matched);
    if (s)
        s = AuditLog(m_db).record(session.actor(), QStringLiteral("group.add"), QStringLiteral("success"),
                                  QStringLiteral("group=%1 name=\"%2\" added=%3 ownership=%4 department=\"%5\"")
                                      .arg(groupId).arg(g->name).arg(listed + matched)
                                      .arg(ownership ? DeviceTypes::toDb(*ownership) : QString(), department));
    if (!s || !m_db.commitTransaction()) {
        m_db.rollbackTransaction();
        return s ? Status::failure(ErrorCode::DatabaseRefused, conn.lastError().text()) : s;
    }
    if (added)
        *added = listed + matched;
    return Status::success();
}
