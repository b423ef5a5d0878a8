#include "DeviceSessionModel.h"

#include "RelativeTime.h"
#include "shared/DeviceSessionRepository.h"
#include "shared/SharedSessionService.h"

namespace {
constexpr int kShownSessions = 200; // a shift's worth many times over; the CLI lists them all
}

DeviceSessionModel::DeviceSessionModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

void DeviceSessionModel::setDevice(qint64 deviceId)
{
    m_deviceId = deviceId;
    reload();
}

void DeviceSessionModel::reload()
{
    beginResetModel();
    m_sessions = m_deviceId > 0 ? DeviceSessionRepository(m_db).list(m_deviceId, 0, 0, kShownSessions) : QList<DeviceSession>();
    endResetModel();
}

std::optional<DeviceSession> DeviceSessionModel::whoHeld(const QDateTime &moment) const
{
    if (m_deviceId <= 0 || !moment.isValid())
        return std::nullopt;
    return SharedSessionService(m_db).whoHeld(m_deviceId, moment.toSecsSinceEpoch());
}

QString DeviceSessionModel::sourceName(const QString &source)
{
    if (source == QLatin1String("agent"))
        return tr("Android agent");
    if (source == QLatin1String("apple"))
        return tr("Shared iPad");
    if (source == QLatin1String("console"))
        return tr("Console");
    return source;
}

QString DeviceSessionModel::endReasonName(const QString &reason)
{
    if (reason == QLatin1String("signout"))
        return tr("Signed out");
    if (reason == QLatin1String("timeout"))
        return tr("Timed out");
    if (reason == QLatin1String("superseded"))
        return tr("Next sign-in");
    if (reason == QLatin1String("reset"))
        return tr("Reset for next patient");
    return reason;
}

int DeviceSessionModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_sessions.size()); }

int DeviceSessionModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DeviceSessionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sessions.size())
        return {};
    const DeviceSession &s = m_sessions.at(index.row());
    const QDateTime from = QDateTime::fromSecsSinceEpoch(s.startedAt, Qt::UTC);
    const QDateTime to = s.endedAt ? QDateTime::fromSecsSinceEpoch(s.endedAt, Qt::UTC) : QDateTime();
    if (role == Qt::ToolTipRole) {
        if (index.column() == From)
            return RelativeTime::exactUtc(from);
        if (index.column() == To && to.isValid())
            return RelativeTime::exactUtc(to);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case User: return s.userName;
    case From: return RelativeTime::localDateTime(from);
    case To: return to.isValid() ? RelativeTime::localDateTime(to) : tr("Signed in");
    case Source: return sourceName(s.source);
    case EndReason: return s.endedAt ? endReasonName(s.endReason) : QString();
    default: return {};
    }
}

QVariant DeviceSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case User: return tr("Clinician");
    case From: return tr("From");
    case To: return tr("To");
    case Source: return tr("Source");
    case EndReason: return tr("Ended by");
    default: return {};
    }
}
