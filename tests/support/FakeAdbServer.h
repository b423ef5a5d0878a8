#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

// A stand-in for the adb server in tests: a QTcpServer on 127.0.0.1 speaking the adb host protocol
// for simulated devices (serials, states, features, shell answers, sync push, streamed install),
// including an unauthorized device, one with an account, and one unplugged in the middle of an
// install. Device-side work can be slowed down per device (workDelayMs) to measure parallelism.
class FakeAdbServer
{
public:
    struct Device {
        QString serial;
        QString state = QStringLiteral("device");
        QString model = QStringLiteral("Lenovo TB-X606F");
        QString release = QStringLiteral("13");
        QStringList features{QStringLiteral("shell_v2"), QStringLiteral("cmd"), QStringLiteral("stat_v2")};
        bool hasAccount = false;
        int workDelayMs = 0;             // added to the install (the device's own work)
        bool unplugDuringInstall = false;
        // What happened on the device.
        QStringList installed;
        QString deviceOwner;
        QStringList shellLog;
        QHash<QString, QByteArray> files;
    };

    FakeAdbServer();
    ~FakeAdbServer();

    quint16 port() const;
    Device &addDevice(const Device &device);
    Device *device(const QString &serial);
    void unplug(const QString &serial);
    QList<Device> devices() const;
    int maxConcurrentServices() const { return m_maxConcurrent; }

    // am broadcast with the agent's hand-over extras (--es key value ...).
    std::function<void(const QString &serial, const QHash<QString, QString> &extras)> onBroadcast;
    QString agentPackage = QStringLiteral("org.clinicmdm.agent");

private:
    struct Connection;
    void accept();
    void readFrom(Connection *c);
    void hostRequest(Connection *c, const QByteArray &request);
    void service(Connection *c, const QByteArray &request);
    void syncData(Connection *c);
    void installData(Connection *c);
    QByteArray runShell(Device &d, const QString &command, int *exitCode);
    QByteArray listing(bool longForm) const;
    void notifyTrackers();
    void finishService(Connection *c, const QByteArray &reply, int delayMs);
    void close(Connection *c);

    std::unique_ptr<QTcpServer> m_server;
    QList<Device> m_devices;
    QList<Connection *> m_connections;
    int m_active = 0;
    int m_maxConcurrent = 0;
};
