#include "DashboardPage.h"

#include "TextRowsModel.h"
#include "compliance/ComplianceEvaluator.h"
#include "compliance/FleetStatisticsRepository.h"
#include "widgets/PageHeader.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {
const QColor kGood(46, 125, 50), kBad(198, 40, 40), kUnknown(158, 158, 158);
}

DashboardPage::DashboardPage(Database &db, QWidget *parent)
    : QWidget(parent), m_data(new DashboardData(db, this)), m_summary(new QLabel), m_drillTitle(new QLabel),
      m_drillView(new QTableView), m_drillModel(new TextRowsModel(this))
{
    auto *outer = new QVBoxLayout(this);
    auto *header = new PageHeader(tr("Dashboard"));
    auto *refreshButton = new QPushButton(tr("Refresh"));
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    header->addTrailingWidget(refreshButton);
    outer->addWidget(header);
    m_summary->setWordWrap(true);
    outer->addWidget(m_summary);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto *canvas = new QWidget;
    auto *grid = new QGridLayout(canvas);
    for (int i = 0; i < 6; ++i) {
        auto *view = new QChartView;
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        m_views << view;
        grid->addWidget(view, i / 2, i % 2);
    }
    m_drillTitle->setText(tr("Click a bar to list its devices."));
    grid->addWidget(m_drillTitle, 3, 0, 1, 2);
    m_drillView->setModel(m_drillModel);
    m_drillView->horizontalHeader()->setStretchLastSection(true);
    m_drillView->verticalHeader()->hide();
    m_drillView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_drillView->setMinimumHeight(200);
    grid->addWidget(m_drillView, 4, 0, 1, 2);
    scroll->setWidget(canvas);
    outer->addWidget(scroll, 1);
    connect(m_data, &DashboardData::reloaded, this, &DashboardPage::rebuildCharts);
    refresh();
}

void DashboardPage::refresh() { m_data->reload(QDateTime::currentSecsSinceEpoch()); }

QString DashboardPage::drillDownTitle() const { return m_drillTitle->text(); }

void DashboardPage::rebuildCharts()
{
    const FleetCompliance &c = m_data->compliance();
    const int managed = int(c.devices.size());
    m_summary->setText(tr("%1 managed devices: %2 compliant with every safeguard, %3 non-compliant, %4 unknown (no check-in for %5 days). "
                          "%6 without an assigned policy.")
                           .arg(managed).arg(c.compliantDevices).arg(c.nonCompliantDevices).arg(c.unknownDevices).arg(c.unknownAfterDays)
                           .arg(c.devicesWithoutPolicy));
    FleetStatistics::Counts freshness;
    for (const auto &f : m_data->statistics().freshness)
        freshness << f;
    const QList<QChart *> charts = {complianceChart(),
                                    countsChart(tr("Ownership"), m_data->statistics().ownership, DashboardData::Chart::Ownership, QColor(25, 118, 210)),
                                    countsChart(tr("OS versions"), m_data->statistics().osVersions.mid(0, 10), DashboardData::Chart::OsVersions, QColor(0, 137, 123)),
                                    countsChart(tr("Last check-in"), freshness, DashboardData::Chart::Freshness, QColor(245, 124, 0)),
                                    trendChart(), certificateChart()};
    for (int i = 0; i < charts.size(); ++i) {
        QChart *old = m_views[i]->chart();
        m_views[i]->setChart(charts[i]);
        delete old;
    }
}

