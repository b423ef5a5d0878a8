#include "cli/CliContext.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"

#include "audit/AuditCheckpointer.h"
#include "audit/AuditExporter.h"
#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {


QString time(const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); }

// A date (whole UTC day: from its start, or to its end) or an ISO 8601 date and time.
QDateTime parseWhen(const QString &text, bool endOfDay)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid() && text.size() == 10)
        return endOfDay ? QDateTime(d, QTime(23, 59, 59), Qt::UTC) : QDateTime(d, QTime(0, 0), Qt::UTC);
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

bool parse(CliContext &ctx, QCommandLineParser &p, const QList<QCommandLineOption> &options)
{
    p.addOptions(options);
    // The subcommand stands where QCommandLineParser expects the program name.
    if (!p.parse(ctx.args.mid(1))) {
        ctx.fail(ErrorCode::Usage, p.errorText());
        return false;
    }
    if (!p.positionalArguments().isEmpty()) {
        ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AuditVerb", "unexpected argument %1").arg(p.positionalArguments().first()));
        return false;
    }
    return true;
}

// A secret store and a checkpointer for one asynchronous step, deleted when the verb finishes.
struct Signing {
    QObject *owner = nullptr;
    AuditCheckpointer *checkpointer = nullptr;
};

Signing startSigning(CliContext &ctx, Status *status)
{
    Signing s;
    s.owner = new QObject(QCoreApplication::instance());
    SecretStore *store = SecretStore::open(ctx.db, status, s.owner);
    if (!store) {
        delete s.owner;
        return {};
    }
    s.checkpointer = new AuditCheckpointer(ctx.db, *store, s.owner);
    return s;
}

void printIntact(CliContext &ctx, const AuditVerification &v, const std::optional<AuditCheckpoint> &checkpoint,
                 const QString &consoleKey = {})
{
    ctx.out << QCoreApplication::translate("AuditVerb", "chain intact: %1 entries, %2 to %3 (%4 to %5)")
                   .arg(v.entries)
                   .arg(v.firstId)
                   .arg(v.lastId)
                   .arg(time(v.firstAt), time(v.lastAt))
            << "\n";
    if (checkpoint)
        ctx.out << QCoreApplication::translate("AuditVerb", "last checkpoint: entry %1, signed %2, key fingerprint %3")
                       .arg(checkpoint->uptoId)
                       .arg(time(checkpoint->createdAt), checkpoint->keyFingerprint)
                << "\n";
    else
        ctx.out << QCoreApplication::translate("AuditVerb", "no signed checkpoint yet") << "\n";
    // A key other than this console's own is either an earlier key (a lost keychain) or a forgery:
    // say so, so the admin can compare it with the fingerprints on record.
    for (const QString &fp : v.signingKeys)
        if (!consoleKey.isEmpty() && fp != consoleKey)
            ctx.out << QCoreApplication::translate("AuditVerb", "note: earlier checkpoints were signed by key %1, not this console's current key; compare "
                          "it with your records")
                           .arg(fp)
                    << "\n";
}

int verify(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption readOnly(QStringLiteral("no-checkpoint"),
                                      QCoreApplication::translate("AuditVerb", "only check; do not sign a new checkpoint (no keychain needed)"));
    if (!parse(ctx, p, {readOnly}))
        return int(ErrorCode::Usage);
    if (const int rc = CliSignIn::signIn(ctx, Permission::VerifyAudit); rc != 0)
        return rc;
    const AuditVerification v = AuditVerifier(ctx.db).verify();
    if (!v.chainIntact()) {
        ctx.out << QCoreApplication::translate("AuditVerb", "chain broken at entry %1: %2").arg(v.brokenId).arg(v.chainProblem) << Qt::endl;
        return int(ErrorCode::Failure);
    }
    if (!v.checkpointProblems.isEmpty()) {
        if (v.checkpointBrokenId > 0)
            ctx.out << QCoreApplication::translate("AuditVerb", "chain broken at entry %1: a signed checkpoint does not match").arg(v.checkpointBrokenId) << "\n";
        else
            ctx.out << QCoreApplication::translate("AuditVerb", "audit trail tampered: the signed checkpoints do not hold") << "\n";
        for (const QString &problem : v.checkpointProblems)
            ctx.out << "  " << problem << "\n";
        ctx.out.flush();
        return int(ErrorCode::Failure);
    }
    if (v.entries == 0) {
        ctx.out << QCoreApplication::translate("AuditVerb", "the audit trail is empty") << Qt::endl;
        return 0;
    }
    if (p.isSet(readOnly)) {
        printIntact(ctx, v, v.lastGoodCheckpoint);
        return 0;
    }
    // Sign what was just verified, so the next verification (and any export) starts from here.
    Status s;
    Signing signing = startSigning(ctx, &s);
    if (!signing.owner) {
        printIntact(ctx, v, v.lastGoodCheckpoint);
        ctx.err << "clinicmdm: " << QCoreApplication::translate("AuditVerb", "warning: no new checkpoint signed: %1").arg(s.message()) << Qt::endl;
        return 0;
    }
    QObject::connect(signing.checkpointer, &AuditCheckpointer::finished, signing.owner,
                     [&ctx, v, signing](const Status &status, const AuditCheckpoint &c) {
                         signing.owner->deleteLater();
                         if (status.code() == ErrorCode::Conflict) {
                             // The checkpointer found what the database alone cannot show (its anchor).
                             ctx.out << QCoreApplication::translate("AuditVerb", "audit trail tampered: %1").arg(status.message()) << Qt::endl;
                             ctx.finish(int(ErrorCode::Failure));
                             return;
                         }
                         if (status)
                             printIntact(ctx, v, c, signing.checkpointer->keyFingerprint());
                         else {
                             printIntact(ctx, v, v.lastGoodCheckpoint);
                             ctx.err << "clinicmdm: " << QCoreApplication::translate("AuditVerb", "warning: no new checkpoint signed: %1").arg(status.message())
                                     << Qt::endl;
                         }
                         ctx.finish(0);
                     });
    signing.checkpointer->checkpoint(v.lastId);
    return CliContext::Pending;
}

