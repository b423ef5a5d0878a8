#pragma once

#include <QHash>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

// What an Apple device's answers about configuration profiles prove, as device facts (DeviceFact).
// An acknowledged InstallProfile of a policy's main profile: the console's policy version is
// installed, and with it the passcode payload's maxInactivity, which iOS enforces as the longest
// auto-lock the user may choose. A ProfileList without any policy profile: no policy runs.
namespace AppleProfileFacts {
// `command`: the InstallProfile command as queued (PolicyDelivery::installProfilePayload).
QHash<QString, QString> fromInstalledProfile(const QVariantMap &command);
bool hasPolicyProfile(const QVariantList &profileList);
}
