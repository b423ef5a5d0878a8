#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "cli/TextTable.h"
#include "apple/AppleCommandBuilder.h"
#include "apple/AppleCommandService.h"
#include "commands/CommandRepository.h"
#include "commands/DeviceCommandService.h"
#include "fleet/DeviceRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// `devices lock`, `devices wipe` and `commands list|cancel`: the engine's DeviceCommandService decides
// (roles, BYOD, typed name); this file only parses and prints.
namespace {


QString when(qint64 secs)
{
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate) : QString();
}

int reportQueued(CliContext &ctx, const Status &s, const DeviceCommand &c, const QString &deviceName)
{
    if (!s)
        return ctx.fail(s.code(), s.message());
    ctx.out << QCoreApplication::translate("CommandsVerb", "Queued %1 for %2 as command %3. A push wakes the device, which fetches it when it checks in; "
                  "until then `clinicmdm commands cancel %3` withdraws it.")
                   .arg(c.requestType, deviceName, c.uuid)
            << Qt::endl;
    return 0;
}

int lock(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption message(QStringLiteral("message"), {}, QStringLiteral("M")),
        phone(QStringLiteral("phone"), {}, QStringLiteral("P"));
    p.addOptions({message, phone});
    const QString usage = QStringLiteral("clinicmdm devices lock ID|SERIAL [--message M] [--phone P]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandsVerb", "Usage: %1").arg(usage));
    if (const int rc = CliSignIn::signIn(ctx, Permission::LockDevice); rc != 0)
        return rc;
    const std::optional<Device> device = DeviceRepository(ctx.db).findByIdOrSerial(p.positionalArguments().first());
    if (!device)
        return ctx.fail(ErrorCode::NotFound, QCoreApplication::translate("CommandsVerb", "no device with id or serial %1").arg(p.positionalArguments().first()));
    DeviceCommand c;
    const Status s = DeviceCommandService(ctx.db).lock(ctx.session, device->id, p.value(message), p.value(phone), &c);
    return reportQueued(ctx, s, c, device->name);
}

int wipe(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption full(QStringLiteral("full")), selective(QStringLiteral("selective")),
        confirm(QStringLiteral("confirm"), {}, QStringLiteral("NAME"));
    p.addOptions({full, selective, confirm});
    const QString usage = QStringLiteral("clinicmdm devices wipe ID|SERIAL --full --confirm NAME | --selective");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1 || p.isSet(full) == p.isSet(selective))
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandsVerb", "Usage: %1").arg(usage));
    if (p.isSet(full) && !p.isSet(confirm))
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandsVerb", "a full wipe needs --confirm with the device's name"));
    // Sign in with the weaker permission: the engine then decides BYOD first (a clear answer for
    // everyone), then the role and the typed name, and audits each refusal.
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    const std::optional<Device> device = DeviceRepository(ctx.db).findByIdOrSerial(p.positionalArguments().first());
    if (!device)
        return ctx.fail(ErrorCode::NotFound, QCoreApplication::translate("CommandsVerb", "no device with id or serial %1").arg(p.positionalArguments().first()));
    DeviceCommandService service(ctx.db);
    DeviceCommand c;
    if (p.isSet(selective))
        return reportQueued(ctx, service.selectiveWipe(ctx.session, device->id, &c), c, device->name);
    // This run's own sign-in (password, and the code where MFA is on) is the fresh re-authentication.
    SignInResult reauth;
    reauth.session = ctx.session;
    return reportQueued(ctx, service.fullWipe(ctx.session, device->id, p.value(confirm), reauth, &c), c, device->name);
}

