#include "pages/DevicesPage.h"

#include "CommandTableModel.h"
#include "changes/ChangeNotifier.h"
#include "compliance/ComplianceService.h"
#include "DeviceSessionModel.h"
#include "DeviceTableModel.h"
#include "actions/DeviceActionController.h"
#include "widgets/DeviceDetailPane.h"
#include "widgets/DeviceSessionsPanel.h"
#include "push/PushDeviceSummary.h"
#include "widgets/DeviceFilterBar.h"
#include "widgets/DeviceTableView.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/LayoutStore.h"
#include "widgets/PageHeader.h"

#include <QDateTime>
#include <QLabel>
#include <QScrollBar>
#include <QMenu>
#include <QPushButton>
#include <QLocale>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

DevicesPage::DevicesPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(new DeviceTableModel(db, this)), m_filters(new DeviceFilterBar(db, this)),
      m_summary(new QLabel(this)), m_tableStack(new QStackedWidget(this)), m_table(new DeviceTableView(this)),
      m_empty(new EmptyStateWidget(this)), m_detail(new DeviceDetailPane(this)), m_sessions(new DeviceSessionModel(db, this))
{
    m_detail->sessionsPanel()->setModel(m_sessions);
    setObjectName(QStringLiteral("page_devices"));
    m_summary->setObjectName(QStringLiteral("deviceSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    setupTable();

    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_empty);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("deviceSplitter"));
    splitter->addWidget(m_tableStack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1); // a wider window widens the table, not the details
    splitter->setStretchFactor(1, 0);
    splitter->setCollapsible(0, false);
    // The admin's split between table and details, as they left it.
    const QByteArray split = LayoutStore::value(QStringLiteral("devicesPage/splitter")).toByteArray();
    if (split.isEmpty() || !splitter->restoreState(split))
        splitter->setSizes({900, 380});
    connect(splitter, &QSplitter::splitterMoved, this, [splitter] {
        LayoutStore::setValue(QStringLiteral("devicesPage/splitter"), splitter->saveState());
    });

    auto *header = new PageHeader(tr("Devices"), this);
    m_selectionButton = new QPushButton(this);
    m_selectionButton->setObjectName(QStringLiteral("selectionActionsButton"));
    m_selectionButton->hide();
    header->addTrailingWidget(m_selectionButton);
    header->addTrailingWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_filters);
    layout->addWidget(splitter, 1);

    connect(m_filters, &DeviceFilterBar::filtersChanged, this, &DevicesPage::applyFilters);
    connect(m_empty, &EmptyStateWidget::actionTriggered, m_filters, &DeviceFilterBar::clearFilters);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &DevicesPage::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DevicesPage::restoreSelection);
    connect(m_model, &DeviceTableModel::totalCountChanged, this, &DevicesPage::updateEmptyState);
    connect(m_model, &DeviceTableModel::fleetCountChanged, this, &DevicesPage::updateEmptyState);
    connect(m_model, &DeviceTableModel::fleetCountChanged, this, &DevicesPage::fleetCountChanged);
    // Say "Loading…" only when an answer takes long enough to be noticed; quick ones would flicker.
    m_loadingHint.setSingleShot(true);
    m_loadingHint.setInterval(300);
    connect(&m_loadingHint, &QTimer::timeout, this, [this] { m_summary->setText(tr("Loading…")); });
    connect(m_model, &DeviceTableModel::loadingChanged, this, [this](bool loading) {
        if (loading) {
            m_loadingHint.start();
        } else {
            m_loadingHint.stop();
            updateEmptyState();
        }
    });
    // Searching a large fleet takes a moment; the window stays responsive meanwhile.
    m_model->setBackgroundLoading(true);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut); // only while this page is shown: hidden widgets' shortcuts are off
    connect(find, &QShortcut::activated, m_filters, &DeviceFilterBar::focusSearch);
    auto *reload = new QShortcut(QKeySequence::Refresh, this);
    reload->setContext(Qt::WindowShortcut);
    connect(reload, &QShortcut::activated, this, &DevicesPage::refresh);

    updateEmptyState();
}

