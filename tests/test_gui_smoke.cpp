#include "DeviceTableModel.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "fleet/DeviceRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

namespace {

QList<Device> seedFleet()
{
    QList<Device> out;
    const QStringList depts = {QStringLiteral("ICU"), QStringLiteral("Pediatrics"), QStringLiteral("Radiology")};
    for (int i = 0; i < 30; ++i) {
        Device d;
        d.name = QStringLiteral("Tablet %1").arg(i, 2, 10, QLatin1Char('0'));
        d.serial = QStringLiteral("SER%1").arg(i, 4, 10, QLatin1Char('0'));
        d.platform = i % 3 == 0 ? Platform::Android : Platform::iPadOS;
        d.ownership = i % 2 ? Ownership::Shared : Ownership::COPE;
        d.department = depts.at(i % 3);
        d.assignedTo = i < 4 ? QStringLiteral("Dr. Rivera") : QStringLiteral("Nurse Okafor");
        d.model = QStringLiteral("iPad (10th generation)");
        d.osVersion = QStringLiteral("17.4");
        d.imei = QStringLiteral("3500000000%1").arg(i, 5, 10, QLatin1Char('0'));
        d.state = EnrollmentState::Enrolled;
        d.lastSeen = QDateTime::currentDateTimeUtc().addSecs(-3600);
        out << d;
    }
    return out;
}

template <typename T> T *child(QWidget &w, const char *name)
{
    T *found = w.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

} // namespace

class TestGuiSmoke : public QObject
{
    Q_OBJECT
private slots:
    void everySectionOpens()
    {
        TestDatabase t;
        MainWindow w(t.db());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *nav = child<QListWidget>(w, "navigationList");
        auto *stack = child<QStackedWidget>(w, "pageStack");
        QVERIFY(nav && stack);
        QCOMPARE(nav->count(), 10);
        QCOMPARE(stack->count(), 10);
        const QStringList titles = {QStringLiteral("Dashboard"), QStringLiteral("Devices"),  QStringLiteral("Groups"),   QStringLiteral("Enrollment"),
                                    QStringLiteral("Policies"),  QStringLiteral("Apps"),     QStringLiteral("Commands"),
                                    QStringLiteral("Audit"),     QStringLiteral("Reports"),  QStringLiteral("Settings")};
        QCOMPARE(nav->currentRow(), 1); // opens on the devices
        for (int row = 0; row < nav->count(); ++row) {
            QCOMPARE(nav->item(row)->text(), titles.at(row));
            QVERIFY(!nav->item(row)->icon().isNull());
            nav->setCurrentRow(row);
            QCOMPARE(stack->currentIndex(), row);
            QWidget *page = stack->currentWidget();
            QVERIFY(page->isVisible());
            auto *title = page->findChild<QLabel *>(QStringLiteral("pageTitle"));
            QVERIFY(title);
            QCOMPARE(title->text(), titles.at(row));
            if (row != 1) {
                auto *text = page->findChild<QLabel *>(QStringLiteral("emptyStateText"));
                QVERIFY(text && text->isVisible());
                QVERIFY2(text->text().size() > 40, qPrintable(text->text())); // says what will come
            }
        }
        // Keyboard: Ctrl+2 goes back to the devices.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(stack->currentIndex(), 1);
    }

    void devicesShowSearchFilterAndDetails()
    {
        TestDatabase t;
        QList<Device> fleet = seedFleet();
        QVERIFY(DeviceRepository(t.db()).insertAll(fleet).ok());
        MainWindow w(t.db());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));

