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

    // The column layout (order, widths, hidden columns, sort) as QHeaderView::saveState() has it,
    // kept in QSettings under `key`: restored now when stored, saved on every change after.
    void persistLayout(const QString &key);
    // Sum of the visible columns' widths, and whether they fit the viewport (nothing cut off).
    int visibleColumnsWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void sizeColumns();
    void fitDefaultColumns();
    void saveLayout();
    void showColumnMenu(const QPoint &pos);

    QString m_settingsKey;
    bool m_restored = false; // a stored layout is the admin's: never hide their columns
    bool m_fitted = false;
    bool m_adminChose = false; // columns shown or hidden from the header's menu
};
