#pragma once

#include "core/Status.h"
#include "pki/VerifiedSigner.h"

#include <QByteArray>
#include <QDateTime>

#include <openssl/types.h>

#include <memory>

// Verifies the Mdm-Signature header of Apple MDM requests: base64 of a detached CMS SignedData over
// the exact body, by one signer whose certificate (carried in the message) chains to one of the
// trusted CAs. SHA-1 and SHA-256 digests are accepted (older iOS signs with SHA-1). The trust store
// is built once; verify() is const and safe to call from several threads at once.
class CmsVerifier
{
public:
    static constexpr qsizetype MaxSignatureBytes = 64 * 1024;

    static Status create(const QByteArray &trustedCaPem, CmsVerifier &out);
    // The moment certificates must be valid at; default now. Gives this object its own trust store
    // (copies made earlier keep theirs); call before sharing the verifier between threads.
    Status setVerificationTime(const QDateTime &time);

    // InvalidInput for unreadable input, AuthenticationFailed for a signature or certificate that
    // does not verify; `out` is set only on success.
    Status verifyDetached(const QByteArray &signatureBase64, const QByteArray &body, VerifiedSigner &out) const;

private:
    static Status buildStore(const QByteArray &trustedCaPem, const QDateTime &time, std::shared_ptr<X509_STORE> &out);

    QByteArray m_trustedCaPem;
    std::shared_ptr<X509_STORE> m_store;
};
