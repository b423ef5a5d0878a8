#pragma once

#include <QStyledItemDelegate>

// Paints the Progress column of the USB device list as a progress bar per device.
class UsbProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
