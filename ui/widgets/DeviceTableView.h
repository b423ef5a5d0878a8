#pragma once

#include <QTableView>

// The device table's look and manners: whole-row selection, sensible column widths, sorting by a
// header click (the model sorts in SQL), and a header menu to show or hide columns.
class DeviceTableView : public QTableView
{
    Q_OBJECT
public:
    explicit DeviceTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

private:
    void sizeColumns();
    void showColumnMenu(const QPoint &pos);
};
