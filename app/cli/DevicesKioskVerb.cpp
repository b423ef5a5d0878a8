#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "cli/TextTable.h"
#include "fleet/DeviceRepository.h"
#include "kiosk/KioskMaintenanceRepository.h"
#include "kiosk/KioskMaintenanceService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

// `clinicmdm devices kiosk exit|resume|status`: a patient kiosk out of single-app mode for
// maintenance and back. KioskMaintenanceService checks the role, refuses non-kiosks, audits and
// queues the commands; this file parses and prints.
namespace {

QString tr(const char *text) { return QCoreApplication::translate("DevicesKioskVerb", text); }

QString when(qint64 secs) { return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")); }

void printHelp(QTextStream &out)
{
    out << tr("Usage: clinicmdm [--db PATH] --user NAME devices kiosk <command>") << "\n\n"
        << "  exit ID|SERIAL --reason R [--minutes N]   "
        << tr("take a kiosk out of kiosk mode for maintenance (default %1 minutes, at most %2); it goes back by itself")
               .arg(KioskMaintenanceService::DefaultMinutes).arg(KioskMaintenanceService::MaxMinutes) << "\n"
        << "  resume ID|SERIAL                           " << tr("put it back in kiosk mode now") << "\n"
        << "  status                                     " << tr("kiosks out of kiosk mode, and until when") << "\n";
    out.flush();
}

std::optional<Device> findDevice(CliContext &ctx, const QString &key)
{
    return DeviceRepository(ctx.db).findByIdOrSerial(key);
}

int exitKiosk(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption reason(QStringLiteral("reason"), {}, QStringLiteral("R")), minutes(QStringLiteral("minutes"), {}, QStringLiteral("N"));
    p.addOptions({reason, minutes});
    const QString usage = QStringLiteral("clinicmdm devices kiosk exit ID|SERIAL --reason R [--minutes N]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    int length = KioskMaintenanceService::DefaultMinutes;
    if (p.isSet(minutes)) {
        length = CliOptions::positiveInt(p.value(minutes));
        if (length < 1)
            return ctx.fail(ErrorCode::Usage, tr("--minutes needs a whole number of minutes, 1 to %1").arg(KioskMaintenanceService::MaxMinutes));
    }
    if (const int rc = CliSignIn::signIn(ctx, Permission::KioskMaintenance); rc != 0)
        return rc;
    const std::optional<Device> device = findDevice(ctx, p.positionalArguments().first());
    if (!device)
        return ctx.fail(ErrorCode::NotFound, tr("no device with id or serial %1").arg(p.positionalArguments().first()));
    KioskMaintenanceWindow window;
    if (Status s = KioskMaintenanceService(ctx.db).exitKiosk(ctx.session, device->id, p.value(reason), length, &window); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << tr("%1 leaves kiosk mode for maintenance until %2 (UTC); 1 command queued. It returns to kiosk mode by itself then, "
                  "or with: clinicmdm devices kiosk resume %3")
                   .arg(device->name, when(window.endsAt), QString::number(device->id))
            << Qt::endl;
    return 0;
}

int resumeKiosk(CliContext &ctx)
{
    QCommandLineParser p;
    const QString usage = QStringLiteral("clinicmdm devices kiosk resume ID|SERIAL");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    if (const int rc = CliSignIn::signIn(ctx, Permission::KioskMaintenance); rc != 0)
        return rc;
    const std::optional<Device> device = findDevice(ctx, p.positionalArguments().first());
    if (!device)
        return ctx.fail(ErrorCode::NotFound, tr("no device with id or serial %1").arg(p.positionalArguments().first()));
    if (Status s = KioskMaintenanceService(ctx.db).resumeKiosk(ctx.session, device->id); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << tr("%1 is back in kiosk mode; the command is queued.").arg(device->name) << Qt::endl;
    return 0;
}

int status(CliContext &ctx)
{
    QCommandLineParser p;
    const QString usage = QStringLiteral("clinicmdm devices kiosk status");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (!p.positionalArguments().isEmpty())
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    const QList<KioskMaintenanceWindow> open = KioskMaintenanceRepository(ctx.db).openWindows();
    if (open.isEmpty()) {
        ctx.out << tr("Every kiosk is in kiosk mode.") << Qt::endl;
        return 0;
    }
    TextTable table({tr("ID"), tr("DEVICE"), tr("SERIAL"), tr("LEFT (UTC)"), tr("RESUMES (UTC)"), tr("BY"), tr("REASON")});
    DeviceRepository devices(ctx.db);
    for (const KioskMaintenanceWindow &w : open) {
        const std::optional<Device> d = devices.findById(w.deviceId);
        table.addRow({QString::number(w.deviceId), d ? d->name : QString(), d ? d->serial : QString(), when(w.startedAt), when(w.endsAt),
                      w.startedBy, w.reason});
    }
    table.print(ctx.out);
    return 0;
}

} // namespace

namespace CliVerbs {

int deviceKiosk(CliContext &ctx)
{
    // ctx.args is {"devices", "kiosk", <command>, ...}: dispatch on <command> as a verb of its own.
    CliContext kiosk = ctx;
    kiosk.args = ctx.args.mid(1);
    const int rc = CliOptions::dispatch(kiosk, {{"exit", &exitKiosk}, {"resume", &resumeKiosk}, {"status", &status}}, &printHelp);
    ctx.actor = kiosk.actor;
    ctx.session = kiosk.session;
    return rc;
}

} // namespace CliVerbs
