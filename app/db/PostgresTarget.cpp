#include "db/PostgresTarget.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PostgresTarget", text); }

bool isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

bool isKeywordString(const QString &text)
{
    static const QStringList keys{QStringLiteral("host="), QStringLiteral("dbname="), QStringLiteral("port="),
                                  QStringLiteral("user=")};
    for (const QString &k : keys)
        if (text.startsWith(k) || text.contains(QLatin1Char(' ') + k))
            return true;
    return false;
}

bool setKey(PostgresTarget &t, const QString &key, const QString &value, QString *error)
{
    if (key == QLatin1String("host"))
        t.host = value;
    else if (key == QLatin1String("port")) {
        bool ok = false;
        t.port = value.toInt(&ok);
        if (!ok || t.port < 1 || t.port > 65535) {
            *error = tr("the port %1 is not a number from 1 to 65535").arg(value);
            return false;
        }
    } else if (key == QLatin1String("dbname"))
        t.dbname = value;
    else if (key == QLatin1String("user"))
        t.user = value;
    else if (key == QLatin1String("options"))
        t.options = value;
    else if (key == QLatin1String("password")) {
        *error = tr("a database password does not belong on the command line: keep it in the keychain "
                    "(clinicmdm --db URL db password) or in PGPASSWORD or ~/.pgpass");
        return false;
    } else {
        *error = tr("unknown connection setting %1").arg(key);
        return false;
    }
    return true;
}

} // namespace

bool PostgresTarget::looksLikePostgres(const QString &text) { return isUrl(text) || isKeywordString(text); }

PostgresTarget PostgresTarget::parse(const QString &text, QString *error)
{
    PostgresTarget t;
    error->clear();
    if (isUrl(text)) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid()) {
            *error = tr("%1 is not a valid postgresql:// address").arg(text);
            return t;
        }
        if (!url.password().isEmpty()) {
            setKey(t, QStringLiteral("password"), {}, error);
            return t;
        }
        t.host = url.host();
        t.port = url.port(5432);
        t.user = url.userName();
        t.dbname = url.path().mid(1);
        const QUrlQuery query(url);
        for (const auto &item : query.queryItems(QUrl::FullyDecoded))
            if (!setKey(t, item.first, item.second, error))
                return t;
    } else {
        for (const QString &pair : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                *error = tr("%1 is not a key=value connection setting").arg(pair);
                return t;
            }
            if (!setKey(t, pair.left(eq), pair.mid(eq + 1), error))
                return t;
        }
    }
    if (t.host.isEmpty())
        t.host = QStringLiteral("localhost");
    if (t.dbname.isEmpty())
        *error = tr("the PostgreSQL address names no database (postgresql://user@host:port/DBNAME)");
    return t;
}

QString PostgresTarget::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (host.startsWith(QLatin1Char('/'))) {
        // A socket folder is not a URL host: libpq's own form puts it in the query.
        url.setPath(QLatin1Char('/') + dbname);
        url.setUserName(user);
        url.setHost(QStringLiteral("localhost"));
        url.setQuery(QStringLiteral("host=") + host);
    } else {
        url.setHost(host);
        url.setUserName(user);
        url.setPath(QLatin1Char('/') + dbname);
    }
    url.setPort(port);
    return url.toString();
}
