#include "pki/ConsolePki.h"

#include "audit/AuditLog.h"
#include "endpoint/EndpointAddress.h"
#include "pki/TlsIdentityImporter.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "settings/SettingsRepository.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace {

struct CaResult {
    Status status;
    CertificateAuthority ca;
};

QSet<QString> normalizedNames(const QStringList &dns, const QStringList &ips)
{
    QSet<QString> out;
    for (const QString &n : dns)
        out.insert(n.toLower());
    for (const QString &ip : ips)
        out.insert(QHostAddress(ip).toString());
    return out;
}
} // namespace

ConsolePki::ConsolePki(Database &db, SecretStore &store, QObject *parent) : QObject(parent), m_db(db), m_store(store) {}

void ConsolePki::configuredNames(Database &db, QStringList &dnsNames, QList<QHostAddress> &addresses)
{
    SettingsRepository settings(db);
    QStringList names{settings.stringValue(Setting::EndpointHost).trimmed()};
    names += settings.stringValue(Setting::EndpointHostNames).split(QLatin1Char(','), Qt::SkipEmptyParts);
    // The name devices are told (the public URL) must be in the certificate, or their TLS refuses it.
    names += EndpointAddress::publicHost(db);
    dnsNames.clear();
    addresses.clear();
    for (const QString &raw : std::as_const(names)) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        const QHostAddress address(name);
        if (!address.isNull()) {
            if (!addresses.contains(address))
                addresses.append(address);
        } else if (!dnsNames.contains(name, Qt::CaseInsensitive)) {
            dnsNames.append(name);
        }
    }
    if (dnsNames.isEmpty() && addresses.isEmpty())
        dnsNames.append(QStringLiteral("localhost"));
}

void ConsolePki::load()
{
    if (m_busy)
        return;
    m_busy = true;
    m_ready = false;
    const QByteArray caPem = SettingsRepository(m_db).stringValue(Setting::EndpointCaCertificate).toLatin1();
    if (caPem.isEmpty())
        createCa();
    else
        loadCaKey(caPem);
}

void ConsolePki::createCa()
{
    const QString clinic = SettingsRepository(m_db).stringValue(Setting::ClinicName);
    auto promise = std::make_shared<QPromise<CaResult>>();
    promise->start();
    auto *watcher = new QFutureWatcher<CaResult>(this);
    connect(watcher, &QFutureWatcher<CaResult>::finished, this, [this, watcher] {
        const CaResult result = watcher->result();
        watcher->deleteLater();
        if (!result.status) {
            fail(tr("Could not create the console's certificate authority: %1").arg(result.status.message()));
            return;
        }
        // The key first: a certificate in the database without its key would be a dead CA.
        SecretJob *job = m_store.write(QLatin1String(CaKeySecret), result.ca.privateKeyPem());
        connect(job, &SecretJob::finished, this, [this, ca = result.ca](SecretJob *j) {
            if (!j->status()) {
                fail(tr("Could not keep the certificate authority's key in the secret store: %1").arg(j->status().message()));
                return;
            }
            if (Status s = SettingsRepository(m_db).setValue(Setting::EndpointCaCertificate, QString::fromLatin1(ca.certificatePem())); !s) {
                fail(s.message());
                return;
            }
            m_ca = ca;
            CertificateInfo::fromBytes(ca.certificatePem(), m_caInfo);
            audit(Actor::system(), QStringLiteral("pki.ca.create"), QStringLiteral("success"),
                  QStringLiteral("sha256=%1").arg(m_caInfo.sha256Hex()));
            loadTls();
        });
    });
    watcher->setFuture(promise->future());
    // RSA key generation takes a noticeable fraction of a second: not on the GUI thread.
    QThreadPool::globalInstance()->start([promise, clinic] {
        CaResult result;
        const QString name = clinic.trimmed().isEmpty() ? QStringLiteral("ClinicMDM CA") : clinic.trimmed() + QStringLiteral(" ClinicMDM CA");
        result.status = CertificateAuthority::create(name, clinic, KeyAlgorithm::Rsa2048,
                                                     CertificateAuthority::DefaultValidityDays, result.ca);
        promise->addResult(result);
        promise->finish();
    });
}

