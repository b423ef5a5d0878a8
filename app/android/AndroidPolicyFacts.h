#pragma once

#include "fleet/Device.h"

#include <QHash>
#include <QString>
#include <QStringList>

class Database;

// What an Android device's policy acknowledgement proves, as device facts (DeviceFact): the
// console's own policy version it applied in full (the agent acknowledges the content version it
// was sent, a 63-bit hash, which is mapped back here), the settings it could not apply, and the
// auto-lock it now enforces (maximumTimeToLock of the policy it applied, unless that setting is
// among those it could not apply). The agent reports no screen timeout of its own.
namespace AndroidPolicyFacts {
// `ackedVersion`: the policy's "version" the agent acknowledged; `taken`: not FAILED; `applied`:
// APPLIED with no nonCompliance; `notApplied`: the nonCompliance settingNames.
QHash<QString, QString> fromAcknowledgement(Database &db, const Device &device, const QString &ackedVersion, bool taken, bool applied,
                                            const QStringList &notApplied);
}
