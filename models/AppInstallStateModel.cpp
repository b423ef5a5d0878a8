#include "AppInstallStateModel.h"

#include "RelativeTime.h"
#include "catalog/CatalogRepository.h"

#include <QBrush>
#include <QColor>

AppInstallStateModel::AppInstallStateModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

QString AppInstallStateModel::stateText(const QString &state)
{
    if (state == QLatin1String("installed"))
        return tr("Installed");
    if (state == QLatin1String("pending"))
        return tr("Installing");
    if (state == QLatin1String("removing"))
        return tr("Removing");
    if (state == QLatin1String("removed"))
        return tr("Removed");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    return tr("Not installed");
}

void AppInstallStateModel::setApp(qint64 appId)
{
    m_appId = appId;
    reload();
}

void AppInstallStateModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const CatalogRepository repo(m_db);
    if (const std::optional<CatalogApp> app = m_appId > 0 ? repo.findById(m_appId) : std::nullopt)
        m_rows = repo.installStates(*app);
    endResetModel();
}

int AppInstallStateModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int AppInstallStateModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AppInstallStateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AppInstallState &s = m_rows.at(index.row());
    const QDateTime reported = s.reportedAt > 0 ? QDateTime::fromSecsSinceEpoch(s.reportedAt, Qt::UTC) : QDateTime();
    if (role == StateRole)
        return s.state;
    if (role == DeviceIdRole)
        return s.deviceId;
    if (role == Qt::ForegroundRole && index.column() == StateColumn && s.state == QLatin1String("failed"))
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole) {
        if (index.column() == ReportedColumn && reported.isValid())
            return RelativeTime::exactUtc(reported);
        if (index.column() == DetailColumn && !s.detail.isEmpty())
            return s.detail;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DeviceColumn:
        return s.deviceName;
    case StateColumn:
        return stateText(s.state);
    case VersionColumn:
        return s.installedVersion;
    case ReportedColumn:
        return reported.isValid() ? (m_now.isValid() ? RelativeTime::describe(reported, m_now) : RelativeTime::describe(reported))
                                  : tr("never");
    case DetailColumn:
        return s.detail;
    default:
        return {};
    }
}

QVariant AppInstallStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case StateColumn:
        return tr("State");
    case VersionColumn:
        return tr("Version");
    case ReportedColumn:
        return tr("Reported");
    case DetailColumn:
        return tr("Device's answer");
    default:
        return {};
    }
}
