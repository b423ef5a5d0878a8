// "Expect re-enrollment…" in the console: in the device pane's More actions menu, visible only to
// Administrators, enabled only for devices that were enrolled before (the tooltip says why not),
// confirmed in a dialog that asks for how long, then through the re-authentication gate; the engine
// stores and audits the expectation. Backing out stores nothing.
#include "MainWindow.h"
#include "actions/DeviceActionController.h"
#include "android/AndroidAgentRepository.h"
#include "audit/AuditLog.h"
#include "audit/AuditQuery.h"
#include "dialogs/ExpectReenrollmentDialog.h"
#include "fleet/DeviceRepository.h"
#include "fleet/ReenrollmentService.h"
#include "pages/DevicesPage.h"
#include "security/FieldCipher.h"
#include "security/ReauthDialog.h"
#include "security/ReauthGate.h"
#include "security/SecureConsole.h"
#include "settings/SettingsRepository.h"
#include "widgets/DeviceDetailPane.h"

#include "ConsoleDriver.h"
#include "TestDatabase.h"

#include <QAction>
#include <QDateTime>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

namespace {
const QString kPassword = QStringLiteral("reenrollment action password");

qint64 addDevice(Database &db, const QString &serial, bool enrolledBefore)
{
    Device d;
    d.name = QStringLiteral("Tablet ") + serial;
    d.serial = serial;
    d.platform = Platform::Android;
    d.ownership = Ownership::COPE;
    d.state = enrolledBefore ? EnrollmentState::Wiped : EnrollmentState::Pending;
    if (!DeviceRepository(db).insert(d))
        return 0;
    if (enrolledBefore) {
        AndroidAgent agent;
        agent.deviceId = d.id;
        agent.certSha256 = QString(64, QLatin1Char('d'));
        agent.certNotAfter = QDateTime::currentSecsSinceEpoch() + 86400;
        agent.managementMode = QStringLiteral("device_owner");
        agent.enrolledAt = QDateTime::currentSecsSinceEpoch();
        if (!AndroidAgentRepository(db).upsert(agent))
            return 0;
    }
    return d.id;
}

int expectationsOf(Database &db, qint64 deviceId)
{
    return ReenrollmentService(db).openExpectation(deviceId) ? 1 : 0;
}
} // namespace

class TestReenrollmentAction : public QObject
{
    Q_OBJECT
private:
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
    void technicianDoesNotSeeIt()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        setUpAdmins(tdb.db(), console);
        const qint64 wiped = addDevice(tdb.db(), QStringLiteral("W1"), true);
        QVERIFY(ConsoleDriver::signIn(console, QStringLiteral("tina"), kPassword));
        DevicesPage *page = ConsoleDriver::selectDevice(console, wiped);
        QVERIFY(page);
        QVERIFY(!page->deviceActions()->expectReenrollmentAction()->isVisible());
        console.window()->close();
    }

    void administratorExpectsAWipedTablet()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        setUpAdmins(tdb.db(), console);
        const qint64 wiped = addDevice(tdb.db(), QStringLiteral("W2"), true);
        const qint64 fresh = addDevice(tdb.db(), QStringLiteral("N2"), false);
        QVERIFY(ConsoleDriver::signIn(console, QStringLiteral("root"), kPassword));

        DevicesPage *page = ConsoleDriver::selectDevice(console, fresh);
        QVERIFY(page);
        QAction *action = page->deviceActions()->expectReenrollmentAction();
        QVERIFY(action->isVisible());
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(QLatin1String("never issued")), qPrintable(action->toolTip()));

        QVERIFY(ConsoleDriver::selectDevice(console, wiped));
        QVERIFY(action->isEnabled());
        QVERIFY(page->findChild<DeviceDetailPane *>()->moreActionsMenu()->actions().contains(action));

        // Backing out of the dialog stores nothing.
        action->trigger();
        auto *dialog = page->findChild<ExpectReenrollmentDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->reject();
        QCOMPARE(expectationsOf(tdb.db(), wiped), 0);

        QSignalSpy finished(page->deviceActions(), &DeviceActionController::commandFinished);
        QSignalSpy notices(page->deviceActions(), &DeviceActionController::noticeShown);
        action->trigger();
        QTRY_VERIFY((dialog = page->findChild<ExpectReenrollmentDialog *>()) && dialog->isVisible());
        auto *hours = dialog->findChild<QSpinBox *>(QStringLiteral("reenrollHours"));
        QCOMPARE(hours->value(), ReenrollmentService::DefaultHours);
        hours->setValue(6);
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("expectReenrollmentButton")), Qt::LeftButton);
        QCOMPARE(expectationsOf(tdb.db(), wiped), 0); // nothing before the password is confirmed
        confirmPassword(console);
        // The status bar says how long the record waits, not that a command was queued.
        QTRY_COMPARE(notices.count(), 1);
        QCOMPARE(finished.count(), 0);
        const QString notice = notices.at(0).at(0).toString();
        QVERIFY2(notice.contains(QLatin1String("W2")) && notice.contains(QLatin1String(" until ")), qPrintable(notice));
        const std::optional<ReenrollmentExpectation> e = ReenrollmentService(tdb.db()).openExpectation(wiped);
        QVERIFY(e);
        QVERIFY(e->expiresAt >= before + 6 * 3600 && e->expiresAt <= QDateTime::currentSecsSinceEpoch() + 6 * 3600);
        QCOMPARE(e->createdBy, QStringLiteral("root"));
        AuditQuery q;
        q.action = QStringLiteral("device.expect_reenrollment");
        QCOMPARE(AuditLog(tdb.db()).count(q), 1);
        QVERIFY2(action->toolTip().contains(QLatin1String("replaces it")), qPrintable(action->toolTip()));

        // Expecting it again replaces the open expectation instead of stacking a second one beside it.
        action->trigger();
        QTRY_VERIFY((dialog = page->findChild<ExpectReenrollmentDialog *>()) && dialog->isVisible());
        dialog->findChild<QSpinBox *>(QStringLiteral("reenrollHours"))->setValue(2);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("expectReenrollmentButton")), Qt::LeftButton);
        confirmPassword(console);
        QTRY_COMPARE(notices.count(), 2);
        const std::optional<ReenrollmentExpectation> replaced = ReenrollmentService(tdb.db()).openExpectation(wiped);
        QVERIFY(replaced && replaced->id != e->id);
        QVERIFY(replaced->expiresAt <= QDateTime::currentSecsSinceEpoch() + 2 * 3600);
        QSqlQuery open(tdb.db().connection());
        QVERIFY(open.exec(QStringLiteral("SELECT count(*) FROM reenrollment_expectations WHERE device_id = %1 AND consumed_at IS NULL "
                                         "AND expires_at > %2").arg(wiped).arg(QDateTime::currentSecsSinceEpoch())));
        QVERIFY(open.next());
        QCOMPARE(open.value(0).toInt(), 1);
        QCOMPARE(AuditLog(tdb.db()).count(q), 2);
        console.window()->close();
    }
};

QTEST_MAIN(TestReenrollmentAction)
#include "test_reenrollment_action.moc"
