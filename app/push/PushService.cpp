#include "push/PushService.h"

#include "push/PushCertificateService.h"
#include "push/PushCredentialLoader.h"
#include "push/PushDispatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

PushService::PushService(Database &db, SecretStore &secrets, QObject *parent)
    : QObject(parent), m_db(db), m_loader(new PushCredentialLoader(db, secrets, this)),
      m_dispatcher(new PushDispatcher(db, this)), m_expiryTimer(new QTimer(this))
{
    m_expiryTimer->setSingleShot(true);
    connect(m_expiryTimer, &QTimer::timeout, this, &PushService::checkCertificate);
    connect(m_dispatcher, &PushDispatcher::certificateAlarm, this, &PushService::certificateAlarm);
    connect(m_loader, &PushCredentialLoader::loaded, this, [this](const PushCredentials &c) {
        for (const QString &w : m_loader->warnings())
            emit problem(w);
        if (Status s = m_dispatcher->configure(c); !s)
            emit problem(s.message());
        if (!m_started) {
            m_started = true;
            m_dispatcher->start();
        } else {
            m_dispatcher->drainNow();
        }
    });
}

PushService::~PushService() = default;

void PushService::start()
{
    checkCertificate();
    m_loader->load();
}

void PushService::reload()
{
    checkCertificate();
    m_loader->load();
}

void PushService::checkCertificate()
{
    const std::optional<PushCertificate> c = PushCertificateService(m_db).current();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!c) {
        emit certificateWarning(int(PushCertificateExpiry::Level::None), {});
        return;
    }
    if (!c->alarm.isEmpty())
        emit certificateAlarm(c->alarm);
    const PushCertificateExpiry::Level level = PushCertificateExpiry::level(c->notAfter, now);
    emit certificateWarning(int(level), PushCertificateExpiry::message(level, c->notAfter));
    // Again when the next level starts, and at least every 6 hours (a renewal elsewhere).
    const qint64 next = PushCertificateExpiry::secondsToNextLevel(c->notAfter, now);
    m_expiryTimer->start(int(std::clamp<qint64>(next, 60, 6 * 3600) * 1000));
}
