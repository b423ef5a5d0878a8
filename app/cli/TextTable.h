#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

// Plain-text table with aligned columns for terminal output. Long cells are cut to a column's
// maximum width with an ellipsis so one long name cannot push every other column off screen.
class TextTable
{
public:
    explicit TextTable(const QStringList &header);

    void setMaxWidth(int column, int width);
    void addRow(const QStringList &cells);
    int rowCount() const { return int(m_rows.size()); }
    void print(QTextStream &out) const;

private:
    QString cell(int row, int column) const; // row -1: header

    QStringList m_header;
    QList<QStringList> m_rows;
    QList<int> m_maxWidth; // 0: unlimited
};
