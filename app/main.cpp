#include "cli/CommandLine.h"
#include "core/AppInfo.h"
#include "ConsoleLauncher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // The command line must run where there is no display, so it never creates a QApplication.
    if (CommandLine::wantsCommandLine(arguments) && CommandLine::needsPainting(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        AppInfo::applyToApplication();
        return CommandLine::run(app.arguments());
    }
    if (CommandLine::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        AppInfo::applyToApplication();
        return CommandLine::run(app.arguments());
    }
    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    return ConsoleLauncher::run(app.arguments());
}