int list(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json")), device(QStringLiteral("device"), {}, QStringLiteral("ID")),
        status(QStringLiteral("status"), {}, QStringLiteral("S"));
    p.addOptions({json, device, status});
    const QString usage = QStringLiteral("clinicmdm commands list [--device ID] [--status S] [--json]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (!p.positionalArguments().isEmpty())
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandsVerb", "unexpected argument %1").arg(p.positionalArguments().first()));
    qint64 deviceId = 0;
    if (p.isSet(device) && (deviceId = CliOptions::positiveInt(p.value(device))) <= 0)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandsVerb", "--device needs a device id"));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    CommandRepository repo(ctx.db);
    const QList<DeviceCommand> commands = repo.list(deviceId, p.value(status));
    if (!repo.lastError().isEmpty())
        return ctx.fail(ErrorCode::Failure, repo.lastError());
    if (p.isSet(json)) {
        QJsonArray array;
        for (const DeviceCommand &c : commands)
            array.append(QJsonObject{{QStringLiteral("uuid"), c.uuid},
                                     {QStringLiteral("device_id"), c.deviceId},
                                     {QStringLiteral("request_type"), c.requestType},
                                     {QStringLiteral("status"), c.status},
                                     {QStringLiteral("queued_by"), c.queuedBy},
                                     {QStringLiteral("queued_at"), when(c.queuedAt)},
                                     {QStringLiteral("sent_at"), c.sentAt ? QJsonValue(when(c.sentAt)) : QJsonValue()}});
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return 0;
    }
    if (commands.isEmpty()) {
        ctx.out << QCoreApplication::translate("CommandsVerb", "No commands.") << Qt::endl;
        return 0;
    }
    TextTable table({QCoreApplication::translate("CommandsVerb", "UUID"), QCoreApplication::translate("CommandsVerb", "DEVICE"), QCoreApplication::translate("CommandsVerb", "TYPE"), QCoreApplication::translate("CommandsVerb", "STATUS"), QCoreApplication::translate("CommandsVerb", "QUEUED BY"), QCoreApplication::translate("CommandsVerb", "QUEUED AT")});
    for (const DeviceCommand &c : commands)
        table.addRow({c.uuid, QString::number(c.deviceId), c.requestType, c.status, c.queuedBy, when(c.queuedAt)});
    table.print(ctx.out);
    return 0;
}

int cancel(CliContext &ctx)
{
    QCommandLineParser p;
    const QString usage = QStringLiteral("clinicmdm commands cancel UUID");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandsVerb", "Usage: %1").arg(usage));
    if (const int rc = CliSignIn::signIn(ctx, Permission::LockDevice); rc != 0)
        return rc;
    const QString uuid = p.positionalArguments().first().trimmed().toUpper();
    if (Status s = DeviceCommandService(ctx.db).cancel(ctx.session, uuid); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << QCoreApplication::translate("CommandsVerb", "Cancelled command %1.").arg(uuid) << Qt::endl;
    return 0;
}


int queue(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption device(QStringLiteral("device"), {}, QStringLiteral("ID")), type(QStringLiteral("type"), {}, QStringLiteral("TYPE")),
        arg(QStringLiteral("arg"), {}, QStringLiteral("KEY=VALUE")), message(QStringLiteral("message"), {}, QStringLiteral("M")),
        phone(QStringLiteral("phone"), {}, QStringLiteral("P")), name(QStringLiteral("name"), {}, QStringLiteral("NAME")),
        identifier(QStringLiteral("identifier"), {}, QStringLiteral("ID")), storeId(QStringLiteral("store-id"), {}, QStringLiteral("N")),
        manifest(QStringLiteral("manifest-url"), {}, QStringLiteral("URL")), profile(QStringLiteral("profile"), {}, QStringLiteral("FILE")),
        confirm(QStringLiteral("confirm"), {}, QStringLiteral("NAME"));
    p.addOptions({device, type, arg, message, phone, name, identifier, storeId, manifest, profile, confirm});
    const QString usage = QStringLiteral("clinicmdm command queue --device ID|SERIAL --type TYPE [--message M] [--phone P] [--name NAME] "
                                         "[--identifier ID] [--store-id N | --manifest-url URL] [--profile FILE] [--confirm NAME] "
                                         "[--arg KEY=VALUE ...]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (!p.isSet(device) || !p.isSet(type) || !p.positionalArguments().isEmpty())
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandsVerb", "Usage: %1\nTypes: %2")
                                              .arg(usage, AppleCommandBuilder::requestTypes().join(QStringLiteral(", "))));
    QVariantMap args;
    for (const QString &pair : p.values(arg)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandsVerb", "--arg needs KEY=VALUE, not %1").arg(pair));
        args.insert(pair.left(eq), pair.mid(eq + 1));
    }
    const QList<QPair<const QCommandLineOption *, QString>> named{
        {&message, QStringLiteral("Message")},      {&phone, QStringLiteral("PhoneNumber")},
        {&name, QStringLiteral("DeviceName")},      {&identifier, QStringLiteral("Identifier")},
        {&storeId, QStringLiteral("iTunesStoreID")}, {&manifest, QStringLiteral("ManifestURL")}};
    for (const auto &n : named)
        if (p.isSet(*n.first))
            args.insert(n.second, p.value(*n.first));
    if (p.isSet(profile)) {
        QFile file(p.value(profile));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024)
            return ctx.fail(ErrorCode::InvalidInput, QCoreApplication::translate("CommandsVerb", "cannot read the profile %1 (at most 4 MB)").arg(file.fileName()));
        args.insert(QStringLiteral("Payload"), file.readAll());
    }
    // The engine checks the role for the command's family (and BYOD first, for erases).
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    const std::optional<Device> target = DeviceRepository(ctx.db).findByIdOrSerial(p.value(device));
    if (!target)
        return ctx.fail(ErrorCode::NotFound, QCoreApplication::translate("CommandsVerb", "no device with id or serial %1").arg(p.value(device)));
    SignInResult reauth; // this run's own sign-in is the fresh re-authentication an erase needs
    reauth.session = ctx.session;
    DeviceCommand c;
    const Status s = AppleCommandService(ctx.db).queue(ctx.session, target->id, p.value(type), args, &c, p.value(confirm), reauth);
    if (!s)
        return ctx.fail(s.code(), s.message());
    ctx.out << QCoreApplication::translate("CommandsVerb", "Queued %1 for %2 as command %3; the device receives it at its next check-in.")
                   .arg(c.requestType, target->name, c.uuid)
            << Qt::endl;
    return 0;
}

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("CommandsVerb", "Usage:") << "\n"
        << "  clinicmdm --user NAME commands list [--device ID] [--status S] [--json]\n"
        << "  clinicmdm --user NAME commands cancel UUID\n"
        << "  clinicmdm --user NAME command queue --device ID --type TYPE [arguments]   (Apple: "
        << AppleCommandBuilder::requestTypes().join(QStringLiteral(", ")) << ")\n"
        << "      " << QCoreApplication::translate("CommandsVerb", "A command can be cancelled while it is queued, until the device receives it.") << "\n";
    out.flush();
}

} // namespace

namespace CliVerbs {

int deviceCommand(CliContext &ctx)
{
    return ctx.args.value(1) == QLatin1String("lock") ? lock(ctx) : wipe(ctx);
}

int commands(CliContext &ctx)
{
    return CliOptions::dispatch(ctx, {{"list", &list}, {"cancel", &cancel}, {"queue", &queue}}, &printHelp);
}

} // namespace CliVerbs
