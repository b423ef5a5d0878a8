#include "CommandTableModel.h"
#include "RelativeTime.h"

#include "commands/CommandNames.h"
#include "commands/CommandOverviewRepository.h"

#include <QDateTime>

namespace {
QString timeText(qint64 epochSeconds)
{
    if (epochSeconds <= 0)
        return {};
    return RelativeTime::localDateTime(QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC));
}
} // namespace

CommandTableModel::CommandTableModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

void CommandTableModel::setQuery(const CommandListQuery &query)
{
    m_query = query;
    reload();
}

void CommandTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    CommandListQuery q = m_query;
    m_total = CommandOverviewRepository(m_db).count(q);
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

std::optional<CommandOverview> CommandTableModel::commandAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int CommandTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int CommandTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool CommandTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void CommandTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    CommandListQuery q = m_query;
    q.offset = int(m_rows.size());
    q.limit = PageSize;
    const QList<CommandOverview> page = CommandOverviewRepository(m_db).page(q);
    if (page.isEmpty()) {
        m_total = int(m_rows.size()); // the queue changed under us; stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

QVariant CommandTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CommandOverview &o = m_rows.at(index.row());
    switch (role) {
    case UuidRole:
        return o.command.uuid;
    case StatusRole:
        return o.command.status;
    case DeviceIdRole:
        return o.command.deviceId;
    case Qt::ToolTipRole:
        if (index.column() == Result || index.column() == Status)
            return o.resultDetail.isEmpty() ? QVariant() : QVariant(o.resultDetail);
        if (index.column() == Command)
            return tr("%1 (command %2)").arg(o.command.requestType, o.command.uuid);
        return {};
    case Qt::DisplayRole:
        return display(o, index.column());
    default:
        return {};
    }
}

QVariant CommandTableModel::display(const CommandOverview &o, int column) const
{
    switch (Column(column)) {
    case Queued:
        return timeText(o.command.queuedAt);
    case Device:
        return o.deviceName;
    case Command:
        return CommandNames::displayName(o.command.requestType);
    case Status:
        return CommandNames::statusName(o.command.status);
    case QueuedBy:
        return o.command.queuedBy;
    case Completed:
        return timeText(o.command.completedAt);
    case Result:
        return QString(o.resultDetail).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CommandTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Queued:
        return tr("Queued");
    case Device:
        return tr("Device");
    case Command:
        return tr("Command");
    case Status:
        return tr("Status");
    case QueuedBy:
        return tr("Queued by");
    case Completed:
        return tr("Completed");
    case Result:
        return tr("Device's answer");
    case ColumnCount:
        break;
    }
    return {};
}
