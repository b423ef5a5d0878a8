#pragma once

#include "core/Status.h"
#include "endpoint/EndpointLimits.h"
#include "endpoint/EndpointStats.h"

#include <QHostAddress>
#include <QObject>

class AdminSession;
class ConsolePki;
class Database;
class EndpointServer;
class SecretStore;

// Runs the device endpoint inside the console or headless (`clinicmdm serve`): loads the console's
// PKI (ConsolePki), configures the server with its TLS identity and the routes
// (EndpointRoutes::registerAll), and starts it on the configured address and port. Everything is
// asynchronous; the state and its changes are signals for the console's status display.
class EndpointService : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, LoadingCertificates, Starting, Running, Stopping, Failed };
    Q_ENUM(State)

    EndpointService(Database &db, SecretStore &store, QObject *parent = nullptr);
    ~EndpointService() override;

    // `clinicmdm serve --listen`: overrides the listen address and port of the settings.
    void setListenOverride(const QHostAddress &address, quint16 port);
    void setLimits(const EndpointLimits &limits);

    void start();
    void stop();

    // The console's buttons: each checks ManageSettings (a refusal is audited by AdminSession) and
    // audits the action; the outcome arrives through the signals.
    Status startAs(const AdminSession &session);
    Status stopAs(const AdminSession &session);
    Status importTlsPem(const AdminSession &session, const QByteArray &certificatesPem, const QByteArray &privateKeyPem,
                        const QByteArray &keyPassword);
    Status importTlsPkcs12(const AdminSession &session, const QByteArray &pkcs12, const QString &password);
    Status reissueTls(const AdminSession &session);

    State state() const { return m_state; }
    QString stateText() const;
    QString lastError() const { return m_lastError; }
    // The data key that seals device secrets (Apple UnlockTokens); before start().
    void setFieldKey(const QByteArray &key) { m_fieldKey = key; }
    // Routes that cannot serve yet and why (e.g. Apple enrollment without a push certificate).
    QStringList routeProblems() const { return m_routeProblems; }
    QHostAddress address() const;
    quint16 port() const;
    QString publicUrl() const;
    // The console CA's SHA-256 as Android agents are handed it (docs/agent-protocol.md: lowercase hex,
    // no colons); empty until the PKI is ready.
    QString caSha256ForAgents() const;

    ConsolePki &pki() { return *m_pki; }
    EndpointServer &server() { return *m_server; }

signals:
    void stateChanged(EndpointService::State state);
    void started(const QHostAddress &address, quint16 port);
    void failed(const QString &reason);
    void stopped();
    void statsChanged(const EndpointStats &stats);
    void certificatesChanged();

private:
    void setState(State state);
    void launch();
    void onFailed(const QString &reason);
    void onTlsChanged();

    Database &m_db;
    ConsolePki *m_pki;
    EndpointServer *m_server;
    State m_state = State::Stopped;
    QString m_lastError;
    QByteArray m_fieldKey;
    QStringList m_routeProblems;
    bool m_haveOverride = false;
    QHostAddress m_overrideAddress;
    quint16 m_overridePort = 0;
    bool m_restartWhenStopped = false;
};
