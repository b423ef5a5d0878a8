#pragma once

#include "fleet/DeviceTypes.h"

#include <QList>
#include <QStringList>

// The one definition of what the console never learns about a phone and never does to a personal
// (BYOD) one. The places that enforce it read it from here (AgentProtocol::privacyFields for the
// Android check-in, AppleCommandBuilder and AppleInventoryIngester for Apple app lists,
// DeviceCommandService for erase), and so does PrivacyManifestBuilder, which tells the clinician:
// what the manifest says and what is enforced cannot drift apart.
namespace PrivacyBoundary {

// What a piece of personal data is, in the clinician's terms.
enum class Topic { Location, PersonalApps, PersonalAccounts, Photos, Messages, Browsing, PersonalEmail, Passcode };

// Android check-in fields dropped before anything is stored, whatever the device (the count is
// audited as privacy.dropped). The very list AgentProtocol::privacyFields() returns.
const QStringList &neverStoredFields();
Topic topicOf(const QString &neverStoredField);
// The topics of neverStoredFields(), each once, in list order.
QList<Topic> neverStoredTopics();
// Personal content no management protocol (Apple MDM, the Android agent) can reach at all.
QList<Topic> beyondManagementReach();

// Apple InstalledApplicationList: a personal device is asked about the clinic's (managed) apps only.
bool asksManagedAppsOnly(Ownership ownership);
// Whether an app the device reported may enter the inventory: on a personal device, managed ones only.
bool keepsApp(Ownership ownership, bool managed);
// Whether the console learns the device's whole app list (personal apps included).
bool inventoriesAllApps(Platform platform, Ownership ownership);
// A personal device is never erased, whoever asks: only the clinic's apps and data are removed.
bool mayEraseDevice(Ownership ownership);
// Where the console may learn a location at all: a clinic-owned, supervised iPhone or iPad that IT
// has put in Lost Mode. Never a personal device, never an Android agent (location is never stored).
bool mayLocateInLostMode(Platform platform, Ownership ownership);

// One line for the device pane: what IT cannot see or do on a personal phone ("" for clinic devices).
QString summary(Ownership ownership);
}
