// Issue 14: bulk actions on a selection and device groups, through the window only. Twenty tablets
// are locked with one confirmation and one progress dialog that ends with an outcome per device; a
// selective wipe over a selection holding a personal phone refuses that phone and queues the rest;
// a group is created and filled by rule on the Groups page, and Policies > Assign to group says
// for how many devices the policy was queued.
#include "DeviceTableModel.h"
#include "MainWindow.h"
#include "NavigationList.h"
#include "actions/DeviceActionController.h"
#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "dialogs/BulkProgressDialog.h"
#include "dialogs/BulkTargetDialog.h"
#include "dialogs/LockDeviceDialog.h"
#include "fleet/DeviceGroupRepository.h"
#include "fleet/DeviceRepository.h"
#include "pages/DevicesPage.h"
#include "pages/GroupsPage.h"
#include "pages/PoliciesPage.h"
#include "PoliciesData.h"
#include "security/FieldCipher.h"
#include "security/SecureConsole.h"
#include "settings/SettingsRepository.h"

#include "ConsoleDriver.h"
#include "TestDatabase.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

namespace {
const QString kPassword = QStringLiteral("bulk actions password");

qint64 addDevice(Database &db, const QString &name, Platform platform, Ownership ownership, const QString &department = {})
{
    Device d;
    d.name = name;
    d.serial = name;
    d.platform = platform;
    d.ownership = ownership;
    d.department = department;
    d.state = EnrollmentState::Enrolled;
    return DeviceRepository(db).insert(d) ? d.id : 0;
}

QList<AuditEvent> events(Database &db, const QString &action)
{
    QList<AuditEvent> out;
    for (const AuditEvent &e : AuditLog(db).events(0, 10000))
        if (e.action == action)
            out << e;
    return out;
}

// The visible dialogs of the application: "one confirmation" is one of them at a time.
// For a look at the window: CLINICMDM_SCREENSHOT_DIR=folder saves what the admin sees (with
// CLINICMDM_SCREENSHOT_QM=path/clinicmdm_en.qm or _es.qm, as the console loads; in Spanish the English checks fail).
void screenshot(QWidget *w, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("CLINICMDM_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

QList<QDialog *> visibleDialogs()
{
    QList<QDialog *> out;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
            out << d;
    return out;
}
} // namespace

class TestBulkActionsGui : public QObject
{
    Q_OBJECT
private:
    void setUpAdmin(Database &db, SecureConsole &console)
    {
        QVERIFY(SettingsRepository(db).setValue(Setting::MfaRequiredForAdministrators, false));
        AdminSession root;
        QVERIFY(console.accounts().createFirstAdministrator(QStringLiteral("root"), {}, kPassword, &root));
    }

    // Selects the devices in the Devices page's table, as a shift/ctrl-click selection would.
    DevicesPage *select(SecureConsole &console, const QList<qint64> &ids)
    {
        auto *page = qobject_cast<DevicesPage *>(console.window()->sectionPage(QStringLiteral("devices")));
        if (!page)
            return nullptr;
        for (qint64 id : ids)
            if (!QTest::qWaitFor([&] { return page->model()->rowOfDevice(id) >= 0; }))
                return nullptr;
        auto *table = page->findChild<QTableView *>(QStringLiteral("deviceTable"));
        QItemSelection selection;
        for (qint64 id : ids) {
            const int row = page->model()->rowOfDevice(id);
            selection.select(page->model()->index(row, 0), page->model()->index(row, page->model()->columnCount() - 1));
        }
        table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return page;
    }

    // Waits for the bulk action's outcome list and returns it.
    QTreeWidget *outcomesOf(DevicesPage *page)
    {
        auto *dialog = page->findChild<BulkProgressDialog *>();
        if (!dialog || !QTest::qWaitFor([&] { return dialog->findChild<QPushButton *>(QStringLiteral("bulkClose")) != nullptr; }))
            return nullptr;
        return dialog->findChild<QTreeWidget *>(QStringLiteral("bulkOutcomes"));
    }

private slots:
    void initTestCase()
    {
        if (const QString qm = qEnvironmentVariable("CLINICMDM_SCREENSHOT_QM"); !qm.isEmpty()) {
            auto *translator = new QTranslator(qApp);
            QVERIFY(translator->load(qm));
            QCoreApplication::installTranslator(translator);
        }
    }

    void twentyTabletsLockedWithOneConfirmation()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        setUpAdmin(tdb.db(), console);
        QList<qint64> cart;
        for (int i = 1; i <= 20; ++i)
            cart << addDevice(tdb.db(), QStringLiteral("Cart tablet %1").arg(i, 2, 10, QLatin1Char('0')), Platform::iPadOS, Ownership::COPE);
        const qint64 other = addDevice(tdb.db(), QStringLiteral("Front desk iPad"), Platform::iPadOS, Ownership::COPE);
        QVERIFY(ConsoleDriver::signIn(console, QStringLiteral("root"), kPassword));
        console.window()->resize(1280, 720);
        DevicesPage *page = select(console, cart);
        QVERIFY(page);
        DeviceActionController *actions = page->deviceActions();
        QCOMPARE(actions->selection().size(), 20);
        // Declared for several devices: enabled; declared for one: not.
        QVERIFY(actions->lockAction()->isEnabled());
        QVERIFY(actions->pushNowAction()->isEnabled());
        QVERIFY(!actions->fullWipeAction()->isEnabled());
        QVERIFY(!actions->privacyManifestAction()->isEnabled());
        auto *button = page->findChild<QPushButton *>(QStringLiteral("selectionActionsButton"));
        QVERIFY(button && button->isVisible());
        QVERIFY2(button->text().contains(QLatin1String("20")), qPrintable(button->text()));
        QVERIFY(button->menu()->actions().contains(actions->lockAction()));
        QVERIFY(!button->menu()->actions().contains(actions->fullWipeAction()));

        actions->lockAction()->trigger();
        auto *confirm = page->findChild<LockDeviceDialog *>();
        QVERIFY(confirm && confirm->isVisible());
        screenshot(confirm, QStringLiteral("bulk-lock-confirm"));
        QCOMPARE(visibleDialogs().size(), 1);
        QVERIFY(confirm->windowTitle().contains(QLatin1String("20")));
        QTest::keyClicks(confirm->findChild<QLineEdit *>(QStringLiteral("lockMessage")), QStringLiteral("Return to the cart"));
        QSignalSpy finished(actions, &DeviceActionController::bulkFinished);
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("lockButton")), Qt::LeftButton);
        // One progress dialog, and no second question.
        auto *progress = page->findChild<BulkProgressDialog *>();
        QVERIFY(progress && progress->isVisible());
        QTreeWidget *outcomes = outcomesOf(page);
        QVERIFY(outcomes && outcomes->isVisible());
        screenshot(progress, QStringLiteral("bulk-lock-outcomes"));
        screenshot(console.window(), QStringLiteral("bulk-selection"));
        QCOMPARE(visibleDialogs(), QList<QDialog *>{progress});
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), 20);
        QCOMPARE(outcomes->topLevelItemCount(), 20);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(outcomes->topLevelItem(i)->text(0), QStringLiteral("Cart tablet %1").arg(i + 1, 2, 10, QLatin1Char('0')));
            QCOMPARE(outcomes->topLevelItem(i)->text(1), QStringLiteral("Queued"));
        }
        // Twenty commands and twenty audit entries, one per device; nothing for the other iPad.
        const QList<DeviceCommand> queued = CommandRepository(tdb.db()).list();
        QCOMPARE(queued.size(), 20);
        QSet<qint64> devices;
        for (const DeviceCommand &c : queued) {
            QCOMPARE(c.requestType, QStringLiteral("DeviceLock"));
            QVERIFY(c.payload.contains("Return to the cart"));
            devices.insert(c.deviceId);
        }
        QCOMPARE(devices, QSet<qint64>(cart.cbegin(), cart.cend()));
        QSet<qint64> audited;
        for (const AuditEvent &e : events(tdb.db(), QStringLiteral("command.queue")))
            audited.insert(e.deviceId.value_or(0));
        QCOMPARE(events(tdb.db(), QStringLiteral("command.queue")).size(), 20);
        QCOMPARE(audited, devices);
        QVERIFY(!devices.contains(other));
        QTest::mouseClick(progress->findChild<QPushButton *>(QStringLiteral("bulkClose")), Qt::LeftButton);
        QTRY_VERIFY(visibleDialogs().isEmpty());
        console.window()->close();
    }

    void cancelBeforeTheFirstSliceDoesNothing()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        setUpAdmin(tdb.db(), console);
        QList<qint64> cart;
        for (int i = 1; i <= 5; ++i)
            cart << addDevice(tdb.db(), QStringLiteral("Cart %1").arg(i), Platform::iPadOS, Ownership::COPE);
        QVERIFY(ConsoleDriver::signIn(console, QStringLiteral("root"), kPassword));
        DevicesPage *page = select(console, cart);
        QVERIFY(page);
        page->deviceActions()->lockAction()->trigger();
        auto *confirm = page->findChild<LockDeviceDialog *>();
        QVERIFY(confirm);
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("lockButton")), Qt::LeftButton);
        auto *progress = page->findChild<BulkProgressDialog *>();
        QVERIFY(progress);
        // Escape before the event loop runs the first slice: the dialog stays, with every device not done.
        QTest::keyClick(progress, Qt::Key_Escape);
        QTreeWidget *outcomes = outcomesOf(page);
        QVERIFY(outcomes && progress->isVisible());
        QCOMPARE(outcomes->topLevelItemCount(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(outcomes->topLevelItem(i)->text(1), QStringLiteral("Not done (canceled)"));
        QVERIFY(CommandRepository(tdb.db()).list().isEmpty());
        QVERIFY(events(tdb.db(), QStringLiteral("command.queue")).isEmpty());
        console.window()->close();
    }

    void selectiveWipeRefusesThePersonalPhoneAndQueuesTheRest()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        setUpAdmin(tdb.db(), console);
        QList<qint64> ids;
        for (int i = 1; i <= 5; ++i)
            ids << addDevice(tdb.db(), QStringLiteral("Ward tablet %1").arg(i), Platform::Android, Ownership::COPE);
        const qint64 byod = addDevice(tdb.db(), QStringLiteral("Dr Okafor's phone"), Platform::iOS, Ownership::BYOD);
        ids << byod;
        QVERIFY(ConsoleDriver::signIn(console, QStringLiteral("root"), kPassword));
        DevicesPage *page = select(console, ids);
        QVERIFY(page);
        DeviceActionController *actions = page->deviceActions();
        QVERIFY(actions->selectiveWipeAction()->isEnabled());
        actions->selectiveWipeAction()->trigger();
        auto *box = page->findChild<QMessageBox *>(QStringLiteral("bulkConfirmDialog"));
        QVERIFY(box && box->isVisible());
        screenshot(box, QStringLiteral("bulk-wipe-confirm"));
        QVERIFY(box->text().contains(QLatin1String("6 device")));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("bulkConfirmButton")), Qt::LeftButton);
        QTreeWidget *outcomes = outcomesOf(page);
        QVERIFY(outcomes);
        screenshot(outcomes->window(), QStringLiteral("bulk-wipe-outcomes"));
        QCOMPARE(outcomes->topLevelItemCount(), 6);
        int refused = 0;
        for (int i = 0; i < outcomes->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *row = outcomes->topLevelItem(i);
            const bool isByod = row->data(0, Qt::UserRole).toLongLong() == byod;
            QCOMPARE(row->text(0).startsWith(QLatin1String("Dr Okafor")), isByod);
            if (isByod) {
                ++refused;
                QVERIFY2(row->text(1).startsWith(QLatin1String("Refused")) && row->text(1).contains(QLatin1String("personal (BYOD)")),
                         qPrintable(row->text(1)));
            } else {
                QCOMPARE(row->text(1), QStringLiteral("Queued"));
            }
        }
        QCOMPARE(refused, 1);
        QCOMPARE(CommandRepository(tdb.db()).list(byod).size(), 0);
        QCOMPARE(CommandRepository(tdb.db()).list().size(), 5);
        for (const DeviceCommand &c : CommandRepository(tdb.db()).list())
            QCOMPARE(c.requestType, QStringLiteral("REMOVE_WORK_PROFILE"));
        // One audit entry per device: five queued, the phone's refusal with its reason.
        QCOMPARE(events(tdb.db(), QStringLiteral("command.queue")).size(), 5);
        const QList<AuditEvent> refusals = events(tdb.db(), QStringLiteral("bulk.refused"));
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.first().deviceId.value_or(0), byod);
        QVERIFY(refusals.first().details.contains(QLatin1String("reason=byod-bulk")));
        console.window()->close();
    }

    void groupFilledByRuleAndPolicyAssignedToIt()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        setUpAdmin(tdb.db(), console);
        for (int i = 1; i <= 6; ++i)
            addDevice(tdb.db(), QStringLiteral("Radiology tab %1").arg(i), Platform::Android, Ownership::Shared, QStringLiteral("Radiology"));
        addDevice(tdb.db(), QStringLiteral("Radiology iPad"), Platform::iPadOS, Ownership::Shared, QStringLiteral("Radiology"));
        addDevice(tdb.db(), QStringLiteral("Cardiology tab"), Platform::Android, Ownership::Shared, QStringLiteral("Cardiology"));
        const qint64 loose = addDevice(tdb.db(), QStringLiteral("Loose iPhone"), Platform::iOS, Ownership::COPE);
        QVERIFY(ConsoleDriver::signIn(console, QStringLiteral("root"), kPassword));
        auto *groups = qobject_cast<GroupsPage *>(console.window()->sectionPage(QStringLiteral("groups")));
        QVERIFY(groups);
        // Create.
        QTest::keyClicks(groups->findChild<QLineEdit *>(QStringLiteral("newGroupName")), QStringLiteral("Radiology tablets"));
        QTest::mouseClick(groups->findChild<QPushButton *>(QStringLiteral("createGroupButton")), Qt::LeftButton);
        const std::optional<DeviceGroup> created = DeviceGroupRepository(tdb.db()).findByName(QStringLiteral("Radiology tablets"));
        QVERIFY(created);
        QCOMPARE(groups->currentGroupId(), created->id);
        // Fill by rule: shared, Radiology, Android.
        auto choose = [&](const char *combo, const QString &text) {
            auto *c = groups->findChild<QComboBox *>(QLatin1String(combo));
            const int i = c->findText(text);
            QVERIFY2(i >= 0, qPrintable(text));
            c->setCurrentIndex(i);
        };
        choose("ruleOwnership", DeviceTypes::displayName(Ownership::Shared));
        choose("ruleDepartment", QStringLiteral("Radiology"));
        choose("rulePlatform", DeviceTypes::displayName(Platform::Android));
        QTest::mouseClick(groups->findChild<QPushButton *>(QStringLiteral("addByRuleButton")), Qt::LeftButton);
        console.window()->resize(1280, 720);
        auto *nav = console.window()->findChild<QListWidget *>(QStringLiteral("navigationList"));
        nav->setCurrentRow(static_cast<NavigationList *>(nav)->rowOfKey(QStringLiteral("groups")));
        screenshot(console.window(), QStringLiteral("groups"));
        auto *members = groups->findChild<QTreeWidget *>(QStringLiteral("groupMembers"));
        QCOMPARE(members->topLevelItemCount(), 6);
        QVERIFY(groups->findChild<QLabel *>(QStringLiteral("groupStatus"))->text().contains(QLatin1String("Added 6 device")));
        // Add one more by selection, from the Devices page.
        DevicesPage *devices = select(console, {loose});
        QVERIFY(devices);
        devices->deviceActions()->addToGroupAction()->trigger();
        auto *target = devices->findChild<BulkTargetDialog *>();
        QVERIFY(target && target->isVisible());
        screenshot(target, QStringLiteral("bulk-add-to-group"));
        QCOMPARE(target->chosenId(), created->id);
        QTest::mouseClick(target->findChild<QPushButton *>(QStringLiteral("bulkTargetAccept")), Qt::LeftButton);
        QTreeWidget *outcomes = outcomesOf(devices);
        QVERIFY(outcomes);
        QCOMPARE(outcomes->topLevelItem(0)->text(1), QStringLiteral("Queued"));
        QCOMPARE(DeviceGroupRepository(tdb.db()).members(created->id).size(), 7);
        outcomes->window()->close();
        // Remove it again on the Groups page.
        groups->reload();
        QCOMPARE(members->topLevelItemCount(), 7);
        for (int i = 0; i < members->topLevelItemCount(); ++i)
            if (members->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == loose)
                members->topLevelItem(i)->setSelected(true);
        QTest::mouseClick(groups->findChild<QPushButton *>(QStringLiteral("removeMembersButton")), Qt::LeftButton);
        QCOMPARE(members->topLevelItemCount(), 6);
        QCOMPARE(events(tdb.db(), QStringLiteral("group.create")).size(), 1);
        QCOMPARE(events(tdb.db(), QStringLiteral("group.add")).size(), 2); // the rule, then the selected iPhone
        const QList<AuditEvent> removed = events(tdb.db(), QStringLiteral("group.remove"));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().deviceId.value_or(0), loose);

        // Policies > Assign to group: the new group is offered, and the answer counts the devices.
        auto *policies = qobject_cast<PoliciesPage *>(console.window()->sectionPage(QStringLiteral("policies")));
        QVERIFY(policies);
        QVERIFY(policies->data()->create(QStringLiteral("shared"), QStringLiteral("Radiology shared tablets")).ok());
        nav->setCurrentRow(static_cast<NavigationList *>(nav)->rowOfKey(QStringLiteral("policies")));
        auto *group = policies->findChild<QComboBox *>(QStringLiteral("assignGroup"));
        QTRY_VERIFY(group->count() == 1);
        QVERIFY(group->currentText().startsWith(QLatin1String("Radiology tablets")));
        QTest::mouseClick(policies->findChild<QPushButton *>(QStringLiteral("assignToGroupButton")), Qt::LeftButton);
        screenshot(console.window(), QStringLiteral("policies-assigned"));
        QVERIFY2(policies->statusText().contains(QLatin1String("queued for 6 device")), qPrintable(policies->statusText()));
        QCOMPARE(events(tdb.db(), QStringLiteral("policy.assign")).size(), 1);
        console.window()->close();
    }
};

QTEST_MAIN(TestBulkActionsGui)
#include "test_bulk_actions_gui.moc"
