#include "ScepClient.h"

#include "DeviceTransport.h"

#include <QUrl>
#include <QUrlQuery>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pkcs7.h>
#include <openssl/provider.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

const char *kMessageType = "2.16.840.1.113733.1.9.2";
const char *kPkiStatus = "2.16.840.1.113733.1.9.3";
const char *kFailInfo = "2.16.840.1.113733.1.9.4";
const char *kSenderNonce = "2.16.840.1.113733.1.9.5";
const char *kRecipientNonce = "2.16.840.1.113733.1.9.6";
const char *kTransactionId = "2.16.840.1.113733.1.9.7";

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? QByteArray(data, int(n)) : QByteArray();
}

BIO *memBio(const QByteArray &bytes)
{
    return BIO_new_mem_buf(bytes.constData(), int(bytes.size()));
}

X509 *readDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return d2i_X509(nullptr, &p, long(der.size()));
}

bool addAttr(CMS_SignerInfo *si, const char *oid, int type, const QByteArray &value)
{
    ASN1_OBJECT *obj = OBJ_txt2obj(oid, 1);
    const bool ok = CMS_signed_add1_attr_by_OBJ(si, obj, type, value.constData(), int(value.size())) == 1;
    ASN1_OBJECT_free(obj);
    return ok;
}

QByteArray attr(CMS_SignerInfo *si, const char *oid)
{
    ASN1_OBJECT *obj = OBJ_txt2obj(oid, 1);
    const int index = CMS_signed_get_attr_by_OBJ(si, obj, -1);
    ASN1_OBJECT_free(obj);
    X509_ATTRIBUTE *a = index >= 0 ? CMS_signed_get_attr(si, index) : nullptr;
    ASN1_TYPE *t = a ? X509_ATTRIBUTE_get0_type(a, 0) : nullptr;
    if (!t)
        return {};
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(t->value.asn1_string)),
                      ASN1_STRING_length(t->value.asn1_string));
}

X509 *selfSigned(EVP_PKEY *key, const QString &cn)
{
    X509 *cert = X509_new();
    X509_set_version(cert, X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_NAME *name = X509_get_subject_name(cert);
    const QByteArray utf8 = cn.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(utf8.constData()), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509_set_pubkey(cert, key);
    X509_sign(cert, key, EVP_sha256());
    return cert;
}

QByteArray csrDer(EVP_PKEY *key, const QString &cn, const QByteArray &challenge)
{
    X509_REQ *req = X509_REQ_new();
    X509_REQ_set_version(req, 0);
    X509_NAME *name = X509_REQ_get_subject_name(req);
    const QByteArray utf8 = cn.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(utf8.constData()), -1, -1, 0);
    X509_REQ_set_pubkey(req, key);
    if (!challenge.isEmpty())
        X509_REQ_add1_attr_by_NID(req, NID_pkcs9_challengePassword, MBSTRING_UTF8,
                                  reinterpret_cast<const unsigned char *>(challenge.constData()), int(challenge.size()));
    X509_REQ_sign(req, key, EVP_sha256());
    unsigned char *der = nullptr;
    const int n = i2d_X509_REQ(req, &der);
    QByteArray out(reinterpret_cast<const char *>(der), n);
    OPENSSL_free(der);
    X509_REQ_free(req);
    return out;
}

