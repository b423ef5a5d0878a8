#include "catalog/CatalogRepository.h"

#include "catalog/CatalogAppJson.h"
#include "catalog/AppInstallCommand.h"
#include "catalog/AppInstallStateRules.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QMap>
#include <QSqlQuery>

namespace {

const char *kColumns = "id, name, platform, identifier, source, store_id, manifest_url, apk_path, apk_sha256, version, "
                       "vpn_uuid, config_schema, config_values, created_at, updated_at";

CatalogApp appFrom(const QSqlQuery &q)
{
    CatalogApp a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.platform = q.value(2).toString() == QLatin1String("android") ? CatalogApp::Platform::Android
                                                                    : CatalogApp::Platform::Apple;
    a.identifier = q.value(3).toString();
    const QString source = q.value(4).toString();
    a.source = source == QLatin1String("apk")        ? CatalogApp::Source::Apk
               : source == QLatin1String("manifest") ? CatalogApp::Source::Manifest
                                                     : CatalogApp::Source::Store;
    a.storeId = q.value(5).toString();
    a.manifestUrl = q.value(6).toString();
    a.apkPath = q.value(7).toString();
    a.apkSha256 = q.value(8).toString();
    a.version = q.value(9).toString();
    a.vpnUuid = q.value(10).toString();
    CatalogAppJson::schemaFromJson(QJsonDocument::fromJson(q.value(11).toByteArray()).array(), a.configSchema);
    a.configValues = QJsonDocument::fromJson(q.value(12).toByteArray()).object();
    a.createdAt = q.value(13).toLongLong();
    a.updatedAt = q.value(14).toLongLong();
    return a;
}

void bindApp(QSqlQuery &q, const CatalogApp &a)
{
    q.addBindValue(a.name);
    q.addBindValue(CatalogApp::platformName(a.platform));
    q.addBindValue(a.identifier);
    q.addBindValue(CatalogApp::sourceName(a.source));
    for (const QString &s : {a.storeId, a.manifestUrl, a.apkPath, a.apkSha256, a.version, a.vpnUuid})
        q.addBindValue(s.isNull() ? QStringLiteral("") : s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(CatalogAppJson::schemaToJson(a.configSchema)).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(a.configValues).toJson(QJsonDocument::Compact)));
}

Status failed(const QSqlQuery &q) { return Status::failure(ErrorCode::Failure, q.lastError().text()); }

} // namespace

CatalogRepository::CatalogRepository(Database &db) : m_db(db) {}

Status CatalogRepository::insert(CatalogApp &app)
{
    if (findByIdentifier(app.identifier))
        return Status::failure(ErrorCode::Conflict,
                               QCoreApplication::translate("CatalogRepository", "%1 is already in the catalog.").arg(app.identifier));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO catalog_apps (name, platform, identifier, source, store_id, manifest_url, "
                             "apk_path, apk_sha256, version, vpn_uuid, config_schema, config_values, created_at, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") + m_db.returningId());
    bindApp(q, app);
    q.addBindValue(app.createdAt);
    q.addBindValue(app.updatedAt);
    if (!q.exec())
        return failed(q);
    app.id = m_db.insertedId(q);
    return Status::success();
}

Status CatalogRepository::update(const CatalogApp &app)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE catalog_apps SET name = ?, platform = ?, identifier = ?, source = ?, store_id = ?, "
                             "manifest_url = ?, apk_path = ?, apk_sha256 = ?, version = ?, vpn_uuid = ?, "
                             "config_schema = ?, config_values = ?, updated_at = ? WHERE id = ?"));
    bindApp(q, app);
    q.addBindValue(app.updatedAt);
    q.addBindValue(app.id);
    if (!q.exec())
        return failed(q);
    return Status::success();
}

Status CatalogRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM catalog_apps WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() ? Status::success() : failed(q);
}

std::optional<CatalogApp> CatalogRepository::findById(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM catalog_apps WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return appFrom(q);
}

std::optional<CatalogApp> CatalogRepository::findByIdentifier(const QString &identifier) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM catalog_apps WHERE identifier = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(identifier);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return appFrom(q);
}

QList<CatalogApp> CatalogRepository::all() const
{
    QList<CatalogApp> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM catalog_apps ORDER BY name, id").arg(QLatin1String(kColumns))))
        return out;
    while (q.next())
        out.append(appFrom(q));
    return out;
}

Status CatalogRepository::assign(qint64 appId, qint64 groupId, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO catalog_assignments (app_id, group_id, created_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (app_id, group_id) DO NOTHING"));
    q.addBindValue(appId);
    q.addBindValue(groupId);
    q.addBindValue(now);
    return q.exec() ? Status::success() : failed(q);
}

Status CatalogRepository::unassign(qint64 appId, qint64 groupId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM catalog_assignments WHERE app_id = ? AND group_id = ?"));
    q.addBindValue(appId);
    q.addBindValue(groupId);
    return q.exec() ? Status::success() : failed(q);
}

QList<qint64> CatalogRepository::assignedGroups(qint64 appId) const
{
    QList<qint64> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT group_id FROM catalog_assignments WHERE app_id = ? ORDER BY group_id"));
    q.addBindValue(appId);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toLongLong());
    return out;
}

