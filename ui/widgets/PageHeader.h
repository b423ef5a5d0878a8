#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

// The title line of a page, with room on the right for a page's summary or buttons.
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);
    void addTrailingWidget(QWidget *widget);

private:
    QLabel *m_title;
    QHBoxLayout *m_layout;
};
