#pragma once

#include <QStringList>

// Starts the console window: parses the GUI's options (--db, --lang), opens the fleet database and
// shows the main window. Returns the exit code of the event loop.
namespace ConsoleLauncher {
int run(const QStringList &arguments);
}
