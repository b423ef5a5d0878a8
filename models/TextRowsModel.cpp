#include "TextRowsModel.h"

void TextRowsModel::setRows(const QStringList &headers, const QList<QStringList> &rows, const QList<qint64> &ids)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    m_ids = ids;
    endResetModel();
}

QVariant TextRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_rows[index.row()].value(index.column());
    if (role == IdRole)
        return m_ids.value(index.row());
    return {};
}

QVariant TextRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}
