#pragma once

#include "catalog/ManagedConfigKey.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// An app the clinic manages: where it comes from (App Store id, an enterprise manifest URL, or an
// APK the console serves), its version, its managed configuration and per-app VPN.
struct CatalogApp {
    enum class Platform { Apple, Android };
    enum class Source { Store, Manifest, Apk };

    qint64 id = 0;
    QString name;
    Platform platform = Platform::Apple;
    QString identifier;  // bundle id (Apple) or package name (Android)
    Source source = Source::Store;
    QString storeId;     // App Store numeric id (iTunesStoreID); on Android the Play package
    QString manifestUrl; // enterprise app manifest (Apple), https
    QString apkPath;     // Android APK served by the console
    QString apkSha256;   // hex, of the APK above
    QString version;
    QString vpnUuid;     // per-app VPN: the VPN payload's UUID this app's traffic goes through
    QList<ManagedConfigKey> configSchema;
    QJsonObject configValues;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    static QString platformName(Platform p) { return p == Platform::Android ? QStringLiteral("android") : QStringLiteral("apple"); }
    static QString sourceName(Source s);
};
