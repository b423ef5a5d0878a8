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
};

namespace SettingInfo {
QString key(Setting s);
QVariant defaultValue(Setting s);
QMetaType type(Setting s);
}
