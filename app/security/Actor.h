#pragma once

#include <QString>

// Who performs an action, as the audit trail records it: a signed-in admin with a role, the
// console itself ("system"), or a device.
struct Actor {
    QString name;
    QString role;

    static Actor system() { return {QStringLiteral("system"), QStringLiteral("System")}; }
    bool isValid() const { return !name.isEmpty(); }
};
