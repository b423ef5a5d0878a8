// The console's device actions end to end: lock and erase from the Devices page (dialogs, the
// re-authentication gate, the engine's rules), the device's command history, and cancelling a
// queued wipe on the Commands page.
#include "CommandTableModel.h"
#include "DeviceTableModel.h"
#include "MainWindow.h"
#include "NavigationList.h"
#include "actions/DeviceActionController.h"
#include "actions/FullWipeCommand.h"
#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "dialogs/FullWipeDialog.h"
#include "dialogs/LockDeviceDialog.h"
#include "fleet/DeviceRepository.h"
#include "pages/CommandsPage.h"
#include "pages/DevicesPage.h"
#include "security/FieldCipher.h"
#include "security/LoginDialog.h"
#include "security/ReauthDialog.h"
#include "security/ReauthGate.h"
#include "security/SecureConsole.h"
#include "settings/SettingsRepository.h"
#include "shared/DeviceSessionRepository.h"
#include "shared/SharedSessionService.h"
#include "widgets/DeviceDetailPane.h"

#include "ConsoleDriver.h"
#include "TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

namespace {
const QString kPassword = QStringLiteral("device actions password");

int eventCount(Database &db, const QString &action)
{
    int n = 0;
    for (const AuditEvent &e : AuditLog(db).events())
        n += e.action == action ? 1 : 0;
    return n;
}


qint64 addDevice(Database &db, const QString &name, const QString &serial, Ownership ownership)
{
    Device d;
    d.name = name;
    d.serial = serial;
    d.platform = Platform::iPadOS;
    d.ownership = ownership;
    d.state = EnrollmentState::Enrolled;
    if (!DeviceRepository(db).insert(d))
        return 0;
    return d.id;
}
} // namespace

class TestDeviceActions : public QObject
{
    Q_OBJECT
private:
    bool signIn(SecureConsole &console, const QString &user) { return ConsoleDriver::signIn(console, user, kPassword); }
    DevicesPage *selectDevice(SecureConsole &console, qint64 id) { return ConsoleDriver::selectDevice(console, id); }

    void setUpAdmins(Database &db, SecureConsole &console)
    {
        QVERIFY(SettingsRepository(db).setValue(Setting::MfaRequiredForAdministrators, false));
        AdminSession root;
        QVERIFY(console.accounts().createFirstAdministrator(QStringLiteral("root"), {}, kPassword, &root));
        QVERIFY(console.accounts().addAdmin(root, QStringLiteral("tina"), {}, Role::Technician, kPassword));
    }

private slots:
    void lockIsQueuedWithItsMessageAndShowsInTheHistory()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        setUpAdmins(tdb.db(), console);
        const qint64 ward = addDevice(tdb.db(), QStringLiteral("Ward 3 iPad"), QStringLiteral("W3"), Ownership::COPE);
        QVERIFY(signIn(console, QStringLiteral("root")));
        DevicesPage *page = selectDevice(console, ward);
        QVERIFY(page);
        DeviceActionController *actions = page->deviceActions();
        QVERIFY(actions->lockAction()->isEnabled());
        QVERIFY(page->findChild<QToolButton *>(QStringLiteral("button_actionLockDevice")));

