#pragma once

#include "catalog/CatalogApp.h"
#include "core/Status.h"

#include <QJsonObject>
#include <functional>

class AdminSession;
class Database;

// The clinical app catalog as the engine decides it: who may change it (ManagePolicies), what a
// valid app and configuration are, and installing or removing an app on devices as queued commands.
// Every change is audited (app.add, app.configure, app.assign, app.install, app.remove).
class AppCatalogService
{
public:
    using Clock = std::function<qint64()>;
    explicit AppCatalogService(Database &db);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    Status add(const AdminSession &session, CatalogApp &app);
    Status configure(const AdminSession &session, qint64 appId, const QJsonObject &values);
    Status assignToGroup(const AdminSession &session, qint64 appId, const QString &groupName);

    struct Outcome {
        int queued = 0;
        int viaPolicy = 0;   // Android Play apps: listed in the devices' policy, a wake queued
        QStringList skipped; // "device: reason" for each device the command was not queued for
    };
    // deviceIds empty: every device of the groups the app is assigned to.
    Status install(const AdminSession &session, qint64 appId, QList<qint64> deviceIds, Outcome &outcome);
    Status removeFromDevices(const AdminSession &session, qint64 appId, const QList<qint64> &deviceIds, Outcome &outcome);

private:
    Status queue(const AdminSession &session, const CatalogApp &app, const QList<qint64> &deviceIds, bool install,
                 Outcome &outcome);
    static Status validateApp(const CatalogApp &app);

    Database &m_db;
    Clock m_clock;
};