void DevicesPage::setupTable()
{
    m_table->setModel(m_model);
    m_table->persistLayout(QStringLiteral("devicesPage/table"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DevicesPage::showSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DevicesPage::showSelection);
}

int DevicesPage::fleetCount() const { return m_model->fleetCount(); }

void DevicesPage::refresh()
{
    m_filters->reloadOptions();
    m_model->refresh();
}

void DevicesPage::setChangeNotifier(ChangeNotifier *notifier)
{
    m_changes = notifier;
    m_model->setChangeNotifier(notifier);
    connect(notifier, &ChangeNotifier::changed, this, [this](ChangeSubject subject) {
        if (subject == ChangeSubject::Devices)
            m_filters->reloadOptions(); // a department came or went
        else if (subject == ChangeSubject::Commands && m_history)
            m_history->reload();
    });
    // New values for the shown rows: the selected device's details follow.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DevicesPage::showSelection);
}

void DevicesPage::applyFilters()
{
    DeviceQuery query = m_model->query();
    m_filters->applyTo(query);
    if (query != m_model->query())
        m_model->setQuery(query);
}

void DevicesPage::setDeviceActions(DeviceActionController *actions, CommandTableModel *history)
{
    m_actions = actions;
    m_history = history;
    m_detail->setActions(actions->primaryActions(), actions->moreActions());
    m_detail->setCommandHistory(history);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(actions->actions());
    // Several devices selected: the detail pane has no device to show, so their actions are here.
    auto *menu = new QMenu(m_selectionButton);
    menu->setToolTipsVisible(true); // a greyed-out action says why
    menu->addActions(actions->selectionActions());
    m_selectionButton->setMenu(menu);
    // A queued command shows in the history at once; its state changes come with the next refresh.
    connect(actions, &DeviceActionController::queueChanged, this, [this](qint64 deviceId) {
        if (m_changes)
            m_changes->poke(); // every view showing commands, now rather than at the next tick
        if (m_history && m_history->query().deviceId == deviceId)
            m_history->reload();
        if (m_sessions->deviceId() == deviceId)
            m_sessions->reload(); // a reset or a sign-out ends the session
    });
    showSelection();
}

void DevicesPage::showSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::optional<Device> device;
    if (rows.size() == 1)
        device = m_model->deviceAt(rows.first().row());
    if (m_actions) {
        // The actions take the whole selection: those declared for several devices work on all of it.
        QList<Device> selection;
        selection.reserve(rows.size());
        for (const QModelIndex &row : rows)
            if (const std::optional<Device> d = m_model->deviceAt(row.row()))
                selection << *d;
        m_actions->setSelection(selection);
        m_selectionButton->setVisible(selection.size() > 1);
        m_selectionButton->setText(tr("Actions on %n selected device(s)", nullptr, int(selection.size())));
        // The text is centred over the whole button, menu arrow included: room for the arrow on its own.
        m_selectionButton->setMinimumWidth(0);
        m_selectionButton->setMinimumWidth(m_selectionButton->sizeHint().width() + 2 * style()->pixelMetric(QStyle::PM_MenuButtonIndicator));
    }
    if (!device) {
        m_sessions->setDevice(0);
        m_detail->showSelectionCount(int(rows.size()));
        return;
    }
    // Only shared tablets keep sessions; the panel is hidden for the others.
    m_sessions->setDevice(device->ownership == Ownership::Shared ? device->id : 0);
    m_detail->showDevice(*device);
    m_detail->showCompliance(ComplianceService(m_db).evaluateDevice(device->id, QDateTime::currentSecsSinceEpoch()));
    m_detail->showPushSummary(PushDeviceSummary::load(m_db, device->id).rows());
    if (m_actions)
        m_detail->showLostMode(m_actions->lostModeStatus());
    if (m_history) {
        CommandListQuery q;
        q.deviceId = device->id;
        q.limit = 50;
        m_history->setQuery(q);
    }
}

void DevicesPage::rememberSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_selectedBeforeReset = rows.size() == 1 ? rows.first().data(DeviceTableModel::DeviceIdRole).toLongLong() : 0;
    m_scrollBeforeReset = m_table->verticalScrollBar()->value();
}

void DevicesPage::restoreSelection()
{
    const int row = m_selectedBeforeReset ? m_model->rowOfDevice(m_selectedBeforeReset) : -1;
    // A refresh reloads as many rows as were loaded: the view stays where the admin left it.
    if (m_model->lastResetKeepsView())
        m_table->verticalScrollBar()->setValue(m_scrollBeforeReset);
    if (row >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(m_model->index(row, 0));
    }
    showSelection();
}

void DevicesPage::updateEmptyState()
{
    const QLocale locale;
    const int fleet = m_model->fleetCount();
    const int shown = m_model->totalCount();
    if (fleet == 0) {
        m_empty->setIcon(style()->standardIcon(QStyle::SP_ComputerIcon));
        m_empty->setTitle(tr("No devices yet — enroll devices or import an inventory CSV"));
        m_empty->setText(tr("Phones and tablets appear here as soon as they are enrolled or imported. "
                            "Start on the Enrollment page."));
        m_empty->setAction({});
        m_summary->clear();
    } else if (shown == 0) {
        m_empty->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
        m_empty->setTitle(tr("No devices match"));
        m_empty->setText(tr("None of the %Ln device(s) in the fleet matches the search and filters.", nullptr, fleet));
        m_empty->setAction(tr("Clear filters"));
    }
    if (shown > 0)
        m_summary->setText(shown == fleet ? tr("%Ln device(s)", nullptr, fleet)
                                          : tr("%1 of %Ln device(s)", nullptr, fleet).arg(locale.toString(shown)));
    else if (fleet > 0)
        m_summary->setText(tr("0 of %Ln device(s)", nullptr, fleet));
    m_filters->setEnabled(fleet > 0);
    m_tableStack->setCurrentWidget(shown > 0 ? static_cast<QWidget *>(m_table) : m_empty);
    m_detail->setVisible(shown > 0);
}
