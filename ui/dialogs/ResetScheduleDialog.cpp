#include "dialogs/ResetScheduleDialog.h"
#include "RelativeTime.h"

#include "shared/ResetScheduleTiming.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum { IdRole = Qt::UserRole + 1 };
}

ResetScheduleDialog::ResetScheduleDialog(const QString &deviceName, bool canEdit, QWidget *parent)
    : QDialog(parent), m_list(new QTreeWidget(this)), m_time(new QTimeEdit(QTime(7, 0), this)), m_enabled(new QCheckBox(tr("Enabled"), this)),
      m_save(new QPushButton(tr("Save schedule"), this)), m_remove(new QPushButton(tr("Remove selected"), this)), m_message(new QLabel(this)),
      m_canEdit(canEdit)
{
    setWindowTitle(tr("Reset schedule of %1").arg(deviceName));
    auto *intro = new QLabel(tr("At these times the console resets the tablet for the next patient on its own: the signed-in "
                                "clinician's session ends and the patient apps' data is cleared. Times are this computer's local time."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("resetScheduleList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("At"), tr("Days"), tr("For"), tr("Enabled"), tr("Last run")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_time->setObjectName(QStringLiteral("resetScheduleTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_enabled->setObjectName(QStringLiteral("resetScheduleEnabled"));
    m_enabled->setChecked(true);
    m_save->setObjectName(QStringLiteral("saveResetSchedule"));
    m_remove->setObjectName(QStringLiteral("removeResetSchedule"));
    m_message->setObjectName(QStringLiteral("resetScheduleMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *days = new QHBoxLayout;
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(locale.dayName(d, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("resetDay%1").arg(d));
        box->setChecked(true);
        m_days << box;
        days->addWidget(box);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Time:"), m_time);
    form->addRow(tr("Days:"), days);
    form->addRow(QString(), m_enabled);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    if (m_canEdit) {
        layout->addLayout(form);
        layout->addLayout(buttons);
    } else {
        m_time->hide();
        m_enabled->hide();
        m_save->hide();
        m_remove->hide();
        for (QCheckBox *b : m_days)
            b->hide();
        layout->addWidget(new QLabel(tr("Only an Administrator can change reset schedules."), this));
    }
    layout->addWidget(m_message);
    layout->addWidget(close);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (daysMask() == 0) {
            showMessage(tr("Choose at least one day."), true);
            return;
        }
        emit saveRequested();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        if (!item || item->data(0, IdRole).toLongLong() <= 0) {
            showMessage(tr("Select one of this tablet's own schedules to remove it (a group's schedule is changed for the group)."), true);
            return;
        }
        emit removeRequested(item->data(0, IdRole).toLongLong());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || item->data(0, IdRole).toLongLong() <= 0)
            return;
        setTime(QTime::fromString(item->text(0), QStringLiteral("HH:mm")));
        setDaysMask(item->data(1, IdRole).toInt());
        m_enabled->setChecked(item->data(3, IdRole).toBool());
    });
    resize(560, 420);
}

void ResetScheduleDialog::setSchedules(const QList<ResetSchedule> &schedules, qint64 deviceId)
{
    m_list->clear();
    for (const ResetSchedule &s : schedules) {
        const bool own = s.deviceId == deviceId;
        auto *item = new QTreeWidgetItem(m_list, {s.localTime, ResetScheduleTiming::daysText(s.daysMask),
                                                  own ? tr("This tablet") : tr("Group %1").arg(s.targetName),
                                                  s.enabled ? tr("Yes") : tr("No"),
                                                  s.lastRunAt ? RelativeTime::localDateTime(QDateTime::fromSecsSinceEpoch(s.lastRunAt, Qt::UTC))
                                                              : tr("Never")});
        item->setData(0, IdRole, own ? s.id : 0); // only the tablet's own schedules are removed here
        item->setData(1, IdRole, s.daysMask);
        item->setData(3, IdRole, s.enabled);
    }
    if (schedules.isEmpty())
        showMessage(tr("No schedule yet: the tablet is reset only when someone asks for it."), false);
}

void ResetScheduleDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

QTime ResetScheduleDialog::time() const { return m_time->time(); }

int ResetScheduleDialog::daysMask() const
{
    int mask = 0;
    for (int i = 0; i < m_days.size(); ++i)
        if (m_days[i]->isChecked())
            mask |= 1 << i;
    return mask;
}

bool ResetScheduleDialog::scheduleEnabled() const { return m_enabled->isChecked(); }

void ResetScheduleDialog::setTime(const QTime &time) { m_time->setTime(time); }

void ResetScheduleDialog::setDaysMask(int mask)
{
    for (int i = 0; i < m_days.size(); ++i)
        m_days[i]->setChecked(mask & (1 << i));
}
