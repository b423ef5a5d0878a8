#include "MainWindow.h"
#include "NavigationList.h"
#include "security/FieldCipher.h"
#include "security/FirstAdminDialog.h"
#include "security/IdleLock.h"
#include "security/LockScreen.h"
#include "security/LoginDialog.h"
#include "security/ReauthDialog.h"
#include "security/ReauthGate.h"
#include "security/SecureConsole.h"
#include "audit/AuditLog.h"
#include "AuditTableModel.h"
#include "pages/AuditPage.h"
#include "pages/SettingsPage.h"
#include "settings/SettingsRepository.h"

#include "TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QFileDialog>
#include <QSignalSpy>
#include <QStackedWidget>
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
// Types the credentials into the visible LoginDialog and clicks Sign in.
void signInAs(const QString &user, const QString &password)
{
    LoginDialog *login = topLevel<LoginDialog>();
    QVERIFY(login);
    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("username")), user);
    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("password")), password);
    QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("signIn")), Qt::LeftButton);
}

int countOf(Database &db, const QString &action)
{
    int n = 0;
    for (const AuditEvent &e : AuditLog(db).events())
        if (e.action == action)
            ++n;
    return n;
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
        QTRY_VERIFY(console.window());
        auto *navigation = console.window()->findChild<NavigationList *>();
        QVERIFY(navigation);
        auto hidden = [&](const char *key) { return navigation->item(navigation->rowOfKey(QLatin1String(key)))->isHidden(); };
        QVERIFY(hidden("settings"));
        QVERIFY(hidden("audit"));
        QVERIFY2(!console.window()->findChild<AuditPage *>(), "a Technician's window holds no Audit page at all");
        QVERIFY2(!console.window()->findChild<SettingsPage *>(), "nor a Settings page");
        QVERIFY(hidden("policies"));
        QVERIFY(!hidden("devices"));
        QVERIFY(!hidden("enrollment"));
        QVERIFY(console.window()->findChild<QLabel *>(QStringLiteral("signedInAdmin"))->text().contains(QLatin1String("Technician")));
        // The engine refuses regardless of what the window shows.
        QCOMPARE(console.session().require(Permission::ManageSettings).code(), ErrorCode::PermissionDenied);
        QCOMPARE(console.session().require(Permission::FullWipe).code(), ErrorCode::PermissionDenied);
        console.window()->close();
    }

    void auditPageIsReachableForAdministratorAndAuditor_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("Administrator") << int(Role::Administrator);
        QTest::newRow("Auditor") << int(Role::Auditor);
    }

    void auditPageIsReachableForAdministratorAndAuditor()
    {
        QFETCH(int, role);
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        QVERIFY(SettingsRepository(tdb.db()).setValue(Setting::MfaRequiredForAdministrators, false));
        AdminSession root;
        QVERIFY(console.accounts().createFirstAdministrator(QStringLiteral("root"), {}, kPassword, &root));
        QVERIFY(console.accounts().addAdmin(root, QStringLiteral("ann"), {}, Role(role), kPassword));
        console.start();
        QTRY_VERIFY(topLevel<LoginDialog>());
        signInAs(QStringLiteral("ann"), kPassword);
        QTRY_VERIFY(console.window());
        MainWindow *window = console.window();
        auto *navigation = window->findChild<NavigationList *>();
        const int row = navigation->rowOfKey(QStringLiteral("audit"));
        QVERIFY(!navigation->item(row)->isHidden());
        navigation->setCurrentRow(row);
        auto *page = qobject_cast<AuditPage *>(window->findChild<QStackedWidget *>(QStringLiteral("pageStack"))->currentWidget());
        QVERIFY2(page, "the Audit section shows the AuditPage, not a placeholder");
        QVERIFY(page->model()->totalCount() > 0); // at least ann's own sign-in

        // Export is sensitive: a wrong password is refused and audited, and no folder is asked for.
        const int failedBefore = countOf(tdb.db(), QStringLiteral("admin.reauth.failed"));
        page->chooseExportFolder();
        ReauthDialog *reauth = console.reauthGate()->openDialog();
        QVERIFY(reauth && reauth->isVisible());
        QTest::keyClicks(reauth->findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("not it"));
        QTest::mouseClick(reauth->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
        QTRY_VERIFY(!reauth->findChild<QLabel *>(QStringLiteral("error"))->text().isEmpty());
        QCOMPARE(countOf(tdb.db(), QStringLiteral("admin.reauth.failed")), failedBefore + 1);
        QVERIFY(!page->folderDialog());
        reauth->reject();
        QTRY_VERIFY(!console.reauthGate()->openDialog());

        // The right password (ann has no MFA yet) opens the folder choice; the confirmation is audited.
        console.auth().setClock([] { return QDateTime::currentSecsSinceEpoch() + 60; }); // past the throttle delay
        const int okBefore = countOf(tdb.db(), QStringLiteral("admin.reauth"));
        page->chooseExportFolder();
        reauth = console.reauthGate()->openDialog();
        QVERIFY(reauth);
        QTest::keyClicks(reauth->findChild<QLineEdit *>(QStringLiteral("password")), kPassword);
        QTest::mouseClick(reauth->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
        QTRY_VERIFY(page->folderDialog() && page->folderDialog()->isVisible());
        QCOMPARE(countOf(tdb.db(), QStringLiteral("admin.reauth")), okBefore + 1);
        page->folderDialog()->reject();
        window->close();
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
        QTRY_COMPARE(shown.count(), 1);
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
