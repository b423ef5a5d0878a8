#pragma once

#include "audit/AuditEvent.h"
#include "audit/AuditQuery.h"

#include <QAbstractTableModel>

class Database;

// The audit trail as a table, newest first, filtered in SQL (AuditLog::page) and loaded a page at a
// time as the view scrolls (canFetchMore/fetchMore), so a trail of a million entries opens at once.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Admin, Role, Device, Action, Outcome, Details, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, HashRole };
    static constexpr int PageSize = 200;

    explicit AuditTableModel(Database &db, QObject *parent = nullptr);

    void setQuery(const AuditQuery &query);
    AuditQuery query() const { return m_query; }
    int totalCount() const { return m_total; } // entries matching the query, loaded or not
    void reload();
    // The same query again with as many rows as are loaded (new entries at the top, say).
    void refresh();
    AuditEvent eventAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Database &m_db;
    AuditQuery m_query;
    QList<AuditEvent> m_rows;
    int m_total = 0;
};
