#pragma once

#include "core/Status.h"
#include "pki/CmsVerifier.h"

#include <QByteArray>
#include <QHash>
#include <QReadWriteLock>

#include <atomic>
#include <memory>

// CmsVerifier for the hot path of the endpoint (every Apple check-in carries an Mdm-Signature).
// With OpenSSL 3.0, decoding the signer certificate that each message carries costs most of a
// verification (its public key goes through the provider decoders: ~0.5 ms, 20x the RSA check
// itself). Devices sign every message with the same identity certificate, so:
//  - the first message of a certificate is verified in full by CmsVerifier (signature, chain to the
//    CA, purpose, validity); that certificate is then remembered, decoded, by the SHA-256 of its DER;
//  - later messages that carry exactly that certificate are verified with the certificates field
//    cut out of the CMS before decoding (DER surgery, no decoding), against the remembered
//    certificate: the signature over the exact body is checked every time; the chain is re-checked
//    when the entry is older than the TTL; certificate validity dates are checked every time.
// Anything unusual (BER, several certificates, no certificate) takes the full path. Thread-safe:
// one instance serves every worker thread.
class CachingCmsVerifier
{
public:
    static constexpr int DefaultTtlSeconds = 15 * 60;
    static constexpr int DefaultMaxEntries = 100000;

    explicit CachingCmsVerifier(const CmsVerifier &full, int ttlSeconds = DefaultTtlSeconds,
                                int maxEntries = DefaultMaxEntries);
    ~CachingCmsVerifier();
    CachingCmsVerifier(const CachingCmsVerifier &) = delete;
    CachingCmsVerifier &operator=(const CachingCmsVerifier &) = delete;

    // Same contract as CmsVerifier::verifyDetached.
    Status verifyDetached(const QByteArray &signatureBase64, const QByteArray &body, VerifiedSigner &out) const;

    quint64 hits() const { return m_hits.load(std::memory_order_relaxed); }
    quint64 misses() const { return m_misses.load(std::memory_order_relaxed); }

    // Internal, exposed for tests: splits a DER ContentInfo(SignedData) into the same structure
    // without its certificates field and the DER of each certificate; false when it is not plain DER.
    static bool stripCertificates(const QByteArray &der, QByteArray &stripped, QList<QByteArray> &certificates);

private:
    struct Entry;
    Status verifyWithEntry(const QByteArray &stripped, const QByteArray &body, const Entry &entry) const;
    void remember(const QByteArray &sha256, const QByteArray &certificateDer, const VerifiedSigner &signer) const;

    CmsVerifier m_full;
    const int m_ttlSeconds;
    const int m_maxEntries;
    mutable QReadWriteLock m_lock;
    mutable QHash<QByteArray, std::shared_ptr<const Entry>> m_cache;
    mutable std::atomic<quint64> m_hits{0};
    mutable std::atomic<quint64> m_misses{0};
};
