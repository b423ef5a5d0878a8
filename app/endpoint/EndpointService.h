#pragma once

#include "core/Status.h"
#include "endpoint/EndpointLimits.h"
#include "endpoint/EndpointStats.h"

#include <QHostAddress>
#include <QObject>

class AdminSession;
class ConsolePki;
class Database;
class EndpointSelfCheck;
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
    // The routes read the push certificate's topic and the clinic's name when the server starts; after
    // either changed, a running endpoint restarts so that new enrollments get them (devices retry).
    void reloadRoutes();

    // The console's buttons: each checks ManageSettings (a refusal is audited by AdminSession) and
    // audits the action; the outcome arrives through the signals.
    Status startAs(const AdminSession &session);
    Status stopAs(const AdminSession &session);
    Status importTlsPem(const AdminSession &session, const QByteArray &certificatesPem, const QByteArray &privateKeyPem,
                        const QByteArray &keyPassword);
    Status importTlsPkcs12(const AdminSession &session, const QByteArray &pkcs12, const QString &password);
    Status reissueTls(const AdminSession &session);
    // The address devices are told (Setting::EndpointPublicUrl, validated and audited by
    // SettingsService). A console-issued TLS certificate that does not name the new host is
    // re-issued, and the endpoint restarts with it; *reissuing says so (wait for started()).
    Status setPublicUrl(const AdminSession &session, const QString &url, bool *reissuing = nullptr);
    // Fetches /health through the public URL (EndpointSelfCheck); the result is stored for the
    // Getting started checklist and audited as endpoint.selfcheck. Null with *refusal set when the
    // session may not (ManageSettings) or the certificates are not loaded yet.
    EndpointSelfCheck *checkReachability(const AdminSession &session, Status *refusal, int timeoutMs = 10000);

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
    // The public URL setting as the admin wrote it (empty: derived from the host and port).
    QString configuredPublicUrl() const;
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
    // The address devices are told changed (enrollment pages hand out the new one).
    void publicUrlChanged(const QString &url);

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
