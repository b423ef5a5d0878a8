#pragma once

#include "core/Status.h"
#include "security/AdminSession.h"

#include <QList>
#include <QObject>

class Database;

// "BYOD privacy manifests": one PDF per personally owned device into a folder, each through
// PrivacyManifestService (ViewFleet checked, each export audited). One device per turn of the event
// loop (a manifest takes a few tens of milliseconds), so the window stays responsive and the audit
// entries go through the console's own connection; cancel() stops before the next device.
class PrivacyManifestBatch : public QObject
{
    Q_OBJECT
public:
    PrivacyManifestBatch(Database &db, const AdminSession &session, QObject *parent = nullptr);

    void start(const QString &folder);
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_running; }
    // The file a device's manifest is written to inside the folder (name and id: two phones may share a name).
    static QString fileName(const QString &deviceName, qint64 deviceId);

signals:
    void progress(int done, int total);
    // written: how many PDFs are in the folder; a failure names the device that failed.
    void finished(const Status &status, int written);

private:
    void next();

    Database &m_db;
    AdminSession m_session;
    QString m_folder;
    QList<std::pair<qint64, QString>> m_devices;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
