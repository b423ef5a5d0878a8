#include "push/PushDispatcher.h"

#include "audit/AuditLog.h"
#include "push/ApnsClient.h"
#include "push/ApnsTokenSigner.h"
#include "push/FcmClient.h"
#include "push/Http2Client.h"
#include "push/PushBackoff.h"
#include "push/PushCertificateService.h"
#include "push/PushDeliveryRepository.h"
#include "push/PushOutboxRepository.h"
#include "push/PushTokenRepository.h"
#include "settings/SettingsRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QNetworkInformation>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>
#include <QUrl>

PushDispatcher::PushDispatcher(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_http(new Http2Client(this)), m_apns(new ApnsClient(m_http, this)),
      m_fcm(new FcmClient(m_http, this)), m_timer(new QTimer(this)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PushDispatcher::drain);
}

PushDispatcher::~PushDispatcher() = default;

Status PushDispatcher::configure(const PushCredentials &c)
{
    SettingsRepository settings(m_db);
    QList<QSslCertificate> roots;
    const QString rootsFile = settings.stringValue(Setting::PushTrustedRootsFile);
    if (!rootsFile.isEmpty()) {
        QFile f(rootsFile);
        if (!f.open(QIODevice::ReadOnly) || (roots = QSslCertificate::fromData(f.readAll())).isEmpty())
            return Status::failure(ErrorCode::InvalidInput,
                                   QCoreApplication::translate("PushDispatcher", "The push trusted roots file %1 holds no certificate.").arg(rootsFile));
    }
    m_apns->setServer(settings.stringValue(Setting::PushApnsEnvironment) == QLatin1String("sandbox"),
                      settings.stringValue(Setting::PushApnsHost), quint16(settings.intValue(Setting::PushApnsPort)));
    m_apns->setTrustedRoots(roots);
    m_fcm->setTrustedRoots(roots);
    m_fcm->setEndpoints(QUrl(settings.stringValue(Setting::PushFcmEndpoint)), QUrl(settings.stringValue(Setting::PushFcmTokenUri)));
    m_http->reset(); // a new identity or host: new connections
    if (c.hasApnsCertificate()) {
        const QSslCertificate certificate(c.apnsCertificatePem, QSsl::Pem);
        QSslKey key(c.apnsKeyPem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(c.apnsKeyPem, QSsl::Ec);
        if (certificate.isNull() || key.isNull())
            return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("PushDispatcher", "The APNs push certificate or its key cannot be read."));
        m_apns->setCertificate(certificate, key);
        m_apnsTopic = c.apnsTopic;
    }
    if (c.hasApnsAuthKey()) {
        auto signer = std::make_unique<ApnsTokenSigner>();
        if (ApnsTokenSigner::create(c.apnsAuthKeyPem, c.apnsAuthKeyId, c.apnsTeamId, *signer)) {
            m_signer = std::move(signer);
            m_apns->setTokenSigner(m_signer.get());
        }
    }
    if (c.hasFcm())
        m_fcm->setServiceAccount(c.fcm);
    return Status::success();
}

void PushDispatcher::start()
{
    m_running = true;
    PushOutboxRepository(m_db).releaseDeadClaims(m_clock());
    // The network coming back is the moment a backlog can go: drain at once instead of waiting.
    // (Once per dispatcher: Qt refuses UniqueConnection for a lambda, so a flag guards restarts.)
    if (!m_watchingNetwork && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        m_watchingNetwork = true;
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online)
                        drainNow();
                });
    }
    drainNow();
}

void PushDispatcher::stop()
{
    m_running = false;
    m_timer->stop();
}

void PushDispatcher::drainNow()
{
    QMetaObject::invokeMethod(this, &PushDispatcher::drain, Qt::QueuedConnection);
}

void PushDispatcher::drain()
{
    if (!m_running || m_draining)
        return;
    m_draining = true;
    const int room = BatchSize - m_inFlight;
    const QList<PushOutboxEntry> due = room > 0 ? PushOutboxRepository(m_db).claimDue(m_clock(), room) : QList<PushOutboxEntry>();
    for (const PushOutboxEntry &e : due)
        send(e);
    m_draining = false;
    scheduleNext();
}

