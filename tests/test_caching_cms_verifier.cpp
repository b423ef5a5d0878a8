#include "pki/CachingCmsVerifier.h"
#include "pki/CertificateAuthority.h"
#include "pki/CmsVerifier.h"

#include <QCryptographicHash>
#include <QTest>

#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

// The endpoint's cached Mdm-Signature verification must accept and refuse exactly what
// CmsVerifier accepts and refuses, whether the certificate is already known or not.
namespace {

struct Device {
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    QByteArray der;
    ~Device()
    {
        EVP_PKEY_free(key);
        X509_free(certificate);
    }
};

QByteArray csr(EVP_PKEY *key)
{
    X509_REQ *req = X509_REQ_new();
    X509_NAME_add_entry_by_txt(X509_REQ_get_subject_name(req), "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("device"), -1, -1, 0);
    X509_REQ_set_pubkey(req, key);
    X509_REQ_sign(req, key, EVP_sha256());
    unsigned char *der = nullptr;
    const int len = i2d_X509_REQ(req, &der);
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    X509_REQ_free(req);
    return out;
}

bool makeDevice(const CertificateAuthority &ca, Device &d)
{
    d.key = EVP_EC_gen("P-256");
    if (!ca.issueClientCertificate(csr(d.key), 30, d.der))
        return false;
    const unsigned char *p = reinterpret_cast<const unsigned char *>(d.der.constData());
    d.certificate = d2i_X509(nullptr, &p, long(d.der.size()));
    return d.certificate;
}

QByteArray sign(const Device &d, const QByteArray &body)
{
    BIO *in = BIO_new_mem_buf(body.constData(), int(body.size()));
    CMS_ContentInfo *cms = CMS_sign(d.certificate, d.key, nullptr, in, CMS_DETACHED | CMS_BINARY);
    unsigned char *der = nullptr;
    const int len = i2d_CMS_ContentInfo(cms, &der);
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    CMS_ContentInfo_free(cms);
    BIO_free(in);
    return out;
}

QByteArray tlv(quint8 tag, const QByteArray &content)
{
    QByteArray out(1, char(tag));
    if (content.size() < 0x80) {
        out.append(char(content.size()));
    } else {
        QByteArray len;
        for (qsizetype v = content.size(); v > 0; v >>= 8)
            len.prepend(char(v & 0xff));
        out.append(char(0x80 | len.size()));
        out.append(len);
    }
    return out + content;
}

// Reads one TLV's header size and content length (DER, definite lengths).
void header(const QByteArray &d, qsizetype pos, qsizetype &h, qsizetype &len)
{
    const quint8 first = quint8(d[pos + 1]);
    if (first < 0x80) {
        h = 2;
        len = first;
        return;
    }
    h = 2 + (first & 0x7f);
    len = 0;
    for (int i = 0; i < (first & 0x7f); ++i)
        len = (len << 8) | quint8(d[pos + 2 + i]);
}

// A CMS whose certificates field is replaced by `certificateDer` (its signer info unchanged).
QByteArray withCertificate(const QByteArray &signedDer, const QByteArray &certificateDer)
{
    QByteArray stripped;
    QList<QByteArray> certs;
    if (!CachingCmsVerifier::stripCertificates(signedDer, stripped, certs))
        return {};
    qsizetype h = 0, len = 0, pos = 0;
    header(stripped, pos, h, len);      // ContentInfo
    pos += h;
    header(stripped, pos, h, len);      // OID
    const QByteArray oid = stripped.mid(pos, h + len);
    pos += h + len;
    header(stripped, pos, h, len);      // [0]
    pos += h;
    header(stripped, pos, h, len);      // SignedData
    pos += h;
    QByteArrayList children;
    while (pos < stripped.size()) {
        header(stripped, pos, h, len);
        children << stripped.mid(pos, h + len);
        pos += h + len;
    }
    children.insert(children.size() - 1, tlv(0xa0, certificateDer));
    return tlv(0x30, oid + tlv(0xa0, tlv(0x30, children.join())));
}

} // namespace

class TestCachingCmsVerifier : public QObject
{
    Q_OBJECT

