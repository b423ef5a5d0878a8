#include "widgets/DeviceTableView.h"

#include "RelativeTime.h"
#include "fleet/DeviceField.h"
#include "fleet/DeviceTypes.h"

#include <QHeaderView>
#include <QMenu>

DeviceTableView::DeviceTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("deviceTable"));
    setAccessibleName(tr("Devices"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Click a column to sort by it; right-click to choose the columns."));
    connect(header, &QHeaderView::customContextMenuRequested, this, &DeviceTableView::showColumnMenu);
}

void DeviceTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    sizeColumns();
    // The model and serial number are in the detail pane and in the search; the table keeps room
    // for what an admin scans the fleet for. The header menu brings them back.
    setColumnHidden(int(DeviceField::Model), true);
    setColumnHidden(int(DeviceField::Serial), true);
    // Set the indicator first so that enabling sorting does not ask for a descending sort by name.
    horizontalHeader()->setSortIndicator(int(DeviceField::Name), Qt::AscendingOrder);
    setSortingEnabled(true);
}

void DeviceTableView::sizeColumns()
{
    // Widths from typical content rather than from the rows loaded so far: measuring rows would
    // cost time with every page fetched and make the columns jump.
    // Display strings come from the same functions the model uses, so widths follow the language.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QHash<DeviceField, QString> typical = {
        {DeviceField::Name, QStringLiteral("Radiology nurses' station 1")},
        {DeviceField::Platform, DeviceTypes::displayName(Platform::Android)},
        {DeviceField::Model, QStringLiteral("iPad (10th generation)")},
        {DeviceField::OsVersion, QStringLiteral("17.4.1")},
        {DeviceField::Ownership, DeviceTypes::displayName(Ownership::COPE)},
        {DeviceField::Department, QStringLiteral("Cardiology")},
        {DeviceField::AssignedTo, QStringLiteral("Dr. Samuel Adeyemi")},
        {DeviceField::State, DeviceTypes::displayName(EnrollmentState::Unreachable)},
        {DeviceField::LastSeen, RelativeTime::describe(now.addSecs(-59 * 60), now)},
        {DeviceField::Serial, QStringLiteral("F9QXW2LMN0PQ")},
    };
    QHeaderView *header = horizontalHeader();
    for (int c = 0; c < DeviceFieldCount; ++c) {
        const int content = fontMetrics().horizontalAdvance(typical.value(static_cast<DeviceField>(c))) + 16;
        header->resizeSection(c, qMax(content, header->sectionSizeHint(c)));
    }
}

void DeviceTableView::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int c = 0; c < model()->columnCount(); ++c) {
        QAction *action = menu.addAction(model()->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(c));
        action->setEnabled(c != int(DeviceField::Name)); // a row needs its name
        connect(action, &QAction::toggled, this, [this, c](bool shown) { setColumnHidden(c, !shown); });
    }
    menu.exec(horizontalHeader()->viewport()->mapToGlobal(pos));
}
