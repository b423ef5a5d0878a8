// The Devices page with 5,000 demo devices at 1280x720, in English and Spanish: the compliance and
// policy columns show the engine's stored verdicts, the compliance filter and sort run in SQL, the
// details list each safeguard with the reported value and when, the visible columns fit the
// viewport (nothing cut off), and the column layout and splitter come back after a restart.
// CLINICMDM_SCREENSHOT_DIR=folder saves the page as PNG for a look.
#include "DeviceTableModel.h"
#include "MainWindow.h"
#include "compliance/ComplianceRefresher.h"
#include "compliance/ComplianceService.h"
#include "fleet/DeviceRepository.h"
#include "fleet/DemoSeeder.h"
#include "pages/DevicesPage.h"
#include "policy/BaselineCatalog.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyRepository.h"
#include "security/Actor.h"
#include "widgets/DeviceDetailPane.h"
#include "widgets/DeviceTableView.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QTranslator>

namespace {

// Visible sections narrower than their title needs (the style's size for the text, margins and
// sort arrow): those titles would be elided.
QStringList clippedHeaders(const DeviceTableView *table)
{
    QStringList out;
    const QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        if (!header->isSectionHidden(c) && header->sectionSize(c) < header->sectionSizeHint(c))
            out << table->model()->headerData(c, Qt::Horizontal).toString();
    }
    return out;
}

} // namespace

class TestDevicesPageLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestDatabase> m_t;
    QHash<qint64, ComplianceState> m_verdicts;

    DevicesPage *devicesOf(MainWindow &w) { return qobject_cast<DevicesPage *>(w.sectionPage(QStringLiteral("devices"))); }

    void openAt1280(MainWindow &w)
    {
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        DevicesPage *page = devicesOf(w);
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->rowCount() > 0);
    }

    void screenshot(QWidget &w, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("CLINICMDM_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(w.grab().save(dir + QLatin1Char('/') + name));
    }

private slots:
    void initTestCase()
    {
        // A layout store of this test's own (LayoutStore needs the application's identity).
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ClinicMDM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("test_devices_page_layout"));
        if (qEnvironmentVariable("CLINICMDM_TEST_LANG") == QLatin1String("es")) {
            QLocale::setDefault(QLocale(QStringLiteral("es")));
            auto *translator = new QTranslator(qApp);
            QVERIFY(translator->load(QStringLiteral(QT_TESTCASE_BUILDDIR "/../translations/clinicmdm_es.qm")));
            QApplication::installTranslator(translator);
        }
        m_t = std::make_unique<TestDatabase>();
        DemoSeeder seeder(m_t->db(), Actor::system());
        QVERIFY(seeder.seed(5000).ok());
        // What the engine decides, device by device, to hold the page's columns against.
        for (const DeviceCompliance &d : ComplianceService(m_t->db()).evaluate(QDateTime::currentSecsSinceEpoch()).devices)
            m_verdicts.insert(d.deviceId, d.overall());
        QVERIFY(m_verdicts.size() > 1000);
    }

    void opensFastAndFitsAt1280()
    {
        QElapsedTimer clock;
        clock.start();
        MainWindow w(m_t->db());
        openAt1280(w);
        qInfo("Devices page with 5,000 devices open and filled in %lld ms", clock.elapsed());
        DevicesPage *page = devicesOf(w);
        DeviceTableView *table = page->table();
        QVERIFY2(table->visibleColumnsWidth() <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(table->visibleColumnsWidth()).arg(table->viewport()->width())));
        QVERIFY(!table->isColumnHidden(int(DeviceField::Name)));
        QVERIFY(!table->isColumnHidden(int(DeviceField::Compliance)));
        QVERIFY(!table->isColumnHidden(int(DeviceField::LastSeen)));
        QVERIFY2(clippedHeaders(table).isEmpty(), qPrintable(clippedHeaders(table).join(QLatin1String(", "))));
        table->selectRow(0);
        screenshot(w, QStringLiteral("devices-1280x720-%1.png").arg(QLocale().name().left(2)));
    }

    void complianceColumnShowsTheEnginesVerdict()
    {
        MainWindow w(m_t->db());
        openAt1280(w);
        DeviceTableModel *model = devicesOf(w)->model();
        const int column = int(DeviceField::Compliance);
        int checked = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 id = model->index(row, 0).data(DeviceTableModel::DeviceIdRole).toLongLong();
            const ComplianceState expected = m_verdicts.value(id, ComplianceState::Unknown);
            QCOMPARE(model->index(row, column).data().toString(), ComplianceStateInfo::displayName(expected));
            ++checked;
        }
        QVERIFY(checked >= 100);

        // The filter: in SQL, exactly the engine's non-compliant devices.
        auto *filter = devicesOf(w)->findChild<QComboBox *>(QStringLiteral("complianceFilter"));
        QVERIFY(filter);
        const int nonCompliant = int(std::count(m_verdicts.cbegin(), m_verdicts.cend(), ComplianceState::NonCompliant));
        filter->setCurrentIndex(filter->findData(ComplianceStateInfo::id(ComplianceState::NonCompliant),
                                                 Qt::UserRole + 1));
        QTRY_VERIFY(!model->isLoading() && model->totalCount() == nonCompliant);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, column).data().toString(), ComplianceStateInfo::displayName(ComplianceState::NonCompliant));

        const int compliant = int(std::count(m_verdicts.cbegin(), m_verdicts.cend(), ComplianceState::Compliant));
        filter->setCurrentIndex(filter->findData(ComplianceStateInfo::id(ComplianceState::Compliant), Qt::UserRole + 1));
        QTRY_VERIFY(!model->isLoading() && model->totalCount() == compliant);

        // Sorting by it (descending: unknown first, then non-compliant, then compliant) is SQL's too.
        filter->setCurrentIndex(0);
        QTRY_VERIFY(!model->isLoading() && model->totalCount() == 5000);
        model->sort(column, Qt::DescendingOrder);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->index(0, column).data().toString(), ComplianceStateInfo::displayName(ComplianceState::Unknown));
    }

    void detailsListEachSafeguardWithTheReportedValue()
    {
        MainWindow w(m_t->db());
        openAt1280(w);
        DevicesPage *page = devicesOf(w);
        DeviceTableModel *model = page->model();
        int row = 0;
        while (row < model->rowCount() && m_verdicts.value(model->index(row, 0).data(DeviceTableModel::DeviceIdRole).toLongLong(),
                                                           ComplianceState::Unknown) == ComplianceState::Unknown)
            ++row;
        QVERIFY(row < model->rowCount());
        page->table()->selectRow(row);
        auto *encryption = page->detailPane()->findChild<QLabel *>(QStringLiteral("detail_safeguard_encryption"));
        auto *policy = page->detailPane()->findChild<QLabel *>(QStringLiteral("detail_policy"));
        QVERIFY(encryption && policy);
        // "Compliant — encrypted=true, reported 2026-11-27 14:03 UTC": the value and its moment.
        QVERIFY2(encryption->text().contains(QLatin1String("encrypted=")), qPrintable(encryption->text()));
        QVERIFY2(encryption->text().contains(QString::number(QDate::currentDate().year()))
                     || encryption->text().contains(QString::number(QDate::currentDate().year() - 1)),
                 qPrintable(encryption->text()));
        QVERIFY(!policy->text().isEmpty());
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents(); // lay out the rows just added, for the picture
        if (auto *scroll = page->detailPane()->findChild<QScrollArea *>())
            scroll->ensureWidgetVisible(encryption);
        screenshot(w, QStringLiteral("devices-details-1280x720-%1.png").arg(QLocale().name().left(2)));
    }

    void storingUnchangedVerdictsWritesNothing()
    {
        // The figure: a whole-fleet re-evaluation on the refresher's thread; the demo seed stored
        // the verdicts already, so nothing is written (and no view wakes up).
        ComplianceRefresher refresher(m_t->db());
        QSignalSpy refreshed(&refresher, &ComplianceRefresher::refreshed);
        refresher.start();
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(refreshed.first().at(0).toInt(), 0);
        qInfo("compliance refresh of 5,000 devices: %lld ms", refreshed.first().at(1).toLongLong());
    }

    void aPolicyAssignedElsewhereShowsLive()
    {
        MainWindow w(m_t->db());
        openAt1280(w);
        DeviceTableModel *model = devicesOf(w)->model();
        // A managed device (the admin searched for its serial), no policy yet.
        const qint64 id = m_verdicts.key(ComplianceState::NonCompliant);
        QVERIFY(id > 0);
        DeviceQuery query = model->query();
        query.text = DeviceRepository(m_t->db()).findById(id)->serial;
        model->setQuery(query);
        QTRY_VERIFY(!model->isLoading() && model->rowOfDevice(id) >= 0);
        QCOMPARE(model->deviceAt(model->rowOfDevice(id))->policyLabel, QString());

        // Another console (another connection) creates a policy and assigns it to the device: the
        // engine re-judges the device and the open table shows the policy, with no user action.
        Database other;
        QVERIFY(other.openAnother(m_t->db()).ok());
        PolicyRecord policy;
        policy.name = QStringLiteral("Ward tablets");
        policy.body = PolicyJson::toJson(BaselineCatalog::all().first().settings);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        PolicyRepository policies(other);
        QVERIFY(policies.insert(policy, QStringLiteral("root"), now).ok());
        QVERIFY(policies.assignDevice(policy.id, id, now).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOfDevice(id), int(DeviceField::Policy)).data().toString(),
                                  QStringLiteral("Ward tablets v1"), 15000);
    }

    void layoutComesBackAfterARestart()
    {
        QByteArray splitterState;
        int nameWidth = 0;
        {
            MainWindow w(m_t->db());
            openAt1280(w);
            DeviceTableView *table = devicesOf(w)->table();
            QHeaderView *header = table->horizontalHeader();
            header->resizeSection(int(DeviceField::Name), header->sectionSize(int(DeviceField::Name)) - 20);
            nameWidth = header->sectionSize(int(DeviceField::Name));
            header->moveSection(header->visualIndex(int(DeviceField::Platform)), 1); // emits sectionMoved: saved
            auto *splitter = devicesOf(w)->findChild<QSplitter *>(QStringLiteral("deviceSplitter"));
            splitter->setSizes({700, 300});
            emit splitter->splitterMoved(700, 1); // what a drag of the handle emits
            splitterState = splitter->saveState();
        }
        MainWindow again(m_t->db());
        openAt1280(again);
        QHeaderView *header = devicesOf(again)->table()->horizontalHeader();
        QCOMPARE(header->visualIndex(int(DeviceField::Platform)), 1);
        QCOMPARE(header->sectionSize(int(DeviceField::Name)), nameWidth);
        QCOMPARE(devicesOf(again)->findChild<QSplitter *>(QStringLiteral("deviceSplitter"))->saveState(), splitterState);
    }
};

QTEST_MAIN(TestDevicesPageLayout)
#include "test_devices_page_layout.moc"
