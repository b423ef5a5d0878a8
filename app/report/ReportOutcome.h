#pragma once

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

// What one export produced: the file and its SHA-256, the counts the audit entry records, and the
// preview (the PDF's first pages as images, or the CSV's first lines).
struct ReportOutcome {
    QString path;
    QString sha256;
    QDate from; // the period the report covered
    QDate asOf;
    int devices = 0;
    int nonCompliant = 0;
    int pages = 0;
    bool cancelled = false;
    QList<QImage> previewPages;
    QStringList previewLines;
};
