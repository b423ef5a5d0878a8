#include "MainWindow.h"
#include "NavigationList.h"
#include "audit/AuditLog.h"
#include "pages/AccountsPanel.h"
#include "pages/AddAdminDialog.h"
#include "pages/SettingsPage.h"
#include "security/FieldCipher.h"
#include "security/IdleLock.h"
#include "security/LoginDialog.h"
#include "security/ReauthDialog.h"
#include "security/ReauthGate.h"
#include "security/SecureConsole.h"
#include "settings/SettingsRepository.h"

#include "TestDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

namespace {
const QString kPassword = QStringLiteral("settings admin password");

QList<AuditEvent> eventsNamed(Database &db, const QString &action)
{
    QList<AuditEvent> out;
    for (const AuditEvent &e : AuditLog(db).events())
        if (e.action == action)
            out.append(e);
    return out;
}

LoginDialog *visibleLogin()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<LoginDialog *>(w); d && d->isVisible())
            return d;
    return nullptr;
}

// Confirms the open ReauthDialog with the password (the test admins have no MFA).
void confirmAgain(ReauthGate *gate)
{
    QTRY_VERIFY(gate->openDialog() && gate->openDialog()->isVisible());
    ReauthDialog *d = gate->openDialog();
    QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("password")), kPassword);
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
    QTRY_VERIFY(!gate->openDialog());
}
} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT
private:
    SettingsPage *signInAndOpenSettings(SecureConsole &console)
    {
        console.start();
        if (!QTest::qWaitFor([] { return visibleLogin() != nullptr; }))
            return nullptr;
        LoginDialog *login = visibleLogin();
        QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("username")), QStringLiteral("root"));
        QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("password")), kPassword);
        QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("signIn")), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return console.window() != nullptr; }))
            return nullptr;
        auto *navigation = console.window()->findChild<NavigationList *>();
        navigation->setCurrentRow(navigation->rowOfKey(QStringLiteral("settings")));
        return qobject_cast<SettingsPage *>(
            console.window()->findChild<QStackedWidget *>(QStringLiteral("pageStack"))->currentWidget());
    }

private slots:
    void administratorChangesIdleMinutesSavedAuditedAndApplied()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        QVERIFY(SettingsRepository(tdb.db()).setValue(Setting::MfaRequiredForAdministrators, false));
        QVERIFY(console.accounts().createFirstAdministrator(QStringLiteral("root"), {}, kPassword));
        SettingsPage *page = signInAndOpenSettings(console);
        QVERIFY2(page, "the Settings section shows the SettingsPage");
        QCOMPARE(console.idleLock()->idleTimeout(), 10 * 60 * 1000);

        auto *idle = page->findChild<QSpinBox *>(QStringLiteral("idleLockMinutes"));
        QCOMPARE(idle->value(), 10);
        idle->setValue(3);
        QSignalSpy saved(page, &SettingsPage::saved);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveSettings")), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QVERIFY2(page->statusText() == QLatin1String("Settings saved."), qPrintable(page->statusText()));
        QCOMPARE(SettingsRepository(tdb.db()).intValue(Setting::IdleLockMinutes), 3);
        const QList<AuditEvent> changes = eventsNamed(tdb.db(), QStringLiteral("settings.change"));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].actor, QStringLiteral("root"));
        QCOMPARE(changes[0].details, QStringLiteral("key=security/idleLockMinutes old=10 new=3"));
        QCOMPARE(console.idleLock()->idleTimeout(), 3 * 60 * 1000); // the running lock, at once
        // For a look at the page: CLINICMDM_SCREENSHOT=path.png under a real display (e.g. xvfb-run).
        if (const QString shot = qEnvironmentVariable("CLINICMDM_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(console.window()->grab().save(shot));

        // A bad clinic name is refused with a message and changes nothing.
        page->findChild<QLineEdit *>(QStringLiteral("clinicName"))->setText(QStringLiteral("   "));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveSettings")), Qt::LeftButton);
        QVERIFY(page->statusText().startsWith(QLatin1String("Not saved")));
        QCOMPARE(SettingsRepository(tdb.db()).stringValue(Setting::ClinicName), QStringLiteral("My Clinic"));
        QCOMPARE(eventsNamed(tdb.db(), QStringLiteral("settings.change")).size(), 1);
        console.window()->close();
    }

    void accountsAreAddedDisabledAndChangedAfterReauthentication()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        QVERIFY(SettingsRepository(tdb.db()).setValue(Setting::MfaRequiredForAdministrators, false));
        QVERIFY(console.accounts().createFirstAdministrator(QStringLiteral("root"), {}, kPassword));
        SettingsPage *page = signInAndOpenSettings(console);
        QVERIFY(page);
        AccountsPanel *panel = page->accountsPanel();
        QCOMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(panel->table()->item(0, 0)->text(), QStringLiteral("root"));

        // Add…: the dialog first, then the password again, then the engine creates and audits.
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addAdmin")), Qt::LeftButton);
        AddAdminDialog *add = panel->addDialog();
        QVERIFY(add && add->isVisible());
        QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("newUsername")), QStringLiteral("tina"));
        auto *role = add->findChild<QComboBox *>(QStringLiteral("newRole"));
        role->setCurrentIndex(role->findData(int(Role::Technician)));
        QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("newPassword")), kPassword);
        QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("newPasswordRepeat")), kPassword);
        QTest::mouseClick(add->findChild<QPushButton *>(QStringLiteral("add")), Qt::LeftButton);
        QVERIFY(eventsNamed(tdb.db(), QStringLiteral("admin.create")).size() == 1); // only root so far
        confirmAgain(console.reauthGate());
        QTRY_COMPARE(panel->table()->rowCount(), 2);
        QCOMPARE(eventsNamed(tdb.db(), QStringLiteral("admin.create")).size(), 2);
        QVERIFY(!eventsNamed(tdb.db(), QStringLiteral("admin.reauth")).isEmpty());

        // Disable tina: again only after the password.
        QVERIFY(panel->selectAccount(QStringLiteral("tina")));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("toggleDisabled")), Qt::LeftButton);
        QVERIFY(eventsNamed(tdb.db(), QStringLiteral("admin.disable")).isEmpty());
        confirmAgain(console.reauthGate());
        QTRY_COMPARE(eventsNamed(tdb.db(), QStringLiteral("admin.disable")).size(), 1);
        QVERIFY2(panel->statusText().contains(QLatin1String("disabled")), qPrintable(panel->statusText()));

        // Change role… to Auditor.
        QVERIFY(panel->selectAccount(QStringLiteral("tina")));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("changeRole")), Qt::LeftButton);
        QInputDialog *roleDialog = panel->roleDialog();
        QVERIFY(roleDialog && roleDialog->isVisible());
        roleDialog->setTextValue(RoleInfo::displayName(Role::Auditor));
        roleDialog->accept();
        confirmAgain(console.reauthGate());
        QTRY_COMPARE(eventsNamed(tdb.db(), QStringLiteral("admin.role")).size(), 1);

        // Cancelling the confirmation changes nothing.
        QVERIFY(panel->selectAccount(QStringLiteral("tina")));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("resetMfa")), Qt::LeftButton);
        QTRY_VERIFY(console.reauthGate()->openDialog());
        console.reauthGate()->openDialog()->reject();
        QTRY_VERIFY(!console.reauthGate()->openDialog());
        QVERIFY(eventsNamed(tdb.db(), QStringLiteral("admin.mfa.reset")).isEmpty());
        console.window()->close();
    }
};

QTEST_MAIN(TestSettingsPage)
#include "test_settings_page.moc"
