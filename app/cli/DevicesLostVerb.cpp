// `clinicmdm devices lost ID|SERIAL enable|locate|sound|disable|show`: Lost Mode of a supervised
// corporate iPhone or iPad. The engine (LostModeService) decides and audits every refusal; this
// file only parses, signs in and prints.
#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "fleet/DeviceRepository.h"
#include "lost/LostModeService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DevicesLostVerb", text);
}

const char *kUsage = "clinicmdm devices lost ID|SERIAL enable --message M [--phone P] [--footnote F] | locate | sound | "
                     "disable | show";

QString metres(double value)
{
    return value < 0 ? tr("unknown") : tr("%1 m").arg(QString::number(value, 'f', 0));
}

QString utc(qint64 epoch)
{
    return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString age(qint64 epoch)
{
    const qint64 secs = qMax<qint64>(0, QDateTime::currentSecsSinceEpoch() - epoch);
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%1 min ago").arg(secs / 60);
    if (secs < 86400)
        return tr("%1 h ago").arg(secs / 3600);
    const int days = int(secs / 86400);
    return QCoreApplication::translate("DevicesLostVerb", "%n day(s) ago", nullptr, days);
}

int show(CliContext &ctx, const Device &device)
{
    // Locations are for those who may put a device in Lost Mode: the same role check, audited.
    if (Status s = ctx.session.require(Permission::LostMode); !s)
        return ctx.fail(s.code(), s.message());
    const LostModeStatus st = LostModeService(ctx.db).status(ctx.session, device);
    if (!st.eligible)
        return ctx.fail(st.whyNot.code(), st.whyNot.message());
    ctx.out << tr("Device:        %1 (id %2)").arg(device.name).arg(device.id) << '\n';
    ctx.out << tr("Lost Mode:     %1").arg(st.inLostMode ? tr("on") : tr("off"));
    if (st.stateReportedAt > 0)
        ctx.out << ' ' << tr("(reported %1)").arg(utc(st.stateReportedAt));
    ctx.out << '\n';
    if (!st.lastLocation) {
        ctx.out << tr("Last location: none received") << Qt::endl;
        return 0;
    }
    const DeviceLocation &l = *st.lastLocation;
    ctx.out << tr("Last location: %1, %2").arg(QString::number(l.latitude, 'f', 6), QString::number(l.longitude, 'f', 6)) << '\n'
            << tr("Accuracy:      %1").arg(metres(l.horizontalAccuracy)) << '\n'
            << tr("Located at:    %1 (%2)").arg(utc(l.locatedAt), age(l.locatedAt)) << '\n'
            << tr("Map:           %1").arg(l.mapUrl().toString()) << Qt::endl;
    return 0;
}

} // namespace

namespace CliVerbs {

int deviceLost(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption message(QStringLiteral("message"), {}, QStringLiteral("M")),
        phone(QStringLiteral("phone"), {}, QStringLiteral("P")), footnote(QStringLiteral("footnote"), {}, QStringLiteral("F"));
    p.addOptions({message, phone, footnote});
    const QString usage = QLatin1String(kUsage);
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    const QStringList pos = p.positionalArguments();
    static const QStringList actions = {QStringLiteral("enable"), QStringLiteral("locate"), QStringLiteral("sound"),
                                        QStringLiteral("disable"), QStringLiteral("show")};
    if (pos.size() != 2 || !actions.contains(pos.at(1)))
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    const QString action = pos.at(1);
    if (action != QLatin1String("enable") && (p.isSet(message) || p.isSet(phone) || p.isSet(footnote)))
        return ctx.fail(ErrorCode::Usage, tr("--message, --phone and --footnote belong to `enable`."));
    if (action == QLatin1String("enable") && !p.isSet(message) && !p.isSet(phone))
        return ctx.fail(ErrorCode::Usage, tr("`enable` needs --message or --phone (what whoever finds the device sees)."));
    // Signed in with the weaker permission: the engine then refuses a personal, Android or
    // unsupervised device for everyone, and a role that may not, and audits each refusal. Each run is
    // a fresh sign-in, which meets Lost Mode's re-authentication.
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    const std::optional<Device> device = DeviceRepository(ctx.db).findByIdOrSerial(pos.at(0));
    if (!device)
        return ctx.fail(ErrorCode::NotFound, tr("no device with id or serial %1").arg(pos.at(0)));
    if (action == QLatin1String("show"))
        return show(ctx, *device);

    LostModeService service(ctx.db);
    DeviceCommand c;
    Status s;
    if (action == QLatin1String("enable"))
        s = service.enable(ctx.session, device->id, p.value(message), p.value(phone), p.value(footnote), &c);
    else if (action == QLatin1String("locate"))
        s = service.locate(ctx.session, device->id, &c);
    else if (action == QLatin1String("sound"))
        s = service.playSound(ctx.session, device->id, &c);
    else
        s = service.disable(ctx.session, device->id, &c);
    if (!s)
        return ctx.fail(s.code(), s.message());
    ctx.out << tr("Queued %1 for %2 as command %3. A push wakes the device, which answers when it checks in; "
                  "`clinicmdm devices lost %4 show` shows the result.")
                   .arg(c.requestType, device->name, c.uuid)
                   .arg(device->id)
            << Qt::endl;
    return 0;
}

} // namespace CliVerbs
