#pragma once

#include "android/AdbSocketJob.h"

class QFile;

// Pushes a local file to the device over the sync: service: SEND "<remote>,<mode>", DATA chunks of
// 64 KiB, DONE <mtime>, then OKAY or FAIL from the device; QUIT.
class AdbSyncPushJob : public AdbSocketJob
{
    Q_OBJECT
public:
    AdbSyncPushJob(quint16 port, const QString &serial, const QString &localPath, const QString &remotePath,
                   int mode = 0644, int timeoutMs = 300000, QObject *parent = nullptr);

protected:
    void onReady() override;
    void onData() override;
    void onClosed() override;

private:
    void writeMore();

    QFile *m_file;
    QString m_remote;
    int m_mode;
    qint64 m_size = 0;
    qint64 m_written = 0;
    bool m_syncOkay = false;
    bool m_done = false;
};
