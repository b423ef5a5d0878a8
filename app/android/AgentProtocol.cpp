#include "android/AgentProtocol.h"

#include "privacy/PrivacyBoundary.h"

#include <QFile>
#include <QJsonDocument>

namespace AgentProtocol {

const QStringList &privacyFields() { return PrivacyBoundary::neverStoredFields(); }

QStringList commandTypes()
{
    return {QStringLiteral("LOCK"),          QStringLiteral("REBOOT"),     QStringLiteral("RESET_PASSWORD"),
            QStringLiteral("WIPE"),          QStringLiteral("REMOVE_WORK_PROFILE"), QStringLiteral("INSTALL_APP"),
            QStringLiteral("REMOVE_APP"),    QStringLiteral("CLEAR_APP_DATA"), QStringLiteral("START_KIOSK"),
            QStringLiteral("STOP_KIOSK")};
}

bool isCaSha256(const QString &fingerprint)
{
    if (fingerprint.size() != 64)
        return false;
    for (const QChar c : fingerprint)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

const QJsonObject &schemas()
{
    // Static initialisation is thread-safe; handlers call this from several worker threads.
    static const QJsonObject parsed = [] {
        QFile f(QStringLiteral(":/android/agent-protocol.schema.json"));
        if (!f.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("schemas")).toObject();
    }();
    return parsed;
}

} // namespace AgentProtocol