void ConsolePki::loadCaKey(const QByteArray &caPem)
{
    SecretJob *job = m_store.read(QLatin1String(CaKeySecret));
    connect(job, &SecretJob::finished, this, [this, caPem](SecretJob *j) {
        if (!j->status()) {
            // Never silently replaced: every enrolled device trusts this CA.
            fail(j->status().code() == ErrorCode::NotFound
                     ? tr("The console CA's private key is missing from the secret store (%1). Restore the "
                          "keychain or secret file of this database; a new CA would force every device to re-enroll.")
                           .arg(m_store.backendDescription())
                     : j->status().message());
            return;
        }
        CertificateAuthority ca;
        if (Status s = CertificateAuthority::load(caPem, j->data(), ca); !s) {
            fail(tr("The console CA cannot be loaded: %1").arg(s.message()));
            return;
        }
        m_ca = ca;
        CertificateInfo::fromBytes(caPem, m_caInfo);
        loadTls();
    });
}

void ConsolePki::loadTls()
{
    SettingsRepository settings(m_db);
    const QByteArray certPem = settings.stringValue(Setting::EndpointTlsCertificate).toLatin1();
    const QByteArray chainPem = settings.stringValue(Setting::EndpointTlsChain).toLatin1();
    const bool imported = settings.boolValue(Setting::EndpointTlsImported);
    if (certPem.isEmpty()) {
        issueTls(Actor::system(), false);
        return;
    }
    SecretJob *job = m_store.read(QLatin1String(TlsKeySecret));
    connect(job, &SecretJob::finished, this, [this, certPem, chainPem, imported](SecretJob *j) {
        if (!j->status() && (imported || j->status().code() != ErrorCode::NotFound)) {
            fail(tr("The endpoint's TLS key cannot be read: %1").arg(j->status().message()));
            return;
        }
        TlsIdentity identity;
        Status checked = j->status();
        if (checked) {
            TlsIdentityImporter importer;
            importer.setUseSystemTrustStore(imported);
            importer.setExtraTrustAnchors(imported ? m_extraAnchors : m_ca.certificatePem());
            checked = importer.fromPem(certPem + chainPem, j->data(), {}, identity);
        }
        if (!checked && imported) {
            fail(tr("The imported TLS certificate can no longer be used (%1). Import a new one.").arg(checked.message()));
            return;
        }
        if (checked) {
            m_tls = identity;
            m_tlsImported = imported;
            CertificateInfo::fromBytes(identity.certificatePem, m_tlsInfo);
        }
        if (!checked || (!imported && needsReissue()))
            issueTls(Actor::system(), false);
        else
            finishReady();
    });
}

bool ConsolePki::needsReissue() const
{
    QStringList dns;
    QList<QHostAddress> addresses;
    configuredNames(m_db, dns, addresses);
    QStringList ips;
    for (const QHostAddress &a : addresses)
        ips << a.toString();
    return normalizedNames(dns, ips) != normalizedNames(m_tlsInfo.dnsNames(), m_tlsInfo.ipAddresses())
           || m_tlsInfo.daysUntilExpiry() < TlsRenewBeforeDays;
}

void ConsolePki::issueTls(const Actor &actor, bool announce)
{
    QStringList dns;
    QList<QHostAddress> addresses;
    configuredNames(m_db, dns, addresses);
    TlsIdentity identity;
    if (Status s = m_ca.issueTlsCertificate(dns, addresses, TlsValidityDays, identity); !s) {
        audit(actor, QStringLiteral("endpoint.tls.issue"), QStringLiteral("failure"), s.message());
        fail(tr("Could not issue the endpoint's TLS certificate: %1").arg(s.message()));
        return;
    }
    storeTls(actor, identity, false, announce);
}

