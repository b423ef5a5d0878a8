#pragma once

#include "apple/AppleIdentityCache.h"
#include "apple/LastSeenRecorder.h"
#include "core/Status.h"
#include "pki/CertificateAuthority.h"
#include "pki/CmsSigner.h"
#include "pki/CachingCmsVerifier.h"
#include "pki/CmsVerifier.h"

#include <QString>

#include <functional>
#include <memory>

class RefusalAggregator;

// What every Apple MDM handler shares, built once when the endpoint starts: the CA (SCEP issuance,
// trust anchor of Mdm-Signature), a verifier with a prebuilt X509_STORE, the profile signer, the
// public URLs and APNs topic written into profiles, the data key that seals UnlockTokens, the
// identity cache and the last_seen recorder. Immutable apart from the two thread-safe caches.
class AppleMdmRuntime
{
public:
    struct Options {
        QString publicBaseUrl;  // https://host:port, no trailing slash
        QString topic;          // APNs topic (the push certificate's subject UID)
        QByteArray fieldKey;    // FieldCipher key for UnlockTokens
        QString organization;   // shown in profiles
        int identityValidityDays = CertificateAuthority::DefaultClientValidityDays;
        qint64 enrollmentValiditySeconds = 7 * 24 * 3600;
        qsizetype maxCheckInBytes = 256 * 1024;   // Authenticate/TokenUpdate are a few KB
        qsizetype maxCommandBytes = 8 * 1024 * 1024; // InstalledApplicationList on a full device
        // The endpoint's (EndpointServer::refusals); none: each refusal is audited at once.
        std::shared_ptr<RefusalAggregator> refusals;
    };
    using Clock = std::function<qint64()>; // epoch seconds

    static Status create(const CertificateAuthority &ca, const Options &options, std::unique_ptr<AppleMdmRuntime> &out);

    const CertificateAuthority &ca() const { return m_ca; }
    const CmsVerifier &verifier() const { return m_verifier; }
    // What checks Mdm-Signature on every request: the full check the first time a device
    // certificate is seen, then the signature alone (certificate decoding dominated the Idle path).
    const CachingCmsVerifier &signatureVerifier() const { return *m_signatureVerifier; }
    // The Mdm-Signature check the handlers call: signatureVerifier(), unless a test replaced it.
    using SignatureCheck = std::function<Status(const QByteArray &signatureBase64, const QByteArray &body, VerifiedSigner &out)>;
    Status verifySignature(const QByteArray &signatureBase64, const QByteArray &body, VerifiedSigner &out) const
    {
        return m_signatureCheck ? m_signatureCheck(signatureBase64, body, out)
                                : m_signatureVerifier->verifyDetached(signatureBase64, body, out);
    }
    // Test seam for the fuzzing harnesses (tests/fuzz): they feed the handlers bodies no device signed
    // and name the signer themselves. Nothing in the console or the command line calls it.
    void setSignatureCheckForTesting(SignatureCheck check) { m_signatureCheck = std::move(check); }
    const CmsSigner &profileSigner() const { return m_signer; }
    const Options &options() const { return m_options; }
    QString topic() const { return m_options.topic; }
    QString url(const char *path) const { return m_options.publicBaseUrl + QLatin1String(path); }
    QString enrollmentUrl(const QString &token) const;

    AppleIdentityCache &identities() { return m_identities; }
    LastSeenRecorder &lastSeen() { return m_lastSeen; }

    qint64 now() const { return m_clock(); }
    void setClock(Clock clock) { m_clock = std::move(clock); } // tests; before the handlers run

private:
    AppleMdmRuntime() = default;

    CertificateAuthority m_ca;
    CmsVerifier m_verifier;
    std::unique_ptr<CachingCmsVerifier> m_signatureVerifier;
    CmsSigner m_signer;
    Options m_options;
    AppleIdentityCache m_identities;
    LastSeenRecorder m_lastSeen;
    Clock m_clock;
    SignatureCheck m_signatureCheck;
};
