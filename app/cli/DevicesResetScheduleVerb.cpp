#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "cli/TextTable.h"
#include "fleet/DeviceGroupRepository.h"
#include "fleet/DeviceRepository.h"
#include "shared/ResetScheduleService.h"
#include "shared/ResetScheduleTiming.h"
#include "shared/SharedSessionService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// `devices reset-schedule list|set|remove` (when shared tablets are reset for the next patient on
// their own) and `devices signout` (sign the clinician out of a Shared iPad). The engine services
// decide; this file parses and prints.
namespace {

QString tr(const char *text) { return QCoreApplication::translate("DevicesResetScheduleVerb", text); }

const char *kUsage = "clinicmdm devices reset-schedule list [--json] | set ID|SERIAL|--group NAME --at HH:MM "
                     "[--days mon,tue,..|daily|weekdays|weekend] [--disable] | remove SCHEDULE_ID";

QString when(qint64 secs)
{
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate) : QString();
}

int usage(CliContext &ctx)
{
    return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(QLatin1String(kUsage)));
}

int list(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"));
    p.addOption(json);
    if (!CliOptions::parse(ctx, p, ctx.args.mid(2), QLatin1String(kUsage)))
        return int(ErrorCode::Usage);
    if (!p.positionalArguments().isEmpty())
        return usage(ctx);
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    QList<ResetSchedule> schedules;
    if (Status s = ResetScheduleService(ctx.db).list(ctx.session, schedules); !s)
        return ctx.fail(s.code(), s.message());
    if (p.isSet(json)) {
        QJsonArray array;
        for (const ResetSchedule &s : schedules)
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("target"), s.deviceId > 0 ? QStringLiteral("device") : QStringLiteral("group")},
                                     {QStringLiteral("target_id"), s.deviceId > 0 ? s.deviceId : s.groupId},
                                     {QStringLiteral("target_name"), s.targetName},
                                     {QStringLiteral("at"), s.localTime},
                                     {QStringLiteral("days"), ResetScheduleTiming::daysText(s.daysMask)},
                                     {QStringLiteral("enabled"), s.enabled},
                                     {QStringLiteral("last_run_at"), s.lastRunAt ? QJsonValue(when(s.lastRunAt)) : QJsonValue()},
                                     {QStringLiteral("created_by"), s.createdBy}});
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return 0;
    }
    if (schedules.isEmpty()) {
        ctx.out << tr("No reset schedules.") << Qt::endl;
        return 0;
    }
    TextTable table({tr("ID"), tr("TARGET"), tr("AT (LOCAL)"), tr("DAYS"), tr("ENABLED"), tr("LAST RUN"), tr("BY")});
    for (const ResetSchedule &s : schedules)
        table.addRow({QString::number(s.id),
                      (s.deviceId > 0 ? tr("device %1") : tr("group %1")).arg(s.targetName),
                      s.localTime, ResetScheduleTiming::daysText(s.daysMask), s.enabled ? tr("yes") : tr("no"),
                      s.lastRunAt ? when(s.lastRunAt) : tr("never"), s.createdBy});
    table.print(ctx.out);
    return 0;
}

