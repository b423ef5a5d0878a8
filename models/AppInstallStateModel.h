#pragma once

#include "catalog/AppInstallState.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

class Database;

// One catalog app across the fleet: each targeted device with its install state, the version it
// reported, when it last said so, and its answer when something failed. Read from the engine
// (CatalogRepository::installStates) on reload(); the view only shows it.
class AppInstallStateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DeviceColumn, StateColumn, VersionColumn, ReportedColumn, DetailColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, DeviceIdRole };

    explicit AppInstallStateModel(Database &db, QObject *parent = nullptr);

    void setApp(qint64 appId); // 0: none
    void reload();
    qint64 appId() const { return m_appId; }
    void setNow(const QDateTime &now) { m_now = now; } // tests pin "now" for relative times

    static QString stateText(const QString &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    qint64 m_appId = 0;
    QList<AppInstallState> m_rows;
    QDateTime m_now;
};
