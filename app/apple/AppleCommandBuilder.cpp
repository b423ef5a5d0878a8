#include "apple/AppleCommandBuilder.h"

#include "apple/AppleCommandCodec.h"
#include "privacy/PrivacyBoundary.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AppleCommandBuilder", text);
}

Status invalid(const QString &message)
{
    return Status::failure(ErrorCode::InvalidInput, message);
}

QStringList toStringList(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString)
        return v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList out;
    for (const QVariant &item : v.toList())
        out << item.toString();
    return out;
}

std::optional<bool> toBool(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString text = v.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("no") || text == QLatin1String("0"))
        return false;
    return std::nullopt;
}

Status requireText(const QVariantMap &args, const QString &key, QVariantMap &payload)
{
    const QString value = args.value(key).toString().trimmed();
    if (value.isEmpty())
        return invalid(tr("%1 needs %2.").arg(key, key));
    payload.insert(key, value);
    return Status::success();
}

Status checkKnown(const QVariantMap &args, const QStringList &known)
{
    for (auto it = args.cbegin(); it != args.cend(); ++it)
        if (!known.contains(it.key()))
            return invalid(tr("Unknown argument %1 (accepted: %2).").arg(it.key(), known.isEmpty() ? tr("none") : known.join(QStringLiteral(", "))));
    return Status::success();
}

} // namespace

QStringList AppleCommandBuilder::requestTypes()
{
    return {QStringLiteral("DeviceInformation"), QStringLiteral("SecurityInfo"),   QStringLiteral("InstalledApplicationList"),
            QStringLiteral("ProfileList"),       QStringLiteral("InstallProfile"), QStringLiteral("RemoveProfile"),
            QStringLiteral("DeviceLock"),        QStringLiteral("EraseDevice"),    QStringLiteral("ClearPasscode"),
            QStringLiteral("RestartDevice"),     QStringLiteral("Settings"),       QStringLiteral("InstallApplication"),
            QStringLiteral("RemoveApplication"), QStringLiteral("LogOutUser")};
}

QStringList AppleCommandBuilder::defaultDeviceQueries()
{
    return {QStringLiteral("DeviceName"),      QStringLiteral("OSVersion"),    QStringLiteral("BuildVersion"),
            QStringLiteral("ModelName"),       QStringLiteral("Model"),        QStringLiteral("ProductName"),
            QStringLiteral("SerialNumber"),    QStringLiteral("IMEI"),         QStringLiteral("DeviceCapacity"),
            QStringLiteral("AvailableDeviceCapacity"), QStringLiteral("IsSupervised"), QStringLiteral("UDID"),
            QStringLiteral("IsMDMLostModeEnabled")};
}

