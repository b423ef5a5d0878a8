#pragma once

#include <QObject>
#include <QString>

class AdbHostQueryJob;
class AdbInstallJob;
class AdbJob;
class AdbServerStarter;
class AdbServiceJob;
class AdbSyncPushJob;

// The adb host protocol spoken directly to the adb server (127.0.0.1, ANDROID_ADB_SERVER_PORT or
// 5037), as ddmlib does: no adb process per command. Every method returns a job that starts on the
// next event-loop turn (connect to finished() first); jobs are children of the client.
class AdbClient : public QObject
{
    Q_OBJECT
public:
    explicit AdbClient(QObject *parent = nullptr);
    AdbClient(quint16 port, QObject *parent);
    // Sends host:kill when `stopStartedServer` was set and this client started the server itself
    // (a server the user had running stays).
    ~AdbClient() override;

    quint16 port() const { return m_port; }
    // The adb program for start-server: CLINICMDM_ADB when set, else "adb" from PATH.
    QString adbProgram() const { return m_program; }
    void setAdbProgram(const QString &program) { m_program = program; }
    // The console's choice: the server it started ends with it.
    void setStopStartedServer(bool stop) { m_stopStartedServer = stop; }
    bool startedServer() const { return m_startedServer; }

    // host:version, starting the server (`adb start-server`, once per client) when none answers.
    AdbServerStarter *ensureServer();
    AdbHostQueryJob *version();
    AdbHostQueryJob *devices(); // host:devices-l
    AdbHostQueryJob *hostFeatures(); // host:host-features: what the server itself supports
    AdbHostQueryJob *deviceFeatures(const QString &serial);
    AdbServiceJob *shell(const QString &serial, const QString &command, int timeoutMs = 30000);
    AdbServiceJob *exec(const QString &serial, const QString &command, int timeoutMs = 30000);
    AdbServiceJob *getprop(const QString &serial, const QStringList &names);
    AdbSyncPushJob *push(const QString &serial, const QString &localPath, const QString &remotePath, int mode = 0644);
    AdbInstallJob *install(const QString &serial, const QString &apkPath, bool streamed, int timeoutMs = 300000);

    static int parseVersion(const QByteArray &hex4) { return hex4.toInt(nullptr, 16); }
    // getprop's answers, one line per requested name, in order.
    static QStringList propValues(const QString &text, int count);

private:
    template <typename Job> Job *launch(Job *job);
    quint16 m_port;
    QString m_program;
    bool m_startAttempted = false;
    bool m_startedServer = false;
    bool m_stopStartedServer = false;
};
