#include "DashboardPage.h"

#include "TextRowsModel.h"
#include "changes/ChangeNotifier.h"
#include "compliance/ComplianceEvaluator.h"
#include "compliance/FleetStatisticsRepository.h"
#include "widgets/ChartStyle.h"
#include "widgets/PageHeader.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

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
    // Compliance and the trend carry long safeguard names, so they get the whole width; the
    // four small charts share rows two by two.
    for (int i = 0; i < 6; ++i) {
        auto *view = new QChartView;
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(i < 2 ? 320 : 260);
        m_views << view;
        if (i < 2)
            grid->addWidget(view, i, 0, 1, 2);
        else
            grid->addWidget(view, 2 + (i - 2) / 2, (i - 2) % 2);
    }
    m_drillTitle->setText(tr("Click a bar to list its devices."));
    grid->addWidget(m_drillTitle, 4, 0, 1, 2);
    m_drillView->setModel(m_drillModel);
    m_drillView->horizontalHeader()->setStretchLastSection(true);
    m_drillView->verticalHeader()->hide();
    m_drillView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_drillView->setMinimumHeight(200);
    grid->addWidget(m_drillView, 5, 0, 1, 2);
    scroll->setWidget(canvas);
    outer->addWidget(scroll, 1);
    connect(m_data, &DashboardData::reloaded, this, &DashboardPage::rebuildCharts);
    refresh();
}

void DashboardPage::refresh()
{
    m_stale = false;
    m_data->reload(QDateTime::currentSecsSinceEpoch());
}

