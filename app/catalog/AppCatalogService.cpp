#include "catalog/AppCatalogService.h"

#include "audit/AuditLog.h"
#include "catalog/AppInstallCommand.h"
#include "catalog/AppVpnMapping.h"
#include "catalog/CatalogRepository.h"
#include "catalog/ManagedConfigValidator.h"
#include "commands/CommandRepository.h"
#include "db/Database.h"
#include "db/WriteTransaction.h"
#include "fleet/DeviceRepository.h"
#include "push/PushOutboxRepository.h"
#include "security/AdminSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace {

Status invalid(const QString &message) { return Status::failure(ErrorCode::InvalidInput, message); }

bool runsOn(const CatalogApp &app, Platform devicePlatform)
{
    const bool apple = devicePlatform == Platform::iOS || devicePlatform == Platform::iPadOS;
    return apple == (app.platform == CatalogApp::Platform::Apple);
}

} // namespace

AppCatalogService::AppCatalogService(Database &db) : m_db(db), m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

Status AppCatalogService::validateApp(const CatalogApp &app)
{
    if (app.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("AppCatalogService", "The app needs a name."));
    // Bundle ids and package names are reverse-DNS: letters, digits, dots, dashes, underscores, and a dot.
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+$"));
    if (!identifier.match(app.identifier).hasMatch())
        return invalid(QCoreApplication::translate("AppCatalogService", "\"%1\" is not a bundle id or package name (e.g. org.example.ehr).")
                           .arg(app.identifier));
    switch (app.source) {
    case CatalogApp::Source::Store:
        if (app.platform == CatalogApp::Platform::Apple && app.storeId.toLongLong() <= 0)
            return invalid(QCoreApplication::translate("AppCatalogService", "An App Store app needs its numeric App Store id."));
        break;
    case CatalogApp::Source::Manifest: {
        const QUrl url(app.manifestUrl, QUrl::StrictMode);
        if (app.platform != CatalogApp::Platform::Apple || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            return invalid(QCoreApplication::translate("AppCatalogService", "An in-house Apple app needs the https URL of its manifest."));
        break;
    }
    case CatalogApp::Source::Apk:
        if (app.platform != CatalogApp::Platform::Android ||
            !QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(app.apkSha256).hasMatch())
            return invalid(QCoreApplication::translate("AppCatalogService", "An APK needs its SHA-256 (64 hex digits)."));
        break;
    }
    return ManagedConfigValidator::validate(app.configSchema, app.configValues, false);
}

Status AppCatalogService::add(const AdminSession &session, CatalogApp &app)
{
    if (Status s = session.require(Permission::ManagePolicies); !s)
        return s;
    if (Status s = validateApp(app); !s)
        return s;
    app.createdAt = app.updatedAt = m_clock();
    const Status s = CatalogRepository(m_db).insert(app);
    AuditLog(m_db).record(session.actor(), QStringLiteral("app.add"), s ? QStringLiteral("success") : QStringLiteral("failure"),
                          QStringLiteral("identifier=%1 platform=%2 source=%3").arg(app.identifier, CatalogApp::platformName(app.platform),
                                                                                    CatalogApp::sourceName(app.source)));
    return s;
}

Status AppCatalogService::configure(const AdminSession &session, qint64 appId, const QJsonObject &values)
{
    if (Status s = session.require(Permission::ManagePolicies); !s)
        return s;
    CatalogRepository repo(m_db);
    std::optional<CatalogApp> app = repo.findById(appId);
    if (!app)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("AppCatalogService", "No app with id %1 in the catalog.").arg(appId));
    QJsonObject merged = app->configValues;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    if (Status s = ManagedConfigValidator::validate(app->configSchema, merged, false); !s)
        return s;
    app->configValues = merged;
    app->updatedAt = m_clock();
    const Status s = repo.update(*app);
    // Which keys changed, not their values: an auditor needs the what and when, and values such as
    // tenants need not be copied into every export of the trail.
    AuditLog(m_db).record(session.actor(), QStringLiteral("app.configure"), s ? QStringLiteral("success") : QStringLiteral("failure"),
                          QStringLiteral("identifier=%1 keys=%2").arg(app->identifier, values.keys().join(QLatin1Char(','))));
    return s;
}

Status AppCatalogService::assignToGroup(const AdminSession &session, qint64 appId, const QString &groupName)
{
    if (Status s = session.require(Permission::ManagePolicies); !s)
        return s;
    CatalogRepository repo(m_db);
    const std::optional<CatalogApp> app = repo.findById(appId);
    if (!app)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("AppCatalogService", "No app with id %1 in the catalog.").arg(appId));
    const std::optional<qint64> group = repo.groupByName(groupName);
    if (!group)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("AppCatalogService", "No device group named %1.").arg(groupName));
    const Status s = repo.assign(appId, *group, m_clock());
    AuditLog(m_db).record(session.actor(), QStringLiteral("app.assign"), s ? QStringLiteral("success") : QStringLiteral("failure"),
                          QStringLiteral("identifier=%1 group=%2").arg(app->identifier, groupName));
    return s;
}

