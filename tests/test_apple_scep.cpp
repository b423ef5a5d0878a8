// The SCEP server (RFC 8894) with the enrollment's one-time challenge: our own independent client
// (tests/sim/ScepClient), and the Go scepclient from Debian's `scep` package when it is installed.

#include "AppleMdmFixture.h"
#include "GoScepClient.h"
#include "LoopbackHttpBridge.h"

#include "audit/AuditLog.h"
#include "pki/CertificateInfo.h"
#include "pki/ScepCertRep.h"
#include "pki/ScepRequest.h"

#include <QTemporaryDir>
#include <QtTest>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

std::shared_ptr<EVP_PKEY> newKey()
{
    return std::shared_ptr<EVP_PKEY>(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048}), EVP_PKEY_free);
}

bool hasClientAuth(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *cert = d2i_X509(nullptr, &p, long(der.size()));
    const bool ok = cert && (X509_get_extended_key_usage(cert) & XKU_SSL_CLIENT) && !(X509_get_extension_flags(cert) & EXFLAG_CA);
    X509_free(cert);
    return ok;
}

// A signed attribute of the reply's only signer, read with OpenSSL alone (not the console's code).
QByteArray signedAttribute(CMS_ContentInfo *cms, const char *oid)
{
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms), 0);
    ASN1_OBJECT *obj = OBJ_txt2obj(oid, 1);
    const int index = CMS_signed_get_attr_by_OBJ(si, obj, -1);
    ASN1_OBJECT_free(obj);
    X509_ATTRIBUTE *a = index >= 0 ? CMS_signed_get_attr(si, index) : nullptr;
    ASN1_TYPE *t = a ? X509_ATTRIBUTE_get0_type(a, 0) : nullptr;
    if (!t || (t->type != V_ASN1_PRINTABLESTRING && t->type != V_ASN1_OCTET_STRING))
        return {};
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(t->value.asn1_string)),
                      ASN1_STRING_length(t->value.asn1_string));
}

struct RefusalCheck {
    AppleMdmFixture &f;
    // The request was answered with FAILURE `failInfo`, audited as scep.refused with `reason`, and
    // changed nothing else.
    void operator()(const ScepClient::Result &r, int failInfo, const QString &reason, const QMap<QString, int> &before,
                    const QByteArray &challenge)
    {
        QCOMPARE(r.httpStatus, 200);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.pkiStatus, 2);
        QCOMPARE(r.failInfo, failInfo);
        QVERIFY(r.recipientNonceMatches);
        QVERIFY(r.transactionIdMatches);
        QVERIFY(r.certificateDer.isEmpty());
        QMap<QString, int> after = f.snapshot();
        QCOMPARE(after.value(QStringLiteral("audit_events")), before.value(QStringLiteral("audit_events")) + 1);
        after.insert(QStringLiteral("audit_events"), before.value(QStringLiteral("audit_events")));
        QCOMPARE(after, before);
        const std::optional<AuditEvent> audit = AuditLog(f.db()).latest();
        QCOMPARE(audit->action, QStringLiteral("scep.refused"));
        QVERIFY2(audit->details.contains(reason), qPrintable(audit->details));
        if (!challenge.isEmpty())
            QVERIFY(!audit->details.contains(QString::fromLatin1(challenge)));
    }
};

} // namespace

class TestAppleScep : public QObject
{
    Q_OBJECT

private slots:
    void capabilitiesAndCaCertificate()
    {
        AppleMdmFixture f;
        ScepClient client(f.transport, "/scep");
        const QList<QByteArray> caps = client.getCaCaps().split('\n');
        for (const char *cap : {"POSTPKIOperation", "SHA-256", "AES", "SCEPStandard", "Renewal"})
            QVERIFY2(caps.contains(cap), cap);
        QVERIFY(!caps.contains("DES3"));
        QCOMPARE(client.getCaCertificate(), f.ca.certificateDer());
        HttpRequest r;
        r.method = "GET";
        r.path = "/scep";
        r.rawQuery = "operation=GetCACert";
        QCOMPARE(f.scep->handle(r, f.context).contentType, QByteArray("application/x-x509-ca-cert"));
        r.rawQuery = "operation=Nonsense";
        QCOMPARE(f.scep->handle(r, f.context).status, 400);
    }

