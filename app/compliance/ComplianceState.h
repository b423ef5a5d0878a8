#pragma once

#include <QCoreApplication>
#include <QString>

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
