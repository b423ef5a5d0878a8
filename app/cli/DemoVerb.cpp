#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliProgress.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "db/Database.h"
#include "fleet/DemoSeeder.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {


const char *kUsage = "clinicmdm [--db PATH] --user NAME [--otp CODE] demo seed --devices N [--seed S] [--force]";

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("CommandLine", "Usage: %1").arg(QLatin1String(kUsage)) << "\n\n"
        << QCoreApplication::translate("CommandLine", "Adds N made-up but realistic devices (iPhones, iPads, Android phones and tablets; BYOD, COPE, COSU "
              "and Shared; clinic departments and clinicians) for trying the console or measuring it.") << "\n\n"
        << "  --devices N   " << QCoreApplication::translate("CommandLine", "how many devices (1 to %1)").arg(DemoSeeder::kMaxCount) << "\n"
        << "  --seed S      " << QCoreApplication::translate("CommandLine", "random seed; the same seed gives the same devices (default 1)") << "\n"
        << "  --force       " << QCoreApplication::translate("CommandLine", "add them even though the database already has devices") << "\n";
    out.flush();
}

} // namespace

namespace CliVerbs {

int demo(CliContext &ctx)
{
    if (CliOptions::wantsHelp(ctx.args)) {
        printHelp(ctx.out);
        return 0;
    }
    if (ctx.args.value(1) != QLatin1String("seed")) {
        ctx.err << "clinicmdm: "
                << (ctx.args.size() < 2 ? QCoreApplication::translate("CommandLine", "demo needs a command: seed") : QCoreApplication::translate("CommandLine", "unknown demo command %1").arg(ctx.args[1]))
                << '\n';
        printHelp(ctx.err);
        return int(ErrorCode::Usage);
    }
    QCommandLineParser p;
    const QCommandLineOption devices(QStringLiteral("devices"), {}, QStringLiteral("N")),
        seed(QStringLiteral("seed"), {}, QStringLiteral("S")), force(QStringLiteral("force"));
    p.addOptions({devices, seed, force});
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), QLatin1String(kUsage)))
        return int(ErrorCode::Usage);
    if (!p.positionalArguments().isEmpty())
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandLine", "unexpected argument %1").arg(p.positionalArguments().first()));
    const int count = CliOptions::positiveInt(p.value(devices));
    if (!p.isSet(devices) || count < 0 || count > DemoSeeder::kMaxCount)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandLine", "--devices needs a number from 1 to %1").arg(DemoSeeder::kMaxCount));
    quint32 seedValue = 1;
    if (p.isSet(seed)) {
        bool ok = false;
        seedValue = p.value(seed).toUInt(&ok);
        if (!ok)
            return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandLine", "--seed needs a whole number from 0 to 4294967295"));
    }
    // Filling the database with made-up devices is a console-wide change: Administrators only.
    if (const int rc = CliSignIn::signIn(ctx, Permission::ManageSettings); rc != 0)
        return rc;

    DemoSeeder seeder(ctx.db, ctx.actor);
    seeder.setSeed(seedValue);
    seeder.setForce(p.isSet(force));
    CliProgress progress(ctx.err, QCoreApplication::translate("CommandLine", "Adding demo devices"));
    seeder.setProgress(progress.callback());
    const Status s = seeder.seed(count);
    progress.finish();
    if (!s) {
        if (s.code() == ErrorCode::Conflict)
            return ctx.fail(s.code(), s.message() + QLatin1Char(' ') + QCoreApplication::translate("CommandLine", "Use --force to add them anyway."));
        return ctx.fail(s.code(), s.message());
    }
    ctx.out << QCoreApplication::translate("CommandLine", "Added %n demo device(s) (seed %1) to %2.", nullptr, count).arg(seedValue).arg(ctx.db.path()) << Qt::endl;
    return 0;
}

} // namespace CliVerbs
