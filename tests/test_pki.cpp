#include "pki/CertificateAuthority.h"
#include "pki/CertificateInfo.h"
#include "pki/CmsSigner.h"
#include "pki/CmsVerifier.h"
#include "pki/TlsIdentityImporter.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// The real openssl command line: what an admin, iOS's peers or a test lab would check with.
Run openssl(const QStringList &args)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral("openssl"), args);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

const QByteArray Profile = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n"
                           "\t<key>PayloadType</key>\n\t<string>Configuration</string>\n</dict>\n</plist>\n";

} // namespace

class TestPki : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CertificateAuthority m_ca;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

    QByteArray read(const QString &name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A device key and CSR made by openssl, certified by `ca`: <name>.key, <name>.pem.
    void makeDevice(const CertificateAuthority &ca, const QString &name)
    {
        const Run req = openssl({"req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", path(name + ".key"),
                                 "-subj", "/O=Clinic/CN=" + name, "-outform", "DER", "-out", path(name + ".csr")});
        QVERIFY2(req.code == 0, req.err.constData());
        QByteArray der;
        const Status s = ca.issueClientCertificate(read(name + ".csr"), 365, der);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        write(name + ".der", der);
        QCOMPARE(openssl({"x509", "-inform", "DER", "-in", path(name + ".der"), "-out", path(name + ".pem")}).code, 0);
    }

    // Base64 of a detached CMS signature over `body` by device `name`, as an iPhone's Mdm-Signature.
    QByteArray signDetached(const QString &name, const QByteArray &body, const QString &digest)
    {
        write(QStringLiteral("body.bin"), body);
        QFile::remove(path(QStringLiteral("sig.der"))); // a failed signing must not reuse the last one
        const Run sign = openssl({"cms", "-sign", "-binary", "-outform", "DER", "-md", digest, "-signer",
                                  path(name + ".pem"), "-inkey", path(name + ".key"), "-in", path("body.bin"),
                                  "-out", path("sig.der")});
        if (sign.code != 0)
            qWarning("openssl cms -sign: %s", sign.err.constData());
        return read(QStringLiteral("sig.der")).toBase64();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (openssl({"version"}).code != 0)
            QFAIL("the openssl command line tool is needed");
        const Status s = CertificateAuthority::create(QStringLiteral("Clinic MDM CA"), QStringLiteral("Clinic"),
                                                      KeyAlgorithm::Rsa2048, CertificateAuthority::DefaultValidityDays,
                                                      m_ca);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        write(QStringLiteral("ca.pem"), m_ca.certificatePem());
    }

    void caCertificateAsOpensslSeesIt()
    {
        const Run text = openssl({"x509", "-in", path("ca.pem"), "-noout", "-text"});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("X509v3 Basic Constraints: critical\n                CA:TRUE"));
        QVERIFY(text.out.contains("X509v3 Key Usage: critical\n                Digital Signature, Certificate Sign, CRL Sign"));
        QVERIFY(text.out.contains("X509v3 Subject Key Identifier"));
        QVERIFY(text.out.contains("X509v3 Authority Key Identifier"));
        QVERIFY(text.out.contains("Public-Key: (2048 bit)"));
        QVERIFY(text.out.contains("sha256WithRSAEncryption"));
        QVERIFY(text.out.contains("Subject: O = Clinic, CN = Clinic MDM CA"));
        const Run verify = openssl({"verify", "-CAfile", path("ca.pem"), path("ca.pem")});
        QVERIFY2(verify.code == 0, verify.err.constData());

        CertificateInfo info;
        QVERIFY(CertificateInfo::fromBytes(m_ca.certificatePem(), info).ok());
        QVERIFY(info.isCertificateAuthority());
        QVERIFY(info.isSelfSigned());
        QCOMPARE(info.commonName(), QStringLiteral("Clinic MDM CA"));
        QCOMPARE(info.subject(), QStringLiteral("CN=Clinic MDM CA,O=Clinic"));
        QCOMPARE(info.issuer(), info.subject());
        QVERIFY(info.daysUntilExpiry() >= CertificateAuthority::DefaultValidityDays - 1);
        QVERIFY(info.daysUntilExpiry() <= CertificateAuthority::DefaultValidityDays);
        QVERIFY(!info.isExpired());
        const Run fingerprint = openssl({"x509", "-in", path("ca.pem"), "-noout", "-fingerprint", "-sha256"});
        QCOMPARE(QString::fromLatin1(fingerprint.out.trimmed()).section(QLatin1Char('='), 1), info.sha256Hex());
        CertificateInfo fromDer;
        QVERIFY(CertificateInfo::fromBytes(m_ca.certificateDer(), fromDer).ok());
        QCOMPARE(fromDer.sha256(), info.sha256());
        QVERIFY(info.serialHex().size() >= 30 && info.serialHex().size() <= 40);
    }

    void caKeyRoundTripsThroughPem()
    {
        CertificateAuthority loaded;
        QVERIFY(CertificateAuthority::load(m_ca.certificatePem(), m_ca.privateKeyPem(), loaded).ok());
        QCOMPARE(loaded.certificateDer(), m_ca.certificateDer());
        QVERIFY(m_ca.privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----"));

        CertificateAuthority other;
        QVERIFY(CertificateAuthority::create(QStringLiteral("Other"), {}, KeyAlgorithm::Rsa2048, 30, other).ok());
        CertificateInfo a;
        CertificateInfo b;
        QVERIFY(CertificateInfo::fromBytes(other.certificatePem(), a).ok());
        QVERIFY(CertificateInfo::fromBytes(m_ca.certificatePem(), b).ok());
        QVERIFY(a.serialHex() != b.serialHex());

        CertificateAuthority mismatched;
        const Status s = CertificateAuthority::load(m_ca.certificatePem(), other.privateKeyPem(), mismatched);
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
        QVERIFY(s.message().contains(QStringLiteral("does not belong")));
        QVERIFY(mismatched.isNull());
        QCOMPARE(CertificateAuthority::load("garbage", m_ca.privateKeyPem(), mismatched).code(), ErrorCode::InvalidInput);
        QCOMPARE(CertificateAuthority::create(QStringLiteral("EC"), {}, KeyAlgorithm::EcP256, 30, mismatched).code(),
                 ErrorCode::InvalidInput);
    }

    void tlsCertificate()
    {
        TlsIdentity tls;
        const QStringList names{QStringLiteral("mdm.clinic.example"), QStringLiteral("localhost")};
        const QList<QHostAddress> addresses{QHostAddress(QStringLiteral("192.168.1.10")), QHostAddress::LocalHostIPv6};
        Status s = m_ca.issueTlsCertificate(names, addresses, CertificateAuthority::MaxTlsValidityDays, tls);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        write(QStringLiteral("tls.pem"), tls.certificatePem);
        write(QStringLiteral("tls.key"), tls.privateKeyPem);
        QCOMPARE(tls.chainPem, m_ca.certificatePem());

        const Run verify = openssl({"verify", "-CAfile", path("ca.pem"), "-purpose", "sslserver", path("tls.pem")});
        QVERIFY2(verify.code == 0, verify.err.constData());
        const Run text = openssl({"x509", "-in", path("tls.pem"), "-noout", "-text"});
        QVERIFY(text.out.contains("DNS:mdm.clinic.example, DNS:localhost, IP Address:192.168.1.10, IP Address:0:0:0:0:0:0:0:1"));
        QVERIFY(text.out.contains("TLS Web Server Authentication"));
        QVERIFY(!text.out.contains("TLS Web Client Authentication"));
        QVERIFY(text.out.contains("CA:FALSE"));
        QVERIFY(text.out.contains("prime256v1"));
        const Run certKey = openssl({"x509", "-in", path("tls.pem"), "-noout", "-pubkey"});
        const Run ownKey = openssl({"pkey", "-in", path("tls.key"), "-pubout"});
        QCOMPARE(certKey.out, ownKey.out);

        CertificateInfo info;
        QVERIFY(CertificateInfo::fromBytes(tls.certificatePem, info).ok());
        QCOMPARE(info.dnsNames(), names);
        QCOMPARE(info.ipAddresses(), QStringList({"192.168.1.10", "::1"}));
        QCOMPARE(info.notBefore().daysTo(info.notAfter()), qint64(CertificateAuthority::MaxTlsValidityDays));
        QVERIFY(!info.isCertificateAuthority());
        QCOMPARE(info.issuer(), QStringLiteral("CN=Clinic MDM CA,O=Clinic"));

        TlsIdentity refused;
        s = m_ca.issueTlsCertificate(names, {}, CertificateAuthority::MaxTlsValidityDays + 1, refused);
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
        s = m_ca.issueTlsCertificate({QStringLiteral("a.example,DNS:evil.example")}, {}, 30, refused);
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
        QCOMPARE(m_ca.issueTlsCertificate({}, {}, 30, refused).code(), ErrorCode::InvalidInput);
        QVERIFY(refused.certificatePem.isEmpty());
    }

    void clientCertificateFromCsr()
    {
        makeDevice(m_ca, QStringLiteral("device-1"));
        const Run verify = openssl({"verify", "-CAfile", path("ca.pem"), "-purpose", "sslclient", path("device-1.pem")});
        QVERIFY2(verify.code == 0, verify.err.constData());
        const Run serverUse = openssl({"verify", "-CAfile", path("ca.pem"), "-purpose", "sslserver", path("device-1.pem")});
        QVERIFY(serverUse.code != 0);
        const Run text = openssl({"x509", "-in", path("device-1.pem"), "-noout", "-text"});
        QVERIFY(text.out.contains("TLS Web Client Authentication"));
        QVERIFY(text.out.contains("Subject: O = Clinic, CN = device-1"));

        QByteArray der;
        QCOMPARE(m_ca.issueClientCertificate("not a request", 365, der).code(), ErrorCode::InvalidInput);
        QByteArray tampered = read(QStringLiteral("device-1.csr"));
        tampered[tampered.size() - 1] = static_cast<char>(tampered.at(tampered.size() - 1) ^ 0x01);
        const Status s = m_ca.issueClientCertificate(tampered, 365, der);
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
        QVERIFY(s.message().contains(QStringLiteral("signature")));
        QCOMPARE(openssl({"req", "-new", "-newkey", "rsa:1024", "-nodes", "-keyout", path("weak.key"), "-subj",
                          "/CN=weak", "-out", path("weak.csr")})
                     .code,
                 0);
        QVERIFY(m_ca.issueClientCertificate(read(QStringLiteral("weak.csr")), 365, der).message().contains(
            QStringLiteral("too weak")));
        QVERIFY(der.isEmpty());
    }

    void importPkcs12AndPem()
    {
        TlsIdentity issued;
        QVERIFY(m_ca.issueTlsCertificate({QStringLiteral("mdm.clinic.example")}, {}, 400, issued).ok());
        write(QStringLiteral("bought.pem"), issued.certificatePem);
        write(QStringLiteral("bought.key"), issued.privateKeyPem);
        const Run p12 = openssl({"pkcs12", "-export", "-in", path("bought.pem"), "-inkey", path("bought.key"),
                                 "-certfile", path("ca.pem"), "-passout", "pass:s3cret", "-out", path("bought.p12")});
        QVERIFY2(p12.code == 0, p12.err.constData());

        TlsIdentityImporter importer;
        importer.setUseSystemTrustStore(false);
        importer.setExtraTrustAnchors(m_ca.certificatePem());
        TlsIdentity imported;
        Status s = importer.fromPkcs12(read(QStringLiteral("bought.p12")), QStringLiteral("s3cret"), imported);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(imported.certificatePem, issued.certificatePem);
        QCOMPARE(imported.chainPem, m_ca.certificatePem());
        QVERIFY(imported.privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));

        // Older Windows and macOS exports: RC2-40 encrypted certificates.
        const Run legacy = openssl({"pkcs12", "-export", "-legacy", "-in", path("bought.pem"), "-inkey",
                                    path("bought.key"), "-passout", "pass:s3cret", "-out", path("legacy.p12")});
        QVERIFY2(legacy.code == 0, legacy.err.constData());
        s = importer.fromPkcs12(read(QStringLiteral("legacy.p12")), QStringLiteral("s3cret"), imported);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(imported.certificatePem, issued.certificatePem);

        TlsIdentity untouched;
        s = importer.fromPkcs12(read(QStringLiteral("bought.p12")), QStringLiteral("wrong"), untouched);
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
        QVERIFY2(s.message().contains(QStringLiteral("password is wrong")), qPrintable(s.message()));
        QCOMPARE(importer.fromPkcs12("garbage", QStringLiteral("s3cret"), untouched).code(), ErrorCode::InvalidInput);

        QVERIFY(importer.fromPem(issued.certificatePem, issued.privateKeyPem, {}, imported).ok());
        TlsIdentity other;
        QVERIFY(m_ca.issueTlsCertificate({QStringLiteral("other.example")}, {}, 30, other).ok());
        s = importer.fromPem(issued.certificatePem, other.privateKeyPem, {}, untouched);
        QVERIFY2(s.message().contains(QStringLiteral("does not belong")), qPrintable(s.message()));

        const Run encrypted = openssl({"pkey", "-in", path("bought.key"), "-aes256", "-passout", "pass:k3y", "-out",
                                       path("bought.enc.key")});
        QCOMPARE(encrypted.code, 0);
        QVERIFY(importer.fromPem(issued.certificatePem, read(QStringLiteral("bought.enc.key")), "k3y", imported).ok());
        s = importer.fromPem(issued.certificatePem, read(QStringLiteral("bought.enc.key")), "nope", untouched);
        QVERIFY2(s.message().contains(QStringLiteral("password is wrong")), qPrintable(s.message()));

        TlsIdentityImporter later = importer;
        later.setCheckTime(QDateTime::currentDateTimeUtc().addDays(401));
        s = later.fromPem(issued.certificatePem, issued.privateKeyPem, {}, untouched);
        QVERIFY2(s.message().contains(QStringLiteral("expired")), qPrintable(s.message()));

        TlsIdentityImporter noAnchor;
        noAnchor.setUseSystemTrustStore(true); // the system roots do not include our test CA
        s = noAnchor.fromPkcs12(read(QStringLiteral("bought.p12")), QStringLiteral("s3cret"), untouched);
        QVERIFY2(s.message().contains(QStringLiteral("trusted root")), qPrintable(s.message()));
        QVERIFY(untouched.certificatePem.isEmpty());
    }

    void signedProfileVerifiesWithOpenssl()
    {
        CmsSigner signer;
        QVERIFY(CmsSigner::create(m_ca.certificatePem(), m_ca.privateKeyPem(), {}, signer).ok());
        QByteArray signedDer;
        const Status s = signer.sign(Profile, signedDer);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        write(QStringLiteral("signed.mobileconfig"), signedDer);

        const Run cms = openssl({"cms", "-verify", "-CAfile", path("ca.pem"), "-in", path("signed.mobileconfig"),
                                 "-inform", "DER"});
        QVERIFY2(cms.code == 0, cms.err.constData());
        QCOMPARE(cms.out, Profile);
        const Run smime = openssl({"smime", "-verify", "-CAfile", path("ca.pem"), "-in", path("signed.mobileconfig"),
                                   "-inform", "DER"});
        QVERIFY2(smime.code == 0, smime.err.constData());
        QCOMPARE(smime.out, Profile);
        const Run print = openssl({"cms", "-cmsout", "-print", "-inform", "DER", "-in", path("signed.mobileconfig")});
        QVERIFY(print.out.contains("algorithm: sha256"));

        CmsSigner mismatched;
        CertificateAuthority other;
        QVERIFY(CertificateAuthority::create(QStringLiteral("Other"), {}, KeyAlgorithm::Rsa2048, 30, other).ok());
        QCOMPARE(CmsSigner::create(m_ca.certificatePem(), other.privateKeyPem(), {}, mismatched).code(),
                 ErrorCode::InvalidInput);
    }

    void detachedDeviceSignature_data()
    {
        QTest::addColumn<QString>("digest");
        QTest::newRow("sha1") << QStringLiteral("sha1");
        QTest::newRow("sha256") << QStringLiteral("sha256");
    }

    void detachedDeviceSignature()
    {
        QFETCH(QString, digest);
        makeDevice(m_ca, QStringLiteral("ipad"));
        const QByteArray body = "<?xml version=\"1.0\"?>\r\n<plist><dict><key>Status</key><string>Idle</string>"
                                "</dict></plist>\r\n";
        const QByteArray signature = signDetached(QStringLiteral("ipad"), body, digest);
        QVERIFY(!signature.isEmpty());

        CmsVerifier verifier;
        QVERIFY(CmsVerifier::create(m_ca.certificatePem(), verifier).ok());
        VerifiedSigner signer;
        Status s = verifier.verifyDetached(signature, body, signer);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        CertificateInfo info;
        QVERIFY(CertificateInfo::fromBytes(read(QStringLiteral("ipad.pem")), info).ok());
        QCOMPARE(signer.sha256, info.sha256());
        QCOMPARE(signer.certificateDer, read(QStringLiteral("ipad.der")));
        QCOMPARE(signer.subject, QStringLiteral("CN=ipad,O=Clinic"));

        VerifiedSigner untouched;
        QByteArray tampered = body;
        tampered.replace("Idle", "Idl3");
        s = verifier.verifyDetached(signature, tampered, untouched);
        QCOMPARE(s.code(), ErrorCode::AuthenticationFailed);
        s = verifier.verifyDetached(signature, body + "\n", untouched);
        QCOMPARE(s.code(), ErrorCode::AuthenticationFailed);

        CertificateAuthority rogue;
        QVERIFY(CertificateAuthority::create(QStringLiteral("Rogue"), {}, KeyAlgorithm::Rsa2048, 30, rogue).ok());
        makeDevice(rogue, QStringLiteral("rogue-ipad"));
        s = verifier.verifyDetached(signDetached(QStringLiteral("rogue-ipad"), body, digest), body, untouched);
        QCOMPARE(s.code(), ErrorCode::AuthenticationFailed);
        QVERIFY2(s.message().contains(QStringLiteral("not trusted")), qPrintable(s.message()));

        CmsVerifier later = verifier; // the device certificate is valid 365 days
        QVERIFY(later.setVerificationTime(QDateTime::currentDateTimeUtc().addDays(400)).ok());
        s = later.verifyDetached(signature, body, untouched);
        QCOMPARE(s.code(), ErrorCode::AuthenticationFailed);
        QVERIFY2(s.message().contains(QStringLiteral("expired")), qPrintable(s.message()));
        QVERIFY(verifier.verifyDetached(signature, body, signer).ok()); // the original keeps its own store

        QCOMPARE(verifier.verifyDetached("!!not base64!!", body, untouched).code(), ErrorCode::InvalidInput);
        QCOMPARE(verifier.verifyDetached(QByteArray("garbage bytes").toBase64(), body, untouched).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(verifier.verifyDetached({}, body, untouched).code(), ErrorCode::InvalidInput);
        QCOMPARE(verifier.verifyDetached(signature.left(signature.size() / 2), body, untouched).code(),
                 ErrorCode::InvalidInput);
        QVERIFY(untouched.sha256.isEmpty());

        s = verifier.verifyDetached(signDetached(QStringLiteral("ipad"), body, QStringLiteral("md5")), body, untouched);
        QCOMPARE(s.code(), ErrorCode::AuthenticationFailed);
        QVERIFY2(s.message().contains(QStringLiteral("digest")), qPrintable(s.message()));

        const Run attached = openssl({"cms", "-sign", "-nodetach", "-binary", "-outform", "DER", "-signer",
                                      path("ipad.pem"), "-inkey", path("ipad.key"), "-in", path("body.bin"), "-out",
                                      path("attached.der")});
        QCOMPARE(attached.code, 0);
        s = verifier.verifyDetached(read(QStringLiteral("attached.der")).toBase64(), body, untouched);
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
    }

    // The endpoint verifies on worker threads with one shared verifier.
    void verifierIsSharedAcrossThreads()
    {
        makeDevice(m_ca, QStringLiteral("shared"));
        const QByteArray body = "<plist><dict><key>Status</key><string>Idle</string></dict></plist>";
        const QByteArray good = signDetached(QStringLiteral("shared"), body, QStringLiteral("sha256"));
        CmsVerifier verifier;
        QVERIFY(CmsVerifier::create(m_ca.certificatePem(), verifier).ok());
        std::atomic<int> accepted = 0;
        std::atomic<int> refused = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 100; ++i) {
                    VerifiedSigner signer;
                    const bool tamper = (i + t) % 3 == 0;
                    (verifier.verifyDetached(good, tamper ? body + " " : body, signer).ok() ? accepted : refused)++;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(accepted + refused, 400);
        QCOMPARE(refused.load(), 134); // (i + t) % 3 == 0 for 34 + 33 + 33 + 34 of the 400 calls
    }

    // Cost of one Mdm-Signature check (the endpoint does one per request): `test_pki
    // verifyBenchmark -iterations 2000` prints it.
    void verifyBenchmark()
    {
        makeDevice(m_ca, QStringLiteral("bench"));
        const QByteArray body(600, 'x');
        const QByteArray signature = signDetached(QStringLiteral("bench"), body, QStringLiteral("sha256"));
        CmsVerifier verifier;
        QVERIFY(CmsVerifier::create(m_ca.certificatePem(), verifier).ok());
        VerifiedSigner signer;
        bool ok = true;
        QBENCHMARK {
            ok = ok && verifier.verifyDetached(signature, body, signer).ok();
        }
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestPki)
#include "test_pki.moc"
