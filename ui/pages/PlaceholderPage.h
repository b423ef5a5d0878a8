#pragma once

#include <QWidget>

// A section of the console that a later release fills: says, in a friendly way, what will be here.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QIcon &icon, const QString &title, const QString &whatWillComeHere, QWidget *parent = nullptr);
};
