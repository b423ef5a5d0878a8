#include "security/AccountService.h"
#include "security/AuthService.h"
#include "security/Base32.h"
#include "security/FieldCipher.h"
#include "security/FirstAdminDialog.h"
#include "security/LoginDialog.h"
#include "security/MfaSetupWidget.h"
#include "security/ReauthDialog.h"
#include "security/Totp.h"

#include "TestDatabase.h"

#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace {
const QString kPassword = QStringLiteral("the clinic's admin password");

template <typename T>
T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QLatin1String(name));
    if (!c)
        qWarning("no child %s", name);
    return c;
}
} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT
private slots:
    void firstRunCreatesAdministratorWithMfa()
    {
        TestDatabase tdb;
        const QByteArray key = FieldCipher::generateKey();
        AccountService accounts(tdb.db(), key, PasswordHasher::testCost());
        FirstAdminDialog dialog(accounts);
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClicks(child<QLineEdit>(&dialog, "username"), QStringLiteral("root"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "password"), kPassword);
        QTest::keyClicks(child<QLineEdit>(&dialog, "repeat"), kPassword + QLatin1Char('x'));
        QTest::mouseClick(child<QPushButton>(&dialog, "create"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&dialog, "createError")->text().contains(QLatin1String("differ")));
        QVERIFY(!accounts.hasAdmins());

        QTest::keyClicks(child<QLineEdit>(&dialog, "password"), kPassword);
        QTest::keyClicks(child<QLineEdit>(&dialog, "repeat"), kPassword);
        QTest::mouseClick(child<QPushButton>(&dialog, "create"), Qt::LeftButton);
        QVERIFY(accounts.hasAdmins());
        auto *mfa = dialog.findChild<MfaSetupWidget *>();
        QVERIFY(mfa);
        QTRY_VERIFY(mfa->isVisible());
        QVERIFY(!child<QLabel>(mfa, "qrCode")->pixmap().isNull());
        QCOMPARE(child<QPlainTextEdit>(mfa, "recoveryCodes")->toPlainText().split(QLatin1Char('\n')).size(), 10);
        const QByteArray secret = Base32::decode(QUrlQuery(QUrl(mfa->provisioningUri()))
                                                     .queryItemValue(QStringLiteral("secret")))
                                      .value();
        QTest::keyClicks(child<QLineEdit>(mfa, "firstCode"), Totp::codeAt(secret, QDateTime::currentSecsSinceEpoch()));
        QTest::mouseClick(child<QPushButton>(mfa, "confirm"), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QVERIFY(dialog.session().isValid());
        QVERIFY(dialog.session().mfaVerified());
        QVERIFY(dialog.session().can(Permission::ManageAccounts));
    }

    void wrongPasswordShowsRetryAfterAndRightOneSignsIn()
    {
        TestDatabase tdb;
        const QByteArray key = FieldCipher::generateKey();
        AccountService accounts(tdb.db(), key, PasswordHasher::testCost());
        AuthService auth(tdb.db(), key);
        AdminSession root;
        QVERIFY(accounts.createFirstAdministrator(QStringLiteral("root"), {}, kPassword, &root));
        MfaEnrollment e;
        QVERIFY(accounts.enrollMfa(root, &e));
        const QByteArray secret = Base32::decode(e.secretBase32).value();
        qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(accounts.confirmMfa(root, Totp::codeAt(secret, now)));
        auth.setClock([&now] { return now; });

        LoginDialog dialog(auth, accounts);
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto *signIn = child<QPushButton>(&dialog, "signIn");
        QTest::keyClicks(child<QLineEdit>(&dialog, "username"), QStringLiteral("root"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "password"), QStringLiteral("not the password"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "code"), Totp::codeAt(secret, now + 30));
        QTest::mouseClick(signIn, Qt::LeftButton);
        // The password is checked on a worker thread: the click returns at once with the form busy.
        QVERIFY(dialog.isBusy());
        QVERIFY(!signIn->isEnabled());
        QVERIFY(!child<QLineEdit>(&dialog, "password")->isEnabled());
        QVERIFY(child<QLineEdit>(&dialog, "password")->text().isEmpty()); // never kept in the widget
        QTRY_VERIFY(!dialog.isBusy());
        auto *error = child<QLabel>(&dialog, "signInError");
        QVERIFY2(error->text().contains(QLatin1String("Try again in 1 second")), qPrintable(error->text()));
        QVERIFY(!signIn->isEnabled());
        QTRY_VERIFY(signIn->isEnabled()); // the countdown ends
        QCOMPARE(accepted.count(), 0);

        now += 2;
        QTest::keyClicks(child<QLineEdit>(&dialog, "password"), kPassword);
        QTest::keyClicks(child<QLineEdit>(&dialog, "code"), Totp::codeAt(secret, now + 30));
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(dialog.session().username(), QStringLiteral("root"));

        // Re-authentication for a sensitive action: a wrong code is refused, the right one accepted.
        AdminSession session = dialog.session();
        session.setAuthenticatedAt(0);
        now += 60;
        ReauthDialog reauth(auth, session, QStringLiteral("wipe a whole device"));
        reauth.show();
        QSignalSpy reauthAccepted(&reauth, &QDialog::accepted);
        QTest::keyClicks(child<QLineEdit>(&reauth, "password"), kPassword);
        QTest::keyClicks(child<QLineEdit>(&reauth, "code"), Totp::codeAt(secret, now));
        QTest::mouseClick(child<QPushButton>(&reauth, "confirm"), Qt::LeftButton);
        QVERIFY(!child<QPushButton>(&reauth, "confirm")->isEnabled()); // busy while the worker checks
        QTRY_COMPARE(reauthAccepted.count(), 1);
        QVERIFY(session.require(Permission::FullWipe, now).ok());
    }

    void lockoutIsExplained()
    {
        TestDatabase tdb;
        const QByteArray key = FieldCipher::generateKey();
        AccountService accounts(tdb.db(), key, PasswordHasher::testCost());
        AuthService auth(tdb.db(), key);
        QVERIFY(accounts.createFirstAdministrator(QStringLiteral("root"), {}, kPassword));
        qint64 now = 1'900'000'000;
        auth.setClock([&now] { return now; });
        for (int i = 0; i < AuthService::kLockoutAfterFailures - 1; ++i)
            now += auth.signIn(QStringLiteral("root"), QStringLiteral("wrong wrong wrong"), {}).retryAfterSeconds;
        LoginDialog dialog(auth, accounts);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "username"), QStringLiteral("root"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "password"), QStringLiteral("wrong again, fifth"));
        QTest::mouseClick(child<QPushButton>(&dialog, "signIn"), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isBusy());
        const QString text = child<QLabel>(&dialog, "signInError")->text();
        QVERIFY2(text.contains(QLatin1String("locked")) && text.contains(QLatin1String("15 minute")), qPrintable(text));
        QVERIFY(!child<QPushButton>(&dialog, "signIn")->isEnabled());
    }
};

QTEST_MAIN(TestLoginDialog)
#include "test_login_dialog.moc"
