#pragma once

#include <QWidget>

class DeviceSessionModel;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTreeView;

// A shared tablet's sessions under its details: who held it, from when to when, how it ended
// (newest first), and the auditor's question "who held it at <date time>?" answered on the spot.
class DeviceSessionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DeviceSessionsPanel(QWidget *parent = nullptr);

    void setModel(DeviceSessionModel *model);
    DeviceSessionModel *model() const { return m_model; }
    QDateTimeEdit *momentEdit() const { return m_moment; }
    QLabel *answerLabel() const { return m_answer; }

public slots:
    void answerWhoHeld();

private:
    DeviceSessionModel *m_model = nullptr;
    QTreeView *m_view;
    QLabel *m_empty;
    QDateTimeEdit *m_moment;
    QPushButton *m_ask;
    QLabel *m_answer;
};