void ConsolePki::storeTls(const Actor &actor, const TlsIdentity &identity, bool imported, bool announce)
{
    SecretJob *job = m_store.write(QLatin1String(TlsKeySecret), identity.privateKeyPem);
    connect(job, &SecretJob::finished, this, [this, actor, identity, imported, announce](SecretJob *j) {
        if (!j->status()) {
            fail(tr("Could not keep the TLS key in the secret store: %1").arg(j->status().message()));
            return;
        }
        SettingsRepository settings(m_db);
        Status s = settings.setValue(Setting::EndpointTlsCertificate, QString::fromLatin1(identity.certificatePem));
        if (s)
            s = settings.setValue(Setting::EndpointTlsChain, QString::fromLatin1(identity.chainPem));
        if (s)
            s = settings.setValue(Setting::EndpointTlsImported, imported);
        if (!s) {
            fail(s.message());
            return;
        }
        m_tls = identity;
        m_tlsImported = imported;
        CertificateInfo::fromBytes(identity.certificatePem, m_tlsInfo);
        audit(actor, imported ? QStringLiteral("endpoint.tls.import") : QStringLiteral("endpoint.tls.issue"),
              QStringLiteral("success"),
              QStringLiteral("sha256=%1 names=%2 expires=%3")
                  .arg(m_tlsInfo.sha256Hex(), (m_tlsInfo.dnsNames() + m_tlsInfo.ipAddresses()).join(QLatin1Char(',')),
                       m_tlsInfo.notAfter().toString(Qt::ISODate)));
        if (announce) {
            m_busy = false;
            m_ready = true;
            emit tlsIdentityChanged();
        } else {
            finishReady();
        }
    });
}

void ConsolePki::reissueTlsCertificate(const Actor &actor)
{
    if (!m_ready || m_busy) {
        emit failed(tr("The console's certificates are not loaded yet."));
        return;
    }
    m_busy = true;
    issueTls(actor, true);
}

void ConsolePki::importTlsPem(const Actor &actor, const QByteArray &certificatesPem, const QByteArray &privateKeyPem,
                              const QByteArray &keyPassword)
{
    if (m_busy || !m_ready) {
        emit failed(tr("The console's certificates are not loaded yet; try again."));
        return;
    }
    TlsIdentity identity;
    TlsIdentityImporter importer;
    importer.setExtraTrustAnchors(m_extraAnchors);
    if (Status s = importer.fromPem(certificatesPem, privateKeyPem, keyPassword, identity); !s) {
        audit(actor, QStringLiteral("endpoint.tls.import"), QStringLiteral("failure"), s.message());
        emit failed(s.message());
        return;
    }
    m_busy = true;
    storeTls(actor, identity, true, true);
}

void ConsolePki::importTlsPkcs12(const Actor &actor, const QByteArray &pkcs12, const QString &password)
{
    if (m_busy || !m_ready) {
        emit failed(tr("The console's certificates are not loaded yet; try again."));
        return;
    }
    TlsIdentity identity;
    TlsIdentityImporter importer;
    importer.setExtraTrustAnchors(m_extraAnchors);
    if (Status s = importer.fromPkcs12(pkcs12, password, identity); !s) {
        audit(actor, QStringLiteral("endpoint.tls.import"), QStringLiteral("failure"), s.message());
        emit failed(s.message());
        return;
    }
    m_busy = true;
    storeTls(actor, identity, true, true);
}

void ConsolePki::fail(const QString &reason)
{
    m_busy = false;
    emit failed(reason);
}

void ConsolePki::finishReady()
{
    m_busy = false;
    m_ready = true;
    emit ready();
}

void ConsolePki::audit(const Actor &actor, const QString &action, const QString &outcome, const QString &details)
{
    AuditLog(m_db).record(actor, action, outcome, details);
}
