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
    // The agent's INSTALL_APP (agent-protocol.schema.json): an APK the device downloads and checks.
    // Play apps and their managed configuration travel in the device's policy instead.
    return {{QStringLiteral("packageName"), app.identifier},
            {QStringLiteral("downloadUrl"), apkUrl},
            {QStringLiteral("sha256"), app.apkSha256}};
}

bool deliveredByPolicy(const CatalogApp &app)
{
    return app.platform == CatalogApp::Platform::Android && app.source != CatalogApp::Source::Apk;
}

QJsonObject policyApplication(const CatalogApp &app)
{
    QJsonObject o{{QStringLiteral("packageName"), app.identifier}, {QStringLiteral("installType"), QStringLiteral("FORCE_INSTALLED")}};
    if (!app.configValues.isEmpty())
        o.insert(QStringLiteral("managedConfiguration"), app.configValues);
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
