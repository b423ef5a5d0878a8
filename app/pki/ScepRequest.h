#pragma once

#include "core/Status.h"
#include "pki/ScepTypes.h"

#include <QByteArray>
#include <QString>

class CertificateAuthority;

// One SCEP pkiMessage from a client (RFC 8894 section 3): a CMS SignedData, signed by the requester
// (its self-signed certificate for PKCSReq, its current certificate for RenewalReq), whose content is
// an EnvelopedData for the CA holding the PKCS#10 request. parse() checks the signature over the
// signed attributes, decrypts the envelope with the CA key and reads the request's challengePassword.
class ScepRequest
{
public:
    static constexpr qsizetype MaxMessageBytes = 64 * 1024;

    // InvalidInput when the message is not a readable, correctly signed SCEP request for this CA.
    // When it failed after the signed attributes and the signer's certificate were read,
    // isAnswerable() is true and failInfo()/refusalReason() say what to answer (RFC 8894 3.3.2: a
    // CertRep FAILURE rather than an HTTP error the client cannot interpret).
    static Status parse(const QByteArray &der, const CertificateAuthority &ca, ScepRequest &out);

    bool isAnswerable() const { return !m_transactionId.isEmpty() && m_senderNonce.size() == 16 && !m_signerDer.isEmpty(); }
    Scep::FailInfo failInfo() const { return m_failInfo; }
    // A short token for the audit trail and the log ("signature-invalid", "unsupported-cipher ..."),
    // never anything the client sent in secret.
    QString refusalReason() const { return m_refusal; }

    Scep::MessageType messageType() const { return m_messageType; }
    QByteArray transactionId() const { return m_transactionId; } // PrintableString, as sent
    QByteArray senderNonce() const { return m_senderNonce; }
    QByteArray csrDer() const { return m_csrDer; }
    QByteArray challengePassword() const { return m_challenge; } // empty when the request has none
    QByteArray signerCertificateDer() const { return m_signerDer; }
    // The content-encryption cipher of the request's envelope (the reply uses the same).
    int contentCipherNid() const { return m_cipherNid; }

private:
    Scep::MessageType m_messageType = Scep::MessageType::PKCSReq;
    QByteArray m_transactionId;
    QByteArray m_senderNonce;
    QByteArray m_csrDer;
    QByteArray m_challenge;
    QByteArray m_signerDer;
    int m_cipherNid = 0;
    Scep::FailInfo m_failInfo = Scep::FailInfo::BadRequest;
    QString m_refusal;
};