QChart *DashboardPage::complianceChart()
{
    auto *series = new QHorizontalStackedBarSeries;
    auto *good = new QBarSet(tr("Compliant")), *bad = new QBarSet(tr("Non-compliant")), *unknown = new QBarSet(tr("Unknown"));
    good->setColor(kGood);
    bad->setColor(kBad);
    unknown->setColor(kUnknown);
    QStringList categories;
    const QList<Safeguard> safeguards = SafeguardInfo::perDevice();
    for (Safeguard s : safeguards) {
        const SafeguardTally t = m_data->compliance().bySafeguard.value(s);
        *good << t.compliant;
        *bad << t.nonCompliant;
        *unknown << t.unknown;
        categories << QStringLiteral("%1 %2").arg(SafeguardInfo::title(s), SafeguardInfo::reference(s));
    }
    series->append({good, bad, unknown});
    connect(series, &QAbstractBarSeries::clicked, this, [this, safeguards, good, bad](int index, QBarSet *set) {
        const ComplianceState state = set == good ? ComplianceState::Compliant : set == bad ? ComplianceState::NonCompliant : ComplianceState::Unknown;
        showDevices(DashboardData::Chart::Compliance, SafeguardInfo::id(safeguards.value(index)), state);
    });
    auto *chart = new QChart;
    chart->setTitle(tr("Compliance by safeguard (devices)"));
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *DashboardPage::countsChart(const QString &title, const FleetStatistics::Counts &counts, DashboardData::Chart kind, const QColor &color)
{
    auto *set = new QBarSet(title);
    set->setColor(color);
    QStringList categories, keys;
    for (const auto &c : counts) {
        *set << c.second;
        keys << c.first;
        categories << (kind == DashboardData::Chart::Freshness ? FleetStatisticsRepository::freshnessLabel(c.first) : c.first);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    connect(set, &QBarSet::clicked, this, [this, kind, keys](int index) { showDevices(kind, keys.value(index)); });
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart->legend()->hide();
    return chart;
}

QChart *DashboardPage::trendChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Compliant devices by safeguard, last 30 days (%)"));
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MMM d"));
    auto *pct = new QValueAxis;
    pct->setRange(0, 100);
    pct->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(pct, Qt::AlignLeft);
    qint64 first = m_data->loadedAt(), last = m_data->loadedAt();
    for (Safeguard s : SafeguardInfo::perDevice()) {
        auto *line = new QLineSeries;
        line->setName(SafeguardInfo::title(s));
        line->setPointsVisible(true);
        for (const ComplianceSnapshot &snap : m_data->trend())
            if (snap.safeguard == s) {
                line->append(double(snap.day) * 1000.0, snap.tally.percentCompliant());
                first = qMin(first, snap.day);
            }
        chart->addSeries(line);
        line->attachAxis(time);
        line->attachAxis(pct);
    }
    time->setRange(QDateTime::fromSecsSinceEpoch(first - 86400, Qt::UTC), QDateTime::fromSecsSinceEpoch(last + 86400, Qt::UTC));
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *DashboardPage::certificateChart()
{
    auto *set = new QBarSet(tr("Days until expiry"));
    set->setColor(QColor(123, 31, 162));
    QStringList categories;
    for (const CertificateStatus &c : m_data->certificates()) {
        if (c.present && !c.expires())
            continue; // a key without an expiry date has no bar to draw
        *set << (c.notAfter ? qMax<qint64>(0, (c.notAfter - m_data->loadedAt()) / 86400) : 0);
        categories << (c.notAfter ? c.role : tr("%1 (not configured)").arg(c.role));
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    auto *chart = new QChart;
    chart->setTitle(tr("Certificate expiry (days left)"));
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart->legend()->hide();
    return chart;
}

void DashboardPage::showDevices(DashboardData::Chart chart, const QString &key, ComplianceState state)
{
    const QList<DeviceBrief> devices = m_data->devicesFor(chart, key, state);
    QList<QStringList> rows;
    QList<qint64> ids;
    for (const DeviceBrief &d : devices) {
        rows << QStringList{d.name, d.serial, d.detail};
        ids << d.id;
    }
    const bool compliance = chart == DashboardData::Chart::Compliance;
    m_drillModel->setRows({tr("Device"), tr("Serial"), compliance ? tr("Reason") : chart == DashboardData::Chart::OsVersions ? tr("OS") : tr("Department")},
                          rows, ids);
    QString label = key;
    if (compliance)
        for (Safeguard s : SafeguardInfo::perDevice())
            if (SafeguardInfo::id(s) == key)
                label = QStringLiteral("%1 — %2").arg(SafeguardInfo::title(s), ComplianceStateInfo::displayName(state));
    if (chart == DashboardData::Chart::Freshness)
        label = FleetStatisticsRepository::freshnessLabel(key);
    m_drillTitle->setText(tr("%1: %n device(s)", nullptr, int(devices.size())).arg(label));
    m_drillView->resizeColumnsToContents();
}
