#pragma once

#include <QByteArray>
#include <QVariantList>
#include <QVariantMap>

// What one policy becomes for an Apple device: a Configuration profile (InstallProfile) and the
// items of a Settings command (managed app configuration, Shared iPad sessions, organisation info),
// which Apple delivers by command rather than by profile.
struct AppleCompiledPolicy {
    QVariantMap profile;        // top-level Configuration dictionary; PayloadContent = the payloads
    QVariantList settingsItems; // Settings command "Settings" array; empty = no Settings command
    QByteArray profileXml;      // the profile as an XML plist (what InstallProfile carries)

    QVariantList payloads() const { return profile.value(QStringLiteral("PayloadContent")).toList(); }
};
