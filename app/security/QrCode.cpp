#include "security/QrCode.h"

#include <qrencode.h>

#include <algorithm>

namespace {
constexpr int kQuietZone = 4;
constexpr int kTerminalQuietZone = 2;
}

QrCode QrCode::encode(const QString &text)
{
    QrCode code;
    const QByteArray utf8 = text.toUtf8();
    QRcode *raw = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!raw)
        return code;
    code.m_size = raw->width;
    code.m_modules.resize(qsizetype(raw->width) * raw->width);
    for (int i = 0; i < raw->width * raw->width; ++i)
        code.m_modules[i] = (raw->data[i] & 1) != 0;
    QRcode_free(raw);
    return code;
}

int QrCode::darkCount() const { return int(std::count(m_modules.cbegin(), m_modules.cend(), true)); }

QImage QrCode::toImage(int scale) const
{
    if (!isValid() || scale < 1)
        return {};
    const int side = (m_size + 2 * kQuietZone) * scale;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (isDark(x, y))
                for (int dy = 0; dy < scale; ++dy)
                    for (int dx = 0; dx < scale; ++dx)
                        image.setPixel((x + kQuietZone) * scale + dx, (y + kQuietZone) * scale + dy, 1);
    return image;
}

QString QrCode::toTerminalText() const
{
    if (!isValid())
        return {};
    const int side = m_size + 2 * kTerminalQuietZone;
    auto light = [&](int x, int y) {
        const int mx = x - kTerminalQuietZone;
        const int my = y - kTerminalQuietZone;
        if (mx < 0 || my < 0 || mx >= m_size || my >= m_size)
            return true;
        return !isDark(mx, my);
    };
    QString out;
    for (int y = 0; y < side; y += 2) {
        for (int x = 0; x < side; ++x) {
            const bool top = light(x, y);
            const bool bottom = y + 1 < side ? light(x, y + 1) : false;
            if (top && bottom)
                out += QChar(0x2588); // full block
            else if (top)
                out += QChar(0x2580); // upper half
            else if (bottom)
                out += QChar(0x2584); // lower half
            else
                out += QLatin1Char(' ');
        }
        out += QLatin1Char('\n');
    }
    return out;
}
