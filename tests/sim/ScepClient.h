#pragma once

#include <QByteArray>
#include <QString>

#include <openssl/types.h>

#include <memory>

class DeviceTransport;

// A SCEP client (RFC 8894) written against the RFC, independently of the console's server code:
// GetCACert, then a PKCSReq — PKCS#10 with the challengePassword, enveloped (AES-128-CBC unless
// setCipher() says otherwise) to the CA,
// signed with a self-signed certificate for the same key with messageType, transactionID and
// senderNonce — by POST or GET; the CertRep's signature is checked against the CA and its envelope
// decrypted with the device key.
class ScepClient
{
public:
    struct Result {
        int httpStatus = 0;
        int pkiStatus = -1; // 0 SUCCESS, 2 FAILURE, 3 PENDING
        int failInfo = -1;
        QByteArray certificateDer;
        QString error; // why the exchange itself failed
        bool recipientNonceMatches = false;
        bool transactionIdMatches = false;
    };

    // The envelope's content-encryption algorithm. Des is what Go's scepclient sends; Camellia128 is
    // a cipher OpenSSL knows but RFC 8894 does not name; UnknownOid is AES-128-CBC relabelled with an
    // OID no one knows (2.16.840.1.101.3.4.1.127).
    enum class Cipher { Aes128, Aes256, Des3, Des, Camellia128, UnknownOid };

    ScepClient(DeviceTransport &transport, const QByteArray &path) : m_transport(transport), m_path(path) {}

    void setCipher(Cipher cipher) { m_cipher = cipher; }

    QByteArray getCaCertificate();
    QByteArray getCaCaps();
    Result enroll(EVP_PKEY *key, const QString &commonName, const QByteArray &challenge, const QByteArray &caDer,
                  bool useGet = false);
    // The raw PKIOperation message enroll() would send (for tests that replay or tamper with it).
    // `signerKey`/`signerCertDer` set: a RenewalReq signed by an existing identity instead of a
    // PKCSReq signed with a self-signed certificate for `key`.
    static QByteArray pkiMessage(EVP_PKEY *key, const QString &commonName, const QByteArray &challenge,
                                 const QByteArray &caDer, const QByteArray &transactionId, const QByteArray &senderNonce,
                                 EVP_PKEY *signerKey = nullptr, const QByteArray &signerCertDer = {},
                                 Cipher cipher = Cipher::Aes128);
    Result send(const QByteArray &message, EVP_PKEY *key, const QByteArray &caDer, const QByteArray &transactionId,
                const QByteArray &senderNonce, bool useGet = false);

private:
    DeviceTransport &m_transport;
    QByteArray m_path;
    Cipher m_cipher = Cipher::Aes128;
};