// The envelope of `plain` for `recipients` with `cipher`. Single DES is only in OpenSSL's legacy
// provider, loaded into a library context of this client's own.
QByteArray envelope(STACK_OF(X509) *recipients, const QByteArray &plain, ScepClient::Cipher cipher)
{
    static OSSL_LIB_CTX *const legacy = [] {
        OSSL_LIB_CTX *c = OSSL_LIB_CTX_new();
        OSSL_PROVIDER_load(c, "legacy");
        OSSL_PROVIDER_load(c, "default");
        return c;
    }();
    using C = ScepClient::Cipher;
    const char *name = cipher == C::Aes256 ? "AES-256-CBC"
                       : cipher == C::Des3 ? "DES-EDE3-CBC"
                       : cipher == C::Des  ? "DES-CBC"
                       : cipher == C::Camellia128 ? "CAMELLIA-128-CBC"
                                                  : "AES-128-CBC";
    OSSL_LIB_CTX *context = cipher == C::Des ? legacy : nullptr;
    EVP_CIPHER *evp = EVP_CIPHER_fetch(context, name, nullptr);
    BIO *in = memBio(plain);
    CMS_ContentInfo *cms = evp ? CMS_encrypt_ex(recipients, in, evp, CMS_BINARY, context, nullptr) : nullptr;
    BIO *out = BIO_new(BIO_s_mem());
    QByteArray der = cms && i2d_CMS_bio(out, cms) == 1 ? bioBytes(out) : QByteArray();
    BIO_free(out);
    CMS_ContentInfo_free(cms);
    BIO_free(in);
    EVP_CIPHER_free(evp);
    if (cipher == C::UnknownOid) {
        // 2.16.840.1.101.3.4.1.2 (aes-128-cbc) becomes 2.16.840.1.101.3.4.1.127: same length, unknown.
        const QByteArray aes128 = QByteArray::fromHex("0609608648016503040102");
        const qsizetype at = der.indexOf(aes128);
        if (at >= 0)
            der[at + aes128.size() - 1] = char(0x7f);
    }
    return der;
}

} // namespace

QByteArray ScepClient::getCaCertificate()
{
    HttpRequest r;
    r.method = "GET";
    r.path = m_path;
    r.rawQuery = "operation=GetCACert&message=ClinicMDM";
    const HttpResponse response = m_transport.send(r);
    return response.status == 200 ? response.body : QByteArray();
}

QByteArray ScepClient::getCaCaps()
{
    HttpRequest r;
    r.method = "GET";
    r.path = m_path;
    r.rawQuery = "operation=GetCACaps";
    return m_transport.send(r).body;
}

QByteArray ScepClient::pkiMessage(EVP_PKEY *key, const QString &commonName, const QByteArray &challenge,
                                  const QByteArray &caDer, const QByteArray &transactionId, const QByteArray &senderNonce,
                                  EVP_PKEY *signerKey, const QByteArray &signerCertDer, Cipher cipher)
{
    X509 *ca = readDer(caDer);
    const bool renewal = signerKey && !signerCertDer.isEmpty();
    X509 *self = renewal ? readDer(signerCertDer) : selfSigned(key, commonName);
    STACK_OF(X509) *recipients = sk_X509_new_null();
    sk_X509_push(recipients, ca);
    const QByteArray envelopeDer = envelope(recipients, csrDer(key, commonName, challenge), cipher);

    const unsigned flags = CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP;
    CMS_ContentInfo *signedData = CMS_sign(nullptr, nullptr, nullptr, nullptr, flags);
    CMS_SignerInfo *si = CMS_add1_signer(signedData, self, renewal ? signerKey : key, EVP_sha256(), flags);
    addAttr(si, kMessageType, V_ASN1_PRINTABLESTRING, renewal ? "17" : "19");
    addAttr(si, kTransactionId, V_ASN1_PRINTABLESTRING, transactionId);
    addAttr(si, kSenderNonce, V_ASN1_OCTET_STRING, senderNonce);
    BIO *content = memBio(envelopeDer);
    CMS_final(signedData, content, nullptr, CMS_BINARY);
    BIO *out = BIO_new(BIO_s_mem());
    i2d_CMS_bio(out, signedData);
    const QByteArray message = bioBytes(out);

    BIO_free(out);
    BIO_free(content);
    CMS_ContentInfo_free(signedData);
    sk_X509_free(recipients);
    X509_free(self);
    X509_free(ca);
    return message;
}

ScepClient::Result ScepClient::enroll(EVP_PKEY *key, const QString &commonName, const QByteArray &challenge,
                                      const QByteArray &caDer, bool useGet)
{
    QByteArray nonce(16, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(nonce.data()), 16);
    const QByteArray transactionId = nonce.toHex().left(20).toUpper();
    const QByteArray message = pkiMessage(key, commonName, challenge, caDer, transactionId, nonce, nullptr, {}, m_cipher);
    return send(message, key, caDer, transactionId, nonce, useGet);
}

