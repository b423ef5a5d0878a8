#include "cli/CliOptions.h"

#include "cli/CliContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace CliOptions {

bool wantsHelp(const QStringList &args)
{
    return args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
}

bool parse(CliContext &ctx, QCommandLineParser &parser, const QStringList &args, const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (parser.parse(args))
        return true;
    ctx.err << "clinicmdm: " << parser.errorText() << '\n'
            << QCoreApplication::translate("CommandLine", "Usage: %1").arg(usage) << Qt::endl;
    return false;
}

int positiveInt(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value > 0 ? value : -1;
}

} // namespace CliOptions

namespace CliOptions {

int dispatch(CliContext &ctx, const QList<Subcommand> &subcommands, void (*printHelp)(QTextStream &))
{
    const QString verb = ctx.args.value(0);
    const QString sub = ctx.args.value(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || (!sub.isEmpty() && wantsHelp(ctx.args))) {
        printHelp(ctx.out);
        return 0;
    }
    QStringList names;
    for (const Subcommand &s : subcommands) {
        if (sub == QLatin1String(s.name))
            return s.run(ctx);
        names << QString::fromLatin1(s.name);
    }
    ctx.err << "clinicmdm: "
            << (sub.isEmpty() ? QCoreApplication::translate("CommandLine", "%1 needs a command: %2").arg(verb, names.join(QLatin1String(", ")))
                              : QCoreApplication::translate("CommandLine", "unknown %1 command %2").arg(verb, sub))
            << '\n';
    printHelp(ctx.err);
    return int(ErrorCode::Usage);
}

} // namespace CliOptions
