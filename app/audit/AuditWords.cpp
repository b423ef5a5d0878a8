#include "audit/AuditWords.h"

#include "security/Role.h"

#include <QCoreApplication>

namespace {
struct Word {
    const char *stored;
    const char *shown;
};

QString lookUp(const char *context, std::initializer_list<Word> words, const QString &stored)
{
    for (const Word &w : words)
        if (stored == QLatin1String(w.stored))
            return QCoreApplication::translate(context, w.shown);
    return stored; // a value from a newer version: shown as stored rather than hidden
}
} // namespace

namespace AuditWords {

QString roleName(const QString &storedRole)
{
    if (const std::optional<Role> role = RoleInfo::fromName(storedRole))
        return RoleInfo::displayName(*role);
    return lookUp("AuditWords",
                  {{"System", QT_TRANSLATE_NOOP("AuditWords", "System")},
                   {"Endpoint", QT_TRANSLATE_NOOP("AuditWords", "Endpoint")},
                   {"Device", QT_TRANSLATE_NOOP("AuditWords", "Device")}},
                  storedRole);
}

QString outcomeName(const QString &storedOutcome)
{
    return lookUp("AuditWords",
                  {{"success", QT_TRANSLATE_NOOP("AuditWords", "success")},
                   {"failure", QT_TRANSLATE_NOOP("AuditWords", "failure")},
                   {"refused", QT_TRANSLATE_NOOP("AuditWords", "refused")},
                   {"requested", QT_TRANSLATE_NOOP("AuditWords", "requested")},
                   {"accepted", QT_TRANSLATE_NOOP("AuditWords", "accepted")}},
                  storedOutcome);
}

} // namespace AuditWords
