// Live views: with the console open and signed in, writes made elsewhere — another connection (as
// an endpoint worker or a second console has) and the clinicmdm command line in its own process —
// show in the open views with no user action: the device table (keeping the selection), the
// Commands page, the Audit page and the accounts panel. Nothing here presses F5 or waits for a poll.
#include "AuditTableModel.h"
#include "CommandTableModel.h"
#include "DeviceTableModel.h"
#include "MainWindow.h"
#include "audit/AuditLog.h"
#include "changes/ChangeNotifier.h"
#include "commands/CommandRepository.h"
#include "fleet/DeviceRepository.h"
#include "pages/AccountsPanel.h"
#include "pages/AuditPage.h"
#include "pages/CommandsPage.h"
#include "pages/DevicesPage.h"
#include "pages/SettingsPage.h"
#include "security/FieldCipher.h"
#include "security/SecureConsole.h"
#include "settings/SettingsRepository.h"
#include "widgets/DeviceTableView.h"
#include "CliRunner.h"
#include "ConsoleDriver.h"
#include "TestDatabase.h"

#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUuid>

namespace {

const QString kPassword = QStringLiteral("live views password");

qint64 addDevice(Database &db, const QString &name, const QString &serial)
{
    Device d;
    d.name = name;
    d.serial = serial;
    d.platform = Platform::iPadOS;
    d.state = EnrollmentState::Enrolled;
    return DeviceRepository(db).insert(d) ? d.id : 0;
}

bool tableHas(const QTableWidget *table, const QString &text)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == text)
            return true;
    return false;
}

} // namespace

class TestLiveViews : public QObject
{
    Q_OBJECT
private slots:
    void writesElsewhereShowInTheOpenViews()
    {
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        QVERIFY(SettingsRepository(tdb.db()).setValue(Setting::MfaRequiredForAdministrators, false));
        AdminSession root;
        QVERIFY(console.accounts().createFirstAdministrator(QStringLiteral("root"), {}, kPassword, &root));
        const qint64 ward = addDevice(tdb.db(), QStringLiteral("Ward 3 iPad"), QStringLiteral("W3"));
        addDevice(tdb.db(), QStringLiteral("Ward 4 iPad"), QStringLiteral("W4"));
        QVERIFY(ConsoleDriver::signIn(console, QStringLiteral("root"), kPassword));
        DevicesPage *devices = ConsoleDriver::selectDevice(console, ward);
        QVERIFY(devices);
        auto *commands = qobject_cast<CommandsPage *>(console.window()->sectionPage(QStringLiteral("commands")));
        auto *audit = qobject_cast<AuditPage *>(console.window()->sectionPage(QStringLiteral("audit")));
        auto *settings = qobject_cast<SettingsPage *>(console.window()->sectionPage(QStringLiteral("settings")));
        QVERIFY(commands && audit && settings);

        Database other; // another writer: an endpoint worker, a second console
        QVERIFY(other.openAnother(tdb.db()).ok());

        // A device renamed elsewhere: the table shows the new name, the same device stays selected.
        std::optional<Device> d = DeviceRepository(other).findById(ward);
        QVERIFY(d);
        d->name = QStringLiteral("Ward 3 iPad (cart B)");
        QVERIFY(DeviceRepository(other).update(*d).ok());
        QTRY_COMPARE(devices->model()->index(devices->model()->rowOfDevice(ward), 0).data().toString(), d->name);
        const QModelIndexList selected = devices->table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(DeviceTableModel::DeviceIdRole).toLongLong(), ward);

        // A command queued elsewhere: the Commands page lists it.
        const int commandsBefore = commands->model()->rowCount();
        DeviceCommand c;
        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
        c.deviceId = ward;
        c.requestType = QStringLiteral("DeviceLock");
        c.queuedBy = QStringLiteral("root");
        QVERIFY(CommandRepository(other).enqueue(c).ok());
        QTRY_COMPARE(commands->model()->rowCount(), commandsBefore + 1);

