#pragma once

#include "DashboardData.h"

#include <QWidget>

class ChangeNotifier;
class QChart;
class QTimer;
class QChartView;
class QLabel;
class QTableView;
class TextRowsModel;

// The dashboard: compliance by safeguard, ownership mix, OS versions, check-in freshness, the
// 30-day trend and certificate expiry, as Qt Charts. Clicking a bar lists its devices underneath
// (with the reason, for a compliance bar). All numbers come from DashboardData (engine).
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Database &db, QWidget *parent = nullptr);

    DashboardData *data() const { return m_data; }
    TextRowsModel *drillDown() const { return m_drillModel; }
    QString drillDownTitle() const;

    // Redraws after devices, policies or groups change (another admin, the endpoint, the CLI): at
    // once when the page is on screen (at most once a second), else when it is next shown.
    void followChanges(ChangeNotifier *notifier);

public slots:
    void refresh();
    // What a click on a bar does (public so tests and keyboard users reach it too).
    void showDevices(DashboardData::Chart chart, const QString &key, ComplianceState state = ComplianceState::NonCompliant);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildCharts();
    QChart *complianceChart();
    QChart *countsChart(const QString &title, const FleetStatistics::Counts &counts, DashboardData::Chart chart, const QColor &color);
    QChart *trendChart();
    QChart *certificateChart();
    static int categoryCount(const QChart *chart);
    static QString categoryLabel(DashboardData::Chart kind, const QString &key);

    DashboardData *m_data;
    QTimer *m_staleTimer = nullptr;
    bool m_stale = false;
    QList<QChartView *> m_views;
    QLabel *m_summary;
    QLabel *m_drillTitle;
    QTableView *m_drillView;
    TextRowsModel *m_drillModel;
};
