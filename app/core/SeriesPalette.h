#pragma once

#include <QColor>
#include <iterator>

// The colours of a chart's series (one per safeguard in the trends), shared by the dashboard and the
// PDF report so that a safeguard has the same colour in both. Tableau 10: distinct in hue and
// lightness, and readable on white.
namespace SeriesPalette {

inline QColor color(int index)
{
    static const QColor colors[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
                                    QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                    QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
                                    QColor(0xba, 0xb0, 0xac)};
    return colors[index % int(std::size(colors))];
}

} // namespace SeriesPalette
