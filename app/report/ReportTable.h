#pragma once

#include <QList>
#include <QStringList>

// One table of the compliance report, as both the PDF and the CSV writers print it.
struct ReportTable {
    QString id;              // stable section name, the CSV's first column ("non_compliant")
    QString title;
    QString intro;           // a sentence above the table ("" = none)
    QStringList headers;
    QList<qreal> widths;     // relative column widths
    QList<QStringList> rows;
    int stateColumnFrom = -1; // columns from here on hold OK / FAIL / ? and are coloured
};