        actions->lockAction()->trigger();
        auto *dialog = page->findChild<LockDeviceDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lockMessage")), QStringLiteral("Return to Ward 3"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lockPhone")), QStringLiteral("+1 555 0100"));
        QSignalSpy finished(actions, &DeviceActionController::commandFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("lockButton")), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(0).value<Status>().ok());

        const QList<DeviceCommand> queued = CommandRepository(tdb.db()).list(ward);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued[0].requestType, QStringLiteral("DeviceLock"));
        QVERIFY(queued[0].payload.contains("Return to Ward 3"));
        QVERIFY(queued[0].payload.contains("+1 555 0100"));
        QCOMPARE(queued[0].queuedBy, QStringLiteral("root"));
        auto *history = page->findChild<QTreeView *>(QStringLiteral("detailCommandHistory"));
        QCOMPARE(history->model()->rowCount(), 1);
        QCOMPARE(history->model()->index(0, CommandTableModel::Command).data().toString(), QStringLiteral("Lock"));
        QVERIFY(console.window()->statusBar()->currentMessage().contains(QLatin1String("queued")));
        // For a look at the page: CLINICMDM_SCREENSHOT_DIR=folder under a real display (xvfb-run).
        if (const QString dir = qEnvironmentVariable("CLINICMDM_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(console.window()->grab().save(dir + QStringLiteral("/device-actions.png")));

        // Backing out of the dialog queues nothing.
        actions->lockAction()->trigger();
        dialog = page->findChild<LockDeviceDialog *>();
        QVERIFY(dialog);
        dialog->reject();
        QCOMPARE(CommandRepository(tdb.db()).list(ward).size(), 1);
        console.window()->close();
    }

    void personalDeviceCannotBeErasedFromTheConsole()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        setUpAdmins(tdb.db(), console);
        const qint64 phone = addDevice(tdb.db(), QStringLiteral("Dr. Lee's iPhone"), QStringLiteral("P1"), Ownership::BYOD);
        QVERIFY(signIn(console, QStringLiteral("root")));
        DevicesPage *page = selectDevice(console, phone);
        QVERIFY(page);
        QAction *erase = page->deviceActions()->fullWipeAction();
        QVERIFY(erase->isVisible());
        QVERIFY2(!erase->isEnabled(), "the erase action is off for a BYOD device");
        QVERIFY(erase->toolTip().contains(QLatin1String("selective wipe")));
        QVERIFY(page->deviceActions()->selectiveWipeAction()->isEnabled());

        // Even when the command is started anyway (a stale selection, a script), the engine refuses.
        Device byod = *DeviceRepository(tdb.db()).findById(phone);
        auto *command = new FullWipeCommand({&tdb.db(), &console.session(), console.reauthGate()}, byod, page);
        QSignalSpy finished(command, &ConsoleCommand::finished);
        command->start();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<Status>().code(), ErrorCode::PermissionDenied);
        QVERIFY(!page->findChild<FullWipeDialog *>());
        QVERIFY(CommandRepository(tdb.db()).list(phone).isEmpty());
        QCOMPARE(eventCount(tdb.db(), QStringLiteral("wipe.refused")), 1);
        console.window()->close();
    }

    void eraseNeedsTheExactNameAndReauthenticationAndCanBeCancelled()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        setUpAdmins(tdb.db(), console);
        const qint64 kiosk = addDevice(tdb.db(), QStringLiteral("Lobby kiosk"), QStringLiteral("K1"), Ownership::COSU);
        QVERIFY(signIn(console, QStringLiteral("root")));
        DevicesPage *page = selectDevice(console, kiosk);
        QVERIFY(page);
        QAction *erase = page->deviceActions()->fullWipeAction();
        QVERIFY(erase->isEnabled());
        erase->trigger();
        auto *dialog = page->findChild<FullWipeDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("confirmName"));
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("eraseButton"));
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(name, QStringLiteral("lobby kiosk"));
        QVERIFY2(!button->isEnabled(), "the name must match exactly");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Lobby kiosk"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(CommandRepository(tdb.db()).list(kiosk).isEmpty(), "nothing before the password is confirmed");

        ReauthGate *gate = console.reauthGate();
        QTRY_VERIFY(gate->openDialog() && gate->openDialog()->isVisible());
        QTest::keyClicks(gate->openDialog()->findChild<QLineEdit *>(QStringLiteral("password")), kPassword);
        QTest::mouseClick(gate->openDialog()->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
        QTRY_COMPARE(CommandRepository(tdb.db()).list(kiosk).size(), 1);
        const DeviceCommand wipe = CommandRepository(tdb.db()).list(kiosk).first();
        QCOMPARE(wipe.requestType, QStringLiteral("EraseDevice"));
        QCOMPARE(wipe.status, QStringLiteral("queued"));

        // The Commands page lists it and cancels it while the device has not fetched it.
        auto *navigation = console.window()->findChild<NavigationList *>();
        navigation->setCurrentRow(navigation->rowOfKey(QStringLiteral("commands")));
        auto *commands = qobject_cast<CommandsPage *>(console.window()->sectionPage(QStringLiteral("commands")));
        QVERIFY(commands);
        QTRY_COMPARE(commands->model()->rowCount(), 1); // the change notifier brings it, no reload
        auto *table = commands->findChild<QTableView *>(QStringLiteral("commandTable"));
        auto *cancel = commands->findChild<QPushButton *>(QStringLiteral("cancelCommandButton"));
        QVERIFY(!cancel->isEnabled());
        table->selectRow(0);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        auto *confirm = commands->findChild<QMessageBox *>(QStringLiteral("cancelCommandDialog"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmCancelButton")), Qt::LeftButton);
        QTRY_COMPARE(CommandRepository(tdb.db()).list(kiosk).first().status, QStringLiteral("cancelled"));
        QCOMPARE(eventCount(tdb.db(), QStringLiteral("command.cancel")), 1);
        QCOMPARE(commands->model()->index(0, CommandTableModel::Status).data().toString(), QStringLiteral("Cancelled"));
        if (const QString dir = qEnvironmentVariable("CLINICMDM_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(console.window()->grab().save(dir + QStringLiteral("/commands.png")));
        console.window()->close();
    }

    void technicianHasNoEraseAction()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        setUpAdmins(tdb.db(), console);
        const qint64 ward = addDevice(tdb.db(), QStringLiteral("Ward 5 iPad"), QStringLiteral("W5"), Ownership::Shared);
        QVERIFY(signIn(console, QStringLiteral("tina")));
        DevicesPage *page = selectDevice(console, ward);
        QVERIFY(page);
        QVERIFY(!page->deviceActions()->fullWipeAction()->isVisible());
        QVERIFY(!page->findChild<QToolButton *>(QStringLiteral("button_actionFullWipe")));

        // A technician resets a shared tablet for the next patient: the session ends.
        QVERIFY(SharedSessionService(tdb.db()).signIn(ward, QStringLiteral("rn.garcia"), 100, QStringLiteral("agent")).ok());
        QAction *reset = page->deviceActions()->resetAction();
        QVERIFY(reset->isVisible() && reset->isEnabled());
        reset->trigger();
        auto *box = page->findChild<QMessageBox *>(QStringLiteral("resetDeviceDialog"));
        QVERIFY(box);
        QSignalSpy finished(page->deviceActions(), &DeviceActionController::commandFinished);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmResetButton")), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(0).value<Status>().ok());
        QVERIFY(!DeviceSessionRepository(tdb.db()).openSession(ward));
        QCOMPARE(eventCount(tdb.db(), QStringLiteral("device.reset")), 1);
        console.window()->close();
    }
};

QTEST_MAIN(TestDeviceActions)
#include "test_device_actions.moc"
