// A shared tablet's detail pane: its sessions newest first, "who held it at <date time>" answered
// from the QDateTimeEdit, and its reset schedule set from the "Reset schedule…" dialog. Devices
// that are not shared show no sessions.
#include "CommandTableModel.h"
#include "DeviceSessionModel.h"
#include "DeviceTableModel.h"
#include "actions/DeviceActionController.h"
#include "dialogs/ResetScheduleDialog.h"
#include "fleet/DeviceRepository.h"
#include "pages/DevicesPage.h"
#include "security/AdminSession.h"
#include "shared/ResetScheduleRepository.h"
#include "shared/SharedSessionService.h"
#include "widgets/DeviceDetailPane.h"
#include "widgets/DeviceSessionsPanel.h"

#include "TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTreeView>
#include <QTreeWidget>

namespace {
qint64 addDevice(Database &db, const QString &name, Platform platform, Ownership ownership)
{
    Device d;
    d.name = name;
    d.serial = name.toUpper().remove(QLatin1Char(' '));
    d.platform = platform;
    d.ownership = ownership;
    d.state = EnrollmentState::Enrolled;
    return DeviceRepository(db).insert(d) ? d.id : 0;
}

QDateTime at(int hour, int minute) { return QDateTime(QDate(2026, 11, 24), QTime(hour, minute), Qt::LocalTime); }

ResetScheduleDialog *openScheduleDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<ResetScheduleDialog *>(w); d && d->isVisible())
            return d;
    return nullptr;
}
} // namespace

class TestDeviceSessionsPage : public QObject
{
    Q_OBJECT
private slots:
    void sharedTabletShowsSessionsAndAnswersWhoHeldIt()
    {
        TestDatabase t;
        const qint64 tablet = addDevice(t.db(), QStringLiteral("Nurses station 2"), Platform::Android, Ownership::Shared);
        const qint64 phone = addDevice(t.db(), QStringLiteral("Office phone"), Platform::Android, Ownership::COPE);
        SharedSessionService sessions(t.db());
        QVERIFY(sessions.signIn(tablet, QStringLiteral("rn.garcia"), at(13, 0).toSecsSinceEpoch(), QStringLiteral("agent")).ok());
        QVERIFY(sessions.signOut(tablet, QStringLiteral("rn.garcia"), at(13, 55).toSecsSinceEpoch(), QStringLiteral("signout")).ok());
        QVERIFY(sessions.signIn(tablet, QStringLiteral("rn.okafor"), at(14, 1).toSecsSinceEpoch(), QStringLiteral("agent")).ok());

        const AdminSession root(&t.db(), 1, QStringLiteral("root"), Role::Administrator, true);
        AdminSession session = root;
        DevicesPage page(t.db());
        auto *actions = new DeviceActionController(DeviceCommandContext{&t.db(), &session, nullptr}, &page);
        page.setDeviceActions(actions, new CommandTableModel(t.db(), &page));
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.model()->rowOfDevice(tablet) >= 0);
        auto *table = page.findChild<QTableView *>();
        DeviceSessionsPanel *panel = page.detailPane()->sessionsPanel();

        table->selectRow(page.model()->rowOfDevice(tablet));
        QTRY_VERIFY(panel->isVisible());
        auto *view = panel->findChild<QTreeView *>(QStringLiteral("deviceSessionsView"));
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->index(0, DeviceSessionModel::User).data().toString(), QStringLiteral("rn.okafor")); // newest first
        QCOMPARE(view->model()->index(0, DeviceSessionModel::To).data().toString(), QStringLiteral("Signed in"));
        QCOMPARE(view->model()->index(1, DeviceSessionModel::User).data().toString(), QStringLiteral("rn.garcia"));
        QCOMPARE(view->model()->index(1, DeviceSessionModel::EndReason).data().toString(), QStringLiteral("Signed out"));
        QCOMPARE(view->model()->index(1, DeviceSessionModel::Source).data().toString(), QStringLiteral("Android agent"));

        panel->momentEdit()->setDateTime(at(13, 30));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("whoHeldButton")), Qt::LeftButton);
        QVERIFY2(panel->answerLabel()->text().startsWith(QLatin1String("rn.garcia held it")), qPrintable(panel->answerLabel()->text()));
        panel->momentEdit()->setDateTime(at(13, 58));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("whoHeldButton")), Qt::LeftButton);
        QVERIFY(panel->answerLabel()->text().startsWith(QLatin1String("Nobody was signed in")));
        panel->momentEdit()->setDateTime(at(18, 0));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("whoHeldButton")), Qt::LeftButton);
        QVERIFY(panel->answerLabel()->text().contains(QLatin1String("rn.okafor")));
        QVERIFY(panel->answerLabel()->text().contains(QLatin1String("still signed in")));

        // Reset for next patient ends the session; the list follows.
        QVERIFY(actions->resetAction()->isEnabled());
        QVERIFY(actions->resetScheduleAction()->isEnabled());
        QVERIFY(!actions->signOutUserAction()->isEnabled()); // Android: signs out on the tablet

        // The reset schedule, from its dialog.
        actions->resetScheduleAction()->trigger();
        QTRY_VERIFY(openScheduleDialog());
        ResetScheduleDialog *dialog = openScheduleDialog();
        dialog->findChild<QTimeEdit *>(QStringLiteral("resetScheduleTime"))->setTime(QTime(7, 15));
        dialog->setDaysMask(0x1f);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveResetSchedule")), Qt::LeftButton);
        const QList<ResetSchedule> saved = ResetScheduleRepository(t.db()).forDevice(tablet);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().localTime, QStringLiteral("07:15"));
        QCOMPARE(saved.first().daysMask, 0x1f);
        QCOMPARE(dialog->findChild<QTreeWidget *>(QStringLiteral("resetScheduleList"))->topLevelItemCount(), 1);
        dialog->reject();
        QTRY_VERIFY(!openScheduleDialog());

        // A device that is not shared has no sessions to show.
        table->selectRow(page.model()->rowOfDevice(phone));
        QTRY_VERIFY(!panel->isVisible());
        QCOMPARE(page.sessionModel()->rowCount(), 0);
        QVERIFY(!actions->resetScheduleAction()->isEnabled());
    }
};

QTEST_MAIN(TestDeviceSessionsPage)
#include "test_device_sessions_page.moc"
