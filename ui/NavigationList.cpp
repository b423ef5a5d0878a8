#include "NavigationList.h"

#include <QShortcut>
#include <QStyle>
#include <QStyleOptionViewItem>

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
    // The pages take what is left; the sections never shrink below their longest label.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
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

QString NavigationList::keyAt(int row) const { return item(row) ? item(row)->data(KeyRole).toString() : QString(); }

QSize NavigationList::sizeHint() const
{
    // As wide as the longest entry in the current language, measured the way the item delegate
    // draws it (icon, text and the style's margins), so no entry is ever cut ("Configurac…").
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.features |= QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
    option.decorationSize = iconSize();
    int width = 0;
    for (int row = 0; row < count(); ++row) {
        option.text = item(row)->text();
        option.icon = item(row)->icon();
        width = qMax(width, style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), this).width());
    }
    const int chrome = 2 * (frameWidth() + spacing()) + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return {width + chrome + 12, QListWidget::sizeHint().height()};
}

QSize NavigationList::minimumSizeHint() const { return {sizeHint().width(), QListWidget::minimumSizeHint().height()}; }
