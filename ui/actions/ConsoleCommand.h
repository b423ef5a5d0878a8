#pragma once

#include "core/Status.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

// One admin action from the click to its end (as Kleopatra's Command): it asks what it needs in
// dialogs that are opened, never exec()'d, lets the engine decide, and says how it ended. A command
// deletes itself after finished() or canceled().
class ConsoleCommand : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleCommand(QWidget *parentWidget);

    void start();
    void cancel();

signals:
    void finished(const Status &status); // the engine's answer: success, or why it refused
    void canceled();                     // the admin backed out; nothing was asked of the engine

protected:
    virtual void doStart() = 0;
    virtual void doCancel() {}
    void finish(const Status &status);
    void abort();
    QWidget *parentWidget() const { return m_parentWidget; }

private:
    QPointer<QWidget> m_parentWidget;
    bool m_done = false;
};
