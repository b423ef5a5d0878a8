#pragma once

#include <QString>
#include <QVariant>

// Every console setting, with its stored name and default: the one table to read when adding one.
enum class Setting {
    ClinicName,
    IdleLockMinutes,
    EndpointHost,
    EndpointPort,
    UnknownAfterDays,
    MfaRequiredForAdministrators,
    SecretServiceId,
    AuditPublicKeys,
    AuditCheckpointInterval,
    PushApnsEnvironment,   // production or sandbox
    PushApnsHost,          // empty: Apple's host for the environment; tests point it at loopback
    PushApnsPort,
    PushFcmEndpoint,       // empty: https://fcm.googleapis.com
    PushFcmTokenUri,       // empty: the service account's token_uri
    PushTrustedRootsFile,  // empty: the system's roots; else a PEM file of the only roots push servers may chain to
};

namespace SettingInfo {
QString key(Setting s);
QVariant defaultValue(Setting s);
QMetaType type(Setting s);
}
