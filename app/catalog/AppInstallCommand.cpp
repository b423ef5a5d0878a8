#include "catalog/AppInstallCommand.h"

#include <QJsonDocument>

namespace AppInstallCommand {

QString installRequestType(CatalogApp::Platform platform)
{
    return platform == CatalogApp::Platform::Apple ? QStringLiteral("InstallApplication") : QStringLiteral("INSTALL_APP");
}

QString removeRequestType(CatalogApp::Platform platform)
{
    return platform == CatalogApp::Platform::Apple ? QStringLiteral("RemoveApplication") : QStringLiteral("REMOVE_APP");
}

QJsonObject installPayload(const CatalogApp &app, const QString &apkUrl)
{
    if (app.platform == CatalogApp::Platform::Apple) {
        QJsonObject o;
        if (app.source == CatalogApp::Source::Manifest)
            o.insert(QStringLiteral("ManifestURL"), app.manifestUrl);
        else
            o.insert(QStringLiteral("iTunesStoreID"), app.storeId.toLongLong());
        o.insert(QStringLiteral("Identifier"), app.identifier);
        // 1: remove the app (and its data) when the MDM profile goes — the clinic's data leaves
        // with the clinic's management, which is what a selective wipe relies on.
        o.insert(QStringLiteral("ManagementFlags"), 1);
        if (!app.configValues.isEmpty())
            o.insert(QStringLiteral("Configuration"), app.configValues);
        if (!app.vpnUuid.isEmpty())
            o.insert(QStringLiteral("Attributes"), QJsonObject{{QStringLiteral("VPNUUID"), app.vpnUuid}});
        return o;
    }
    QJsonObject o{{QStringLiteral("packageName"), app.identifier}};
    if (app.source == CatalogApp::Source::Apk) {
        o.insert(QStringLiteral("apkUrl"), apkUrl);
        o.insert(QStringLiteral("apkSha256"), app.apkSha256);
    }
    if (!app.version.isEmpty())
        o.insert(QStringLiteral("minimumVersion"), app.version);
    if (!app.configValues.isEmpty())
        o.insert(QStringLiteral("managedConfiguration"), app.configValues);
    if (!app.vpnUuid.isEmpty())
        o.insert(QStringLiteral("perAppVpn"), app.vpnUuid);
    return o;
}

QJsonObject removePayload(const CatalogApp &app)
{
    if (app.platform == CatalogApp::Platform::Apple)
        return {{QStringLiteral("Identifier"), app.identifier}};
    return {{QStringLiteral("packageName"), app.identifier}};
}

QString identifierOf(CatalogApp::Platform platform, const QByteArray &payloadJson)
{
    const QJsonObject o = QJsonDocument::fromJson(payloadJson).object();
    return o.value(platform == CatalogApp::Platform::Apple ? QStringLiteral("Identifier") : QStringLiteral("packageName"))
        .toString();
}

} // namespace AppInstallCommand
