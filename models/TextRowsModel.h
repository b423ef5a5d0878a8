#pragma once

#include <QAbstractTableModel>
#include <QStringList>

// A read-only table of text rows with an id per row: the drill-down device list, a policy's
// versions, its differences from the baseline. The engine computes the rows; views only show them.
class TextRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit TextRowsModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setRows(const QStringList &headers, const QList<QStringList> &rows, const QList<qint64> &ids = {});
    qint64 idAt(int row) const { return m_ids.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_headers.size()); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<qint64> m_ids;
};
