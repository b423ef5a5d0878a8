#include "endpoint/EndpointService.h"

#include "audit/AuditLog.h"
#include "endpoint/EndpointAddress.h"
#include "endpoint/EndpointRoutes.h"
#include "endpoint/EndpointSelfCheck.h"
#include "endpoint/SelfCheckResult.h"
#include "endpoint/EndpointServer.h"
#include "pki/ConsolePki.h"
#include "security/AdminSession.h"
#include "settings/SettingsRepository.h"
#include "settings/SettingsService.h"

#include <QDateTime>

#include <QCoreApplication>

namespace {
}

EndpointService::EndpointService(Database &db, SecretStore &store, QObject *parent)
    : QObject(parent), m_db(db), m_pki(new ConsolePki(db, store, this)), m_server(new EndpointServer(db, this))
{
    connect(m_pki, &ConsolePki::ready, this, [this] {
        emit certificatesChanged();
        if (m_state == State::LoadingCertificates)
            launch();
    });
    connect(m_pki, &ConsolePki::failed, this, [this](const QString &reason) {
        if (m_state == State::LoadingCertificates)
            onFailed(reason);
    });
    connect(m_pki, &ConsolePki::tlsIdentityChanged, this, &EndpointService::onTlsChanged);
    connect(m_server, &EndpointServer::started, this, [this](const QHostAddress &address, quint16 port) {
        setState(State::Running);
        emit started(address, port);
    });
    connect(m_server, &EndpointServer::failed, this, &EndpointService::onFailed);
    connect(m_server, &EndpointServer::stopped, this, [this] {
        setState(State::Stopped);
        emit stopped();
        if (m_restartWhenStopped) {
            m_restartWhenStopped = false;
            start();
        }
    });
    connect(m_server, &EndpointServer::statsChanged, this, &EndpointService::statsChanged);
}

EndpointService::~EndpointService() = default;

void EndpointService::setListenOverride(const QHostAddress &address, quint16 port)
{
    m_haveOverride = true;
    m_overrideAddress = address;
    m_overridePort = port;
}

void EndpointService::setLimits(const EndpointLimits &limits) { m_server->setLimits(limits); }

void EndpointService::start()
{
    if (m_state != State::Stopped && m_state != State::Failed)
        return;
    m_lastError.clear();
    setState(State::LoadingCertificates);
    if (m_pki->isReady() && !m_pki->isBusy())
        launch();
    else if (!m_pki->isBusy())
        m_pki->load();
}

void EndpointService::launch()
{
    if (Status s = m_server->setTlsIdentity(m_pki->tlsIdentity()); !s) {
        onFailed(s.message());
        return;
    }
    m_server->setClientCaCertificates(m_pki->certificateAuthority().certificatePem());
    CmsVerifier verifier;
    if (Status s = CmsVerifier::create(m_pki->certificateAuthority().certificatePem(), verifier); !s) {
        onFailed(s.message());
        return;
    }
    m_routeProblems = EndpointRoutes::registerAll(
        *m_server, EndpointRouteDeps{m_db, m_pki->certificateAuthority(), publicUrl(),
                                     std::make_shared<const CachingCmsVerifier>(verifier), m_fieldKey});
    setState(State::Starting);
    SettingsRepository settings(m_db);
    const QHostAddress address = m_haveOverride ? m_overrideAddress
                                                : QHostAddress(settings.stringValue(Setting::EndpointListenAddress));
    const quint16 port = m_haveOverride ? m_overridePort : quint16(settings.intValue(Setting::EndpointPort));
    if (address.isNull()) {
        onFailed(tr("The listen address \"%1\" is not an IP address.").arg(settings.stringValue(Setting::EndpointListenAddress)));
        return;
    }
    m_server->start(address, port);
}

void EndpointService::stop()
{
    m_restartWhenStopped = false;
    if (m_state == State::Running || m_state == State::Starting) {
        setState(State::Stopping);
        m_server->stop();
    } else if (m_state == State::LoadingCertificates || m_state == State::Failed) {
        setState(State::Stopped);
        emit stopped();
    }
}

void EndpointService::onFailed(const QString &reason)
{
    m_lastError = reason;
    setState(State::Failed);
    emit failed(reason);
}

void EndpointService::onTlsChanged()
{
    emit certificatesChanged();
    // A new certificate takes effect for new connections only after a restart of the server.
    reloadRoutes();
}

void EndpointService::reloadRoutes()
{
    if (m_state == State::Running) {
        m_restartWhenStopped = true;
        setState(State::Stopping);
        m_server->stop();
    }
}

