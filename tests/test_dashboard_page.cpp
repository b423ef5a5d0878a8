#include "TextRowsModel.h"
#include "compliance/ComplianceSnapshotRepository.h"
#include "fleet/DemoSeeder.h"
#include "fleet/DeviceGroupService.h"
#include "pages/DashboardPage.h"
#include "pages/PoliciesPage.h"
#include "policy/PolicyRepository.h"

#include "TestDatabase.h"

#include <QChartView>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

// Issue 7: the dashboard's charts and drill-down, and the Policies page's create / edit / assign /
// roll back, offscreen. CLINICMDM_SCREENSHOT_DIR=<dir> saves what they look like.
class TestDashboardPage : public QObject
{
    Q_OBJECT

    TestDatabase *m_tdb = nullptr;
    AdminSession m_admin;

    void screenshot(QWidget &w, const char *name)
    {
        const QString dir = qEnvironmentVariable("CLINICMDM_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w.grab().save(dir + QLatin1Char('/') + QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        m_tdb = new TestDatabase;
        m_admin = AdminSession(&m_tdb->db(), 1, QStringLiteral("alice"), Role::Administrator, true);
        QVERIFY(DemoSeeder(m_tdb->db(), m_admin.actor()).seed(400).ok());
        DeviceGroup g;
        QVERIFY(DeviceGroupService(m_tdb->db()).create(m_admin, QStringLiteral("Ward tablets"), {}, &g).ok());
        QVERIFY(DeviceGroupService(m_tdb->db()).add(m_admin, g.id, {}, Ownership::Shared, {}).ok());
    }
    void cleanupTestCase() { delete m_tdb; }

    void dashboardChartsAndDrillDown()
    {
        DashboardPage page(m_tdb->db());
        page.resize(1280, 1400);
        page.show();
        const QList<QChartView *> views = page.findChildren<QChartView *>();
        QCOMPARE(views.size(), 6);
        for (QChartView *v : views)
            QVERIFY(!v->chart()->series().isEmpty());
        const FleetCompliance &fleet = page.data()->compliance();
        QVERIFY(fleet.devices.size() > 250);
        const int failing = fleet.bySafeguard.value(Safeguard::Encryption).nonCompliant;
        QVERIFY(failing > 0);
        page.showDevices(DashboardData::Chart::Compliance, SafeguardInfo::id(Safeguard::Encryption), ComplianceState::NonCompliant);
        QCOMPARE(page.drillDown()->rowCount(), failing);
        QVERIFY(page.drillDown()->data(page.drillDown()->index(0, 2)).toString().startsWith(QLatin1String("storage not encrypted")));
        QVERIFY(page.drillDownTitle().contains(QLatin1String("Encryption at rest")));
        const int shared = page.data()->statistics().ownership[3].second;
        page.showDevices(DashboardData::Chart::Ownership, QStringLiteral("Shared"));
        QCOMPARE(page.drillDown()->rowCount(), shared);
        // Opening the dashboard records today's snapshot for the trend.
        QVERIFY(!ComplianceSnapshotRepository(m_tdb->db()).between(0, QDateTime::currentSecsSinceEpoch()).isEmpty());
        QVERIFY(QTest::qWaitForWindowExposed(&page)); // drawn before the optional screenshot
        screenshot(page, "dashboard.png");
    }

    void policiesPageCreateEditAssignRollBack()
    {
        PoliciesPage page(m_tdb->db(), m_admin);
        page.resize(1200, 800);
        page.show();
        auto *baseline = page.findChild<QComboBox *>();
        baseline->setCurrentIndex(baseline->findData(QStringLiteral("shared")));
        page.findChild<QLineEdit *>()->setText(QStringLiteral("Ward tablets policy"));
        page.createFromBaseline();
        QVERIFY2(page.statusText().startsWith(QLatin1String("Created Ward tablets policy")), qPrintable(page.statusText()));
        QCOMPARE(page.data()->policies()->rowCount(), 1);
        page.selectRow(0);
        QSpinBox *minLength = page.findChildren<QSpinBox *>().first();
        QCOMPARE(minLength->value(), 6);
        minLength->setValue(8);
        page.saveSettings();
        QCOMPARE(page.data()->current()->version, 2);
        QCOMPARE(page.data()->differences()->rowCount(), 1);
        QCOMPARE(page.data()->differences()->data(page.data()->differences()->index(0, 0)).toString(), QStringLiteral("passcode.minLength"));
        page.assignToGroup();
        // The answer counts devices (issue 14), not commands.
        QVERIFY2(page.statusText().contains(QLatin1String("the policy is queued for 90 device")), qPrintable(page.statusText()));
        QVERIFY(!PolicyRepository(m_tdb->db()).devicesOf(page.data()->current()->id).isEmpty());
        // Roll back to version 1 (the versions list is newest first).
        auto *versions = page.findChildren<QTableView *>().at(1);
        QCOMPARE(versions->model()->rowCount(), 2);
        versions->setCurrentIndex(versions->model()->index(1, 0));
        page.rollBackToSelected();
        QCOMPARE(page.data()->current()->version, 3);
        QCOMPARE(page.data()->differences()->rowCount(), 0);
        screenshot(page, "policies.png");
        // A Technician's page shows the same, but the engine refuses the change.
        PoliciesPage tech(m_tdb->db(), AdminSession(&m_tdb->db(), 2, QStringLiteral("tom"), Role::Technician, true));
        tech.findChild<QComboBox *>()->setCurrentIndex(0);
        tech.createFromBaseline();
        QVERIFY2(tech.statusText().contains(QLatin1String("Technician")), qPrintable(tech.statusText()));
        QCOMPARE(PolicyRepository(m_tdb->db()).list().size(), 1);
    }
};

QTEST_MAIN(TestDashboardPage)
#include "test_dashboard_page.moc"
