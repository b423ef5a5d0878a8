#pragma once

#include <QString>

// Reading from the person at the terminal: a line, or a password without echo. Only when standard
// input is a terminal; scripts give passwords through the environment instead.
namespace CliTerminal {
bool isInteractive();
// The prompt goes to standard error so standard output stays machine-readable.
QString readLine(const QString &prompt);
QString readHidden(const QString &prompt);
}
