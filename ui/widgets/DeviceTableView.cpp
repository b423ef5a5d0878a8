#include "widgets/DeviceTableView.h"

#include "RelativeTime.h"
#include "fleet/DeviceField.h"
#include "compliance/ComplianceState.h"
#include "fleet/DeviceTypes.h"
#include "widgets/LayoutStore.h"

#include <QHeaderView>
#include <QResizeEvent>
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
    // The model and serial number are in the detail pane and in the search; the table keeps room
    // for what an admin scans the fleet for. The header menu brings them back.
    setColumnHidden(int(DeviceField::Model), true);
    setColumnHidden(int(DeviceField::Serial), true);
    // What an admin scans a fleet for first: is it compliant, and by which policy.
    QHeaderView *header = horizontalHeader();
    header->moveSection(header->visualIndex(int(DeviceField::Compliance)), 1);
    header->moveSection(header->visualIndex(int(DeviceField::Policy)), 2);
    // Set the indicator first so that enabling sorting does not ask for a descending sort by name.
    horizontalHeader()->setSortIndicator(int(DeviceField::Name), Qt::AscendingOrder);
    setSortingEnabled(true);
    sizeColumns(); // now that the sort arrow's room counts in every title's size
}

void DeviceTableView::sizeColumns()
{
    // Widths from typical content rather than from the rows loaded so far: measuring rows would
    // cost time with every page fetched and make the columns jump.
    // Display strings come from the same functions the model uses, so widths follow the language.
    // Columns of a few fixed values get room for the longest one, in the current language.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList platforms, ownerships, states;
    for (const QString &v : DeviceTypes::allPlatformsDb())
        platforms << DeviceTypes::displayName(*DeviceTypes::platformFromDb(v));
    for (const QString &v : DeviceTypes::allOwnershipsDb())
        ownerships << DeviceTypes::displayName(*DeviceTypes::ownershipFromDb(v));
    for (const QString &v : DeviceTypes::allStatesDb())
        states << DeviceTypes::displayName(*DeviceTypes::stateFromDb(v));
    const QHash<DeviceField, QStringList> typical = {
        {DeviceField::Name, {QStringLiteral("Radiology nurses' station 1")}},
        {DeviceField::Platform, platforms},
        {DeviceField::Model, {QStringLiteral("iPad (10th generation)")}},
        {DeviceField::OsVersion, {QStringLiteral("17.4.1")}},
        {DeviceField::Ownership, ownerships},
        {DeviceField::Department, {QStringLiteral("Cardiology")}},
        {DeviceField::AssignedTo, {QStringLiteral("Dr. Samuel Adeyemi")}},
        {DeviceField::State, states},
        // A device silent for over a week shows a date and time rather than "3 days ago".
        {DeviceField::LastSeen, {RelativeTime::describe(now.addSecs(-59 * 60), now),
                                 RelativeTime::describe(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58), Qt::UTC), now.addYears(1))}},
        {DeviceField::Serial, {QStringLiteral("F9QXW2LMN0PQ")}},
        {DeviceField::Compliance,
         {ComplianceStateInfo::displayName(ComplianceState::Compliant), ComplianceStateInfo::displayName(ComplianceState::NonCompliant),
          ComplianceStateInfo::displayName(ComplianceState::Unknown)}},
        {DeviceField::Policy, {QStringLiteral("Shared tablets v12")}},
    };
    QHeaderView *header = horizontalHeader();
    for (int c = 0; c < DeviceFieldCount; ++c) {
        int content = 0;
        for (const QString &text : typical.value(static_cast<DeviceField>(c)))
            content = qMax(content, fontMetrics().horizontalAdvance(text) + 16);
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
        connect(action, &QAction::toggled, this, [this, c](bool shown) {
            m_adminChose = true; // from now on the columns are the admin's, not the fitting's
            setColumnHidden(c, !shown);
            saveLayout();
        });
    }
    menu.exec(horizontalHeader()->viewport()->mapToGlobal(pos));
}

void DeviceTableView::persistLayout(const QString &key)
{
    m_settingsKey = key;
    // A layout stored for another set of columns (an older version) is not applied.
    if (LayoutStore::value(key + QStringLiteral("/columns")).toInt() == DeviceFieldCount) {
        const QByteArray state = LayoutStore::value(key + QStringLiteral("/header")).toByteArray();
        m_restored = !state.isEmpty() && horizontalHeader()->restoreState(state);
        if (m_restored && model())
            model()->sort(horizontalHeader()->sortIndicatorSection(), horizontalHeader()->sortIndicatorOrder());
    }
    QHeaderView *header = horizontalHeader();
    connect(header, &QHeaderView::sectionMoved, this, &DeviceTableView::saveLayout);
    connect(header, &QHeaderView::sectionResized, this, &DeviceTableView::saveLayout);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &DeviceTableView::saveLayout);
}

void DeviceTableView::saveLayout()
{
    if (m_settingsKey.isEmpty() || !m_fitted)
        return; // nothing to keep before the first layout is settled
    LayoutStore::setValue(m_settingsKey + QStringLiteral("/columns"), DeviceFieldCount);
    LayoutStore::setValue(m_settingsKey + QStringLiteral("/header"), horizontalHeader()->saveState());
}

int DeviceTableView::visibleColumnsWidth() const
{
    int width = 0;
    for (int c = 0; c < horizontalHeader()->count(); ++c)
        if (!isColumnHidden(c))
            width += horizontalHeader()->sectionSize(c);
    return width;
}

void DeviceTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (viewport()->width() > 100 && model() && event->size().width() != event->oldSize().width()) {
        // Fitted again at each new width until the admin chooses columns: the first width a view
        // gets is often a passing one, smaller than the window it ends up in.
        if (!m_restored && !m_adminChose)
            fitDefaultColumns();
        if (!m_fitted) {
            m_fitted = true;
            saveLayout();
        }
    }
}

void DeviceTableView::fitDefaultColumns()
{
    // The first time, with no layout of the admin's: hide what matters least until the rest fits
    // (at 1280x720: name, compliance, policy, state and last seen; the model names the platform). The header's
    // menu brings any of them back.
    static const DeviceField leastImportantFirst[] = {DeviceField::AssignedTo, DeviceField::Ownership,
                                                      DeviceField::Department, DeviceField::OsVersion,
                                                      DeviceField::Platform,   DeviceField::State,
                                                      DeviceField::Policy};
    const int room = viewport()->width();
    for (auto f = std::rbegin(leastImportantFirst); f != std::rend(leastImportantFirst); ++f)
        setColumnHidden(int(*f), false);
    for (DeviceField f : leastImportantFirst) {
        if (visibleColumnsWidth() <= room)
            break;
        setColumnHidden(int(f), true);
    }
}
