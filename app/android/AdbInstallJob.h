#pragma once

#include "android/AdbJob.h"

class AdbServiceJob;

// Installs an APK: streamed (exec:cmd package install -S <size>, the APK bytes on the same stream)
// when the device has the "cmd" feature, else — or when the device has no package service over cmd —
// the old way: sync push to /data/local/tmp, `pm install -r`, then remove the copy.
class AdbInstallJob : public AdbJob
{
    Q_OBJECT
public:
    AdbInstallJob(quint16 port, const QString &serial, const QString &apkPath, bool streamed, int timeoutMs = 300000,
                  QObject *parent = nullptr);
    void start() override;
    bool usedFallback() const { return m_usedFallback; }

private:
    void startStreamed();
    void startPushThenInstall();
    void installPushed();
    void adopt(AdbJob *child);
    static bool installSucceeded(const QByteArray &output);

    quint16 m_port;
    QString m_serial;
    QString m_apk;
    QString m_remote;
    bool m_streamed;
    bool m_usedFallback = false;
    qint64 m_size = 0;
};
