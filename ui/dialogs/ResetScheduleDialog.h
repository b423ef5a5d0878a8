#pragma once

#include "shared/ResetSchedule.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimeEdit;
class QTreeWidget;

// A shared tablet's reset-for-next-patient schedules (its own and its groups') and a form to add
// or change the device's own: a local time and the days of the week. The dialog only asks; the
// command that opened it lets the engine decide and hands back the schedules or the refusal.
class ResetScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    ResetScheduleDialog(const QString &deviceName, bool canEdit, QWidget *parent = nullptr);

    void setSchedules(const QList<ResetSchedule> &schedules, qint64 deviceId);
    void showMessage(const QString &text, bool error);

    QTime time() const;
    int daysMask() const;
    bool scheduleEnabled() const;
    void setTime(const QTime &time);
    void setDaysMask(int mask);

signals:
    void saveRequested();
    void removeRequested(qint64 scheduleId);

private:
    QTreeWidget *m_list;
    QTimeEdit *m_time;
    QList<QCheckBox *> m_days;
    QCheckBox *m_enabled;
    QPushButton *m_save;
    QPushButton *m_remove;
    QLabel *m_message;
    bool m_canEdit;
};