void DashboardPage::followChanges(ChangeNotifier *notifier)
{
    if (!notifier)
        return;
    m_staleTimer = new QTimer(this);
    m_staleTimer->setSingleShot(true);
    m_staleTimer->setInterval(1000);
    connect(m_staleTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(notifier, &ChangeNotifier::changed, this, [this](ChangeSubject subject) {
        if (subject != ChangeSubject::Devices && subject != ChangeSubject::Policies && subject != ChangeSubject::Groups)
            return;
        m_stale = true;
        if (isVisible() && !m_staleTimer->isActive())
            m_staleTimer->start();
    });
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

QString DashboardPage::drillDownTitle() const { return m_drillTitle->text(); }

void DashboardPage::rebuildCharts()
{
    const FleetCompliance &c = m_data->compliance();
    const int managed = int(c.devices.size());
    const QLocale locale;
    m_summary->setText(tr("%1 managed devices: %2 compliant with every safeguard, %3 non-compliant, %4 unknown (no check-in for %5 days). "
                          "%6 without an assigned policy.")
                           .arg(locale.toString(managed), locale.toString(c.compliantDevices), locale.toString(c.nonCompliantDevices),
                                locale.toString(c.unknownDevices))
                           .arg(c.unknownAfterDays)
                           .arg(locale.toString(c.devicesWithoutPolicy)));
    FleetStatistics::Counts freshness;
    for (const auto &f : m_data->statistics().freshness)
        freshness << f;
    const QList<QChart *> charts = {complianceChart(), trendChart(),
                                    countsChart(tr("Ownership"), m_data->statistics().ownership, DashboardData::Chart::Ownership, QColor(25, 118, 210)),
                                    countsChart(tr("OS versions"), m_data->statistics().osVersions.mid(0, 10), DashboardData::Chart::OsVersions, QColor(0, 137, 123)),
                                    countsChart(tr("Last check-in"), freshness, DashboardData::Chart::Freshness, QColor(245, 124, 0)),
                                    certificateChart()};
    for (int i = 0; i < charts.size(); ++i) {
        ChartStyle::applyWindowFont(charts[i]);
        // Qt Charts shortens a category label taller than its band to "...": give every category
        // of the tallest chart in the row a line and a half.
        m_views[i]->setMinimumHeight(qMax(i < 2 ? 320 : 260, 130 + 26 * qMax(categoryCount(charts[i]), categoryCount(charts[i ^ 1]))));
        QChart *old = m_views[i]->chart();
        m_views[i]->setChart(charts[i]);
        delete old;
    }
}

QString DashboardPage::categoryLabel(DashboardData::Chart kind, const QString &key)
{
    if (kind == DashboardData::Chart::Freshness)
        return FleetStatisticsRepository::freshnessLabel(key);
    if (kind == DashboardData::Chart::Ownership)
        if (const std::optional<Ownership> o = DeviceTypes::ownershipFromDb(key))
            return DeviceTypes::displayName(*o); // "Shared clinical", "Compartido clínico"
    return key;
}

int DashboardPage::categoryCount(const QChart *chart)
{
    int count = 0;
    for (QAbstractAxis *axis : chart->axes())
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            count = qMax(count, int(categories->count()));
    return count;
}

QChart *DashboardPage::complianceChart()
{
    auto *series = new QHorizontalStackedBarSeries;
    auto *good = new QBarSet(tr("Compliant")), *bad = new QBarSet(tr("Non-compliant")), *unknown = new QBarSet(tr("Unknown"));
    good->setColor(kGood);
    bad->setColor(kBad);
    unknown->setColor(kUnknown);
    QStringList categories;
    // Bars are drawn bottom-up; listed in reverse, the first safeguard is on top.
    QList<Safeguard> safeguards = SafeguardInfo::perDevice();
    std::reverse(safeguards.begin(), safeguards.end());
    int widest = 0;
    for (Safeguard s : safeguards) {
        const SafeguardTally t = m_data->compliance().bySafeguard.value(s);
        *good << t.compliant;
        *bad << t.nonCompliant;
        *unknown << t.unknown;
        widest = qMax(widest, t.compliant + t.nonCompliant + t.unknown);
        categories << tr("%1 (§%2)").arg(SafeguardInfo::title(s), SafeguardInfo::reference(s));
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
    QValueAxis *values = ChartStyle::countAxis(widest);
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
    int widest = 0;
    // Horizontal bars: every category label gets the width it needs ("Android 14", "Within 24
    // hours"), which vertical bars side by side cannot give. Reversed, so the first is on top.
    for (auto it = counts.crbegin(); it != counts.crend(); ++it) {
        *set << it->second;
        widest = qMax(widest, it->second);
        keys << it->first;
        // The count goes with the name: a label inside a thin bar would be clipped.
        categories << QStringLiteral("%1 (%2)").arg(categoryLabel(kind, it->first), QLocale().toString(it->second));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    connect(set, &QBarSet::clicked, this, [this, kind, keys](int index) { showDevices(kind, keys.value(index)); });
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    QValueAxis *values = ChartStyle::countAxis(widest);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->hide();
    return chart;
}

QChart *DashboardPage::trendChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Compliant devices by safeguard, last 30 days (%)"));
    const QDate today = QDateTime::fromSecsSinceEpoch(m_data->loadedAt(), Qt::UTC).date();
    QDate first = today;
    for (const ComplianceSnapshot &snap : m_data->trend())
        first = qMin(first, QDateTime::fromSecsSinceEpoch(snap.day, Qt::UTC).date());
    QDateTimeAxis *time = ChartStyle::dayAxis(first, today);
    auto *pct = new QValueAxis;
    pct->setRange(0, 100);
    pct->setTickCount(6);
    pct->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(pct, Qt::AlignLeft);
    int index = 0;
    for (Safeguard s : SafeguardInfo::perDevice()) {
        auto *line = new QLineSeries;
        line->setName(SafeguardInfo::title(s));
        line->setColor(ChartStyle::seriesColor(index++));
        for (const ComplianceSnapshot &snap : m_data->trend())
            if (snap.safeguard == s)
                line->append(ChartStyle::dayPosition(QDateTime::fromSecsSinceEpoch(snap.day, Qt::UTC).date()), snap.tally.percentCompliant());
        // A line once there are days to join; until then each day's snapshot a visible point.
        line->setPointsVisible(line->count() < 3);
        line->setMarkerSize(8);
        chart->addSeries(line);
        line->attachAxis(time);
        line->attachAxis(pct);
    }
    // Beside the lines, one safeguard a row: at the bottom Qt shortens the names to one row.
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *DashboardPage::certificateChart()
{
    auto *set = new QBarSet(tr("Days until expiry"));
    set->setColor(QColor(123, 31, 162));
    QStringList categories;
    int widest = 0;
    const QList<CertificateStatus> certificates = m_data->certificates();
    for (auto c = certificates.crbegin(); c != certificates.crend(); ++c) {
        if (c->present && !c->expires())
            continue; // a key without an expiry date has no bar to draw
        const int days = c->notAfter ? int(qMax<qint64>(0, (c->notAfter - m_data->loadedAt()) / 86400)) : 0;
        *set << days;
        widest = qMax(widest, days);
        // Two lines, so that the half-width chart shows the state whole in any language.
        categories << QStringLiteral("%1<br>%2").arg(c->role.toHtmlEscaped(),
                                                     c->notAfter ? tr("%n day(s) left", nullptr, days) : tr("not configured"));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->setTitle(tr("Certificate expiry (days left)"));
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    QValueAxis *values = ChartStyle::countAxis(widest);
    chart->addAxis(values, Qt::AlignBottom);
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
    QString label = categoryLabel(chart, key);
    if (compliance)
        for (Safeguard s : SafeguardInfo::perDevice())
            if (SafeguardInfo::id(s) == key)
                label = QStringLiteral("%1 — %2").arg(SafeguardInfo::title(s), ComplianceStateInfo::displayName(state));
    m_drillTitle->setText(tr("%1: %n device(s)", nullptr, int(devices.size())).arg(label));
    m_drillView->resizeColumnsToContents();
}
