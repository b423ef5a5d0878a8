// The SCEP server (RFC 8894) with the enrollment's one-time challenge: our own independent client
// (tests/sim/ScepClient), and the Go scepclient from Debian's `scep` package when it is installed.

#include "AppleMdmFixture.h"
#include "LoopbackHttpBridge.h"

#include "audit/AuditLog.h"
#include "pki/CertificateInfo.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

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

    void unreadableMessagesGet400()
    {
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(4));
        QVERIFY(ipad.fetchProfile(f.createLink()).isEmpty());
        QByteArray message = ScepClient::pkiMessage(ipad.key(), QStringLiteral("x"), ipad.challenge(), f.ca.certificateDer(),
                                                    "T1", QByteArray(16, 'n'));
        message[message.size() - 10] = char(message[message.size() - 10] ^ 0x55); // inside the signature
        ScepClient client(f.transport, "/scep");
        const QMap<QString, int> before = f.snapshot();
        QCOMPARE(client.send(message, ipad.key(), f.ca.certificateDer(), "T1", QByteArray(16, 'n')).httpStatus, 400);
        QCOMPARE(client.send("garbage", ipad.key(), f.ca.certificateDer(), "T1", QByteArray(16, 'n')).httpStatus, 400);
        QCOMPARE(f.snapshot(), before);
        // The challenge was not consumed by the tampered message.
        QCOMPARE(ipad.runScep().pkiStatus, 0);
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
        const QString scepclient = QStandardPaths::findExecutable(QStringLiteral("scepclient"));
        if (scepclient.isEmpty())
            QSKIP("scepclient (Debian package scep) is not installed: packaging/install-deps.sh --with-tests installs it");
        AppleMdmFixture f;
        LoopbackHttpBridge bridge(f.transport);
        QVERIFY(bridge.listen());
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(5));
        QVERIFY(ipad.fetchProfile(f.createLink()).isEmpty());
        QTemporaryDir dir;
        auto run = [&](const QString &name) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(scepclient, {QStringLiteral("-server-url"), QStringLiteral("http://127.0.0.1:%1/scep").arg(bridge.port()),
                                 QStringLiteral("-challenge"), QString::fromLatin1(ipad.challenge()),
                                 QStringLiteral("-private-key"), dir.filePath(name + QStringLiteral(".key")),
                                 QStringLiteral("-certificate"), dir.filePath(name + QStringLiteral(".pem")),
                                 QStringLiteral("-cn"), name});
            QSignalSpy finished(&p, &QProcess::finished);
            [&] { QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000); }();
            const QByteArray output = p.readAll();
            return qMakePair(p.exitCode(), output);
        };
        const auto first = run(QStringLiteral("go-device"));
        QVERIFY2(first.first == 0, first.second.constData());
        QFile pem(dir.filePath(QStringLiteral("go-device.pem")));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        CertificateInfo info;
        QVERIFY(CertificateInfo::fromBytes(pem.readAll(), info).ok());
        QCOMPARE(info.commonName(), QStringLiteral("go-device"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT cert_sha256 FROM apple_identities")), QString::fromLatin1(info.sha256().toHex()));
        // The same challenge again: refused, nothing issued.
        const auto second = run(QStringLiteral("go-replay"));
        QVERIFY(second.first != 0);
        QCOMPARE(f.rows(QStringLiteral("apple_identities")), 1);
        QVERIFY(bridge.requestCount() >= 4);
    }
};

QTEST_MAIN(TestAppleScep)
#include "test_apple_scep.moc"
