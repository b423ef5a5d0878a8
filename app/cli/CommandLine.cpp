#include "cli/CommandLine.h"

#include "core/AppInfo.h"

#include <QTextStream>

namespace CommandLine {

bool wantsCommandLine(const QStringList &arguments)
{
    static const QStringList verbs = {QStringLiteral("devices"), QStringLiteral("demo"), QStringLiteral("db"),
                                      QStringLiteral("admin"), QStringLiteral("audit"), QStringLiteral("serve"),
                                      QStringLiteral("--version"), QStringLiteral("-v"), QStringLiteral("--help"),
                                      QStringLiteral("-h")};
    for (const QString &a : arguments.mid(1))
        if (verbs.contains(a))
            return true;
    return false;
}

int run(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stdout) << "clinicmdm " << AppInfo::version() << Qt::endl;
    return 0;
}

} // namespace CommandLine
