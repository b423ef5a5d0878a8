#include "settings/Setting.h"

namespace {
struct Row {
    Setting setting;
    const char *key;
    QVariant defaultValue;
};

const Row &row(Setting s)
{
    static const Row rows[] = {
        {Setting::ClinicName, "clinic/name", QStringLiteral("My Clinic")},
        {Setting::IdleLockMinutes, "security/idleLockMinutes", 10},
        {Setting::EndpointHost, "endpoint/host", QStringLiteral("localhost")},
        {Setting::EndpointPort, "endpoint/port", 8443},
        {Setting::UnknownAfterDays, "compliance/unknownAfterDays", 7},
        {Setting::MfaRequiredForAdministrators, "security/mfaRequiredForAdministrators", true},
        // Random id naming this database's keychain service ("ClinicMDM:<id>"); set on first use.
        {Setting::SecretServiceId, "secrets/serviceId", QString()},
        // PEM public keys of the audit signing key, newest last (older ones verify older checkpoints).
        {Setting::AuditPublicKeys, "audit/publicKeys", QString()},
        {Setting::AuditCheckpointInterval, "audit/checkpointEvery", 100},
        {Setting::EndpointListenAddress, "endpoint/listenAddress", QStringLiteral("0.0.0.0")},
        {Setting::EndpointHostNames, "endpoint/hostNames", QString()},
        {Setting::EndpointPublicUrl, "endpoint/publicUrl", QString()},
        {Setting::EndpointCaCertificate, "endpoint/caCertificate", QString()},
        {Setting::EndpointTlsCertificate, "endpoint/tlsCertificate", QString()},
        {Setting::EndpointTlsChain, "endpoint/tlsChain", QString()},
        {Setting::EndpointTlsImported, "endpoint/tlsImported", false},
        {Setting::EndpointSelfCheck, "endpoint/selfCheck", QString()},
        {Setting::PushApnsEnvironment, "push/apnsEnvironment", QStringLiteral("production")},
        {Setting::PushApnsHost, "push/apnsHost", QString()},
        {Setting::PushApnsPort, "push/apnsPort", 443},
        {Setting::PushFcmEndpoint, "push/fcmEndpoint", QString()},
        {Setting::PushFcmTokenUri, "push/fcmTokenUri", QString()},
        {Setting::PushTrustedRootsFile, "push/trustedRootsFile", QString()},
        {Setting::FrpAdminEmails, "android/frpAdminEmails", QString()},
    };
    for (const Row &r : rows)
        if (r.setting == s)
            return r;
    Q_UNREACHABLE();
}
} // namespace

namespace SettingInfo {
QString key(Setting s) { return QString::fromLatin1(row(s).key); }
QVariant defaultValue(Setting s) { return row(s).defaultValue; }
QMetaType type(Setting s) { return row(s).defaultValue.metaType(); }
}
