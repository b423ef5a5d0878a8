#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// What a console view shows, as far as knowing that it changed goes. Each subject has a change
// counter bumped by database triggers (SchemaV25).
enum class ChangeSubject { Devices, Commands, Audit, Accounts, Settings, Groups, Policies };

namespace ChangeSubjects {
inline QList<ChangeSubject> all()
{
    return {ChangeSubject::Devices, ChangeSubject::Commands, ChangeSubject::Audit, ChangeSubject::Accounts,
            ChangeSubject::Settings, ChangeSubject::Groups, ChangeSubject::Policies};
}
// The name in change_counters, in the sequences' names and in NOTIFY payloads.
inline QString id(ChangeSubject s)
{
    switch (s) {
    case ChangeSubject::Devices: return QStringLiteral("devices");
    case ChangeSubject::Commands: return QStringLiteral("commands");
    case ChangeSubject::Audit: return QStringLiteral("audit");
    case ChangeSubject::Accounts: return QStringLiteral("accounts");
    case ChangeSubject::Settings: return QStringLiteral("settings");
    case ChangeSubject::Groups: return QStringLiteral("groups");
    case ChangeSubject::Policies: return QStringLiteral("policies");
    }
    return {};
}
} // namespace ChangeSubjects

Q_DECLARE_METATYPE(ChangeSubject)
