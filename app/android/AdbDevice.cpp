#include "android/AdbDevice.h"

#include <QRegularExpression>

QList<AdbDevice> AdbDevice::parseList(const QByteArray &text)
{
    QList<AdbDevice> out;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty())
            continue;
        // "<serial>\t<state>" (short) or "<serial>   <state> usb:1-1 product:x model:y device:z transport_id:3".
        // A state may contain a space ("no permissions"), so fields are key:value after the state.
        const QStringList parts = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (parts.size() < 2)
            continue;
        AdbDevice d;
        d.serial = parts.at(0);
        int i = 1;
        QStringList state;
        for (; i < parts.size() && !parts.at(i).contains(QLatin1Char(':')); ++i)
            state << parts.at(i);
        d.state = state.join(QLatin1Char(' '));
        for (; i < parts.size(); ++i) {
            const QString key = parts.at(i).section(QLatin1Char(':'), 0, 0);
            const QString value = parts.at(i).section(QLatin1Char(':'), 1);
            if (key == QLatin1String("model"))
                d.model = QString(value).replace(QLatin1Char('_'), QLatin1Char(' '));
            else if (key == QLatin1String("product"))
                d.product = value;
            else if (key == QLatin1String("device"))
                d.deviceName = value;
            else if (key == QLatin1String("transport_id"))
                d.transportId = value;
            else if (key == QLatin1String("usb"))
                d.usb = value;
        }
        out.append(d);
    }
    return out;
}
