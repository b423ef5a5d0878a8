#include "pages/CommandsPage.h"

#include "changes/ChangeNotifier.h"

#include "CommandTableModel.h"
#include "actions/CancelQueuedCommand.h"
#include "commands/CommandNames.h"
#include "commands/CommandOverviewRepository.h"
#include "security/AdminSession.h"
#include "widgets/PageHeader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CommandsPage::CommandsPage(const DeviceCommandContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new CommandTableModel(*context.db, this)),
      m_status(new QComboBox(this)), m_search(new QLineEdit(this)), m_table(new QTableView(this)),
      m_summary(new QLabel(this)), m_cancel(new QPushButton(tr("Cancel command…"), this))
{
    setObjectName(QStringLiteral("page_commands"));
    m_status->setObjectName(QStringLiteral("commandStatusFilter"));
    m_search->setObjectName(QStringLiteral("commandSearch"));
    m_table->setObjectName(QStringLiteral("commandTable"));
    m_summary->setObjectName(QStringLiteral("commandSummary"));
    m_cancel->setObjectName(QStringLiteral("cancelCommandButton"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_status->addItem(tr("Any status"), QString());
    for (const QString &s : CommandNames::statuses())
        m_status->addItem(CommandNames::statusName(s), s);
    m_search->setPlaceholderText(tr("Search command, device or admin"));
    m_search->setClearButtonEnabled(true);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshCommands"));
    m_cancel->setVisible(m_context.session && m_context.session->can(Permission::LockDevice));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(refreshButton);
    bar->addWidget(m_cancel);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *header = new PageHeader(tr("Commands"), this);
    header->addTrailingWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &CommandsPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &CommandsPage::applyFilters);
    connect(refreshButton, &QPushButton::clicked, this, &CommandsPage::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &CommandsPage::cancelSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CommandsPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CommandsPage::updateButtons);

    // Short columns fit their contents (times, names, states); the device's answer takes the rest.
    for (int c = 0; c < CommandTableModel::Result; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_model->reload();
    updateSummary();
    updateButtons();
}

void CommandsPage::applyFilters()
{
    CommandListQuery q = m_model->query();
    q.status = m_status->currentData().toString();
    q.text = m_search->text();
    m_model->setQuery(q);
    updateSummary();
}

void CommandsPage::refresh()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString selectedUuid = rows.isEmpty() ? QString() : rows.first().data(CommandTableModel::UuidRole).toString();
    m_model->reload();
    for (int row = 0; !selectedUuid.isEmpty() && row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(CommandTableModel::UuidRole).toString() == selectedUuid) {
            m_table->selectRow(row);
            break;
        }
    }
    updateSummary();
}

void CommandsPage::updateSummary()
{
    const QHash<QString, int> counts = CommandOverviewRepository(*m_context.db).countsByStatus();
    const int waiting = counts.value(QStringLiteral("queued")) + counts.value(QStringLiteral("sent")) +
                        counts.value(QStringLiteral("notnow"));
    const int failed = counts.value(QStringLiteral("error"));
    m_summary->setText(tr("%1 waiting for devices · %2 failed").arg(waiting).arg(failed));
}

void CommandsPage::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool queued = !rows.isEmpty() &&
                        rows.first().data(CommandTableModel::StatusRole).toString() == QLatin1String("queued");
    m_cancel->setEnabled(queued);
    m_cancel->setToolTip(queued ? tr("The device has not fetched this command yet; it can still be cancelled.")
                                : tr("Only a command still waiting for its device can be cancelled."));
}

void CommandsPage::cancelSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const auto overview = m_model->commandAt(rows.first().row());
    if (!overview)
        return;
    const QString description = tr("%1 on %2").arg(CommandNames::displayName(overview->command.requestType),
                                                    overview->deviceName);
    auto *command = new CancelQueuedCommand(m_context, overview->command.uuid, description, this);
    connect(command, &ConsoleCommand::finished, this, [this](const Status &s) {
        emit commandFinished(s);
        refresh();
    });
    command->start();
}

void CommandsPage::setChangeNotifier(ChangeNotifier *notifier)
{
    // Devices answer in the background (check-ins on the endpoint's threads); the queue follows.
    connect(notifier, &ChangeNotifier::changed, this, [this](ChangeSubject subject) {
        if (subject == ChangeSubject::Commands)
            refresh();
    });
}