QList<qint64> CatalogRepository::groupMembers(qint64 groupId) const
{
    QList<qint64> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT device_id FROM group_members WHERE group_id = ? ORDER BY device_id"));
    q.addBindValue(groupId);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toLongLong());
    return out;
}

std::optional<qint64> CatalogRepository::groupByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM device_groups WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QList<CatalogApp> CatalogRepository::appsForDevice(qint64 deviceId) const
{
    QList<CatalogApp> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM catalog_apps WHERE id IN (SELECT a.app_id FROM catalog_assignments a JOIN "
                             "group_members m ON m.group_id = a.group_id WHERE m.device_id = ?) ORDER BY name, id")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(deviceId);
    if (q.exec())
        while (q.next())
            out.append(appFrom(q));
    return out;
}

QList<AppInstallState> CatalogRepository::installStates(const CatalogApp &app) const
{
    using namespace AppInstallStateRules;
    QMap<qint64, AppInstallState> states;
    QMap<qint64, CommandFact> commands; // the newest install or removal per device
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT c.device_id, d.name, c.request_type, c.status, c.payload, c.completed_at, "
                             "(SELECT r.error_chain FROM command_results r WHERE r.command_id = c.id ORDER BY r.id DESC LIMIT 1), "
                             "(SELECT r.payload FROM command_results r WHERE r.command_id = c.id ORDER BY r.id DESC LIMIT 1) "
                             "FROM commands c JOIN devices d ON d.id = c.device_id WHERE c.request_type IN (?, ?) "
                             "ORDER BY c.queued_at, c.id"));
    const QString installType = AppInstallCommand::installRequestType(app.platform);
    q.addBindValue(installType);
    q.addBindValue(AppInstallCommand::removeRequestType(app.platform));
    if (q.exec()) {
        while (q.next()) {
            if (AppInstallCommand::identifierOf(app.platform, q.value(4).toByteArray()) != app.identifier)
                continue;
            const qint64 device = q.value(0).toLongLong();
            states[device] = {device, q.value(1).toString(), {}, {}, {}, 0};
            commands[device] = {q.value(2).toString() == installType, q.value(3).toString(), q.value(5).toLongLong(),
                                q.value(7).toByteArray(), q.value(6).toString()};
        }
    }
    QMap<qint64, ReportFact> reports;
    q.prepare(QStringLiteral("SELECT a.device_id, d.name, a.version, a.reported_at FROM device_apps a JOIN devices d ON "
                             "d.id = a.device_id WHERE a.identifier = ?"));
    q.addBindValue(app.identifier);
    if (q.exec()) {
        while (q.next()) {
            const qint64 device = q.value(0).toLongLong();
            states[device] = {device, q.value(1).toString(), {}, {}, {}, 0};
            reports[device] = {q.value(2).toString(), q.value(3).toLongLong()};
        }
    }
    QList<qint64> targets;
    for (qint64 group : assignedGroups(app.id))
        targets << groupMembers(group);
    for (qint64 device : targets) {
        if (states.contains(device))
            continue;
        QSqlQuery n(m_db.connection());
        n.prepare(QStringLiteral("SELECT name FROM devices WHERE id = ?"));
        n.addBindValue(device);
        states.insert(device, {device, n.exec() && n.next() ? n.value(0).toString() : QString(), {}, {}, {}, 0});
    }
    const bool byPolicy = AppInstallCommand::deliveredByPolicy(app);
    for (auto it = states.begin(); it != states.end(); ++it) {
        const qint64 device = it.key();
        resolve(it.value(), commands.contains(device) ? std::optional<CommandFact>(commands.value(device)) : std::nullopt,
                reports.contains(device) ? std::optional<ReportFact>(reports.value(device)) : std::nullopt,
                byPolicy && targets.contains(device));
    }
    return states.values();
}

QList<CatalogApp> CatalogRepository::policyAppsForDevice(qint64 deviceId) const
{
    // Removals the device was sent since the app was assigned keep the app out of its policy (else
    // the policy would install it again); assigning the app anew brings it back.
    QMap<QString, qint64> removedAt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT payload, queued_at FROM commands WHERE device_id = ? AND request_type = ? "
                             "AND status NOT IN ('cancelled', 'expired', 'error')"));
    q.addBindValue(deviceId);
    q.addBindValue(AppInstallCommand::removeRequestType(CatalogApp::Platform::Android));
    if (q.exec())
        while (q.next()) {
            const QString identifier = AppInstallCommand::identifierOf(CatalogApp::Platform::Android, q.value(0).toByteArray());
            removedAt[identifier] = qMax(removedAt.value(identifier), q.value(1).toLongLong());
        }
    QList<CatalogApp> out;
    for (const CatalogApp &app : appsForDevice(deviceId)) {
        if (!AppInstallCommand::deliveredByPolicy(app))
            continue;
        if (removedAt.contains(app.identifier)) {
            q.prepare(QStringLiteral("SELECT MAX(a.created_at) FROM catalog_assignments a JOIN group_members m ON "
                                     "m.group_id = a.group_id WHERE a.app_id = ? AND m.device_id = ?"));
            q.addBindValue(app.id);
            q.addBindValue(deviceId);
            if (q.exec() && q.next() && q.value(0).toLongLong() <= removedAt.value(app.identifier))
                continue;
        }
        out.append(app);
    }
    return out;
}
