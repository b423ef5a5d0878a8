#pragma once

#include "android/AdbSocketJob.h"

// A host service that answers OKAY + one length-prefixed block: host:version, host:devices-l,
// host:features, host-serial:<serial>:features, host-serial:<serial>:get-state.
class AdbHostQueryJob : public AdbSocketJob
{
    Q_OBJECT
public:
    AdbHostQueryJob(quint16 port, const QByteArray &request, int timeoutMs = 10000, QObject *parent = nullptr);
    QByteArray request() const { return m_request; }

protected:
    void onReady() override;
    void onData() override;

private:
    QByteArray m_request;
    bool m_okay = false;
};