int exportTrail(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("AuditVerb", "first day (YYYY-MM-DD, UTC) or ISO time"), QCoreApplication::translate("AuditVerb", "DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("AuditVerb", "last day (YYYY-MM-DD, UTC) or ISO time"), QCoreApplication::translate("AuditVerb", "DATE"));
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("AuditVerb", "csv or jsonl"), QCoreApplication::translate("AuditVerb", "FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("AuditVerb", "new folder to write the export to"), QCoreApplication::translate("AuditVerb", "PATH"));
    if (!parse(ctx, p, {from, to, format, out}))
        return int(ErrorCode::Usage);
    const std::optional<AuditExporter::Format> fmt = AuditExporter::parseFormat(p.value(format));
    if (!fmt)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AuditVerb", "--format must be csv or jsonl"));
    if (p.value(out).isEmpty())
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AuditVerb", "--out PATH is required"));
    const QDateTime fromTime = p.isSet(from) ? parseWhen(p.value(from), false) : QDateTime();
    const QDateTime toTime = p.isSet(to) ? parseWhen(p.value(to), true) : QDateTime();
    if ((p.isSet(from) && !fromTime.isValid()) || (p.isSet(to) && !toTime.isValid()))
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AuditVerb", "dates are YYYY-MM-DD or ISO 8601 times"));
    // Signed in before the range is read, so this export's own sign-in is part of it.
    if (const int rc = CliSignIn::signIn(ctx, Permission::ExportAudit); rc != 0)
        return rc;

    const std::optional<std::pair<qint64, qint64>> range = AuditExporter(ctx.db).idRange(fromTime, toTime);
    if (!range)
        return ctx.fail(ErrorCode::NotFound, QCoreApplication::translate("AuditVerb", "no audit entries in that period"));
    Status s;
    Signing signing = startSigning(ctx, &s);
    if (!signing.owner)
        return ctx.fail(s.code(), s.message());
    const QString folder = p.value(out);
    const AuditExporter::Format chosen = *fmt;
    QObject::connect(signing.checkpointer, &AuditCheckpointer::finished, signing.owner,
                     [&ctx, range, folder, chosen, signing](const Status &status, const AuditCheckpoint &c) {
                         signing.owner->deleteLater();
                         if (!status) {
                             ctx.finish(ctx.fail(status.code(), QCoreApplication::translate("AuditVerb", "export refused: %1").arg(status.message())));
                             return;
                         }
                         AuditExporter::Result result;
                         const Status written = AuditExporter(ctx.db).write(range->first, range->second, chosen, folder,
                                                                            ctx.actor, &result);
                         if (!written) {
                             ctx.finish(ctx.fail(written.code(), written.message()));
                             return;
                         }
                         ctx.out << QCoreApplication::translate("AuditVerb", "exported %1 entries (%2 to %3) and %4 checkpoints to %5")
                                        .arg(result.entries)
                                        .arg(result.firstId)
                                        .arg(result.lastId)
                                        .arg(result.checkpoints)
                                        .arg(folder)
                                 << "\n"
                                 << QCoreApplication::translate("AuditVerb", "signed by key fingerprint %1").arg(c.keyFingerprint) << "\n";
                         ctx.finish(0);
                     });
    signing.checkpointer->checkpoint(range->second);
    return CliContext::Pending;
}

int list(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("AuditVerb", "print JSON"));
    const QCommandLineOption limit(QStringLiteral("limit"), QCoreApplication::translate("AuditVerb", "at most N entries (default 50)"), QCoreApplication::translate("AuditVerb", "N"),
                                   QStringLiteral("50"));
    const QCommandLineOption action(QStringLiteral("action"), QCoreApplication::translate("AuditVerb", "only this action (or prefix ending in '.')"), QCoreApplication::translate("AuditVerb", "A"));
    const QCommandLineOption device(QStringLiteral("device"), QCoreApplication::translate("AuditVerb", "only this device id"), QCoreApplication::translate("AuditVerb", "ID"));
    const QCommandLineOption actor(QStringLiteral("actor"), QCoreApplication::translate("AuditVerb", "only this admin"), QCoreApplication::translate("AuditVerb", "NAME"));
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("AuditVerb", "from this day or time"), QCoreApplication::translate("AuditVerb", "DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("AuditVerb", "to this day or time"), QCoreApplication::translate("AuditVerb", "DATE"));
    if (!parse(ctx, p, {json, limit, action, device, actor, from, to}))
        return int(ErrorCode::Usage);
    bool ok = false;
    const int max = p.value(limit).toInt(&ok);
    if (!ok || max <= 0)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AuditVerb", "--limit needs a positive number"));
    AuditQuery q;
    q.action = p.value(action);
    q.actor = p.value(actor);
    if (p.isSet(device)) {
        q.deviceId = p.value(device).toLongLong(&ok);
        if (!ok)
            return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AuditVerb", "--device needs a device id"));
    }
    q.from = p.isSet(from) ? parseWhen(p.value(from), false) : QDateTime();
    q.to = p.isSet(to) ? parseWhen(p.value(to), true) : QDateTime();
    if ((p.isSet(from) && !q.from.isValid()) || (p.isSet(to) && !q.to.isValid()))
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AuditVerb", "dates are YYYY-MM-DD or ISO 8601 times"));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewAudit); rc != 0)
        return rc;

    const QList<AuditEvent> events = AuditLog(ctx.db).page(q, 0, max);
    if (p.isSet(json)) {
        QJsonArray all;
        for (const AuditEvent &e : events)
            all.append(QJsonObject{{QStringLiteral("id"), e.id},
                                   {QStringLiteral("occurred_at"), time(e.occurredAt)},
                                   {QStringLiteral("actor"), e.actor},
                                   {QStringLiteral("actor_role"), e.actorRole},
                                   {QStringLiteral("device_id"), e.deviceId ? QJsonValue(*e.deviceId) : QJsonValue()},
                                   {QStringLiteral("action"), e.action},
                                   {QStringLiteral("outcome"), e.outcome},
                                   {QStringLiteral("details"), e.details},
                                   {QStringLiteral("hash"), e.hash}});
        ctx.out << QJsonDocument(all).toJson(QJsonDocument::Indented);
        ctx.out.flush();
        return 0;
    }
    for (const AuditEvent &e : events)
        ctx.out << e.id << "  " << time(e.occurredAt) << "  " << e.actor
                << (e.actorRole.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.actorRole)) << "  "
                << (e.deviceId ? QCoreApplication::translate("AuditVerb", "device %1").arg(*e.deviceId) : QStringLiteral("-")) << "  " << e.action << "  "
                << e.outcome << "  " << AuditLog::escapeField(e.details) << "\n";
    ctx.out.flush();
    return 0;
}

void usage(QTextStream &out)
{
    out << QCoreApplication::translate("AuditVerb", "Usage:") << "\n"
        << "  clinicmdm --user NAME audit verify [--no-checkpoint]\n"
        << "  clinicmdm --user NAME audit export [--from DATE] [--to DATE] [--format csv|jsonl] --out PATH\n"
        << "  clinicmdm --user NAME audit list [--json] [--limit N] [--action A] [--device ID] [--actor NAME] [--from DATE] "
           "[--to DATE]\n";
    out.flush();
}

} // namespace

namespace CliVerbs {

int audit(CliContext &ctx)
{
    const QString sub = ctx.args.value(1);
    if (sub == QLatin1String("verify"))
        return verify(ctx);
    if (sub == QLatin1String("export"))
        return exportTrail(ctx);
    if (sub == QLatin1String("list"))
        return list(ctx);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        usage(ctx.out);
        return 0;
    }
    usage(ctx.err);
    return int(ErrorCode::Usage);
}

} // namespace CliVerbs
