#pragma once

#include "core/Status.h"
#include "pki/CertificateAuthority.h"
#include "pki/CertificateInfo.h"
#include "pki/TlsIdentity.h"
#include "security/Actor.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>

class Database;
class SecretStore;

// The console's PKI as it persists: the CA (created on first use; certificate in the settings, key
// in the secret store) and the endpoint's TLS identity — issued by that CA for the configured host
// names and addresses, or imported (a publicly trusted certificate and key, PEM or PKCS#12).
// Certificates are public and live in the database; private keys only in the secret store.
//
// Asynchronous like the secret store: load() ends with ready() or failed(); the slow RSA key
// generation of a new CA runs on the thread pool, never on the caller's (GUI) thread.
class ConsolePki : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *CaKeySecret = "endpoint-ca-key";
    static constexpr const char *TlsKeySecret = "endpoint-tls-key";
    static constexpr int TlsValidityDays = 397;     // what public CAs issue; well inside iOS's 825
    static constexpr int TlsRenewBeforeDays = 30;   // a console-issued certificate is renewed then

    ConsolePki(Database &db, SecretStore &store, QObject *parent = nullptr);

    // Loads (or creates) the CA, then the TLS identity; a console-issued TLS certificate is
    // re-issued when the configured names changed or it expires within TlsRenewBeforeDays.
    void load();
    bool isReady() const { return m_ready; }
    bool isBusy() const { return m_busy; }

    CertificateAuthority certificateAuthority() const { return m_ca; }
    TlsIdentity tlsIdentity() const { return m_tls; }
    CertificateInfo caInfo() const { return m_caInfo; }
    CertificateInfo tlsInfo() const { return m_tlsInfo; }
    bool tlsImported() const { return m_tlsImported; }

    // The endpoint's names from the settings: the main host name plus the extra names, split into
    // DNS names and IP addresses (what the TLS certificate must cover).
    static void configuredNames(Database &db, QStringList &dnsNames, QList<QHostAddress> &addresses);
    // The console-issued TLS certificate no longer names what the settings say, or expires soon.
    bool needsReissue() const;

    // Roots an imported certificate may chain to besides the system's (an enterprise CA; tests).
    void setExtraTrustAnchors(const QByteArray &pem) { m_extraAnchors = pem; }

    // Each ends with tlsIdentityChanged() or failed(); audited as `actor`.
    void reissueTlsCertificate(const Actor &actor);
    void importTlsPem(const Actor &actor, const QByteArray &certificatesPem, const QByteArray &privateKeyPem,
                      const QByteArray &keyPassword);
    void importTlsPkcs12(const Actor &actor, const QByteArray &pkcs12, const QString &password);

signals:
    void ready();
    void failed(const QString &reason);
    void tlsIdentityChanged();

private:
    void createCa();
    void loadCaKey(const QByteArray &caPem);
    void loadTls();
    void issueTls(const Actor &actor, bool announce);
    void storeTls(const Actor &actor, const TlsIdentity &identity, bool imported, bool announce);
    void fail(const QString &reason);
    void finishReady();
    void audit(const Actor &actor, const QString &action, const QString &outcome, const QString &details);

    Database &m_db;
    SecretStore &m_store;
    CertificateAuthority m_ca;
    TlsIdentity m_tls;
    CertificateInfo m_caInfo;
    CertificateInfo m_tlsInfo;
    bool m_tlsImported = false;
    QByteArray m_extraAnchors;
    bool m_ready = false;
    bool m_busy = false;
};
