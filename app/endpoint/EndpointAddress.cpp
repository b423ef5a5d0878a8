#include "endpoint/EndpointAddress.h"

#include "settings/SettingsRepository.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("EndpointAddress", text); }

bool isHostName(const QString &host)
{
    static const QRegularExpression name(QStringLiteral(
        "^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return !QHostAddress(host).isNull() || name.match(host).hasMatch();
}
} // namespace

namespace EndpointAddress {

QString publicUrl(Database &db)
{
    SettingsRepository settings(db);
    const QString url = settings.stringValue(Setting::EndpointPublicUrl).trimmed();
    if (!url.isEmpty())
        return url;
    const QString host = settings.stringValue(Setting::EndpointHost).trimmed();
    const int port = settings.intValue(Setting::EndpointPort);
    const QString hostPart = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return port == 443 ? QStringLiteral("https://%1").arg(hostPart) : QStringLiteral("https://%1:%2").arg(hostPart).arg(port);
}

QString publicHost(Database &db) { return QUrl(publicUrl(db)).host(); }

QString problem(const QString &input, QString *normalized)
{
    const QString url = input.trimmed();
    if (normalized)
        *normalized = url;
    if (url.isEmpty()) {
        // Stored as an empty text (a null one would be stored as SQL NULL and refused).
        if (normalized)
            *normalized = QStringLiteral("");
        return {};
    }
    // A port above 65535 makes QUrl invalid without saying why: look at it first.
    static const QRegularExpression portPart(QStringLiteral("^[a-zA-Z]+://[^/?#]*[^\\]]:(\\d+)(?:[/?#]|$)"));
    if (const QRegularExpressionMatch m = portPart.match(url); m.hasMatch()) {
        const qint64 port = m.captured(1).toLongLong();
        if (port < 1 || port > 65535)
            return tr("The port of the public URL must be from 1 to 65535.");
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty())
        return tr("The public URL is not a valid address; write it as https://mdm.clinic.example:8443.");
    if (parsed.scheme() != QLatin1String("https"))
        return tr("The public URL must start with https:// (devices only talk to the console over TLS).");
    if (parsed.host().isEmpty() || !isHostName(parsed.host()))
        return tr("The public URL needs a host name or IP address, e.g. https://mdm.clinic.example:8443.");
    if (!parsed.userInfo().isEmpty() || parsed.hasQuery() || parsed.hasFragment()
        || (!parsed.path().isEmpty() && parsed.path() != QLatin1String("/")))
        return tr("The public URL is only https://host:port, with no path, user name or query.");
    if (normalized) {
        const QString host = parsed.host().toLower();
        const QString hostPart = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
        *normalized = parsed.port() > 0 && parsed.port() != 443 ? QStringLiteral("https://%1:%2").arg(hostPart).arg(parsed.port())
                                                                : QStringLiteral("https://%1").arg(hostPart);
    }
    return {};
}

} // namespace EndpointAddress
