#include "widgets/GettingStartedWidget.h"

#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

GettingStartedWidget::GettingStartedWidget(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_summary(new QLabel), m_hide(new QPushButton(tr("Hide this list")))
{
    setObjectName(QStringLiteral("gettingStarted"));
    auto *box = new QGroupBox(tr("Getting started"));
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(2); // it sits above the charts: keep it short
    int r = 0;
    for (GettingStartedStatus::Step step : GettingStartedStatus::steps()) {
        Row row;
        row.mark = new QLabel;
        row.mark->setMinimumWidth(20);
        row.text = new QLabel(title(step));
        row.button = new QPushButton(action(step));
        row.button->setObjectName(QStringLiteral("gettingStarted_") + GettingStartedStatus::key(step));
        connect(row.button, &QPushButton::clicked, this, [this, step] { emit stepRequested(step); });
        grid->addWidget(row.mark, r, 0);
        grid->addWidget(row.text, r, 1);
        grid->addWidget(row.button, r, 2);
        m_rows.insert(int(step), row);
        ++r;
    }
    m_summary->setObjectName(QStringLiteral("gettingStartedSummary"));
    m_hide->setObjectName(QStringLiteral("hideGettingStarted"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_hide);
    grid->addLayout(bottom, r, 0, 1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    connect(m_hide, &QPushButton::clicked, this, [this] {
        QSettings().setValue(settingsKey(), true);
        hide();
    });
    refresh();
}

QString GettingStartedWidget::title(GettingStartedStatus::Step step)
{
    switch (step) {
    case GettingStartedStatus::Step::EndpointReachable: return tr("Devices can reach the console (self-check passed)");
    case GettingStartedStatus::Step::PushCertificate: return tr("A valid Apple push certificate is installed");
    case GettingStartedStatus::Step::FirstDevice: return tr("The first device is enrolled");
    case GettingStartedStatus::Step::BaselineAssigned: return tr("A baseline policy is assigned");
    case GettingStartedStatus::Step::ReportExported: return tr("The first compliance report is exported");
    }
    return {};
}

QString GettingStartedWidget::action(GettingStartedStatus::Step step)
{
    switch (step) {
    case GettingStartedStatus::Step::EndpointReachable: return tr("Check the address…");
    case GettingStartedStatus::Step::PushCertificate: return tr("Set up push…");
    case GettingStartedStatus::Step::FirstDevice: return tr("Enroll a device…");
    case GettingStartedStatus::Step::BaselineAssigned: return tr("Assign a policy…");
    case GettingStartedStatus::Step::ReportExported: return tr("Export a report…");
    }
    return {};
}

bool GettingStartedWidget::isTicked(GettingStartedStatus::Step step) const { return m_rows.value(int(step)).done; }

void GettingStartedWidget::refresh()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    int done = 0;
    for (const GettingStartedStatus::Item &item : GettingStartedStatus(m_db).items(now)) {
        Row &row = m_rows[int(item.step)];
        row.done = item.done;
        row.mark->setText(item.done ? QStringLiteral("✔") : QStringLiteral("○"));
        row.mark->setStyleSheet(item.done ? QStringLiteral("color: #1b5e20; font-weight: bold;") : QString());
        row.button->setVisible(!item.done);
        done += item.done ? 1 : 0;
    }
    const int total = int(m_rows.size());
    m_summary->setText(tr("%1 of %2 done").arg(done).arg(total));
    m_hide->setVisible(done == total);
}

void GettingStartedWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}
