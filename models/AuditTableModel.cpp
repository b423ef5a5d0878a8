#include "AuditTableModel.h"
#include "RelativeTime.h"

#include "AuditDetailsText.h"
#include "audit/AuditLog.h"
#include "audit/AuditWords.h"

AuditTableModel::AuditTableModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

void AuditTableModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    reload();
}

void AuditTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = AuditLog(m_db).count(m_query);
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

void AuditTableModel::refresh()
{
    const qsizetype loaded = m_rows.size();
    reload();
    while (m_rows.size() < loaded && canFetchMore({})) {
        const qsizetype before = m_rows.size();
        fetchMore({});
        if (m_rows.size() == before)
            break;
    }
}

int AuditTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int AuditTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const QList<AuditEvent> page = AuditLog(m_db).page(m_query, int(m_rows.size()), PageSize);
    if (page.isEmpty()) {
        m_total = int(m_rows.size()); // the trail changed under us; stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEvent &e = m_rows.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == HashRole)
        return e.hash;
    if (role == Qt::ToolTipRole && index.column() == Details)
        return AuditDetailsText::readable(e.details);
    if (role == Qt::ToolTipRole && index.column() == Time)
        return RelativeTime::exactUtc(e.occurredAt);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return RelativeTime::localDateTime(e.occurredAt);
    case Admin:
        return e.actor;
    case Role:
        return AuditWords::roleName(e.actorRole);
    case Device:
        return e.deviceId ? QVariant(*e.deviceId) : QVariant();
    case Action:
        return e.action;
    case Outcome:
        return AuditWords::outcomeName(e.outcome);
    case Details:
        return AuditDetailsText::readable(e.details).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Admin:
        return tr("Admin");
    case Role:
        return tr("Role");
    case Device:
        return tr("Device");
    case Action:
        return tr("Action");
    case Outcome:
        return tr("Outcome");
    case Details:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}
