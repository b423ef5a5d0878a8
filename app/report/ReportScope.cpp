#include "report/ReportScope.h"

#include <QCoreApplication>

namespace {
constexpr std::pair<ReportScope::Kind, const char *> kPrefixes[] = {
    {ReportScope::Kind::Group, "group"}, {ReportScope::Kind::Department, "department"}, {ReportScope::Kind::Ownership, "ownership"}};
}

QString ReportScope::id() const
{
    for (const auto &[k, prefix] : kPrefixes)
        if (k == kind)
            return QStringLiteral("%1:%2").arg(QLatin1String(prefix), value);
    return QStringLiteral("fleet");
}

QString ReportScope::label() const
{
    switch (kind) {
    case Kind::Fleet: return QCoreApplication::translate("ReportScope", "Whole fleet");
    case Kind::Group: return QCoreApplication::translate("ReportScope", "Group “%1”").arg(value);
    case Kind::Department: return QCoreApplication::translate("ReportScope", "Department “%1”").arg(value);
    case Kind::Ownership: return QCoreApplication::translate("ReportScope", "Ownership %1").arg(value);
    }
    return {};
}

std::optional<ReportScope> ReportScope::fromId(const QString &id)
{
    if (id == QLatin1String("fleet") || id.isEmpty())
        return ReportScope{};
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == id.size() - 1)
        return std::nullopt;
    for (const auto &[k, prefix] : kPrefixes)
        if (id.left(colon) == QLatin1String(prefix))
            return ReportScope{k, id.mid(colon + 1)};
    return std::nullopt;
}