Status AppleCommandBuilder::build(const QString &type, const QVariantMap &args, Ownership ownership, Built &out)
{
    Built b;
    b.requestType = type;
    QVariantMap &p = b.payload;
    if (type == QLatin1String("DeviceInformation")) {
        if (Status s = checkKnown(args, {QStringLiteral("Queries")}); !s)
            return s;
        const QStringList queries = args.contains(QStringLiteral("Queries")) ? toStringList(args.value(QStringLiteral("Queries")))
                                                                             : defaultDeviceQueries();
        if (queries.isEmpty())
            return invalid(tr("DeviceInformation needs at least one query."));
        p.insert(QStringLiteral("Queries"), QVariant(queries).toList());
    } else if (type == QLatin1String("SecurityInfo") || type == QLatin1String("ProfileList")) {
        if (Status s = checkKnown(args, {}); !s)
            return s;
    } else if (type == QLatin1String("InstalledApplicationList")) {
        if (Status s = checkKnown(args, {QStringLiteral("ManagedAppsOnly"), QStringLiteral("Identifiers")}); !s)
            return s;
        bool managedOnly = false;
        if (args.contains(QStringLiteral("ManagedAppsOnly"))) {
            const std::optional<bool> v = toBool(args.value(QStringLiteral("ManagedAppsOnly")));
            if (!v)
                return invalid(tr("ManagedAppsOnly must be true or false."));
            managedOnly = *v;
        }
        // The privacy boundary of a personal device: the clinic asks only about its own apps.
        p.insert(QStringLiteral("ManagedAppsOnly"), managedOnly || PrivacyBoundary::asksManagedAppsOnly(ownership));
        if (args.contains(QStringLiteral("Identifiers")))
            p.insert(QStringLiteral("Identifiers"), QVariant(toStringList(args.value(QStringLiteral("Identifiers")))).toList());
    } else if (type == QLatin1String("InstallProfile")) {
        if (Status s = checkKnown(args, {QStringLiteral("Payload")}); !s)
            return s;
        const QByteArray profile = args.value(QStringLiteral("Payload")).toByteArray();
        if (profile.isEmpty())
            return invalid(tr("InstallProfile needs the profile (Payload)."));
        p.insert(QStringLiteral("Payload"), profile);
    } else if (type == QLatin1String("RemoveProfile") || type == QLatin1String("RemoveApplication")) {
        if (Status s = checkKnown(args, {QStringLiteral("Identifier")}); !s)
            return s;
        if (Status s = requireText(args, QStringLiteral("Identifier"), p); !s)
            return s;
    } else if (type == QLatin1String("DeviceLock")) {
        if (Status s = checkKnown(args, {QStringLiteral("Message"), QStringLiteral("PhoneNumber")}); !s)
            return s;
        for (const QString &key : {QStringLiteral("Message"), QStringLiteral("PhoneNumber")})
            if (!args.value(key).toString().isEmpty())
                p.insert(key, args.value(key).toString());
        b.priority = 10;
    } else if (type == QLatin1String("EraseDevice")) {
        if (!PrivacyBoundary::mayEraseDevice(ownership))
            return Status::failure(ErrorCode::PermissionDenied,
                                   tr("A personal (BYOD) device can never be erased; remove the clinic's data with a selective wipe."));
        if (Status s = checkKnown(args, {QStringLiteral("PreserveDataPlan")}); !s)
            return s;
        if (args.contains(QStringLiteral("PreserveDataPlan"))) {
            const std::optional<bool> v = toBool(args.value(QStringLiteral("PreserveDataPlan")));
            if (!v)
                return invalid(tr("PreserveDataPlan must be true or false."));
            p.insert(QStringLiteral("PreserveDataPlan"), *v);
        }
        b.priority = 20;
    } else if (type == QLatin1String("ClearPasscode")) {
        if (Status s = checkKnown(args, {}); !s)
            return s;
        // Filled in at delivery from the sealed store: the commands table never holds the token.
        p.insert(QStringLiteral("UnlockToken"),
                 QVariantMap{{QLatin1String(AppleCommandCodec::SecretKey), QLatin1String(AppleCommandCodec::UnlockTokenSecret)}});
        b.priority = 10;
    } else if (type == QLatin1String("RestartDevice")) {
        if (Status s = checkKnown(args, {QStringLiteral("NotifyUser")}); !s)
            return s;
        if (args.contains(QStringLiteral("NotifyUser"))) {
            const std::optional<bool> v = toBool(args.value(QStringLiteral("NotifyUser")));
            if (!v)
                return invalid(tr("NotifyUser must be true or false."));
            p.insert(QStringLiteral("NotifyUser"), *v);
        }
    } else if (type == QLatin1String("Settings")) {
        if (Status s = checkKnown(args, {QStringLiteral("DeviceName")}); !s)
            return s;
        const QString name = args.value(QStringLiteral("DeviceName")).toString().trimmed();
        if (name.isEmpty())
            return invalid(tr("Settings needs DeviceName."));
        p.insert(QStringLiteral("Settings"),
                 QVariantList{QVariantMap{{QStringLiteral("Item"), QStringLiteral("DeviceName")}, {QStringLiteral("DeviceName"), name}}});
    } else if (type == QLatin1String("InstallApplication")) {
        if (Status s = checkKnown(args, {QStringLiteral("iTunesStoreID"), QStringLiteral("ManifestURL"), QStringLiteral("ManagementFlags")}); !s)
            return s;
        const bool store = args.contains(QStringLiteral("iTunesStoreID"));
        const bool manifest = args.contains(QStringLiteral("ManifestURL"));
        if (store == manifest)
            return invalid(tr("InstallApplication needs exactly one of iTunesStoreID and ManifestURL."));
        if (store) {
            bool ok = false;
            const qint64 id = args.value(QStringLiteral("iTunesStoreID")).toString().toLongLong(&ok);
            if (!ok || id <= 0)
                return invalid(tr("iTunesStoreID must be a positive number."));
            p.insert(QStringLiteral("iTunesStoreID"), id);
        } else {
            const QUrl url(args.value(QStringLiteral("ManifestURL")).toString());
            if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
                return invalid(tr("ManifestURL must be an https:// address."));
            p.insert(QStringLiteral("ManifestURL"), url.toString());
        }
        // 1: remove the app when the device leaves management (the clinic's data goes with it).
        qint64 flags = 1;
        if (args.contains(QStringLiteral("ManagementFlags"))) {
            bool ok = false;
            flags = args.value(QStringLiteral("ManagementFlags")).toString().toLongLong(&ok);
            if (!ok || !(flags == 1 || flags == 4 || flags == 5))
                return invalid(tr("ManagementFlags must be 1, 4 or 5."));
        }
        p.insert(QStringLiteral("ManagementFlags"), flags);
    } else if (type == QLatin1String("LogOutUser")) {
        if (Status s = checkKnown(args, {}); !s)
            return s;
        // Apple: Shared iPad only (sharedipad mode: required), on the device channel.
        if (ownership != Ownership::Shared)
            return invalid(tr("LogOutUser signs the current user out of a Shared iPad; this device is not shared."));
        b.priority = 10; // the clinician is leaving: before routine work
    } else {
        return invalid(tr("Unknown Apple command %1 (known: %2).").arg(type, requestTypes().join(QStringLiteral(", "))));
    }
    out = b;
    return Status::success();
}

QVariantMap AppleCommandBuilder::commandPlist(const QString &uuid, const QString &requestType, const QVariantMap &payload)
{
    QVariantMap command = payload;
    command.insert(QStringLiteral("RequestType"), requestType);
    return {{QStringLiteral("CommandUUID"), uuid}, {QStringLiteral("Command"), command}};
}
