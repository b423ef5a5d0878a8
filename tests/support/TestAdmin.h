#pragma once

#include "db/Database.h"
#include "security/AccountService.h"
#include "security/AdminSession.h"
#include "security/FieldCipher.h"
#include "settings/SettingsRepository.h"

#include <QHash>
#include <QTest>

// Admin accounts for command-line tests: created through the engine in the test's database, with a
// cheap Argon2 cost (the hash carries its cost, so the real executable verifies it as usual).
// Administrators here sign in without MFA (the setting is turned
// off in the test database); test_cli_admin covers MFA itself.
namespace TestAdmin {

inline const QString &password()
{
    static const QString p = QStringLiteral("test admin password 12345");
    return p;
}

// Creates `username` with `role` (the first call also creates the Administrator "test-root").
inline bool create(Database &db, const QString &username, Role role)
{
    // These admins have no MFA, so no TOTP secret is ever sealed: any key will do.
    AccountService accounts(db, FieldCipher::generateKey(), PasswordHasher::testCost());
    AdminSession root;
    if (!accounts.hasAdmins()) {
        SettingsRepository(db).setValue(Setting::MfaRequiredForAdministrators, false);
        if (!accounts.createFirstAdministrator(QStringLiteral("test-root"), {}, password(), &root))
            return false;
    } else {
        root = AdminSession(&db, 1, QStringLiteral("test-root"), Role::Administrator, true);
    }
    if (username == QLatin1String("test-root"))
        return true;
    return accounts.addAdmin(root, username, {}, role, password()).ok();
}

// Global options and environment that sign `username` in on the command line.
inline QStringList signInArgs(const QString &username) { return {QStringLiteral("--user"), username}; }
inline QHash<QString, QString> signInEnv() { return {{QStringLiteral("CLINICMDM_PASSWORD"), password()}}; }

} // namespace TestAdmin
