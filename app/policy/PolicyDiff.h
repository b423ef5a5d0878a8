#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

// One setting where a policy differs from its baseline.
struct PolicyDifference {
    QString path;        // "passcode.minLength", "apps[1].managedConfiguration.fhirServer"
    QJsonValue baseline; // Undefined when the policy added it
    QJsonValue policy;   // Undefined when the policy removed it
};

// Compares two policy bodies setting by setting (nested objects and lists are walked).
namespace PolicyDiff {
QList<PolicyDifference> diff(const QJsonObject &baseline, const QJsonObject &policy);
QString display(const QJsonValue &value); // compact text for tables: 6, true, "x", [..]
}
