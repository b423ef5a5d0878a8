#pragma once

#include <QList>
#include <QString>

// The HIPAA Security Rule safeguards the console evaluates and reports (DESIGN.md's table, plus
// protection from malicious software for OS update deadlines). Per-device safeguards are evaluated
// from each device's reported facts; the console-wide ones (audit controls, authentication) from
// the console's own evidence.
enum class Safeguard {
    AccessControl,
    AutomaticLogoff,
    Encryption,
    Integrity,
    TransmissionSecurity,
    DeviceMediaControls,
    SecurityUpdates,
    AuditControls,
    Authentication,
};

namespace SafeguardInfo {
QList<Safeguard> all();
QList<Safeguard> perDevice();          // evaluated device by device
QString id(Safeguard s);               // stable: "access_control" (snapshots, CSV)
QString reference(Safeguard s);        // "164.312(a)(1)"
QString title(Safeguard s);            // translated: "Access control"
QString enforcedBy(Safeguard s);       // translated: what the console enforces for it
bool isAddressable(Safeguard s);       // addressable implementation specification
}
