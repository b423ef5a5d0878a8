#include "audit/AuditLog.h"
#include "security/AccountService.h"
#include "security/AdminSession.h"
#include "security/AuthService.h"
#include "security/Base32.h"
#include "security/FieldCipher.h"
#include "security/RecoveryCodes.h"
#include "security/Totp.h"
#include "settings/SettingsRepository.h"

#include "TestDatabase.h"

#include <QFile>
#include <QTest>

namespace {
const QString kRootPassword = QStringLiteral("Tr0ub4dor&3-horse-staple");
const QString kTechPassword = QStringLiteral("technician pass phrase 7");

QStringList actions(Database &db)
{
    QStringList out;
    for (const AuditEvent &e : AuditLog(db).events(0, 100000))
        out << e.action + QLatin1Char('/') + e.outcome;
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestAccountService : public QObject
{
    Q_OBJECT

    struct Fixture {
        TestDatabase tdb;
        QByteArray key = FieldCipher::generateKey();
        qint64 now = 1'800'000'000;
        AccountService accounts{tdb.db(), key, PasswordHasher::testCost()};
        AuthService auth{tdb.db(), key};
        AdminSession root;
        QByteArray rootSecret;
        MfaEnrollment rootEnrollment;

        Fixture()
        {
            accounts.setClock([this] { return now; });
            auth.setClock([this] { return now; });
        }
        QString code() const { return Totp::codeAt(rootSecret, now); }
        // First Administrator with MFA confirmed, signed in as `root`.
        void createRoot()
        {
            const Status created = accounts.createFirstAdministrator(QStringLiteral("root"), QStringLiteral("Dr Root"),
                                                                     kRootPassword, &root);
            QVERIFY2(created.ok(), qPrintable(created.message()));
            QVERIFY(root.mfaEnrollmentPending());
            QVERIFY(accounts.enrollMfa(root, &rootEnrollment));
            rootSecret = Base32::decode(rootEnrollment.secretBase32).value();
            QVERIFY(accounts.confirmMfa(root, Totp::codeAt(rootSecret, now)));
            QVERIFY(!root.mfaEnrollmentPending());
            now += 30;
        }
    };

private slots:
    void firstAdministratorOnlyOnce()
    {
        Fixture f;
        QVERIFY(!f.accounts.hasAdmins());
        QCOMPARE(f.accounts.createFirstAdministrator(QStringLiteral("root"), {}, QStringLiteral("short")).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(f.accounts.createFirstAdministrator(QStringLiteral("bad name!"), {}, kRootPassword).code(),
                 ErrorCode::InvalidInput);
        QVERIFY(!f.accounts.hasAdmins()); // bad input changed nothing
        f.createRoot();
        QVERIFY(f.accounts.hasAdmins());
        const Status again = f.accounts.createFirstAdministrator(QStringLiteral("mallory"), {}, kRootPassword);
        QCOMPARE(again.code(), ErrorCode::Conflict);
        QList<AdminUser> admins;
        QVERIFY(f.accounts.listAdmins(f.root, &admins));
        QCOMPARE(admins.size(), 1);
        QCOMPARE(admins.first().role, Role::Administrator);
        QVERIFY(admins.first().mfaEnabled);
        QVERIFY(admins.first().passwordHash.isEmpty()); // listing never hands out hashes
    }

    void mfaRequiredForAdministratorsAndConfirmedBeforeUse()
    {
        Fixture f;
        AdminSession s;
        QVERIFY(f.accounts.createFirstAdministrator(QStringLiteral("root"), {}, kRootPassword, &s));
        // Signed in but nothing allowed until MFA is set up.
        SignInResult r = f.auth.signIn(QStringLiteral("root"), kRootPassword, {});
        QVERIFY2(r.ok(), qPrintable(r.status.message()));
        QVERIFY(r.session.mfaEnrollmentPending());
        QCOMPARE(r.session.require(Permission::ViewFleet).code(), ErrorCode::PermissionDenied);
        MfaEnrollment e;
        QVERIFY(f.accounts.enrollMfa(r.session, &e));
        QCOMPARE(e.recoveryCodes.size(), 10);
        QVERIFY(e.provisioningUri.startsWith(QLatin1String("otpauth://totp/ClinicMDM:root?secret=") + e.secretBase32));
        const QByteArray secret = Base32::decode(e.secretBase32).value();
        QCOMPARE(f.accounts.confirmMfa(r.session, QStringLiteral("000000") == Totp::codeAt(secret, f.now)
                                                      ? QStringLiteral("111111") : QStringLiteral("000000")).code(),
                 ErrorCode::AuthenticationFailed);
        QVERIFY(r.session.mfaEnrollmentPending());
        QVERIFY(f.accounts.confirmMfa(r.session, Totp::codeAt(secret, f.now)));
        QVERIFY(r.session.can(Permission::ViewFleet));
        QCOMPARE(f.accounts.enrollMfa(r.session, &e).code(), ErrorCode::Conflict); // no silent re-enrolment

        // From now on a code is needed, and the code just used for confirmation cannot be replayed.
        QCOMPARE(f.auth.signIn(QStringLiteral("root"), kRootPassword, {}).status.code(), ErrorCode::AuthenticationFailed);
        QVERIFY(!f.auth.signIn(QStringLiteral("root"), kRootPassword, Totp::codeAt(secret, f.now)).ok());
        f.now += 60; // the refused replay counted as a failure: let its delay pass
        r = f.auth.signIn(QStringLiteral("root"), kRootPassword, Totp::codeAt(secret, f.now));
        QVERIFY2(r.ok(), qPrintable(r.status.message()));
        QVERIFY(r.session.mfaVerified());
        QVERIFY(!f.auth.signIn(QStringLiteral("root"), kRootPassword, Totp::codeAt(secret, f.now)).ok());

        // With the setting off, an Administrator without MFA is not held back.
        QVERIFY(SettingsRepository(f.tdb.db()).setValue(Setting::MfaRequiredForAdministrators, false));
        QVERIFY(f.accounts.resetMfa(r.session, QStringLiteral("root")));
        f.now += 60;
        r = f.auth.signIn(QStringLiteral("root"), kRootPassword, {});
        QVERIFY(r.ok() && !r.session.mfaEnrollmentPending());
    }

    void growingDelayThenLockout()
    {
        Fixture f;
        f.createRoot();
        QList<int> delays;
        for (int i = 0; i < 5; ++i) {
            const SignInResult r = f.auth.signIn(QStringLiteral("root"), QStringLiteral("wrong password!"), f.code());
            QCOMPARE(r.status.code(), ErrorCode::AuthenticationFailed);
            delays << r.retryAfterSeconds;
            // While the delay runs even the right password is refused, and it does not count.
            const SignInResult early = f.auth.signIn(QStringLiteral("root"), kRootPassword, f.code());
            QVERIFY(!early.ok());
            QCOMPARE(early.retryAfterSeconds, r.retryAfterSeconds);
            if (i < 4)
                f.now += r.retryAfterSeconds;
        }
        QCOMPARE(delays, (QList<int>{1, 2, 4, 8, AuthService::kLockoutSeconds}));
        QVERIFY(actions(f.tdb.db()).contains(QStringLiteral("admin.lockout/success")));
        f.now += AuthService::kLockoutSeconds - 1;
        SignInResult r = f.auth.signIn(QStringLiteral("root"), kRootPassword, f.code());
        QVERIFY(r.lockedOut);
        QCOMPARE(r.retryAfterSeconds, 1);
        QVERIFY2(r.status.message().contains(QLatin1String("locked")), qPrintable(r.status.message()));
        f.now += 1;
        r = f.auth.signIn(QStringLiteral("root"), kRootPassword, f.code());
        QVERIFY2(r.ok(), qPrintable(r.status.message()));
        // Success cleared the counter: the next failure starts at the first delay again.
        f.now += 30;
        QCOMPARE(f.auth.signIn(QStringLiteral("root"), QStringLiteral("wrong password!"), f.code()).retryAfterSeconds, 1);
    }

    void disabledAndUnknownAccountsRefused()
    {
        Fixture f;
        f.createRoot();
        QVERIFY(f.accounts.addAdmin(f.root, QStringLiteral("tina"), QStringLiteral("Tina T"), Role::Technician,
                                    kTechPassword));
        QCOMPARE(f.accounts.addAdmin(f.root, QStringLiteral("tina"), {}, Role::Auditor, kTechPassword).code(),
                 ErrorCode::Conflict);
        SignInResult tina = f.auth.signIn(QStringLiteral("tina"), kTechPassword, {});
        QVERIFY2(tina.ok(), qPrintable(tina.status.message())); // MFA is optional for Technicians
        QVERIFY(!tina.session.mfaEnrollmentPending());
        QCOMPARE(f.accounts.addAdmin(tina.session, QStringLiteral("eve"), {}, Role::Administrator, kTechPassword).code(),
                 ErrorCode::PermissionDenied);
        QCOMPARE(tina.session.require(Permission::FullWipe).code(), ErrorCode::PermissionDenied);
        QCOMPARE(tina.session.require(Permission::ManageSettings).code(), ErrorCode::PermissionDenied);

        QVERIFY(f.accounts.setDisabled(f.root, QStringLiteral("tina"), true));
        const SignInResult refused = f.auth.signIn(QStringLiteral("tina"), kTechPassword, {});
        QCOMPARE(refused.status.code(), ErrorCode::AuthenticationFailed);
        QVERIFY(refused.status.message().contains(QLatin1String("disabled")));
        QCOMPARE(f.auth.signIn(QStringLiteral("nobody"), kTechPassword, {}).status.code(), ErrorCode::AuthenticationFailed);

        // The last Administrator cannot lock the console out of administration.
        QCOMPARE(f.accounts.setRole(f.root, QStringLiteral("root"), Role::Auditor).code(), ErrorCode::Conflict);
        QCOMPARE(f.accounts.setDisabled(f.root, QStringLiteral("root"), true).code(), ErrorCode::Conflict);
        QVERIFY(f.accounts.setRole(f.root, QStringLiteral("tina"), Role::Auditor));
        QCOMPARE(f.accounts.setRole(f.root, QStringLiteral("ghost"), Role::Auditor).code(), ErrorCode::NotFound);
    }

    void recoveryCodeWorksOnce()
    {
        Fixture f;
        f.createRoot();
        const QString code = f.rootEnrollment.recoveryCodes.at(3);
        SignInResult r = f.auth.signIn(QStringLiteral("root"), kRootPassword, code.toLower());
        QVERIFY2(r.ok(), qPrintable(r.status.message()));
        r = f.auth.signIn(QStringLiteral("root"), kRootPassword, code);
        QVERIFY(!r.ok());
        QCOMPARE(AdminRepository(f.tdb.db()).unusedRecoveryCodes(f.root.adminId()), 9);
    }

    void reauthenticationForSensitiveActions()
    {
        Fixture f;
        f.createRoot();
        f.now += AdminSession::kReauthWindowSeconds + 1;
        QCOMPARE(f.accounts.addAdmin(f.root, QStringLiteral("ann"), {}, Role::Auditor, kTechPassword).code(),
                 ErrorCode::AuthenticationFailed);
        QVERIFY(!f.auth.reauthenticate(f.root, kRootPassword, QStringLiteral("12")).ok());
        f.now += 2;
        QVERIFY(f.auth.reauthenticate(f.root, kRootPassword, f.code()).ok());
        QVERIFY(f.accounts.addAdmin(f.root, QStringLiteral("ann"), {}, Role::Auditor, kTechPassword));
    }

    void idleUnlockNeedsThePasswordOnly()
    {
        Fixture f;
        f.createRoot();
        f.root.setAuthenticatedAt(f.now - 1000);
        SignInResult r = f.auth.unlock(f.root, QStringLiteral("not it at all"));
        QCOMPARE(r.retryAfterSeconds, 1); // throttled like any other attempt
        f.now += 1;
        r = f.auth.unlock(f.root, kRootPassword);
        QVERIFY2(r.ok(), qPrintable(r.status.message()));
        QCOMPARE(f.root.authenticatedAt(), f.now - 1001); // not a fresh confirmation for sensitive actions
        const QStringList a = actions(f.tdb.db());
        QVERIFY(a.contains(QStringLiteral("admin.unlock/success")));
        QVERIFY(a.contains(QStringLiteral("admin.unlock.failed/failure")));
    }

    void everyEventAuditedAndNoSecretInTheDatabase()
    {
        Fixture f;
        f.createRoot();
        QVERIFY(f.accounts.addAdmin(f.root, QStringLiteral("tina"), {}, Role::Technician, kTechPassword));
        QVERIFY(f.auth.signIn(QStringLiteral("root"), kRootPassword, f.code()).ok());
        const QString usedCode = f.code();
        f.now += 30;
        QVERIFY(!f.auth.signIn(QStringLiteral("tina"), QStringLiteral("a wrong password"), {}).ok());
        QVERIFY(f.accounts.setRole(f.root, QStringLiteral("tina"), Role::Auditor));
        QVERIFY(f.accounts.setDisabled(f.root, QStringLiteral("tina"), true));
        QVERIFY(f.accounts.resetMfa(f.root, QStringLiteral("tina")));
        QVERIFY(!f.root.require(Permission::FullWipe, f.now + 100000));
        AdminSession tech(&f.tdb.db(), 99, QStringLiteral("x"), Role::Technician, false);
        QVERIFY(!tech.require(Permission::ManageSettings));

        const QStringList a = actions(f.tdb.db());
        for (const char *expected : {"admin.create/success", "admin.mfa.enroll/started", "admin.mfa.enroll/success",
                                     "admin.signin/success", "admin.signin.failed/failure", "admin.role/success",
                                     "admin.disable/success", "admin.mfa.reset/success", "access.denied/refused"})
            QVERIFY2(a.contains(QLatin1String(expected)), expected);

        f.tdb.db().connection().commit();
        QByteArray bytes = fileBytes(f.tdb.path()) + fileBytes(f.tdb.path() + QStringLiteral("-wal"));
        QVERIFY(bytes.size() > 4096);
        QVERIFY(bytes.contains("admin.signin")); // the search does see the audit rows
        for (const QString &secret : {kRootPassword, kTechPassword, QStringLiteral("a wrong password"),
                                      f.rootEnrollment.secretBase32})
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY(!bytes.contains(f.rootSecret));
        for (const QString &rc : f.rootEnrollment.recoveryCodes) {
            QVERIFY(!bytes.contains(rc.toUtf8()));
            QVERIFY(!bytes.contains(RecoveryCodes::normalize(rc).toUtf8()));
        }
        for (const AuditEvent &e : AuditLog(f.tdb.db()).events())
            QVERIFY2(!e.details.contains(usedCode), qPrintable(e.details));
    }
};

QTEST_GUILESS_MAIN(TestAccountService)
#include "test_account_service.moc"
