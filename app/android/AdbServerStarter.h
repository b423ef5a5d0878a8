#pragma once

#include "android/AdbJob.h"

class QProcess;

// Makes sure an adb server answers: asks host:version; when nothing listens, runs
// `adb -P <port> start-server` once (QProcess, asynchronous) and asks again. A missing adb program
// fails with a message naming the Debian package to install. The output is the server's version
// as 4 hex digits.
class AdbServerStarter : public AdbJob
{
    Q_OBJECT
public:
    AdbServerStarter(quint16 port, const QString &adbProgram, bool mayStartServer, QObject *parent = nullptr);
    void start() override;
    bool startedServer() const { return m_started; }
    // At exit, while `adb start-server` still runs: waits for it (blocking, at most timeoutMs) and
    // says whether it started a server, so the console can stop that one too.
    bool finishStartingServer(int timeoutMs);
    static QString missingAdbMessage();

private:
    void askVersion(bool afterStart);
    void startServer();

    quint16 m_port;
    QString m_program;
    bool m_mayStart;
    bool m_started = false;
    QProcess *m_process = nullptr;
};
