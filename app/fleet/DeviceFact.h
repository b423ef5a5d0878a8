#pragma once

#include <QString>

// The names of reported facts in device_facts. Values are text: booleans "true"/"false", sizes in
// bytes, versions as reported. Apple inventory and the Android agent both map onto these keys, and
// compliance evaluation reads only these.
namespace DeviceFact {
inline const QString Encrypted = QStringLiteral("encrypted");                 // storage encryption on
inline const QString PasscodePresent = QStringLiteral("passcode_present");
inline const QString PasscodeCompliant = QStringLiteral("passcode_compliant"); // meets the policy
inline const QString AutoLockSeconds = QStringLiteral("auto_lock_seconds");
inline const QString Supervised = QStringLiteral("supervised");                // Apple supervision
inline const QString ManagementMode = QStringLiteral("management_mode");       // device_owner, work_profile, org_owned_work_profile, user_enrollment, device_enrollment
inline const QString SecurityPatch = QStringLiteral("security_patch");         // Android YYYY-MM-DD
inline const QString OsVersion = QStringLiteral("os_version");
inline const QString OsVersionSince = QStringLiteral("os_version_since");     // epoch seconds the device first reported its os_version
inline const QString BuildVersion = QStringLiteral("build_version");
inline const QString Model = QStringLiteral("model");
inline const QString ModelName = QStringLiteral("model_name");
inline const QString Serial = QStringLiteral("serial");
inline const QString Imei = QStringLiteral("imei");
inline const QString CapacityBytes = QStringLiteral("capacity_bytes");
inline const QString AvailableBytes = QStringLiteral("available_bytes");
inline const QString PolicyVersion = QStringLiteral("policy_version");         // the console's policy version the device applied in full
inline const QString PolicyNonCompliance = QStringLiteral("policy_non_compliance"); // settings the device could not apply (AMAPI names, comma-separated; "" = none)
inline const QString KioskActive = QStringLiteral("kiosk_active");
inline const QString VpnAlwaysOn = QStringLiteral("vpn_always_on");
inline const QString LostMode = QStringLiteral("lost_mode");                  // Apple MDM Lost Mode on
} // namespace DeviceFact
