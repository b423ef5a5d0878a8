#pragma once

#include "android/AdbSocketJob.h"

class QIODevice;

// A device service over the transport: shell:<command> or exec:<command>. Reads the raw stream
// until the device closes it. With an input device (the APK of a streamed install) the bytes are
// written after OKAY, 64 KiB at a time as the socket drains, with progress.
//
// shell: carries no exit status, so shell() commands end with "; echo __EXIT:$?" and exitCode()
// reads it back (-1 when absent, as with exec:).
class AdbServiceJob : public AdbSocketJob
{
    Q_OBJECT
public:
    AdbServiceJob(quint16 port, const QString &serial, const QByteArray &service, int timeoutMs = 30000,
                  QObject *parent = nullptr);
    static QByteArray shellService(const QString &command); // with the exit-status marker
    // Takes ownership of `input` (opened for reading); `size` bytes are sent.
    void setInput(QIODevice *input, qint64 size);

    int exitCode() const { return m_exitCode; }
    QString text() const; // output without the exit marker, trimmed

protected:
    void onReady() override;
    void onData() override;
    void onClosed() override;

private:
    void writeMore();

    QByteArray m_service;
    QIODevice *m_input = nullptr;
    qint64 m_inputSize = 0;
    qint64 m_written = 0;
    bool m_okay = false;
    QByteArray m_stream;
    int m_exitCode = -1;
};