int set(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption group(QStringLiteral("group"), {}, QStringLiteral("NAME")), at(QStringLiteral("at"), {}, QStringLiteral("HH:MM")),
        days(QStringLiteral("days"), {}, QStringLiteral("DAYS")), disable(QStringLiteral("disable"));
    p.addOptions({group, at, days, disable});
    if (!CliOptions::parse(ctx, p, ctx.args.mid(2), QLatin1String(kUsage)))
        return int(ErrorCode::Usage);
    const QStringList pos = p.positionalArguments();
    if (!p.isSet(at) || (p.isSet(group) ? !pos.isEmpty() : pos.size() != 1))
        return usage(ctx);
    int mask = 0x7f;
    if (p.isSet(days)) {
        const std::optional<int> parsed = ResetScheduleTiming::parseDays(p.value(days));
        if (!parsed)
            return ctx.fail(ErrorCode::InvalidInput, tr("--days takes day names such as mon,tue,fri, or daily, weekdays or weekend."));
        mask = *parsed;
    }
    if (const int rc = CliSignIn::signIn(ctx, ResetScheduleService::ManagePermission); rc != 0)
        return rc;
    qint64 deviceId = 0, groupId = 0;
    if (p.isSet(group)) {
        const std::optional<DeviceGroup> g = DeviceGroupRepository(ctx.db).findByName(p.value(group));
        if (!g)
            return ctx.fail(ErrorCode::NotFound, tr("no device group named %1").arg(p.value(group)));
        groupId = g->id;
    } else {
        const std::optional<Device> d = DeviceRepository(ctx.db).findByIdOrSerial(pos.first());
        if (!d)
            return ctx.fail(ErrorCode::NotFound, tr("no device with id or serial %1").arg(pos.first()));
        deviceId = d->id;
    }
    ResetSchedule saved;
    bool created = false;
    if (Status s = ResetScheduleService(ctx.db).set(ctx.session, deviceId, groupId, p.value(at), mask, !p.isSet(disable), &saved, &created); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << (created ? tr("Reset schedule %1 added: %2 is reset for the next patient at %3 (%4).")
                        : tr("Reset schedule %1 changed: %2 is reset for the next patient at %3 (%4)."))
                   .arg(saved.id)
                   .arg(saved.targetName, saved.localTime, ResetScheduleTiming::daysText(saved.daysMask));
    if (!saved.enabled)
        ctx.out << ' ' << tr("It is disabled.");
    ctx.out << Qt::endl;
    return 0;
}

int remove(CliContext &ctx)
{
    const QStringList args = ctx.args.mid(3);
    bool ok = false;
    const qint64 id = args.value(0).toLongLong(&ok);
    if (args.size() != 1 || !ok || id <= 0)
        return usage(ctx);
    if (const int rc = CliSignIn::signIn(ctx, ResetScheduleService::ManagePermission); rc != 0)
        return rc;
    if (Status s = ResetScheduleService(ctx.db).remove(ctx.session, id); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << tr("Reset schedule %1 removed.").arg(id) << Qt::endl;
    return 0;
}

} // namespace

namespace CliVerbs {

int deviceResetSchedule(CliContext &ctx)
{
    const QString sub = ctx.args.value(2);
    if (sub == QLatin1String("list"))
        return list(ctx);
    if (sub == QLatin1String("set"))
        return set(ctx);
    if (sub == QLatin1String("remove"))
        return remove(ctx);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        ctx.out << tr("Usage: %1").arg(QLatin1String(kUsage)) << Qt::endl;
        return 0;
    }
    return usage(ctx);
}

int deviceSignOut(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption user(QStringLiteral("user"), {}, QStringLiteral("NAME"));
    p.addOption(user);
    const QString usageText = QStringLiteral("clinicmdm devices signout ID|SERIAL [--user CLINICIAN]");
    // --user before the verb is the admin's; after `signout` it names the clinician.
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usageText))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usageText));
    if (const int rc = CliSignIn::signIn(ctx, Permission::LockDevice); rc != 0)
        return rc;
    const std::optional<Device> device = DeviceRepository(ctx.db).findByIdOrSerial(p.positionalArguments().first());
    if (!device)
        return ctx.fail(ErrorCode::NotFound, tr("no device with id or serial %1").arg(p.positionalArguments().first()));
    DeviceCommand queued;
    if (Status s = SharedSessionService(ctx.db).requestSignOut(ctx.session, device->id, p.value(user), &queued); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << tr("LogOutUser queued for %1 (command %2): the session ends when the iPad confirms it.").arg(device->name, queued.uuid)
            << Qt::endl;
    return 0;
}

} // namespace CliVerbs
