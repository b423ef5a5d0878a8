#pragma once

#include "shared/DeviceSession.h"

#include <QAbstractTableModel>
#include <optional>

class Database;

// The sessions of one shared device, newest first: who, from, to, source, how it ended. Read
// through the engine (DeviceSessionRepository / SharedSessionService); the view only shows them.
class DeviceSessionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { User, From, To, Source, EndReason, ColumnCount };

    explicit DeviceSessionModel(Database &db, QObject *parent = nullptr);

    void setDevice(qint64 deviceId); // 0: none
    qint64 deviceId() const { return m_deviceId; }
    void reload();
    // Who held the device at that moment (the session that covered it), if anybody.
    std::optional<DeviceSession> whoHeld(const QDateTime &moment) const;
    DeviceSession sessionAt(int row) const { return m_sessions.value(row); }

    static QString sourceName(const QString &source);
    static QString endReasonName(const QString &reason);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    qint64 m_deviceId = 0;
    QList<DeviceSession> m_sessions;
};
