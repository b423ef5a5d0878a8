#include "actions/ConsoleCommand.h"

ConsoleCommand::ConsoleCommand(QWidget *parentWidget) : QObject(parentWidget), m_parentWidget(parentWidget) {}

void ConsoleCommand::start() { doStart(); }

void ConsoleCommand::cancel()
{
    doCancel();
    abort();
}

void ConsoleCommand::finish(const Status &status)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(status);
    deleteLater();
}

void ConsoleCommand::abort()
{
    if (m_done)
        return;
    m_done = true;
    emit canceled();
    deleteLater();
}
