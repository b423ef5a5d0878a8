// Lost Mode in the console: the four actions are visible only to Administrators, enabled only for
// devices Lost Mode applies to (the tooltip says why not), go through the re-authentication gate,
// and the detail pane shows "In Lost Mode" and the last location with an "Open map" link — for
// eligible devices only.
#include "MainWindow.h"
#include "actions/DeviceActionController.h"
#include "commands/CommandRepository.h"
#include "dialogs/LostModeDialog.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "fleet/DeviceRepository.h"
#include "lost/LocationRepository.h"
#include "pages/DevicesPage.h"
#include "DeviceTableModel.h"
#include "security/FieldCipher.h"
#include "security/LoginDialog.h"
#include "security/ReauthDialog.h"
#include "security/ReauthGate.h"
#include "security/SecureConsole.h"
#include "settings/SettingsRepository.h"
#include "widgets/DeviceDetailPane.h"

#include "ConsoleDriver.h"
#include "TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QMenu>
#include <QTest>
#include <QToolButton>

namespace {
const QString kPassword = QStringLiteral("lost mode actions password");


qint64 addDevice(Database &db, const QString &serial, Platform platform, Ownership ownership, bool supervised)
{
    Device d;
    d.name = QStringLiteral("Device ") + serial;
    d.serial = serial;
    d.platform = platform;
    d.ownership = ownership;
    d.state = EnrollmentState::Enrolled;
    if (!DeviceRepository(db).insert(d))
        return 0;
    DeviceFactRepository(db).record(d.id, {{DeviceFact::Supervised, supervised ? QStringLiteral("true") : QStringLiteral("false")}}, 1);
    return d.id;
}
} // namespace