ScepClient::Result ScepClient::send(const QByteArray &message, EVP_PKEY *key, const QByteArray &caDer,
                                    const QByteArray &transactionId, const QByteArray &senderNonce, bool useGet)
{
    Result result;
    HttpRequest r;
    r.path = m_path;
    if (useGet) {
        r.method = "GET";
        r.rawQuery = "operation=PKIOperation&message=" + QUrl::toPercentEncoding(QString::fromLatin1(message.toBase64()));
    } else {
        r.method = "POST";
        r.rawQuery = "operation=PKIOperation";
        r.headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/x-pki-message")));
        r.body = message;
    }
    const HttpResponse response = m_transport.send(r);
    result.httpStatus = response.status;
    if (response.status != 200) {
        result.error = QStringLiteral("HTTP %1").arg(response.status);
        return result;
    }
    BIO *in = memBio(response.body);
    CMS_ContentInfo *rep = d2i_CMS_bio(in, nullptr);
    BIO_free(in);
    if (!rep) {
        result.error = QStringLiteral("CertRep is not CMS");
        return result;
    }
    X509 *ca = readDer(caDer);
    X509_STORE *store = X509_STORE_new();
    X509_STORE_add_cert(store, ca);
    BIO *content = BIO_new(BIO_s_mem());
    // Check that the CA signed the reply (its certificate is the trust anchor).
    const bool verified = CMS_verify(rep, nullptr, store, nullptr, content, CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
    STACK_OF(X509) *signers = verified ? CMS_get0_signers(rep) : nullptr; // a new stack (not its certificates) to free
    const bool signedByCa = sk_X509_num(signers) == 1 && X509_cmp(sk_X509_value(signers, 0), ca) == 0;
    sk_X509_free(signers);
    if (!signedByCa) {
        result.error = QStringLiteral("CertRep signature is not the CA's");
    } else {
        CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(rep), 0);
        result.pkiStatus = attr(si, kPkiStatus).toInt();
        const QByteArray fail = attr(si, kFailInfo);
        result.failInfo = fail.isEmpty() ? -1 : fail.toInt();
        result.recipientNonceMatches = attr(si, kRecipientNonce) == senderNonce;
        result.transactionIdMatches = attr(si, kTransactionId) == transactionId;
        if (attr(si, kMessageType) != "3")
            result.error = QStringLiteral("not a CertRep");
        if (result.pkiStatus == 0) {
            const QByteArray envelopeDer = bioBytes(content);
            BIO *envIn = memBio(envelopeDer);
            CMS_ContentInfo *env = d2i_CMS_bio(envIn, nullptr);
            BIO *plain = BIO_new(BIO_s_mem());
            if (env && CMS_decrypt(env, key, nullptr, nullptr, plain, CMS_BINARY) == 1) {
                const QByteArray degenerate = bioBytes(plain);
                const auto *p = reinterpret_cast<const unsigned char *>(degenerate.constData());
                PKCS7 *p7 = d2i_PKCS7(nullptr, &p, long(degenerate.size()));
                if (p7 && PKCS7_type_is_signed(p7) && sk_X509_num(p7->d.sign->cert) == 1) {
                    unsigned char *der = nullptr;
                    const int n = i2d_X509(sk_X509_value(p7->d.sign->cert, 0), &der);
                    result.certificateDer = QByteArray(reinterpret_cast<const char *>(der), n);
                    OPENSSL_free(der);
                } else {
                    result.error = QStringLiteral("no certificate in the CertRep");
                }
                PKCS7_free(p7);
            } else {
                result.error = QStringLiteral("cannot decrypt the CertRep");
            }
            BIO_free(plain);
            CMS_ContentInfo_free(env);
            BIO_free(envIn);
        }
    }
    ERR_clear_error();
    BIO_free(content);
    X509_STORE_free(store);
    X509_free(ca);
    CMS_ContentInfo_free(rep);
    return result;
}
