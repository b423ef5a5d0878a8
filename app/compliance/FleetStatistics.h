#pragma once

#include <QList>
#include <QPair>
#include <QString>

// Fleet make-up for the dashboard and the report, aggregated in SQL.
struct FleetStatistics {
    using Counts = QList<QPair<QString, int>>; // label (db spelling or bucket id) -> devices, in display order
    int total = 0;
    Counts ownership;  // "BYOD", "COPE", ...
    Counts osVersions; // "iOS 17", "Android 14", ... (major versions, most devices first)
    Counts freshness;  // FleetStatisticsRepository::freshnessBuckets() ids, in that order
};

// One device as a drill-down list shows it.
struct DeviceBrief {
    qint64 id = 0;
    QString name;
    QString serial;
    QString detail;
};