void EndpointService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString EndpointService::stateText() const
{
    switch (m_state) {
    case State::Stopped: return tr("Stopped");
    case State::LoadingCertificates: return tr("Loading certificates…");
    case State::Starting: return tr("Starting…");
    case State::Running: return tr("Listening on %1 port %2").arg(address().toString()).arg(port());
    case State::Stopping: return tr("Stopping…");
    case State::Failed: return tr("Failed: %1").arg(m_lastError);
    }
    return {};
}

QHostAddress EndpointService::address() const { return m_server->address(); }
quint16 EndpointService::port() const { return m_server->port(); }

QString EndpointService::caSha256ForAgents() const
{
    return m_pki->isReady() ? QString::fromLatin1(m_pki->caInfo().sha256().toHex()) : QString();
}

QString EndpointService::publicUrl() const
{
    return EndpointAddress::publicUrl(m_db);
}

Status EndpointService::startAs(const AdminSession &session)
{
    if (Status s = session.require(Permission::ManageSettings); !s)
        return s;
    AuditLog(m_db).record(session.actor(), QStringLiteral("endpoint.start"), QStringLiteral("requested"));
    start();
    return Status::success();
}

Status EndpointService::stopAs(const AdminSession &session)
{
    if (Status s = session.require(Permission::ManageSettings); !s)
        return s;
    AuditLog(m_db).record(session.actor(), QStringLiteral("endpoint.stop"), QStringLiteral("requested"));
    stop();
    return Status::success();
}

Status EndpointService::importTlsPem(const AdminSession &session, const QByteArray &certificatesPem,
                                     const QByteArray &privateKeyPem, const QByteArray &keyPassword)
{
    if (Status s = session.require(Permission::ManageSettings); !s)
        return s;
    m_pki->importTlsPem(session.actor(), certificatesPem, privateKeyPem, keyPassword);
    return Status::success();
}

Status EndpointService::importTlsPkcs12(const AdminSession &session, const QByteArray &pkcs12, const QString &password)
{
    if (Status s = session.require(Permission::ManageSettings); !s)
        return s;
    m_pki->importTlsPkcs12(session.actor(), pkcs12, password);
    return Status::success();
}

Status EndpointService::reissueTls(const AdminSession &session)
{
    if (Status s = session.require(Permission::ManageSettings); !s)
        return s;
    m_pki->reissueTlsCertificate(session.actor());
    return Status::success();
}

Status EndpointService::setPublicUrl(const AdminSession &session, const QString &url, bool *reissuing)
{
    if (reissuing)
        *reissuing = false;
    if (Status s = SettingsService(m_db).change(session, Setting::EndpointPublicUrl, url); !s)
        return s;
    emit publicUrlChanged(publicUrl());
    if (m_pki->isReady() && !m_pki->isBusy() && !m_pki->tlsImported() && m_pki->needsReissue()) {
        m_pki->reissueTlsCertificate(session.actor());
        if (reissuing)
            *reissuing = true;
    }
    return Status::success();
}

EndpointSelfCheck *EndpointService::checkReachability(const AdminSession &session, Status *refusal, int timeoutMs)
{
    if (Status s = session.require(Permission::ManageSettings); !s) {
        *refusal = s;
        return nullptr;
    }
    if (!m_pki->isReady()) {
        *refusal = Status::failure(ErrorCode::Failure, tr("The console's certificates are not loaded yet; try again."));
        return nullptr;
    }
    auto *check = new EndpointSelfCheck(publicUrl(), m_pki->certificateAuthority().certificatePem(), timeoutMs, this);
    const Actor actor = session.actor();
    connect(check, &EndpointSelfCheck::finished, this, [this, check, actor] {
        const SelfCheckResult result{check->url(), EndpointSelfCheck::outcomeName(check->outcome()),
                                     QDateTime::currentSecsSinceEpoch(), check->ok()};
        result.store(m_db);
        AuditLog(m_db).record(actor, QStringLiteral("endpoint.selfcheck"), check->ok() ? QStringLiteral("success") : QStringLiteral("failure"),
                              QStringLiteral("url=%1 outcome=%2").arg(result.url, result.outcome));
        check->deleteLater();
    });
    QMetaObject::invokeMethod(check, &EndpointSelfCheck::start, Qt::QueuedConnection);
    *refusal = Status::success();
    return check;
}

QString EndpointService::configuredPublicUrl() const { return SettingsRepository(m_db).stringValue(Setting::EndpointPublicUrl); }
