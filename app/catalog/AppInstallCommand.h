#pragma once

#include "catalog/CatalogApp.h"

#include <QByteArray>
#include <QJsonObject>

// The install and removal commands for a catalog app, in each platform's own terms: Apple's
// InstallApplication / RemoveApplication (the payload is the command dictionary without
// RequestType) and the Android agent's INSTALL_APP / REMOVE_APP.
namespace AppInstallCommand {
QString installRequestType(CatalogApp::Platform platform);
QString removeRequestType(CatalogApp::Platform platform);
// `apkUrl`: where the device downloads an APK the console serves (Android, source apk).
QJsonObject installPayload(const CatalogApp &app, const QString &apkUrl = {});
QJsonObject removePayload(const CatalogApp &app);
// Android Play apps are not commands: the device's policy lists them (applications[], with the
// managed configuration) and the agent installs what its policy asks for.
bool deliveredByPolicy(const CatalogApp &app);
// The Android Management API ApplicationPolicy of a catalog app.
QJsonObject policyApplication(const CatalogApp &app);
// The app a stored install/remove payload is about.
QString identifierOf(CatalogApp::Platform platform, const QByteArray &payloadJson);
}
