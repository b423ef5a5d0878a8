#pragma once

#include "core/Status.h"

#include <QByteArray>

#include <openssl/types.h>

#include <memory>

// Signs a .mobileconfig (or any bytes) as CMS SignedData, DER: content attached, SHA-256, the signer
// certificate and its chain included, so that iOS, `openssl cms -verify` and `openssl smime -verify`
// accept it. Immutable once created; sign() may run on several threads.
class CmsSigner
{
public:
    // `chainPem`: intermediates to include (may be empty). Checks that the key matches.
    static Status create(const QByteArray &certificatePem, const QByteArray &privateKeyPem,
                         const QByteArray &chainPem, CmsSigner &out);

    Status sign(const QByteArray &content, QByteArray &signedDer) const;

private:
    std::shared_ptr<X509> m_certificate;
    std::shared_ptr<EVP_PKEY> m_key;
    std::shared_ptr<struct stack_st_X509> m_chain;
};
