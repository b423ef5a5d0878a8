#pragma once

#include "android/AdbJob.h"

#include <QTcpSocket>

// An AdbJob over one connection to the adb server: optionally switches the connection to a device
// (host:transport:<serial>), then sends one request and reads the answer (subclasses decide how).
class AdbSocketJob : public AdbJob
{
    Q_OBJECT
public:
    AdbSocketJob(quint16 port, const QString &serial, int timeoutMs, QObject *parent = nullptr);
    void start() override;
    QString serial() const { return m_serial; }

protected:
    // Called once the connection (and the transport, when a serial is set) is ready.
    virtual void onReady() = 0;
    // New bytes are in m_buffer.
    virtual void onData() = 0;
    // The server closed the connection. Default: fails, naming an unplugged device as likely cause.
    virtual void onClosed();
    void abortWork() override;

    void send(const QByteArray &bytes);
    // 1: OKAY taken off the buffer; 0: need more bytes; -1: FAIL (the job has failed with its reason).
    int takeStatus();
    // A 4-hex-length-prefixed block; false while incomplete.
    bool takeLengthPrefixed(QByteArray *out);
    QString deviceLostMessage() const;

    QTcpSocket *m_socket;
    QByteArray m_buffer;

private:
    void readAvailable();
    quint16 m_port;
    QString m_serial;
    bool m_transportPending = false;
    bool m_connected = false;
};
