#pragma once

#include <QImage>
#include <QList>
#include <QString>

// A QR code symbol (libqrencode, error correction M) for an otpauth:// URI, as an image for the console
// or as UTF-8 half blocks for a terminal.
class QrCode
{
public:
    static QrCode encode(const QString &text);

    bool isValid() const { return m_size > 0; }
    int size() const { return m_size; } // modules per side, without quiet zone
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }
    int darkCount() const;

    // Black on white, `scale` pixels per module, with the 4-module quiet zone the standard asks for.
    QImage toImage(int scale = 6) const;
    // Two module rows per text line. Light modules are printed as blocks, so the code reads right on
    // the usual light-on-dark terminal.
    QString toTerminalText() const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};
