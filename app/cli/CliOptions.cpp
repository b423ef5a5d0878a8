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
