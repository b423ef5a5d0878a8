#include "cli/CliTerminal.h"

#include <QTextStream>

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace {
QString readStdinLine()
{
    std::string line;
    int c = 0;
    while ((c = std::getchar()) != EOF && c != '\n')
        line.push_back(char(c));
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

void prompt(const QString &text)
{
    QTextStream err(stderr);
    err << text;
    err.flush();
}
} // namespace

namespace CliTerminal {

bool isInteractive()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return ::isatty(STDIN_FILENO) != 0;
#endif
}

QString readLine(const QString &text)
{
    prompt(text);
    return readStdinLine();
}

QString readHidden(const QString &text)
{
    prompt(text);
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT));
    const QString line = readStdinLine();
    SetConsoleMode(in, mode);
#else
    termios old {};
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const QString line = readStdinLine();
    if (haveTerminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
#endif
    prompt(QStringLiteral("\n"));
    return line;
}

} // namespace CliTerminal
