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
    // The device endpoint (EndpointHost is its main public host name, EndpointPort its port).
    EndpointListenAddress,
    EndpointHostNames,        // more names and IP addresses for the TLS certificate, comma-separated
    EndpointPublicUrl,        // what devices are told; empty: https://<host>:<port>
    EndpointCaCertificate,    // internal: the console CA's certificate, PEM (its key: secret store)
    EndpointTlsCertificate,   // internal: the endpoint's TLS certificate, PEM (its key: secret store)
    EndpointTlsChain,         // internal: the certificates between it and its root, PEM
    EndpointTlsImported,      // internal: true when the TLS certificate was imported, not issued here
    EndpointSelfCheck,        // internal: the last reachability self-check, JSON {url, ok, at, outcome}
    PushApnsEnvironment,   // production or sandbox
    PushApnsHost,          // empty: Apple's host for the environment; tests point it at loopback
    PushApnsPort,
    PushFcmEndpoint,       // empty: https://fcm.googleapis.com
    PushFcmTokenUri,       // empty: the service account's token_uri
    PushTrustedRootsFile,  // empty: the system's roots; else a PEM file of the only roots push servers may chain to
    FrpAdminEmails,        // Google accounts that may unlock a clinic Android device after a factory reset, comma-separated
};

namespace SettingInfo {
QString key(Setting s);
QVariant defaultValue(Setting s);
QMetaType type(Setting s);
}
