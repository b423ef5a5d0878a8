#pragma once

#include "catalog/CatalogApp.h"

#include <QHash>

class Database;

// Which VPN an Apple app's traffic goes through on one device. The catalog entry may name a VPN
// payload itself; otherwise, when the device's policy asks for per-app VPN for this bundle id, it
// is the policy's com.apple.vpn.managed.applayer payload (AppleProfileCompiler::perAppVpnUuid).
class AppVpnMapping
{
public:
    explicit AppVpnMapping(Database &db);
    // Empty: the app's traffic is not mapped to a VPN on that device.
    QString vpnUuidFor(const CatalogApp &app, qint64 deviceId);

private:
    Database &m_db;
    QHash<qint64, qint64> m_effective; // device -> policy, read once
    bool m_loaded = false;
};
