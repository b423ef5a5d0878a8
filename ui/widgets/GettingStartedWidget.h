#pragma once

#include "setup/GettingStartedStatus.h"

#include <QHash>
#include <QWidget>

class Database;
class QLabel;
class QPushButton;

// The dashboard's "Getting started" checklist: each first step of a new clinic (GettingStartedStatus,
// read from the database) with a tick when done, or a button to the place that does it. It looks
// again whenever it is shown and on refresh(); once everything is done it can be hidden for good
// (remembered per user, QSettings).
class GettingStartedWidget : public QWidget
{
    Q_OBJECT
public:
    explicit GettingStartedWidget(Database &db, QWidget *parent = nullptr);

    bool isTicked(GettingStartedStatus::Step step) const;
    static QString settingsKey() { return QStringLiteral("dashboard/gettingStartedHidden"); }

public slots:
    void refresh();

signals:
    void stepRequested(GettingStartedStatus::Step step);

protected:
    void showEvent(QShowEvent *event) override;

private:
    static QString title(GettingStartedStatus::Step step);
    static QString action(GettingStartedStatus::Step step);

    struct Row {
        QLabel *mark = nullptr;
        QLabel *text = nullptr;
        QPushButton *button = nullptr;
        bool done = false;
    };

    Database &m_db;
    QHash<int, Row> m_rows;
    QLabel *m_summary;
    QPushButton *m_hide;
};
