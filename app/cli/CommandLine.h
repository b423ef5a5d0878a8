#pragma once

#include <QStringList>

// The headless command line: `clinicmdm <verb> ...` with no window. Returns the process exit code
// (the values of ErrorCode, documented in the README). Needs a QCoreApplication: a verb that waits
// for an asynchronous job (CliContext::Pending) runs inside QCoreApplication::exec().
namespace CommandLine {
// True when these arguments ask for the command line rather than the console window.
bool wantsCommandLine(const QStringList &arguments);
// True for verbs that paint text (the PDF report): fonts need a QGuiApplication, which main()
// starts on the offscreen platform so that no display is needed.
bool needsPainting(const QStringList &arguments);
int run(const QStringList &arguments);
}
