#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Everything one device policy can ask of a phone or tablet, platform-neutral. Plain data: the
// compilers (AppleProfileCompiler, AndroidPolicyCompiler) turn it into what each platform applies,
// PolicyJson (de)serialises and validates it, ComplianceEvaluator reads what it requires.
enum class PasscodeComplexity { None, Numeric, Alphanumeric, Complex };

struct PasscodeRules {
    bool required = true;
    int minLength = 6;             // 0..16
    PasscodeComplexity complexity = PasscodeComplexity::Numeric;
    int maxFailedAttempts = 10;    // wipe after this many; 0 = never wipe, else 2..11
    int history = 0;               // 0..50 earlier passcodes that may not be reused
    int maxAgeDays = 0;            // 0 = no expiry, else 1..730
};

struct VpnSettings {
    bool alwaysOn = false;
    QString server;                // hostname of the clinic's VPN gateway
    QString androidPackage;        // the Android VPN client app (always-on package)
    bool perAppVpn = false;        // tunnel only the apps marked perAppVpn below
};

// Each flag restricts: true = the limit is in force.
struct DataSharingLimits {
    bool managedOpenIn = true;          // documents never leave managed apps
    bool managedPasteboard = true;      // no copy from managed to unmanaged apps
    bool blockCrossProfileCopyPaste = true;
    bool blockScreenshots = false;
};

struct AppAssignment {
    QString name;
    QString appleBundleId;
    QString androidPackage;
    bool required = true;               // installed silently; false: available on request
    bool perAppVpn = false;
    QJsonObject managedConfiguration;   // e.g. the FHIR server URL
};

struct KioskBranding {
    QString logo;                       // URL or resource path of the clinic logo
    QString department;
    QString supportContact;
};

struct KioskSettings {
    bool enabled = false;
    QString appleBundleId;              // the single app
    QString androidPackage;
    QStringList urlAllowlist;           // everything else is blocked
    bool factoryResetProtection = false;
    KioskBranding branding;
};

struct SharedDeviceSettings {
    bool enabled = false;
    int sessionTimeoutMinutes = 0;      // 0 = none, else 1..1440
    bool clearDataOnSignOut = false;
};

struct OsUpdateRules {
    QString minimumAppleVersion;        // e.g. "17.0"; empty = no minimum
    QString minimumAndroidVersion;      // e.g. "13"
    int deadlineDays = 0;               // days a device has to install an update once required
    int maxSecurityPatchAgeDays = 0;    // Android: oldest acceptable patch level; 0 = not checked
};

// A decision on an addressable HIPAA implementation specification, with its reason.
struct AddressableDecision {
    QString specification;              // e.g. "Encryption and decryption"
    QString reference;                  // e.g. "164.312(a)(2)(iv)"
    QString decision;                   // "Implemented", "Alternative measure", "Not reasonable"
    QString rationale;
};

struct PolicySettings {
    PasscodeRules passcode;
    int autoLockMinutes = 5;            // 0 = not enforced, else 1..15
    bool encryptionRequired = true;
    VpnSettings vpn;
    DataSharingLimits dataSharing;
    bool cameraAllowed = true;
    QList<AppAssignment> apps;
    KioskSettings kiosk;
    SharedDeviceSettings sharedDevice;
    OsUpdateRules osUpdates;
    QList<AddressableDecision> addressable;
};
