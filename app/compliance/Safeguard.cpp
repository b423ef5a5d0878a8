#include "compliance/Safeguard.h"

#include <QCoreApplication>

namespace {
struct Row {
    Safeguard s;
    const char *id;
    const char *reference;
    const char *title;
    const char *enforced;
    bool perDevice;
    bool addressable;
};

const QList<Row> &rows()
{
    static const QList<Row> list = {
        {Safeguard::AccessControl, "access_control", "164.312(a)(1)", QT_TRANSLATE_NOOP("Safeguard", "Access control"),
         QT_TRANSLATE_NOOP("Safeguard", "Device passcode policy (length, complexity, wipe after failed attempts); admin accounts with roles and TOTP"), true, false},
        {Safeguard::AutomaticLogoff, "automatic_logoff", "164.312(a)(2)(iii)", QT_TRANSLATE_NOOP("Safeguard", "Automatic logoff"),
         QT_TRANSLATE_NOOP("Safeguard", "Device auto-lock and shared-device session timeout; the console locks itself after inactivity"), true, true},
        {Safeguard::Encryption, "encryption", "164.312(a)(2)(iv)", QT_TRANSLATE_NOOP("Safeguard", "Encryption at rest"),
         QT_TRANSLATE_NOOP("Safeguard", "Storage encryption required and reported by every device; console secrets in the OS keychain"), true, true},
        {Safeguard::Integrity, "integrity", "164.312(c)(1)", QT_TRANSLATE_NOOP("Safeguard", "Integrity"),
         QT_TRANSLATE_NOOP("Safeguard", "Managed open-in, managed pasteboard, cross-profile limits and managed app configuration, applied by the assigned policy"), true, false},
        {Safeguard::TransmissionSecurity, "transmission_security", "164.312(e)(1)", QT_TRANSLATE_NOOP("Safeguard", "Transmission security"),
         QT_TRANSLATE_NOOP("Safeguard", "Always-on or per-app VPN profiles; TLS-only device endpoint"), true, false},
        {Safeguard::DeviceMediaControls, "device_media_controls", "164.310(d)(1)", QT_TRANSLATE_NOOP("Safeguard", "Device and media controls"),
         QT_TRANSLATE_NOOP("Safeguard", "Remote wipe: full for corporate devices, selective (work data only) for BYOD, never a full wipe of a personal device"), true, false},
        {Safeguard::SecurityUpdates, "security_updates", "164.308(a)(5)(ii)(B)", QT_TRANSLATE_NOOP("Safeguard", "Protection from malicious software"),
         QT_TRANSLATE_NOOP("Safeguard", "Minimum OS versions and Android security patch age; Android system updates installed automatically (kiosks at night); Apple updates are not scheduled"), true, true},
        {Safeguard::AuditControls, "audit_controls", "164.312(b)", QT_TRANSLATE_NOOP("Safeguard", "Audit controls"),
         QT_TRANSLATE_NOOP("Safeguard", "Every admin action and device event recorded (who, when, which device, what) in a hash chain with signed checkpoints"), false, false},
        {Safeguard::Authentication, "authentication", "164.312(d)", QT_TRANSLATE_NOOP("Safeguard", "Person or entity authentication"),
         QT_TRANSLATE_NOOP("Safeguard", "Device identity certificates bound at enrollment; admin passwords with TOTP"), false, false},
    };
    return list;
}

const Row &row(Safeguard s)
{
    for (const Row &r : rows())
        if (r.s == s)
            return r;
    return rows().first();
}
} // namespace

namespace SafeguardInfo {

QList<Safeguard> all()
{
    QList<Safeguard> out;
    for (const Row &r : rows())
        out << r.s;
    return out;
}

QList<Safeguard> perDevice()
{
    QList<Safeguard> out;
    for (const Row &r : rows())
        if (r.perDevice)
            out << r.s;
    return out;
}

QString id(Safeguard s) { return QLatin1String(row(s).id); }
QString reference(Safeguard s) { return QLatin1String(row(s).reference); }
QString title(Safeguard s) { return QCoreApplication::translate("Safeguard", row(s).title); }
QString enforcedBy(Safeguard s) { return QCoreApplication::translate("Safeguard", row(s).enforced); }
bool isAddressable(Safeguard s) { return row(s).addressable; }

} // namespace SafeguardInfo