class TestLostModeActions : public QObject
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

    static void confirmPassword(SecureConsole &console)
    {
        ReauthGate *gate = console.reauthGate();
        QTRY_VERIFY(gate->openDialog() && gate->openDialog()->isVisible());
        QTest::keyClicks(gate->openDialog()->findChild<QLineEdit *>(QStringLiteral("password")), kPassword);
        QTest::mouseClick(gate->openDialog()->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
    }

private slots:
    void technicianSeesNoLostModeActions()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        setUpAdmins(tdb.db(), console);
        const qint64 good = addDevice(tdb.db(), QStringLiteral("G1"), Platform::iOS, Ownership::COPE, true);
        QVERIFY(DeviceFactRepository(tdb.db()).record(good, {{DeviceFact::LostMode, QStringLiteral("true")}}, 5));
        DeviceLocation l;
        l.deviceId = good;
        l.latitude = 10;
        l.longitude = 20;
        l.locatedAt = l.receivedAt = 5;
        QVERIFY(LocationRepository(tdb.db()).record(l));
        QVERIFY(signIn(console, QStringLiteral("tina")));
        DevicesPage *page = selectDevice(console, good);
        QVERIFY(page);
        DeviceActionController *a = page->deviceActions();
        for (QAction *action : {a->lostModeAction(), a->locateAction(), a->playSoundAction(), a->endLostModeAction()}) {
            QVERIFY2(!action->isVisible(), qPrintable(action->objectName()));
            QVERIFY(!page->findChild<QToolButton *>(QStringLiteral("button_") + action->objectName()));
        }
        // The state shows; where the device is does not.
        auto *pane = page->findChild<DeviceDetailPane *>();
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("detail_lostMode"))->text(), QStringLiteral("In Lost Mode"));
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("detail_location"))->isHidden());
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("detail_mapLink"))->isHidden());
        console.window()->close();
    }

    void ineligibleDevicesAreDisabledWithTheReason()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        setUpAdmins(tdb.db(), console);
        const qint64 byod = addDevice(tdb.db(), QStringLiteral("B1"), Platform::iOS, Ownership::BYOD, true);
        const qint64 android = addDevice(tdb.db(), QStringLiteral("A1"), Platform::Android, Ownership::COPE, true);
        const qint64 unsup = addDevice(tdb.db(), QStringLiteral("U1"), Platform::iPadOS, Ownership::Shared, false);
        QVERIFY(DeviceFactRepository(tdb.db()).record(byod, {{DeviceFact::LostMode, QStringLiteral("true")}}, 5));
        QVERIFY(signIn(console, QStringLiteral("root")));
        const QList<std::pair<qint64, QString>> cases = {
            {byod, QStringLiteral("personal (BYOD)")}, {android, QStringLiteral("Android")}, {unsup, QStringLiteral("supervised")}};
        for (const auto &c : cases) {
            DevicesPage *page = selectDevice(console, c.first);
            QVERIFY(page);
            DeviceActionController *a = page->deviceActions();
            for (QAction *action : {a->lostModeAction(), a->locateAction(), a->playSoundAction(), a->endLostModeAction()}) {
                QVERIFY(action->isVisible());
                QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
                QVERIFY2(action->toolTip().contains(c.second), qPrintable(action->toolTip()));
            }
            auto *pane = page->findChild<DeviceDetailPane *>();
            QVERIFY2(pane->findChild<QLabel *>(QStringLiteral("detail_lostMode"))->isHidden(), "nothing about Lost Mode for this device");
            QVERIFY(pane->findChild<QLabel *>(QStringLiteral("detail_location"))->isHidden());
        }
        console.window()->close();
    }

    void administratorEnablesLocatesAndSeesTheMap()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        setUpAdmins(tdb.db(), console);
        const qint64 good = addDevice(tdb.db(), QStringLiteral("G2"), Platform::iOS, Ownership::COPE, true);
        const qint64 other = addDevice(tdb.db(), QStringLiteral("G3"), Platform::iOS, Ownership::COPE, true);
        QVERIFY(signIn(console, QStringLiteral("root")));
        DevicesPage *page = selectDevice(console, good);
        QVERIFY(page);
        DeviceActionController *a = page->deviceActions();
        QVERIFY(a->lostModeAction()->isVisible() && a->lostModeAction()->isEnabled());
        // Situational actions wait in the pane's "More actions" menu.
        QVERIFY(page->findChild<DeviceDetailPane *>()->moreActionsMenu()->actions().contains(a->lostModeAction()));
        QVERIFY(!a->locateAction()->isEnabled());
        QVERIFY(a->locateAction()->toolTip().contains(QLatin1String("Lost Mode first")));
        auto *pane = page->findChild<DeviceDetailPane *>();
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("detail_lostMode"))->text(), QStringLiteral("Not in Lost Mode"));

        a->lostModeAction()->trigger();
        auto *dialog = page->findChild<LostModeDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *enable = dialog->findChild<QPushButton *>(QStringLiteral("lostModeButton"));
        QVERIFY2(!enable->isEnabled(), "a message or a phone number is needed");
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lostFootnote")), QStringLiteral("Reward"));
        QVERIFY(!enable->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lostMessage")), QStringLiteral("Return to Ward 3"));
        QVERIFY(enable->isEnabled());
        QSignalSpy finished(a, &DeviceActionController::commandFinished);
        QTest::mouseClick(enable, Qt::LeftButton);
        QVERIFY2(CommandRepository(tdb.db()).list(good).isEmpty(), "nothing before the password is confirmed");
        confirmPassword(console);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(0).value<Status>().ok());
        QList<DeviceCommand> queued = CommandRepository(tdb.db()).list(good);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().requestType, QStringLiteral("EnableLostMode"));
        QVERIFY(queued.first().payload.contains("Return to Ward 3"));
        QVERIFY(queued.first().payload.contains("Reward"));

        // The device acknowledged and sent its location (as the endpoint records them).
        QVERIFY(DeviceFactRepository(tdb.db()).record(good, {{DeviceFact::LostMode, QStringLiteral("true")}}, 50));
        DeviceLocation l;
        l.deviceId = good;
        l.latitude = 51.501364;
        l.longitude = -0.14189;
        l.horizontalAccuracy = 25;
        l.locatedAt = l.receivedAt = QDateTime::currentSecsSinceEpoch() - 120;
        QVERIFY(LocationRepository(tdb.db()).record(l));
        QVERIFY(selectDevice(console, other));
        QVERIFY(selectDevice(console, good));
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("detail_lostMode"))->text(), QStringLiteral("In Lost Mode"));
        auto *where = pane->findChild<QLabel *>(QStringLiteral("detail_location"));
        QVERIFY(!where->isHidden());
        QVERIFY2(where->text().contains(QLatin1String("51.50136, -0.14189")), qPrintable(where->text()));
        QVERIFY2(where->text().contains(QLatin1String("25 m")), qPrintable(where->text()));
        auto *map = pane->findChild<QLabel *>(QStringLiteral("detail_mapLink"));
        QVERIFY(!map->isHidden());
        QVERIFY2(map->text().contains(QLatin1String("https://www.openstreetmap.org/?mlat=51.501364&amp;mlon=-0.141890")), qPrintable(map->text()));
        QVERIFY(a->locateAction()->isEnabled() && a->playSoundAction()->isEnabled() && a->endLostModeAction()->isEnabled());

        a->locateAction()->trigger();
        confirmPassword(console);
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(finished.at(1).at(0).value<Status>().ok());
        QCOMPARE(CommandRepository(tdb.db()).list(good).first().requestType, QStringLiteral("DeviceLocation"));

        // Backing out of the confirmation asks nothing of the engine.
        a->endLostModeAction()->trigger();
        ReauthGate *gate = console.reauthGate();
        QTRY_VERIFY(gate->openDialog() && gate->openDialog()->isVisible());
        gate->openDialog()->reject();
        QCOMPARE(CommandRepository(tdb.db()).list(good).size(), 2);
        console.window()->close();
    }
};

QTEST_MAIN(TestLostModeActions)
#include "test_lost_mode_actions.moc"