        auto *table = child<QTableView>(w, "deviceTable");
        auto *search = child<QLineEdit>(w, "deviceSearch");
        auto *platform = child<QComboBox>(w, "platformFilter");
        auto *department = child<QComboBox>(w, "departmentFilter");
        auto *clear = child<QPushButton>(w, "clearFilters");
        QVERIFY(table && search && platform && department && clear);
        // The search box clamps what is pasted into it to what the engine accepts (issue 13).
        QCOMPARE(search->maxLength(), DeviceQuery::MaxTextChars);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 30);
        QCOMPARE(table->model()->index(0, int(DeviceField::Name)).data().toString(), QStringLiteral("Tablet 00"));
        QVERIFY(child<QLabel>(w, "deviceCountLabel")->text().contains(QLatin1String("30")));
        QVERIFY(child<QLabel>(w, "databaseLabel")->text().contains(t.path()));

        // Ctrl+F focuses the search box.
        table->setFocus();
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());

        // Typing is debounced, then narrows the table in SQL.
        QTest::keyClicks(search, QStringLiteral("rivera"));
        QCOMPARE(table->model()->rowCount(), 30); // not on every key
        QTRY_COMPARE(table->model()->rowCount(), 4);
        QVERIFY(clear->isEnabled());

        // Filters combine with the search.
        platform->setCurrentIndex(platform->findData(QStringLiteral("android"), Qt::UserRole + 1));
        QTRY_COMPARE(table->model()->rowCount(), 2); // Tablet 00 and Tablet 03
        clear->click();
        QTRY_COMPARE(table->model()->rowCount(), 30);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(platform->currentIndex(), 0);
        QVERIFY(!clear->isEnabled());
        QCOMPARE(department->count(), 4); // All + three departments
        department->setCurrentIndex(department->findText(QStringLiteral("ICU")));
        QTRY_COMPARE(table->model()->rowCount(), 10);
        clear->click();

        // Nothing matches: the table gives way to a message with a way out.
        QTest::keyClicks(search, QStringLiteral("zzz-no-such"));
        auto *empty = child<QWidget>(w, "emptyState");
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(!table->isVisible());
        search->clear();
        QTRY_VERIFY(table->isVisible());

        // A click on a column header sorts in SQL, through the model.
        auto *deviceModel = qobject_cast<DeviceTableModel *>(table->model());
        QVERIFY(deviceModel);
        QHeaderView *header = table->horizontalHeader();
        // At this window size the State column starts hidden (the least important columns give way
        // first); the admin shows it from the header's menu.
        header->showSection(int(DeviceField::State));
        QTRY_VERIFY(!header->isSectionHidden(int(DeviceField::State)) && header->sectionSize(int(DeviceField::State)) > 20);
        const int stateX = header->sectionViewportPosition(int(DeviceField::State)) + header->sectionSize(int(DeviceField::State)) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(stateX, header->height() / 2));
        QTRY_COMPARE(deviceModel->query().sortField, DeviceField::State);
        QTRY_VERIFY(!deviceModel->isLoading());
        // Sorting through the header is the model's (SQL) sort.
        table->sortByColumn(int(DeviceField::Serial), Qt::DescendingOrder);
        QTRY_COMPARE(table->model()->index(0, int(DeviceField::Serial)).data().toString(), QStringLiteral("SER0029"));

        // Selecting a row fills the detail pane.
        auto *detailMessage = child<QLabel>(w, "detailMessage");
        QVERIFY(detailMessage->isVisible());
        table->selectRow(0);
        auto *title = child<QLabel>(w, "detailTitle");
        QTRY_VERIFY(title->isVisible());
        QCOMPARE(title->text(), QStringLiteral("Tablet 29"));
        QCOMPARE(child<QLabel>(w, "detail_serial")->text(), QStringLiteral("SER0029"));
        QCOMPARE(child<QLabel>(w, "detail_ownership")->text(), DeviceTypes::displayName(Ownership::Shared));
        QCOMPARE(child<QLabel>(w, "detailOwnershipNote")->text(), DeviceTypes::ownershipDescription(Ownership::Shared));
        QCOMPARE(child<QLabel>(w, "detail_department")->text(), QStringLiteral("Radiology"));
        QCOMPARE(child<QLabel>(w, "detail_clinician")->text(), QStringLiteral("Nurse Okafor"));
        QCOMPARE(child<QLabel>(w, "detail_imei")->text(), fleet.at(29).imei);
        QCOMPARE(child<QLabel>(w, "detail_udid")->text(), QStringLiteral("—"));
        QVERIFY(child<QLabel>(w, "detail_lastSeen")->text().contains(QLatin1String("UTC")));

        // The selection survives a refresh that keeps the device in view.
        table->sortByColumn(int(DeviceField::Serial), Qt::AscendingOrder);
        QTRY_COMPARE(table->model()->index(0, int(DeviceField::Serial)).data().toString(), QStringLiteral("SER0000"));
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().first().data(DeviceTableModel::DeviceIdRole).toLongLong(),
                 fleet.at(29).id);
        QCOMPARE(title->text(), QStringLiteral("Tablet 29"));

        table->clearSelection();
        QTRY_VERIFY(detailMessage->isVisible());

        // F5 reads the fleet again: a device added elsewhere (CLI, another console) shows up, with
        // its new department among the filter choices and the fleet size in the status bar.
        Device added;
        added.name = QStringLiteral("Tablet 99");
        added.serial = QStringLiteral("SER9999");
        added.department = QStringLiteral("Oncology");
        QVERIFY(DeviceRepository(t.db()).insert(added).ok());
        QTest::keyClick(&w, Qt::Key_F5);
        QTRY_COMPARE(table->model()->rowCount(), 31);
        QCOMPARE(department->count(), 5);
        QTRY_VERIFY(child<QLabel>(w, "deviceCountLabel")->text().contains(QLatin1String("31")));
    }

    void emptyFleetSaysHowToStart()
    {
        TestDatabase t;
        MainWindow w(t.db());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *empty = child<QWidget>(w, "emptyState");
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        auto *title = empty->findChild<QLabel *>(QStringLiteral("emptyStateTitle"));
        QCOMPARE(title->text(), QStringLiteral("No devices yet — enroll devices or import an inventory CSV"));
        QVERIFY(!child<QTableView>(w, "deviceTable")->isVisible());
        QVERIFY(!child<QLineEdit>(w, "deviceSearch")->isEnabled());
        QVERIFY(child<QLabel>(w, "deviceCountLabel")->text().startsWith(QLatin1String("0 ")));
    }
};

QTEST_MAIN(TestGuiSmoke)
#include "test_gui_smoke.moc"
