#include "TextRowsModel.h"
#include "compliance/ComplianceSnapshotRepository.h"
#include "fleet/DemoSeeder.h"
#include "fleet/DeviceGroupService.h"
#include "pages/DashboardPage.h"
#include "pages/PoliciesPage.h"
#include "policy/PolicyRepository.h"

#include "TestDatabase.h"

#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>
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

    // Issue 14: count axes on round ticks (not 1097/2195/3292), one date per tick on the trend
    // axis, and a colour of its own for every safeguard's line (two used to share one).
    void chartsAreReadable()
    {
        const qint64 today = ComplianceSnapshotRepository::dayOf(QDateTime::currentSecsSinceEpoch());
        for (int d = 1; d <= 12; ++d)
            for (Safeguard s : SafeguardInfo::perDevice())
                QVERIFY(ComplianceSnapshotRepository(m_tdb->db()).recordDay(today - d * 86400, s, {300 - d, d, 10}, today).ok());
        DashboardPage page(m_tdb->db());
        page.resize(1280, 1400);
        page.show();
        int valueAxes = 0, dateAxes = 0;
        for (QChartView *view : page.findChildren<QChartView *>()) {
            for (QAbstractAxis *axis : view->chart()->axes()) {
                if (auto *values = qobject_cast<QValueAxis *>(axis)) {
                    ++valueAxes;
                    QCOMPARE(values->min(), 0.0);
                    const double step = values->max() / (values->tickCount() - 1);
                    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
                    const double mantissa = step / magnitude;
                    QVERIFY2(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) || qFuzzyCompare(mantissa, 5.0),
                             qPrintable(QStringLiteral("%1: ticks every %2").arg(view->chart()->title()).arg(step)));
                }
                if (auto *time = qobject_cast<QDateTimeAxis *>(axis)) {
                    ++dateAxes;
                    const qint64 from = time->min().toMSecsSinceEpoch(), to = time->max().toMSecsSinceEpoch();
                    QStringList labels;
                    for (int i = 0; i < time->tickCount(); ++i) {
                        const QDateTime tick = QDateTime::fromMSecsSinceEpoch(from + (to - from) * i / (time->tickCount() - 1));
                        QCOMPARE(tick.time(), QTime(12, 0)); // on a day, not between two
                        labels << tick.toString(time->format());
                    }
                    QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
                    QVERIFY(labels.size() >= 3 && labels.size() <= 8);
                }
            }
            QSet<QRgb> colours;
            int lines = 0;
            for (QAbstractSeries *series : view->chart()->series())
                if (auto *line = qobject_cast<QLineSeries *>(series)) {
                    colours.insert(line->color().rgb());
                    ++lines;
                }
            QCOMPARE(colours.size(), lines);
        }
        QVERIFY(valueAxes >= 5);
        QCOMPARE(dateAxes, 1);
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
        // The answer counts devices (issue 14), not commands: the group's 59 Android tablets, since an
        // iPad refuses a shared-device policy without Automated Device Enrollment (issue 21).
        QVERIFY2(page.statusText().contains(QLatin1String("the policy is queued for 59 device")), qPrintable(page.statusText()));
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
