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
