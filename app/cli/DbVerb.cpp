#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliVerbs.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "fleet/DeviceRepository.h"

#include <QCoreApplication>

namespace {


void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("CommandLine", "Usage: clinicmdm [--db PATH] db check") << "\n\n"
        << QCoreApplication::translate("CommandLine", "Checks the fleet database: SQLite integrity and foreign keys. Prints the file, the schema version "
              "and the number of devices. Exit 0 when sound, 3 when there are problems (listed on stderr). "
              "A damaged or newer database is refused before the check and left untouched (exit 3).") << "\n\n"
        << QCoreApplication::translate("CommandLine", "Usage: clinicmdm --db postgresql://USER@HOST:PORT/DBNAME db password") << "\n\n"
        << QCoreApplication::translate("CommandLine", "Stores the password of a PostgreSQL fleet database in the OS keychain (read from %1 or a "
              "prompt without echo). Every later command with the same --db uses it; PGPASSWORD and ~/.pgpass, "
              "when set, come first.").arg(QLatin1String("CLINICMDM_DB_PASSWORD")) << "\n";
    out.flush();
}

int check(CliContext &ctx)
{
    if (ctx.args.size() > 2)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandLine", "unexpected argument %1").arg(ctx.args[2]));
    const QStringList problems = ctx.db.integrityProblems();
    const int devices = DeviceRepository(ctx.db).countAll();
    ctx.out << QCoreApplication::translate("CommandLine", "Database:       %1").arg(ctx.db.path()) << '\n'
            << QCoreApplication::translate("CommandLine", "Schema version: %1 (this program: %2)").arg(ctx.db.schemaVersion()).arg(Migrations::latestVersion())
            << '\n'
            << QCoreApplication::translate("CommandLine", "Devices:        %1").arg(devices) << '\n'
            << QCoreApplication::translate("CommandLine", "Integrity:      %1").arg(problems.isEmpty() ? QCoreApplication::translate("CommandLine", "ok") : QCoreApplication::translate("CommandLine", "%1 problem(s)").arg(problems.size()))
            << Qt::endl;
    if (problems.isEmpty())
        return 0;
    for (const QString &p : problems)
        ctx.err << "clinicmdm: " << p << '\n';
    ctx.err.flush();
    return int(ErrorCode::DatabaseRefused);
}

} // namespace

namespace CliVerbs {

int db(CliContext &ctx)
{
    if (CliOptions::wantsHelp(ctx.args)) {
        printHelp(ctx.out);
        return 0;
    }
    if (ctx.args.value(1) == QLatin1String("check"))
        return check(ctx);
    if (ctx.args.value(1) == QLatin1String("password"))
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandLine", "db password is for a PostgreSQL database: "
                                                                       "--db postgresql://USER@HOST:PORT/DBNAME"));
    ctx.err << "clinicmdm: "
            << (ctx.args.size() < 2 ? QCoreApplication::translate("CommandLine", "db needs a command: check") : QCoreApplication::translate("CommandLine", "unknown db command %1").arg(ctx.args[1]))
            << '\n';
    printHelp(ctx.err);
    return int(ErrorCode::Usage);
}

} // namespace CliVerbs
