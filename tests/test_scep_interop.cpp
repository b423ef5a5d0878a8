// Issue 18 end to end with a peer nobody here wrote: micromdm's `scepclient` (Debian package `scep`,
// single-DES envelopes) enrolls 20 devices in a row against the real `clinicmdm serve` over TLS,
// each with its own link's challenge and a fresh key, interleaved with AES requests from the
// project's own client, and again after serve restarts. Refusals are CertRep FAILUREs that the
// client reports with their failInfo, and their reasons are in serve's log (issue 13, section 5).
#include "AppleDeviceSimulator.h"
#include "CliRunner.h"
#include "GoScepClient.h"
#include "ScepClient.h"
#include "TestAdmin.h"
#include "TestDatabase.h"
#include "TlsTransport.h"
#include "push/PushCredentialNames.h"
#include "push/PushCredentialRepository.h"
#include "secrets/SecretStore.h"
#include "settings/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>

class TestScepInterop : public QObject
{
    Q_OBJECT

    TestDatabase *m_tdb = nullptr;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QByteArray m_caPem;
    QByteArray m_serveLog; // serve's stderr, over every run
    QStringList m_links;
    int m_nextLink = 0;
    int m_devices = 0;

    QHash<QString, QString> env() const
    {
        QHash<QString, QString> e = TestAdmin::signInEnv();
        e.insert(QLatin1String(SecretStore::FileEnv), m_tdb->dir() + QStringLiteral("/secrets.bin"));
        e.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("scep interop passphrase"));
        return e;
    }

    QString scepUrl() const { return QStringLiteral("https://localhost:%1/scep").arg(m_port); }
    QString caFile() const { return m_dir.filePath(QStringLiteral("console-ca.pem")); }

    int identities()
    {
        QSqlQuery q(m_tdb->db().connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM apple_identities")) && q.next() ? q.value(0).toInt() : -1;
    }

    void startServe(QProcess &serve)
    {
        QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
        const QHash<QString, QString> e = env();
        for (auto it = e.cbegin(); it != e.cend(); ++it)
            pe.insert(it.key(), it.value());
        serve.setProcessEnvironment(pe);
        serve.start(CliRunner::binary(), {QStringLiteral("--db"), m_tdb->path(), QStringLiteral("serve"), QStringLiteral("--listen"),
                                          QStringLiteral("127.0.0.1:%1").arg(m_port)});
        QByteArray out;
        QVERIFY2(QTest::qWaitFor([&] {
                     out += serve.readAllStandardOutput();
                     return out.contains("TLS SHA-256") || serve.state() == QProcess::NotRunning;
                 }, 60000),
                 "serve did not start");
        QVERIFY2(out.contains("TLS SHA-256"), (out + serve.readAllStandardError()).constData());
        QVERIFY2(out.contains("Worker threads: "), out.constData());
        fetchCa();
    }

    void stopServe(QProcess &serve)
    {
        serve.terminate();
        QVERIFY(QTest::qWaitFor([&serve] { return serve.state() == QProcess::NotRunning; }, 20000));
        m_serveLog += serve.readAllStandardError();
        QCOMPARE(serve.exitCode(), 0);
    }

    // The console CA as a device downloads it first, kept in a file for scepclient and openssl.
    void fetchCa()
    {
        TlsTransport bootstrap(m_port, {});
        HttpRequest caRequest;
        caRequest.method = "GET";
        caRequest.path = "/ca.crt";
        const HttpResponse ca = bootstrap.send(caRequest);
        QCOMPARE(ca.status, 200);
        m_caPem = QSslCertificate(ca.body, QSsl::Der).toPem();
        QFile caOut(caFile());
        QVERIFY(caOut.open(QIODevice::WriteOnly) && caOut.write(m_caPem) == m_caPem.size());
    }

    // The challenge of the next unused link, as the device reads it from the signed profile.
    QByteArray nextChallenge(DeviceTransport &tls)
    {
        AppleDeviceSimulator::Identity id;
        id.udid = QStringLiteral("00008101-0000000000%1").arg(m_devices, 6, 10, QLatin1Char('0'));
        id.serial = QStringLiteral("SCEPINTEROP%1").arg(m_devices);
        ++m_devices;
        AppleDeviceSimulator device(tls, id);
        const QString error = device.fetchProfile(m_links.value(m_nextLink++));
        return error.isEmpty() ? device.challenge() : QByteArray();
    }

    // One scepclient device in a directory of its own; its certificate must verify against the
    // console CA with `openssl verify`.
    void goDeviceEnrolls(DeviceTransport &tls, const QString &name)
    {
        const QByteArray challenge = nextChallenge(tls);
        QVERIFY(!challenge.isEmpty());
        const QString dir = m_dir.filePath(name);
        const GoScepClient::Result r = GoScepClient::run(scepUrl(), challenge, dir, name, caFile());
        QVERIFY2(r.ok(), qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(r.output)));
        QProcess verify;
        verify.setProcessChannelMode(QProcess::MergedChannels);
        verify.start(QStringLiteral("openssl"), {QStringLiteral("verify"), QStringLiteral("-CAfile"), caFile(),
                                                 dir + QStringLiteral("/device.pem")});
        QVERIFY(verify.waitForFinished(30000));
        const QByteArray output = verify.readAll();
        QVERIFY2(verify.exitCode() == 0 && output.contains(": OK"), output.constData());
    }

    void simDeviceEnrolls(DeviceTransport &tls, ScepClient::Cipher cipher)
    {
        const QByteArray challenge = nextChallenge(tls);
        QVERIFY(!challenge.isEmpty());
        std::shared_ptr<EVP_PKEY> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048}), EVP_PKEY_free);
        ScepClient client(tls, "/scep");
        client.setCipher(cipher);
        const QByteArray caDer = client.getCaCertificate();
        const ScepClient::Result r = client.enroll(key.get(), QStringLiteral("sim device"), challenge, caDer);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.pkiStatus, 0);
        QVERIFY(!r.certificateDer.isEmpty());
    }

