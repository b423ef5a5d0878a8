#pragma once

#include "push/PushCredentials.h"
#include "push/PushResult.h"

#include <QObject>

#include <functional>

class ApnsClient;
class ApnsTokenSigner;
class Database;
class FcmClient;
class Http2Client;
class QTimer;
struct PushOutboxEntry;

// Drains the push outbox: takes due wakes (claimed, so two consoles on one database do not both
// send), looks up each device's channel (push_tokens) and wakes it through APNs or FCM, then acts on
// the answer: delivered or dead/invalid channel -> the row leaves the outbox (token state and the
// device's last push recorded); 429/5xx/network -> rescheduled with jittered exponential backoff
// (persisted, so a restart resumes the schedule); APNs 403 -> certificateAlarm() and a stored alarm
// flag, the row kept for after the certificate is fixed. Runs on the event loop of the thread that
// owns `db`; start it in the GUI process and in `clinicmdm serve`.
class PushDispatcher : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;
    static constexpr int BatchSize = 1000;
    static constexpr qint64 MaxAgeSeconds = 7 * 24 * 3600; // older wakes are dropped as expired
    static constexpr int DefaultPollMsec = 2000;

    explicit PushDispatcher(Database &db, QObject *parent = nullptr);
    ~PushDispatcher() override;

    // Reads the push settings (hosts, ports, environment, trusted roots) and applies credentials.
    Status configure(const PushCredentials &credentials);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setPollInterval(int msec) { m_pollMsec = msec; }

    // Drains now and then whenever a wake becomes due, the network comes back, or the poll timer
    // sees rows another process added.
    void start();
    void stop();
    void drainNow();

    int inFlight() const { return m_inFlight; }
    ApnsClient *apns() const { return m_apns; }
    FcmClient *fcm() const { return m_fcm; }

signals:
    void pushFinished(qint64 deviceId, const PushResult &result);
    void certificateAlarm(const QString &reason);
    // Nothing in flight and nothing due now (rows waiting for a later retry may remain).
    void idle();

private:
    void drain();
    void send(const PushOutboxEntry &entry);
    void handle(const PushOutboxEntry &entry, bool apple, const PushResult &result);
    void finishOne();
    void scheduleNext();
    void raiseAlarm(const QString &reason);

    Database &m_db;
    Http2Client *m_http;
    ApnsClient *m_apns;
    FcmClient *m_fcm;
    std::unique_ptr<ApnsTokenSigner> m_signer;
    QTimer *m_timer;
    Clock m_clock;
    QString m_apnsTopic;
    int m_pollMsec = DefaultPollMsec;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_watchingNetwork = false;
    bool m_draining = false;
};