    CertificateAuthority m_ca;
    CertificateAuthority m_otherCa;
    CmsVerifier m_full;

private slots:
    void initTestCase()
    {
        QVERIFY(CertificateAuthority::create(QStringLiteral("CA"), {}, KeyAlgorithm::Rsa2048, 30, m_ca).ok());
        QVERIFY(CertificateAuthority::create(QStringLiteral("Other"), {}, KeyAlgorithm::Rsa2048, 30, m_otherCa).ok());
        QVERIFY(CmsVerifier::create(m_ca.certificatePem(), m_full).ok());
    }

    void strippingKeepsTheRestOfTheStructure()
    {
        Device d;
        QVERIFY(makeDevice(m_ca, d));
        const QByteArray signature = sign(d, "body");
        QByteArray stripped;
        QList<QByteArray> certs;
        QVERIFY(CachingCmsVerifier::stripCertificates(signature, stripped, certs));
        QCOMPARE(certs, QList<QByteArray>{d.der});
        QCOMPARE(stripped.size(), signature.size() - d.der.size() - 4);
        QCOMPARE(withCertificate(signature, d.der), signature); // rebuilt byte for byte
        QVERIFY(!CachingCmsVerifier::stripCertificates(signature.left(100), stripped, certs));
    }

    void verifiesOnceInFullThenFromTheCache()
    {
        CachingCmsVerifier verifier(m_full);
        Device d;
        QVERIFY(makeDevice(m_ca, d));
        const QByteArray body = "<plist>Idle</plist>";
        const QByteArray sha = QCryptographicHash::hash(d.der, QCryptographicHash::Sha256);
        for (int i = 0; i < 3; ++i) {
            VerifiedSigner signer;
            const Status s = verifier.verifyDetached(sign(d, body).toBase64(), body, signer);
            QVERIFY2(s.ok(), qPrintable(s.message()));
            QCOMPARE(signer.sha256, sha);
            QCOMPARE(signer.certificateDer, d.der);
        }
        QCOMPARE(verifier.misses(), quint64(1));
        QCOMPARE(verifier.hits(), quint64(2));
    }

    void refusesWhatTheFullVerifierRefuses()
    {
        CachingCmsVerifier verifier(m_full);
        Device d, other, stranger;
        QVERIFY(makeDevice(m_ca, d));
        QVERIFY(makeDevice(m_ca, other));
        QVERIFY(makeDevice(m_otherCa, stranger));
        const QByteArray body = "<plist>Idle</plist>";
        VerifiedSigner signer;
        QVERIFY(verifier.verifyDetached(sign(d, body).toBase64(), body, signer).ok()); // now cached

        // A changed body, with the cached certificate.
        Status s = verifier.verifyDetached(sign(d, body).toBase64(), body + ' ', signer);
        QCOMPARE(s.code(), ErrorCode::AuthenticationFailed);
        QVERIFY(verifier.hits() >= 1);
        // Another device's signature carrying the cached certificate: its signer is not that one.
        s = verifier.verifyDetached(withCertificate(sign(other, body), d.der).toBase64(), body, signer);
        QVERIFY(!s.ok());
        // A certificate from another CA: refused in full, and never remembered.
        for (int i = 0; i < 2; ++i) {
            s = verifier.verifyDetached(sign(stranger, body).toBase64(), body, signer);
            QCOMPARE(s.code(), ErrorCode::AuthenticationFailed);
        }
        // Not base64, not CMS.
        QCOMPARE(verifier.verifyDetached("***", body, signer).code(), ErrorCode::InvalidInput);
        QCOMPARE(verifier.verifyDetached(QByteArray("hello").toBase64(), body, signer).code(), ErrorCode::InvalidInput);
    }

    void aZeroTtlAlwaysVerifiesInFull()
    {
        CachingCmsVerifier verifier(m_full, 0);
        Device d;
        QVERIFY(makeDevice(m_ca, d));
        VerifiedSigner signer;
        for (int i = 0; i < 2; ++i)
            QVERIFY(verifier.verifyDetached(sign(d, "x").toBase64(), "x", signer).ok());
        QCOMPARE(verifier.hits(), quint64(0));
        QCOMPARE(verifier.misses(), quint64(2));
    }
};

QTEST_GUILESS_MAIN(TestCachingCmsVerifier)
#include "test_caching_cms_verifier.moc"