    void issuesAClientIdentityByPostAndByGet_data()
    {
        QTest::addColumn<bool>("useGet");
        QTest::newRow("POST") << false;
        QTest::newRow("GET") << true;
    }

    void issuesAClientIdentityByPostAndByGet()
    {
        QFETCH(bool, useGet);
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(1));
        QVERIFY(ipad.fetchProfile(f.createLink()).isEmpty());
        QCOMPARE(f.rows(QStringLiteral("apple_scep_challenges")), 1);
        // Only the hash of the challenge is stored.
        QVERIFY(!f.scalar(QStringLiteral("SELECT challenge_hash FROM apple_scep_challenges")).contains(QString::fromLatin1(ipad.challenge())));
        const ScepClient::Result result = ipad.runScep(useGet);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.pkiStatus, 0);
        QVERIFY(result.recipientNonceMatches);
        QVERIFY(result.transactionIdMatches);
        QVERIFY(hasClientAuth(result.certificateDer));
        CertificateInfo info;
        QVERIFY(CertificateInfo::fromBytes(result.certificateDer, info).ok());
        CertificateInfo caInfo;
        QVERIFY(CertificateInfo::fromBytes(f.ca.certificateDer(), caInfo).ok());
        QCOMPARE(info.issuer(), caInfo.subject());
        QVERIFY(info.commonName().startsWith(QLatin1String("ClinicMDM device")));
        QCOMPARE(f.scalar(QStringLiteral("SELECT cert_sha256 FROM apple_identities")), QString::fromLatin1(info.sha256().toHex()));
        QCOMPARE(f.scalar(QStringLiteral("SELECT state FROM apple_identities")), QStringLiteral("issued"));
        QVERIFY(!f.scalar(QStringLiteral("SELECT used_at FROM apple_scep_challenges")).isEmpty());
    }

    void wrongReusedAndExpiredChallengesAreRefused()
    {
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(2));
        QVERIFY(ipad.fetchProfile(f.createLink()).isEmpty());
        QCOMPARE(ipad.runScep().pkiStatus, 0);
        ScepClient client(f.transport, "/scep");
        auto refused = [&](const QByteArray &challenge, const char *what) {
            const QMap<QString, int> before = f.snapshot();
            const ScepClient::Result r = client.enroll(newKey().get(), QStringLiteral("intruder"), challenge, f.ca.certificateDer());
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QVERIFY2(r.pkiStatus == 2, what);
            QCOMPARE(r.failInfo, 2); // badRequest
            QVERIFY(r.certificateDer.isEmpty());
            QVERIFY(r.recipientNonceMatches);
            QMap<QString, int> after = f.snapshot();
            QCOMPARE(after.value(QStringLiteral("audit_events")), before.value(QStringLiteral("audit_events")) + 1);
            after.insert(QStringLiteral("audit_events"), before.value(QStringLiteral("audit_events")));
            QVERIFY2(after == before, what);
            QCOMPARE(AuditLog(f.db()).latest()->action, QStringLiteral("scep.refused"));
            if (!challenge.isEmpty())
                QVERIFY(!AuditLog(f.db()).latest()->details.contains(QString::fromLatin1(challenge)));
        };
        refused(ipad.challenge(), "replayed challenge");
        refused("not-the-challenge", "wrong challenge");
        refused(QByteArray(), "no challenge");
        // A fresh challenge whose link has expired in the meantime.
        AppleDeviceSimulator late(f.transport, AppleMdmFixture::identity(3));
        QVERIFY(late.fetchProfile(f.createLink()).isEmpty());
        f.runtime->setClock([] { return QDateTime::currentSecsSinceEpoch() + EnrollmentService::DefaultValiditySeconds + 60; });
        refused(late.challenge(), "expired enrollment");
    }

    void everyEnvelopeCipherEnrollsInAnyOrder()
    {
        // Issue 18: DES (what Go's scepclient sends) next to 3DES and AES, one after the other.
        using C = ScepClient::Cipher;
        const QList<C> order{C::Des, C::Aes128, C::Des, C::Des, C::Des3, C::Aes256, C::Des, C::Des3, C::Des, C::Aes128};
        AppleMdmFixture f;
        for (int i = 0; i < order.size(); ++i) {
            AppleDeviceSimulator device(f.transport, AppleMdmFixture::identity(100 + i));
            QVERIFY(device.fetchProfile(f.createLink()).isEmpty());
            ScepClient client(f.transport, "/scep");
            client.setCipher(order[i]);
            const ScepClient::Result r = client.enroll(device.key(), QStringLiteral("device %1").arg(i), device.challenge(),
                                                       f.ca.certificateDer(), i % 2 == 1);
            QVERIFY2(r.error.isEmpty(), qPrintable(QStringLiteral("request %1: %2").arg(i).arg(r.error)));
            QCOMPARE(r.pkiStatus, 0);
            QVERIFY(hasClientAuth(r.certificateDer));
        }
        QCOMPARE(f.rows(QStringLiteral("apple_identities")), int(order.size()));
    }

    void unsupportedCiphersGetBadAlg_data()
    {
        QTest::addColumn<int>("cipher");
        QTest::addColumn<QString>("oid");
        QTest::newRow("unknown OID") << int(ScepClient::Cipher::UnknownOid) << QStringLiteral("2.16.840.1.101.3.4.1.127");
        QTest::newRow("Camellia") << int(ScepClient::Cipher::Camellia128) << QStringLiteral("1.2.392.200011.61.1.1.1.2");
    }

    void unsupportedCiphersGetBadAlg()
    {
        QFETCH(int, cipher);
        QFETCH(QString, oid);
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(8));
        QVERIFY(ipad.fetchProfile(f.createLink()).isEmpty());
        ScepClient client(f.transport, "/scep");
        client.setCipher(ScepClient::Cipher(cipher));
        const QMap<QString, int> before = f.snapshot();
        const ScepClient::Result r = client.enroll(ipad.key(), QStringLiteral("x"), ipad.challenge(), f.ca.certificateDer());
        RefusalCheck{f}(r, 0 /* badAlg */, QStringLiteral("reason=unsupported-cipher oid=") + oid, before, ipad.challenge());
        if (QTest::currentTestFailed())
            return;
        // The challenge was not consumed: the same device with AES then enrolls.
        client.setCipher(ScepClient::Cipher::Aes128);
        QCOMPARE(client.enroll(ipad.key(), QStringLiteral("x"), ipad.challenge(), f.ca.certificateDer()).pkiStatus, 0);
    }

    void badSignatureGetsBadMessageCheckGarbageGets400()
    {
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(4));
        QVERIFY(ipad.fetchProfile(f.createLink()).isEmpty());
        QByteArray message = ScepClient::pkiMessage(ipad.key(), QStringLiteral("x"), ipad.challenge(), f.ca.certificateDer(),
                                                    "T1", QByteArray(16, 'n'));
        message[message.size() - 10] = char(message[message.size() - 10] ^ 0x55); // inside the signature
        ScepClient client(f.transport, "/scep");
        QMap<QString, int> before = f.snapshot();
        // (scepclient's signature by another key than its certificate's is in realScepClientEnrolls.)
        RefusalCheck{f}(client.send(message, ipad.key(), f.ca.certificateDer(), "T1", QByteArray(16, 'n')), 1 /* badMessageCheck */,
                        QStringLiteral("reason=signature-invalid transaction=") + QString::fromLatin1(QByteArray("T1").toHex()),
                        before, ipad.challenge());
        // Nothing to answer to: HTTP 400, nothing recorded.
        before = f.snapshot();
        QCOMPARE(client.send("garbage", ipad.key(), f.ca.certificateDer(), "T1", QByteArray(16, 'n')).httpStatus, 400);
        QCOMPARE(f.snapshot(), before);
        // The challenge was not consumed by the refused messages.
        QCOMPARE(ipad.runScep().pkiStatus, 0);
    }

    void failureCertRepReadsBackWithOpenSsl_data()
    {
        QTest::addColumn<int>("failInfo");
        for (int i = int(Scep::FailInfo::BadAlg); i <= int(Scep::FailInfo::BadCertId); ++i)
            QTest::newRow(QByteArray::number(i).constData()) << i;
    }

    void failureCertRepReadsBackWithOpenSsl()
    {
        QFETCH(int, failInfo);
        AppleMdmFixture f;
        const std::shared_ptr<EVP_PKEY> key = newKey();
        const QByteArray nonce = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        ScepRequest request;
        QVERIFY(ScepRequest::parse(ScepClient::pkiMessage(key.get(), QStringLiteral("d"), "c", f.ca.certificateDer(), "TX-42", nonce),
                                   f.ca, request)
                    .ok());
        QByteArray reply;
        QVERIFY(ScepCertRep::failure(f.ca, request, Scep::FailInfo(failInfo), reply).ok());

        const auto *p = reinterpret_cast<const unsigned char *>(reply.constData());
        CMS_ContentInfo *cms = d2i_CMS_ContentInfo(nullptr, &p, long(reply.size()));
        QVERIFY(cms);
        // The signature verifies up to the console CA as the trust anchor (a full chain check).
        const auto *caBytes = reinterpret_cast<const unsigned char *>(f.ca.certificateDer().constData());
        X509 *ca = d2i_X509(nullptr, &caBytes, long(f.ca.certificateDer().size()));
        X509_STORE *store = X509_STORE_new();
        X509_STORE_add_cert(store, ca);
        X509_STORE_set_purpose(store, X509_PURPOSE_ANY);
        BIO *content = BIO_new(BIO_s_mem());
        const bool verified = CMS_verify(cms, nullptr, store, nullptr, content, CMS_BINARY) == 1;
        STACK_OF(X509) *signers = CMS_get0_signers(cms);
        const bool byCa = signers && sk_X509_num(signers) == 1 && X509_cmp(sk_X509_value(signers, 0), ca) == 0;
        sk_X509_free(signers);
        char *data = nullptr;
        const long contentLength = BIO_get_mem_data(content, &data);
        const QByteArray messageType = signedAttribute(cms, "2.16.840.1.113733.1.9.2");
        const QByteArray pkiStatus = signedAttribute(cms, "2.16.840.1.113733.1.9.3");
        const QByteArray fail = signedAttribute(cms, "2.16.840.1.113733.1.9.4");
        const QByteArray senderNonce = signedAttribute(cms, "2.16.840.1.113733.1.9.5");
        const QByteArray recipientNonce = signedAttribute(cms, "2.16.840.1.113733.1.9.6");
        const QByteArray transactionId = signedAttribute(cms, "2.16.840.1.113733.1.9.7");
        BIO_free(content);
        X509_STORE_free(store);
        X509_free(ca);
        CMS_ContentInfo_free(cms);
        ERR_clear_error();
        QVERIFY(verified);
        QVERIFY(byCa);
        QCOMPARE(contentLength, 0L); // no pkcsPKIEnvelope on FAILURE
        QCOMPARE(messageType, QByteArray("3"));
        QCOMPARE(pkiStatus, QByteArray("2"));
        QCOMPARE(fail, QByteArray::number(failInfo));
        QCOMPARE(recipientNonce, nonce);
        QCOMPARE(transactionId, QByteArray("TX-42"));
        QCOMPARE(senderNonce.size(), 16);
        QVERIFY(senderNonce != nonce);
    }

    void renewalNeedsABoundIdentity()
    {
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(6));
        QVERIFY(ipad.enroll(f.createLink()).isEmpty());
        ScepClient client(f.transport, "/scep");
        const std::shared_ptr<EVP_PKEY> next = newKey();
        const QByteArray nonce(16, 'r');
        const QByteArray renewal = ScepClient::pkiMessage(next.get(), QStringLiteral("renewed"), QByteArray(), f.ca.certificateDer(), "R1",
                                                          nonce, ipad.key(), ipad.identityCertificateDer());
        // The reply is enveloped to the signer (the old identity): decrypt with the old key.
        const ScepClient::Result r = client.send(renewal, ipad.key(), f.ca.certificateDer(), "R1", nonce);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.pkiStatus, 0);
        QVERIFY(hasClientAuth(r.certificateDer));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM apple_identities WHERE state = 'bound'")), QStringLiteral("2"));
        // An identity that never authenticated cannot renew.
        AppleDeviceSimulator stranger(f.transport, AppleMdmFixture::identity(7));
        QVERIFY(stranger.fetchProfile(f.createLink()).isEmpty());
        QCOMPARE(stranger.runScep().pkiStatus, 0);
        const QByteArray refused = ScepClient::pkiMessage(next.get(), QStringLiteral("x"), QByteArray(), f.ca.certificateDer(), "R2", nonce,
                                                          stranger.key(), stranger.identityCertificateDer());
        const ScepClient::Result no = client.send(refused, stranger.key(), f.ca.certificateDer(), "R2", nonce);
        QCOMPARE(no.pkiStatus, 2);
        QCOMPARE(f.rows(QStringLiteral("apple_identities")), 3);
    }

    void realScepClientEnrolls()
    {
        CLINICMDM_REQUIRE_SCEPCLIENT();
        AppleMdmFixture f;
        LoopbackHttpBridge bridge(f.transport);
        QVERIFY(bridge.listen());
        const QString url = QStringLiteral("http://127.0.0.1:%1/scep").arg(bridge.port());
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(5));
        QVERIFY(ipad.fetchProfile(f.createLink()).isEmpty());
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first"));
        const GoScepClient::Result issued = GoScepClient::run(url, ipad.challenge(), first, QStringLiteral("go-device"));
        QVERIFY2(issued.ok(), issued.output.constData());
        QFile pem(first + QStringLiteral("/device.pem"));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        CertificateInfo info;
        QVERIFY(CertificateInfo::fromBytes(pem.readAll(), info).ok());
        QCOMPARE(info.commonName(), QStringLiteral("go-device"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT cert_sha256 FROM apple_identities")), QString::fromLatin1(info.sha256().toHex()));

        // The same challenge again from another device: a FAILURE CertRep that scepclient reports
        // with its failInfo (not an HTTP error), nothing issued.
        const GoScepClient::Result replay = GoScepClient::run(url, ipad.challenge(), dir.filePath(QStringLiteral("replay")),
                                                              QStringLiteral("go-replay"));
        QVERIFY(!replay.ok());
        QVERIFY2(replay.output.contains("failInfo: badRequest"), replay.output.constData());
        QCOMPARE(f.rows(QStringLiteral("apple_identities")), 1);
        QVERIFY(AuditLog(f.db()).latest()->details.contains(QLatin1String("reason=challenge-unknown-used-or-expired")));

        // Issue 18's reproduction: a second device's fresh key in the first one's directory. scepclient
        // then reuses the first run's csr.pem (the first key and challenge) next to the new key:
        // badMessageCheck (the signer is not the requested key), reported as such, where the old code
        // said HTTP 400; the second link's challenge stays unused.
        AppleDeviceSimulator second(f.transport, AppleMdmFixture::identity(9));
        QVERIFY(second.fetchProfile(f.createLink()).isEmpty());
        const GoScepClient::Result stale = GoScepClient::run(url, second.challenge(), first, QStringLiteral("go-second"), {},
                                                             QStringLiteral("second"));
        QVERIFY(!stale.ok());
        QVERIFY2(stale.output.contains("failInfo: badMessageCheck"), stale.output.constData());
        const QString staleDetails = AuditLog(f.db()).latest()->details;
        QVERIFY2(staleDetails.contains(QLatin1String("reason=signer-is-not-the-requested-key"))
                     || staleDetails.contains(QLatin1String("reason=signature-invalid")),
                 qPrintable(staleDetails));
        const GoScepClient::Result own = GoScepClient::run(url, second.challenge(), dir.filePath(QStringLiteral("second")),
                                                           QStringLiteral("go-second"));
        QVERIFY2(own.ok(), own.output.constData());
        QCOMPARE(f.rows(QStringLiteral("apple_identities")), 2);
        QVERIFY(bridge.requestCount() >= 8);
    }
};

QTEST_MAIN(TestAppleScep)
#include "test_apple_scep.moc"