private slots:
    void init()
    {
        QVERIFY2(QFile::exists(CliRunner::binary()), "CLINICMDM_BINARY does not name the built clinicmdm");
        m_tdb = new TestDatabase;
        m_links.clear();
        m_nextLink = 0;
        m_devices = 0;
        m_serveLog.clear();
        QVERIFY(TestAdmin::create(m_tdb->db(), QStringLiteral("test-root"), Role::Administrator));
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            m_port = probe.serverPort();
        }
        SettingsRepository settings(m_tdb->db());
        QVERIFY(settings.setValue(Setting::EndpointHost, QStringLiteral("localhost")));
        QVERIFY(settings.setValue(Setting::EndpointPort, m_port));
        QVERIFY(settings.setValue(Setting::EndpointPublicUrl, QStringLiteral("https://localhost:%1").arg(m_port)));
        // The Apple routes answer only with an MDM push topic (the push tests cover the certificate).
        QVERIFY(PushCredentialRepository(m_tdb->db())
                    .put(QLatin1String(PushCredentialNames::ApnsCertificate),
                         {{QStringLiteral("topic"), QStringLiteral("com.apple.mgmt.External.5f4c2d9e-8a3b-4c1d-9e2f-0a1b2c3d4e5f")}}, 1)
                    .ok());
        const CliRunner::Result r = CliRunner(m_tdb->path()).run(
            TestAdmin::signInArgs(QStringLiteral("test-root"))
                + QStringList{QStringLiteral("enroll"), QStringLiteral("create"), QStringLiteral("--ownership"), QStringLiteral("cope"),
                              QStringLiteral("--count"), QStringLiteral("40"), QStringLiteral("--json")},
            env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            m_links << v.toObject().value(QStringLiteral("url")).toString();
        QVERIFY2(m_links.size() == 40, qPrintable(r.out.left(400)));
    }

    void cleanup()
    {
        delete m_tdb;
        m_tdb = nullptr;
    }

    void twentyScepclientDevicesInARowWithAesBetween()
    {
        CLINICMDM_REQUIRE_SCEPCLIENT();
        QProcess serve;
        startServe(serve);
        if (QTest::currentTestFailed())
            return;
        TlsTransport tls(m_port, m_caPem);

        using C = ScepClient::Cipher;
        const QList<C> aes{C::Aes128, C::Aes256, C::Des3, C::Aes128, C::Aes256, C::Aes128};
        int sim = 0;
        for (int i = 0; i < 20; ++i) {
            goDeviceEnrolls(tls, QStringLiteral("go-%1").arg(i));
            if (QTest::currentTestFailed())
                return;
            if (i % 4 == 1) {
                simDeviceEnrolls(tls, aes.value(sim++ % aes.size()));
                if (QTest::currentTestFailed())
                    return;
            }
        }
        QCOMPARE(identities(), 20 + sim);
        stopServe(serve);

        // The same console after a restart.
        QProcess again;
        startServe(again);
        if (QTest::currentTestFailed())
            return;
        TlsTransport tls2(m_port, m_caPem);
        for (int i = 20; i < 23; ++i) {
            goDeviceEnrolls(tls2, QStringLiteral("go-%1").arg(i));
            if (QTest::currentTestFailed())
                return;
        }
        simDeviceEnrolls(tls2, C::Aes128);
        goDeviceEnrolls(tls2, QStringLiteral("go-23"));
        QCOMPARE(identities(), 20 + sim + 5);
        stopServe(again);
        QVERIFY2(!m_serveLog.contains("scep: refused"), m_serveLog.constData());
    }

    void refusalsAreCertRepsWithTheReasonInServesLog()
    {
        CLINICMDM_REQUIRE_SCEPCLIENT();
        QProcess serve;
        startServe(serve);
        if (QTest::currentTestFailed())
            return;
        TlsTransport tls(m_port, m_caPem);

        // A wrong challenge: scepclient reports the FAILURE's failInfo, not an HTTP error.
        const QByteArray wrong = "not-a-challenge-4711";
        const GoScepClient::Result r = GoScepClient::run(scepUrl(), wrong, m_dir.filePath(QStringLiteral("wrong")),
                                                         QStringLiteral("wrong"), caFile());
        QVERIFY(!r.ok());
        QVERIFY2(r.output.contains("failInfo: badRequest"), r.output.constData());
        QVERIFY2(!r.output.contains("status 400"), r.output.constData());

        // An envelope cipher no one knows: FAILURE badAlg.
        const QByteArray challenge = nextChallenge(tls);
        std::shared_ptr<EVP_PKEY> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048}), EVP_PKEY_free);
        ScepClient client(tls, "/scep");
        client.setCipher(ScepClient::Cipher::UnknownOid);
        const ScepClient::Result badAlg = client.enroll(key.get(), QStringLiteral("x"), challenge, client.getCaCertificate());
        QCOMPARE(badAlg.httpStatus, 200);
        QCOMPARE(badAlg.pkiStatus, 2);
        QCOMPARE(badAlg.failInfo, 0);
        QVERIFY(badAlg.recipientNonceMatches);
        QCOMPARE(identities(), 0);
        stopServe(serve);

        QVERIFY2(m_serveLog.contains("scep: refused with failInfo 2: reason=challenge-unknown-used-or-expired"), m_serveLog.constData());
        QVERIFY2(m_serveLog.contains("scep: refused with failInfo 0: reason=unsupported-cipher oid=2.16.840.1.101.3.4.1.127"),
                 m_serveLog.constData());
        QVERIFY(!m_serveLog.contains(wrong));
        QVERIFY(!m_serveLog.contains(challenge));
    }
};

QTEST_MAIN(TestScepInterop)
#include "test_scep_interop.moc"
