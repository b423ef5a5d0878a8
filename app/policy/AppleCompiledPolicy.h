#pragma once

#include <QByteArray>
#include <QVariantList>
#include <QVariantMap>

// What one policy becomes for an Apple device: a Configuration profile (InstallProfile) and the
// items of a Settings command (managed app configuration, Shared iPad sessions, organisation info),
// which Apple delivers by command rather than by profile. A kiosk's App Lock travels in a profile
// of its own (kioskProfile), so maintenance can remove exactly the single-app lock and nothing else.
struct AppleCompiledPolicy {
    QVariantMap profile;        // top-level Configuration dictionary; PayloadContent = the payloads
    QVariantList settingsItems; // Settings command "Settings" array; empty = no Settings command
    QByteArray profileXml;      // the profile as an XML plist (what InstallProfile carries)
    QVariantMap kioskProfile;   // empty when the policy has no Apple kiosk
    QByteArray kioskProfileXml;
    QString kioskProfileIdentifier; // what RemoveProfile names to leave kiosk mode
    QVariantMap supervisedProfile;  // empty when the policy asks nothing supervised-only
    QByteArray supervisedProfileXml;
    QString supervisedProfileIdentifier;

    QVariantList payloads() const { return profile.value(QStringLiteral("PayloadContent")).toList(); }
    QVariantList kioskPayloads() const { return kioskProfile.value(QStringLiteral("PayloadContent")).toList(); }
    QVariantList supervisedPayloads() const { return supervisedProfile.value(QStringLiteral("PayloadContent")).toList(); }
};
