#include "cli/TextTable.h"

TextTable::TextTable(const QStringList &header) : m_header(header), m_maxWidth(header.size(), 0) {}

void TextTable::setMaxWidth(int column, int width) { m_maxWidth[column] = width; }

void TextTable::addRow(const QStringList &cells) { m_rows << cells; }

QString TextTable::cell(int row, int column) const
{
    QString text = row < 0 ? m_header.value(column) : m_rows[row].value(column);
    const int max = m_maxWidth[column];
    if (max > 1 && text.size() > max)
        text = text.left(max - 1) + QChar(0x2026); // …
    return text;
}

void TextTable::print(QTextStream &out) const
{
    const int columns = int(m_header.size());
    QList<int> width(columns, 0);
    for (int r = -1; r < rowCount(); ++r)
        for (int c = 0; c < columns; ++c)
            width[c] = qMax(width[c], int(cell(r, c).size()));
    for (int r = -1; r < rowCount(); ++r) {
        QString line;
        for (int c = 0; c < columns; ++c) {
            const QString text = cell(r, c);
            line += c + 1 < columns ? text.leftJustified(width[c] + 2) : text;
        }
        out << line << '\n';
    }
    out.flush();
}
