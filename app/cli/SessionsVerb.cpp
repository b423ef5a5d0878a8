#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "cli/TextTable.h"
#include "fleet/DeviceRepository.h"
#include "shared/DeviceSessionRepository.h"
#include "shared/SharedSessionService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// `devices sessions` (who held a shared tablet, and when) and `devices reset` (for the next
// patient). SharedSessionService decides; this file parses and prints.
namespace {

QString when(qint64 secs)
{
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const DeviceSession &s)
{
    return {{QStringLiteral("user"), s.userName},
            {QStringLiteral("source"), s.source},
            {QStringLiteral("started_at"), when(s.startedAt)},
            {QStringLiteral("ended_at"), s.endedAt ? QJsonValue(when(s.endedAt)) : QJsonValue()},
            {QStringLiteral("end_reason"), s.endReason}};
}

} // namespace

namespace CliVerbs {

int deviceSessions(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption at(QStringLiteral("at"), {}, QStringLiteral("TIME")), json(QStringLiteral("json"));
    p.addOptions({at, json});
    const QString usage = QStringLiteral("clinicmdm devices sessions ID|SERIAL [--at 2026-11-24T14:05:00Z] [--json]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("SessionsVerb", "Usage: %1").arg(usage));
    QDateTime moment;
    if (p.isSet(at)) {
        moment = QDateTime::fromString(p.value(at), Qt::ISODate);
        if (!moment.isValid())
            return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("SessionsVerb", "--at needs an ISO 8601 time such as 2026-11-24T14:05:00Z"));
    }
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    const std::optional<Device> device = DeviceRepository(ctx.db).findByIdOrSerial(p.positionalArguments().first());
    if (!device)
        return ctx.fail(ErrorCode::NotFound, QCoreApplication::translate("SessionsVerb", "no device with id or serial %1").arg(p.positionalArguments().first()));
    QList<DeviceSession> sessions;
    if (moment.isValid()) {
        if (const auto held = SharedSessionService(ctx.db).whoHeld(device->id, moment.toSecsSinceEpoch()))
            sessions.append(*held);
    } else {
        sessions = DeviceSessionRepository(ctx.db).list(device->id);
    }
    if (p.isSet(json)) {
        QJsonArray array;
        for (const DeviceSession &s : sessions)
            array.append(toJson(s));
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return moment.isValid() && sessions.isEmpty() ? int(ErrorCode::NotFound) : 0;
    }
    if (sessions.isEmpty()) {
        ctx.out << (moment.isValid() ? QCoreApplication::translate("SessionsVerb", "Nobody was signed in on %1 at %2.").arg(device->name, when(moment.toSecsSinceEpoch()))
                                     : QCoreApplication::translate("SessionsVerb", "No sessions on %1.").arg(device->name))
                << Qt::endl;
        return moment.isValid() ? int(ErrorCode::NotFound) : 0;
    }
    TextTable table({QCoreApplication::translate("SessionsVerb", "USER"), QCoreApplication::translate("SessionsVerb", "SIGNED IN"),
                     QCoreApplication::translate("SessionsVerb", "SIGNED OUT"), QCoreApplication::translate("SessionsVerb", "HOW"),
                     QCoreApplication::translate("SessionsVerb", "SOURCE")});
    for (const DeviceSession &s : sessions)
        table.addRow({s.userName, when(s.startedAt),
                      s.endedAt ? when(s.endedAt) : QCoreApplication::translate("SessionsVerb", "(signed in)"), s.endReason, s.source});
    table.print(ctx.out);
    return 0;
}

int deviceReset(CliContext &ctx)
{
    QCommandLineParser p;
    const QString usage = QStringLiteral("clinicmdm devices reset ID|SERIAL");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("SessionsVerb", "Usage: %1").arg(usage));
    if (const int rc = CliSignIn::signIn(ctx, Permission::LockDevice); rc != 0)
        return rc;
    const std::optional<Device> device = DeviceRepository(ctx.db).findByIdOrSerial(p.positionalArguments().first());
    if (!device)
        return ctx.fail(ErrorCode::NotFound, QCoreApplication::translate("SessionsVerb", "no device with id or serial %1").arg(p.positionalArguments().first()));
    SharedSessionService::ResetOutcome outcome;
    if (Status s = SharedSessionService(ctx.db).resetForNextPatient(ctx.session, device->id, outcome); !s)
        return ctx.fail(s.code(), s.message());
    const int queued = outcome.commandsQueued;
    ctx.out << QCoreApplication::translate("SessionsVerb", "%1 is reset for the next patient: %2 command(s) queued to clear the patient apps.")
                   .arg(device->name)
                   .arg(queued);
    if (outcome.endedSession)
        ctx.out << ' ' << QCoreApplication::translate("SessionsVerb", "%1's session was ended.").arg(outcome.endedSession->userName);
    ctx.out << Qt::endl;
    return 0;
}

} // namespace CliVerbs
