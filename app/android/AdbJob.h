#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QTimer;

// One asynchronous piece of adb work (a host query, a shell command, a push, an install). Starts
// with start(), ends exactly once with finished(); never blocks. A job that does not finish within
// its timeout fails with a message saying so. Jobs delete themselves after finished() unless
// setAutoDelete(false).
class AdbJob : public QObject
{
    Q_OBJECT
public:
    explicit AdbJob(int timeoutMs, QObject *parent = nullptr);

    virtual void start() = 0;
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_ok; }
    QString errorString() const { return m_error; }
    QByteArray output() const { return m_output; }
    // The adb server did not answer at all (nothing listens on its port).
    bool serverUnreachable() const { return m_serverUnreachable; }
    void setAutoDelete(bool on) { m_autoDelete = on; }
    int timeoutMs() const { return m_timeoutMs; }

signals:
    void finished(AdbJob *job);
    void progress(qint64 done, qint64 total);

protected:
    void armTimeout();
    void succeed(const QByteArray &output);
    void fail(const QString &message, bool serverUnreachable = false);
    virtual void abortWork() {}

private:
    void end();

    int m_timeoutMs;
    QTimer *m_timer;
    bool m_finished = false;
    bool m_ok = false;
    bool m_autoDelete = true;
    bool m_serverUnreachable = false;
    QString m_error;
    QByteArray m_output;
};
