#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

enum class ComplianceState { Compliant, NonCompliant, Unknown };

namespace ComplianceStateInfo {
inline QString id(ComplianceState s)
{
    switch (s) {
    case ComplianceState::Compliant: return QStringLiteral("compliant");
    case ComplianceState::NonCompliant: return QStringLiteral("non_compliant");
    case ComplianceState::Unknown: return QStringLiteral("unknown");
    }
    return {};
}
inline std::optional<ComplianceState> fromId(const QString &id)
{
    for (ComplianceState s : {ComplianceState::Compliant, ComplianceState::NonCompliant, ComplianceState::Unknown})
        if (ComplianceStateInfo::id(s) == id)
            return s;
    return std::nullopt;
}
inline QString displayName(ComplianceState s)
{
    switch (s) {
    case ComplianceState::Compliant: return QCoreApplication::translate("ComplianceState", "Compliant");
    case ComplianceState::NonCompliant: return QCoreApplication::translate("ComplianceState", "Non-compliant");
    case ComplianceState::Unknown: return QCoreApplication::translate("ComplianceState", "Unknown");
    }
    return {};
}
}
