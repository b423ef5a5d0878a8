#include "settings/SettingsService.h"

#include "audit/AuditLog.h"
#include "db/WriteTransaction.h"
#include "endpoint/EndpointAddress.h"
#include "security/AdminSession.h"
#include "settings/SettingsRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QUrl>

namespace {

Status invalid(const QString &message) { return Status::failure(ErrorCode::InvalidInput, message); }

// An IP address or a DNS name (letters, digits, hyphens; dot-separated labels of at most 63).
bool isHost(const QString &host)
{
    static const QRegularExpression name(QStringLiteral(
        "^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return !QHostAddress(host).isNull() || name.match(host).hasMatch();
}

// Empty (the built-in default) or an https:// URL whose host is a host name or IP address.
bool isHttpsUrlOrEmpty(const QString &url)
{
    if (url.isEmpty())
        return true;
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && parsed.scheme() == QLatin1String("https") && isHost(parsed.host()) && parsed.userInfo().isEmpty();
}

// Values in the audit trail: short, on one line, quoted when they hold spaces.
QString shown(const QVariant &v)
{
    QString text = v.toString().simplified();
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("...");
    if (text.isEmpty() || text.contains(QLatin1Char(' ')))
        return QStringLiteral("\"%1\"").arg(text);
    return text;
}
} // namespace

SettingsService::SettingsService(Database &db) : m_db(db) {}

QVariant SettingsService::value(Setting s) const { return SettingsRepository(m_db).value(s); }

Status SettingsService::change(const AdminSession &by, Setting s, const QVariant &value)
{
    return change(by, QList<Change>{{s, value}});
}

Status SettingsService::validate(Setting s, const QVariant &value, QVariant *normalized) const
{
    QVariant v = value;
    auto asInt = [&](int low, int high, const QString &what) -> Status {
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        if (!ok || n < low || n > high)
            return invalid(QCoreApplication::translate("SettingsService", "%1 must be a whole number from %2 to %3.").arg(what).arg(low).arg(high));
        *normalized = n;
        return Status::success();
    };
    switch (s) {
    case Setting::ClinicName: {
        const QString name = v.toString().simplified();
        if (name.isEmpty())
            return invalid(QCoreApplication::translate("SettingsService", "The clinic name cannot be empty."));
        if (name.size() > kMaxClinicNameLength)
            return invalid(QCoreApplication::translate("SettingsService", "The clinic name is longer than %1 characters.").arg(kMaxClinicNameLength));
        *normalized = name;
        return Status::success();
    }
    case Setting::IdleLockMinutes:
        return asInt(0, kMaxIdleLockMinutes, QCoreApplication::translate("SettingsService", "The idle lock (minutes)"));
    case Setting::EndpointPort:
        return asInt(1, 65535, QCoreApplication::translate("SettingsService", "The port"));
    case Setting::UnknownAfterDays:
        return asInt(1, 365, QCoreApplication::translate("SettingsService", "The days before a silent device counts as unknown"));
    case Setting::AuditCheckpointInterval:
        return asInt(1, 100000, QCoreApplication::translate("SettingsService", "The checkpoint interval"));
    case Setting::EndpointHost: {
        const QString host = v.toString().trimmed();
        if (host.isEmpty() || host.contains(QLatin1Char(' ')))
            return invalid(QCoreApplication::translate("SettingsService", "The check-in host name is not valid."));
        *normalized = host;
        return Status::success();
    }
    case Setting::MfaRequiredForAdministrators:
        if (v.typeId() != QMetaType::Bool && !v.canConvert<bool>())
            return invalid(QCoreApplication::translate("SettingsService", "MFA required must be true or false."));
        *normalized = v.toBool();
        return Status::success();
    case Setting::EndpointListenAddress: {
        const QString address = v.toString().trimmed();
        if (QHostAddress(address).isNull())
            return invalid(QCoreApplication::translate("SettingsService", "The listen address must be an IP address (0.0.0.0 for all)."));
        *normalized = address;
        return Status::success();
    }
    case Setting::EndpointHostNames: {
        QStringList names;
        for (const QString &name : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString n = name.trimmed();
            if (n.isEmpty())
                continue;
            if (n.contains(QLatin1Char(' ')) || n.contains(QLatin1Char('/')))
                return invalid(QCoreApplication::translate("SettingsService", "\"%1\" is not a host name or IP address.").arg(n));
            names << n;
        }
        *normalized = names.join(QLatin1Char(','));
        return Status::success();
    }
    case Setting::EndpointPublicUrl: {
        // https, a host, a port in range and nothing else: devices get exactly this address.
        QString url;
        if (const QString why = EndpointAddress::problem(v.toString(), &url); !why.isEmpty())
            return invalid(why);
        *normalized = url;
        return Status::success();
    }
    case Setting::PushApnsEnvironment:
        if (v.toString() != QLatin1String("production") && v.toString() != QLatin1String("sandbox"))
            return invalid(QCoreApplication::translate("SettingsService", "The APNs environment is production or sandbox."));
        *normalized = v.toString();
        return Status::success();
    case Setting::PushApnsPort:
        return asInt(1, 65535, QCoreApplication::translate("SettingsService", "The port"));
    case Setting::PushApnsHost: {
        const QString host = v.toString().trimmed();
        if (!host.isEmpty() && !isHost(host))
            return invalid(QCoreApplication::translate("SettingsService", "%1 must be a host name or IP address (or empty for Apple's).")
                               .arg(SettingInfo::key(s)));
        *normalized = host;
        return Status::success();
    }
    case Setting::PushFcmEndpoint:
    case Setting::PushFcmTokenUri: {
        const QString url = v.toString().trimmed();
        if (!isHttpsUrlOrEmpty(url))
            return invalid(QCoreApplication::translate("SettingsService", "%1 must be an https:// address (or empty for Google's).")
                               .arg(SettingInfo::key(s)));
        *normalized = url;
        return Status::success();
    }
    case Setting::PushTrustedRootsFile: {
        // The only roots push servers may then chain to: a file that holds none would break every push.
        const QString path = v.toString().trimmed();
        if (!path.isEmpty()
            && (!QFileInfo(path).isAbsolute() || QSslCertificate::fromPath(path, QSsl::Pem).isEmpty()))
            return invalid(QCoreApplication::translate("SettingsService",
                                                       "%1 must be the absolute path of a PEM file of certificates (or empty for the system's).")
                               .arg(SettingInfo::key(s)));
        *normalized = path;
        return Status::success();
    }
    case Setting::FrpAdminEmails: {
        // Google accounts (Android Management API frpAdminEmails); the clinic's own, never a user's.
        static const QRegularExpression email(QStringLiteral("^[^@\\s,]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"));
        QStringList emails;
        for (const QString &part : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString e = part.trimmed();
            if (e.isEmpty())
                continue;
            if (!email.match(e).hasMatch())
                return invalid(QCoreApplication::translate("SettingsService", "\"%1\" is not an email address.").arg(e));
            emails << e;
        }
        *normalized = emails.join(QLatin1Char(','));
        return Status::success();
    }
    case Setting::SecretServiceId:
    case Setting::AuditPublicKeys:
    case Setting::EndpointCaCertificate:
    case Setting::EndpointTlsCertificate:
    case Setting::EndpointTlsChain:
    case Setting::EndpointTlsImported:
    case Setting::EndpointSelfCheck:
        break;
    }
    return invalid(QCoreApplication::translate("SettingsService", "%1 is managed by the console itself and cannot be changed.").arg(SettingInfo::key(s)));
}

Status SettingsService::change(const AdminSession &by, const QList<Change> &changes)
{
    if (Status s = by.require(Permission::ManageSettings); !s)
        return s;
    QList<Change> normalized;
    for (const Change &c : changes) {
        QVariant v;
        if (Status s = validate(c.first, c.second, &v); !s)
            return s;
        normalized.append({c.first, v});
    }
    SettingsRepository repo(m_db);
    AuditLog log(m_db);
    // Every value and its audit entry, or nothing.
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("SettingsService", "The database is busy; try again."));
    for (const Change &c : normalized) {
        const QVariant old = repo.value(c.first);
        if (old == c.second)
            continue;
        if (Status s = repo.setValue(c.first, c.second); !s)
            return s;
        if (Status s = log.record(by.actor(), QStringLiteral("settings.change"), QStringLiteral("success"),
                                  QStringLiteral("key=%1 old=%2 new=%3")
                                      .arg(SettingInfo::key(c.first), shown(old), shown(c.second)));
            !s)
            return s;
    }
    if (!tx.commit())
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("SettingsService", "The database is busy; try again."));
    return Status::success();
}
