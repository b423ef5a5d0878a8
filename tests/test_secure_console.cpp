#include "MainWindow.h"
#include "NavigationList.h"
#include "security/FieldCipher.h"
#include "security/FirstAdminDialog.h"
#include "security/IdleLock.h"
#include "security/LockScreen.h"
#include "security/LoginDialog.h"
#include "security/SecureConsole.h"
#include "settings/SettingsRepository.h"

#include "TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString kPassword = QStringLiteral("console admin password");

template <typename T>
T *topLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    return nullptr;
}
} // namespace

class TestSecureConsole : public QObject
{
    Q_OBJECT
private slots:
    void firstRunAsksForTheFirstAdministrator()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        console.start();
        QTRY_VERIFY(topLevel<FirstAdminDialog>());
        QVERIFY(!topLevel<LoginDialog>());
        QVERIFY(!console.window());
        topLevel<FirstAdminDialog>()->close();
    }

    void technicianDoesNotSeeSettingsOrAudit()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        QVERIFY(SettingsRepository(tdb.db()).setValue(Setting::MfaRequiredForAdministrators, false));
        AdminSession root;
        QVERIFY(console.accounts().createFirstAdministrator(QStringLiteral("root"), {}, kPassword, &root));
        QVERIFY(console.accounts().addAdmin(root, QStringLiteral("tina"), {}, Role::Technician, kPassword));
        console.start();
        QTRY_VERIFY(topLevel<LoginDialog>());
        LoginDialog *login = topLevel<LoginDialog>();
        QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("username")), QStringLiteral("tina"));
        QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("password")), kPassword);
        QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("signIn")), Qt::LeftButton);
        QVERIFY(console.window());
        auto *navigation = console.window()->findChild<NavigationList *>();
        QVERIFY(navigation);
        auto hidden = [&](const char *key) { return navigation->item(navigation->rowOfKey(QLatin1String(key)))->isHidden(); };
        QVERIFY(hidden("settings"));
        QVERIFY(hidden("audit"));
        QVERIFY(hidden("policies"));
        QVERIFY(!hidden("devices"));
        QVERIFY(!hidden("enrollment"));
        QVERIFY(console.window()->findChild<QLabel *>(QStringLiteral("signedInAdmin"))->text().contains(QLatin1String("Technician")));
        // The engine refuses regardless of what the window shows.
        QCOMPARE(console.session().require(Permission::ManageSettings).code(), ErrorCode::PermissionDenied);
        QCOMPARE(console.session().require(Permission::FullWipe).code(), ErrorCode::PermissionDenied);
        console.window()->close();
    }

    void signInShowsAdminAndRoleThenLocksAndSignsOut()
    {
        TestDatabase tdb;
        const QByteArray key = FieldCipher::generateKey();
        SecureConsole console(tdb.db(), key);
        QVERIFY(SettingsRepository(tdb.db()).setValue(Setting::MfaRequiredForAdministrators, false));
        QVERIFY(console.accounts().createFirstAdministrator(QStringLiteral("root"), {}, kPassword));
        console.start();
        QTRY_VERIFY(topLevel<LoginDialog>());
        LoginDialog *login = topLevel<LoginDialog>();
        QSignalSpy shown(&console, &SecureConsole::consoleShown);
        QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("username")), QStringLiteral("root"));
        QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("password")), kPassword);
        QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("signIn")), Qt::LeftButton);
        QCOMPARE(shown.count(), 1);
        MainWindow *window = console.window();
        QVERIFY(window && window->isVisible());
        auto *who = window->findChild<QLabel *>(QStringLiteral("signedInAdmin"));
        QVERIFY(who);
        QVERIFY2(who->text().contains(QLatin1String("root")) && who->text().contains(QLatin1String("Administrator")),
                 qPrintable(who->text()));
        QCOMPARE(console.idleLock()->idleTimeout(), 10 * 60 * 1000); // Setting::IdleLockMinutes default

        window->findChild<QAction *>(QStringLiteral("actionLock"))->trigger();
        QVERIFY(console.idleLock()->isLocked());
        QVERIFY(console.idleLock()->lockScreen()->isVisible());

        QTest::mouseClick(console.idleLock()->lockScreen()->findChild<QPushButton *>(QStringLiteral("signOut")),
                          Qt::LeftButton);
        QTRY_VERIFY(!console.window());
        QTRY_VERIFY(topLevel<LoginDialog>());
        QVERIFY(!console.session().isValid());
        topLevel<LoginDialog>()->close();
    }
};

QTEST_MAIN(TestSecureConsole)
#include "test_secure_console.moc"