Status AppCatalogService::install(const AdminSession &session, qint64 appId, QList<qint64> deviceIds, Outcome &outcome)
{
    if (Status s = session.require(Permission::ManagePolicies); !s)
        return s;
    CatalogRepository repo(m_db);
    const std::optional<CatalogApp> app = repo.findById(appId);
    if (!app)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("AppCatalogService", "No app with id %1 in the catalog.").arg(appId));
    if (deviceIds.isEmpty())
        for (qint64 group : repo.assignedGroups(appId))
            for (qint64 device : repo.groupMembers(group))
                if (!deviceIds.contains(device))
                    deviceIds.append(device);
    if (deviceIds.isEmpty())
        return invalid(QCoreApplication::translate("AppCatalogService", "Name the devices, or assign the app to a group first."));
    // Configuration is checked again at install time: a key made required after it was set must not
    // reach devices half-configured.
    if (Status s = ManagedConfigValidator::validate(app->configSchema, app->configValues); !s)
        return s;
    return queue(session, *app, deviceIds, true, outcome);
}

Status AppCatalogService::removeFromDevices(const AdminSession &session, qint64 appId, const QList<qint64> &deviceIds,
                                            Outcome &outcome)
{
    if (Status s = session.require(Permission::ManagePolicies); !s)
        return s;
    const std::optional<CatalogApp> app = CatalogRepository(m_db).findById(appId);
    if (!app)
        return Status::failure(ErrorCode::NotFound, QCoreApplication::translate("AppCatalogService", "No app with id %1 in the catalog.").arg(appId));
    return queue(session, *app, deviceIds, false, outcome);
}

Status AppCatalogService::queue(const AdminSession &session, const CatalogApp &app, const QList<qint64> &deviceIds,
                                bool install, Outcome &outcome)
{
    DeviceRepository devices(m_db);
    CommandRepository commands(m_db);
    CatalogRepository catalog(m_db);
    const QString requestType = install ? AppInstallCommand::installRequestType(app.platform)
                                        : AppInstallCommand::removeRequestType(app.platform);
    // An APK is fetched by the device itself: it needs an https address it can download from.
    const QString apkUrl = app.apkPath.startsWith(QLatin1String("https://")) ? app.apkPath : QString();
    const QByteArray payload = QJsonDocument(install ? AppInstallCommand::installPayload(app, apkUrl) : AppInstallCommand::removePayload(app))
                                   .toJson(QJsonDocument::Compact);
    const bool byPolicy = install && AppInstallCommand::deliveredByPolicy(app);
    AppVpnMapping vpn(m_db);
    QList<qint64> policyDevices;
    if (byPolicy)
        for (qint64 group : catalog.assignedGroups(app.id))
            policyDevices << catalog.groupMembers(group);
    WriteTransaction tx(m_db); // all devices' commands and their audit entries, or none
    if (!tx.isActive())
        return tx.status();
    for (qint64 id : deviceIds) {
        const std::optional<Device> device = devices.findById(id);
        if (!device) {
            outcome.skipped << QCoreApplication::translate("AppCatalogService", "%1: no such device").arg(id);
            continue;
        }
        if (!runsOn(app, device->platform)) {
            outcome.skipped << QCoreApplication::translate("AppCatalogService", "%1: the app is for another platform").arg(device->name);
            continue;
        }
        if (byPolicy) {
            // The policy is how Android gets Play apps: only devices of an assigned group have it.
            if (!policyDevices.contains(id)) {
                outcome.skipped << QCoreApplication::translate("AppCatalogService", "%1: assign the app to one of the device's groups "
                                                                                    "(Android apps come with the device's policy)")
                                       .arg(device->name);
                continue;
            }
            if (Status s = PushOutboxRepository(m_db).enqueue(id, QStringLiteral("app ") + app.identifier, m_clock()); !s)
                return s;
            AuditLog(m_db).record(session.actor(), QStringLiteral("app.install"), QStringLiteral("success"),
                                  QStringLiteral("identifier=%1 delivery=policy").arg(app.identifier), id);
            ++outcome.viaPolicy;
            continue;
        }
        if (install && app.platform == CatalogApp::Platform::Android && apkUrl.isEmpty()) {
            outcome.skipped << QCoreApplication::translate("AppCatalogService", "%1: the APK needs an https address devices can "
                                                                                "download it from")
                                   .arg(device->name);
            continue;
        }
        DeviceCommand c;
        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
        c.deviceId = id;
        c.requestType = requestType;
        c.payload = payload;
        if (install && app.platform == CatalogApp::Platform::Apple) {
            // The per-app VPN mapping depends on the device's policy, so the payload may differ per device.
            CatalogApp forDevice = app;
            forDevice.vpnUuid = vpn.vpnUuidFor(app, id);
            if (forDevice.vpnUuid != app.vpnUuid)
                c.payload = QJsonDocument(AppInstallCommand::installPayload(forDevice)).toJson(QJsonDocument::Compact);
        }
        c.queuedBy = session.username();
        c.queuedAt = m_clock();
        if (Status s = commands.enqueue(c); !s)
            return s;
        AuditLog(m_db).record(session.actor(), install ? QStringLiteral("app.install") : QStringLiteral("app.remove"),
                              QStringLiteral("success"),
                              QStringLiteral("identifier=%1 uuid=%2 request_type=%3").arg(app.identifier, c.uuid, requestType), id);
        ++outcome.queued;
    }
    return tx.commit();
}
