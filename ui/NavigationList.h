#pragma once

#include <QListWidget>

// The list of console sections on the left of the main window. Ctrl+1 ... Ctrl+9 jump to an entry.
class NavigationList : public QListWidget
{
    Q_OBJECT
public:
    explicit NavigationList(QWidget *parent = nullptr);

    // Adds an entry; `key` names it for code and tests ("devices"), `title` is what the admin reads.
    int addEntry(const QIcon &icon, const QString &title, const QString &key);
    int rowOfKey(const QString &key) const;
    QString keyAt(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};
