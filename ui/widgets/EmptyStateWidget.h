#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// A calm, centred message where content will be: an icon, a title, a sentence, and optionally one
// button that leads the admin on.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    void setAction(const QString &label); // empty: no button

    QString title() const;
    QString text() const;

signals:
    void actionTriggered();

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_action;
};