void PushDispatcher::send(const PushOutboxEntry &e)
{
    ++m_inFlight;
    const qint64 now = m_clock();
    auto dropWith = [this, &e, now](const QString &result, const QString &reason) {
        PushOutboxRepository(m_db).remove(e.id);
        PushDeliveryRepository(m_db).record({e.deviceId, now, result, reason, e.attempts + 1});
        QMetaObject::invokeMethod(this, &PushDispatcher::finishOne, Qt::QueuedConnection);
    };
    if (now - e.createdAt > MaxAgeSeconds)
        return dropWith(QStringLiteral("expired"), e.lastError);
    const std::optional<PushToken> token = PushTokenRepository(m_db).find(e.deviceId);
    if (!token)
        return dropWith(QStringLiteral("no-channel"), QStringLiteral("the device has not reported a push token"));
    if (token->state != QLatin1String("active"))
        return dropWith(token->state, token->stateReason);
    const bool apple = token->service == PushToken::Service::Apns;
    auto done = [this, e, apple](const PushResult &r) { handle(e, apple, r); };
    if (apple) {
        if (!m_apns->hasCertificate()) {
            PushResult r;
            r.outcome = PushResult::Outcome::Retry;
            r.reason = QStringLiteral("no APNs push certificate imported");
            QMetaObject::invokeMethod(this, [done, r] { done(r); }, Qt::QueuedConnection);
            return;
        }
        m_apns->sendMdmWake(token->token, token->pushMagic, m_apnsTopic.isEmpty() ? token->topic : m_apnsTopic,
                            e.createdAt + MaxAgeSeconds, done);
    } else {
        m_fcm->sendData(token->token, QJsonObject{{QStringLiteral("action"), QStringLiteral("checkin")}},
                        FcmClient::DefaultTtlSeconds, done);
    }
}

void PushDispatcher::handle(const PushOutboxEntry &e, bool apple, const PushResult &r)
{
    const qint64 now = m_clock();
    PushOutboxRepository outbox(m_db);
    PushTokenRepository tokens(m_db);
    QString result = PushResult::outcomeName(r.outcome);
    bool keep = false;
    switch (r.outcome) {
    case PushResult::Outcome::Delivered:
    case PushResult::Outcome::Rejected:
        break;
    case PushResult::Outcome::Unregistered:
        tokens.setState(e.deviceId, QStringLiteral("unregistered"), r.reason, r.timestamp > 0 ? r.timestamp : now);
        AuditLog(m_db).record(Actor::system(), QStringLiteral("push.token.unregistered"), QStringLiteral("success"),
                              QStringLiteral("reason=%1").arg(r.reason), e.deviceId);
        break;
    case PushResult::Outcome::Invalid:
        tokens.setState(e.deviceId, QStringLiteral("invalid"), r.reason, now);
        AuditLog(m_db).record(Actor::system(), QStringLiteral("push.token.invalid"), QStringLiteral("failure"),
                              QStringLiteral("reason=%1").arg(r.reason), e.deviceId);
        break;
    case PushResult::Outcome::CredentialsRejected:
        if (apple) {
            // A refused push certificate is fixed by the admin (renewal); keep the wake for then.
            keep = true;
            raiseAlarm(r.reason);
        } else {
            result = QStringLiteral("failed");
        }
        break;
    case PushResult::Outcome::Retry:
        keep = true;
        break;
    }
    if (keep)
        outbox.reschedule(e.id, now + PushBackoff::delaySeconds(e.attempts + 1, r.retryAfterSeconds), r.reason);
    else
        outbox.remove(e.id);
    PushDeliveryRepository(m_db).record({e.deviceId, now, result, r.reason, e.attempts + 1});
    emit pushFinished(e.deviceId, r);
    finishOne();
}

void PushDispatcher::raiseAlarm(const QString &reason)
{
    PushCertificateService(m_db).setAlarm(reason, m_clock());
    emit certificateAlarm(reason);
}

void PushDispatcher::finishOne()
{
    if (--m_inFlight == 0)
        drainNow();
}

void PushDispatcher::scheduleNext()
{
    if (!m_running)
        return;
    if (m_inFlight > 0)
        return; // the last answer drains again
    const qint64 now = m_clock();
    const qint64 next = PushOutboxRepository(m_db).nextDue();
    qint64 waitMsec = m_pollMsec;
    if (next > 0)
        waitMsec = std::min<qint64>(waitMsec, std::max<qint64>(0, (next - now) * 1000));
    if (next == 0 || next > now)
        emit idle();
    m_timer->start(int(std::max<qint64>(waitMsec, 50)));
}
