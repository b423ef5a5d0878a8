#pragma once

#include <QString>

#include <optional>

// Which devices a compliance report covers: the whole fleet, one device group, one department or one
// ownership model. The id ("fleet", "group:Ward A", "department:Cardiology", "ownership:BYOD") is
// what the audit trail, the CSV and the command line carry; label() is what people read.
struct ReportScope {
    enum class Kind { Fleet, Group, Department, Ownership };
    Kind kind = Kind::Fleet;
    QString value; // group name, department or ownership (database spelling); empty for the fleet

    bool isFleet() const { return kind == Kind::Fleet; }
    QString id() const;
    QString label() const; // translated: "Whole fleet", "Group “Ward A”", ...
    static std::optional<ReportScope> fromId(const QString &id);
    bool operator==(const ReportScope &) const = default;
};