        // An audit entry written elsewhere: the Audit page counts and shows it.
        const int auditBefore = audit->model()->totalCount();
        QVERIFY(AuditLog(other).record(Actor{QStringLiteral("root"), QStringLiteral("Administrator")},
                                       QStringLiteral("device.lock"), QStringLiteral("success"),
                                       QStringLiteral("until=1796140800"), ward)
                    .ok());
        QTRY_COMPARE(audit->model()->totalCount(), auditBefore + 1);
        // Its moment reads as a date with the year in full, not as epoch seconds.
        const QString details = audit->model()->index(0, AuditTableModel::Details).data().toString();
        QVERIFY2(!details.contains(QLatin1String("1796140800")) && details.contains(QLatin1String("2026")), qPrintable(details));

        // An admin added by the command line, in its own process: the accounts panel lists them.
        if (CliRunner::binary().isEmpty() || !QFile::exists(CliRunner::binary()))
            QFAIL("CLINICMDM_BINARY does not name the clinicmdm executable (run through ctest)");
        QVERIFY(!tableHas(settings->accountsPanel()->table(), QStringLiteral("nina")));
        const CliRunner cli(tdb.path());
        const CliRunner::Result r = cli.run({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("admin"),
                                             QStringLiteral("add"), QStringLiteral("nina"), QStringLiteral("--role"),
                                             QStringLiteral("Technician")},
                                            {{QStringLiteral("CLINICMDM_PASSWORD"), kPassword},
                                             {QStringLiteral("CLINICMDM_NEW_PASSWORD"), QStringLiteral("nina's long password 7")}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QTRY_VERIFY(tableHas(settings->accountsPanel()->table(), QStringLiteral("nina")));
    }

    void aRefreshKeepsTheScrollPosition()
    {
        TestDatabase tdb;
        QList<Device> many;
        for (int i = 0; i < 600; ++i) {
            Device d;
            d.name = QStringLiteral("Tablet %1").arg(i, 4, 10, QLatin1Char('0'));
            d.serial = QStringLiteral("S%1").arg(i);
            d.platform = Platform::Android;
            d.state = EnrollmentState::Enrolled;
            many << d;
        }
        QVERIFY(DeviceRepository(tdb.db()).insertAll(many).ok());
        ChangeNotifier notifier(tdb.db());
        QVERIFY(notifier.start(20));
        DevicesPage page(tdb.db());
        page.setChangeNotifier(&notifier);
        page.resize(1100, 600);
        page.show();
        QTRY_VERIFY(!page.model()->isLoading() && page.model()->rowCount() > 0);
        while (page.model()->canFetchMore({}))
            page.model()->fetchMore({});
        QTableView *table = page.table();
        table->selectRow(450);
        table->scrollTo(page.model()->index(450, 0));
        const int scroll = table->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        const qint64 selectedId = page.model()->index(450, 0).data(DeviceTableModel::DeviceIdRole).toLongLong();

        Database other;
        QVERIFY(other.openAnother(tdb.db()).ok());
        Device added; // sorts first: every row moves down by one
        added.name = QStringLiteral("AAA new tablet");
        added.serial = QStringLiteral("NEW-1");
        added.platform = Platform::Android;
        QVERIFY(DeviceRepository(other).insert(added).ok());
        QTRY_COMPARE(page.model()->totalCount(), 601);
        QTRY_VERIFY(!page.model()->isLoading());
        QCOMPARE(page.model()->rowOfDevice(added.id), 0);
        QVERIFY(page.model()->rowCount() >= 451); // as many rows as were loaded, not one page
        QCOMPARE(table->selectionModel()->selectedRows().value(0).data(DeviceTableModel::DeviceIdRole).toLongLong(), selectedId);
        QVERIFY(qAbs(table->verticalScrollBar()->value() - scroll) <= 1);
    }
};

QTEST_MAIN(TestLiveViews)
#include "test_live_views.moc"
