#include "NavigationList.h"

#include <QShortcut>

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
}

NavigationList::NavigationList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationList"));
    setAccessibleName(tr("Sections"));
    setIconSize(QSize(22, 22));
    setSpacing(2);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    // The list reads as part of the window chrome, not as a document.
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    setAutoFillBackground(true);
}

int NavigationList::addEntry(const QIcon &icon, const QString &title, const QString &key)
{
    auto *item = new QListWidgetItem(icon, title, this);
    item->setData(KeyRole, key);
    item->setSizeHint(QSize(0, 36));
    const int row = count() - 1;
    if (row < 9) {
        const QKeySequence keys(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + row)));
        item->setToolTip(tr("%1 (%2)").arg(title, keys.toString(QKeySequence::NativeText)));
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, row] { setCurrentRow(row); });
    }
    updateGeometry();
    return row;
}

int NavigationList::rowOfKey(const QString &key) const
{
    for (int row = 0; row < count(); ++row)
        if (item(row)->data(KeyRole).toString() == key)
            return row;
    return -1;
}

QSize NavigationList::sizeHint() const
{
    int width = 0;
    for (int row = 0; row < count(); ++row)
        width = qMax(width, fontMetrics().horizontalAdvance(item(row)->text()));
    return {width + iconSize().width() + 48, QListWidget::sizeHint().height()};
}
