#include "HttpsTestClient.h"

#include "audit/AuditCheckpointRepository.h"
#include "audit/AuditPublicKeys.h"
#include "audit/AuditSigningKey.h"
#include "db/Database.h"
#include "pki/CertificateInfo.h"
#include "settings/SettingsRepository.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

// `clinicmdm serve` as a service runs it: the real binary, listening until SIGTERM.
class TestServeVerb : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Served {
        quint16 port = 0;
        QString caSha;
    };

    void startServe(QProcess &p, Served &served)
    {
        const QString binary = qEnvironmentVariable("CLINICMDM_BINARY");
        QVERIFY2(QFileInfo::exists(binary), "CLINICMDM_BINARY must name the clinicmdm executable");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLINICMDM_SECRET_FILE"), m_dir.filePath(QStringLiteral("secrets.bin")));
        env.insert(QStringLiteral("CLINICMDM_SECRET_PASSPHRASE"), QStringLiteral("serve test passphrase"));
        p.setProcessEnvironment(env);
        p.start(binary, {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("fleet.sqlite")), QStringLiteral("serve"),
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QByteArray out;
        QVERIFY2(QTest::qWaitFor([&] {
                     out += p.readAllStandardOutput();
                     return out.contains("TLS SHA-256") || p.state() == QProcess::NotRunning;
                 }, 60000),
                 "serve did not report where it listens");
        QVERIFY2(out.contains("TLS SHA-256"), (out + p.readAllStandardError()).constData());
        const auto listen = QRegularExpression(QStringLiteral("Listening on https://127\\.0\\.0\\.1:(\\d+)")).match(QString::fromUtf8(out));
        QVERIFY(listen.hasMatch());
        served.port = quint16(listen.captured(1).toUInt());
        const auto ca = QRegularExpression(QStringLiteral("CA SHA-256: ([0-9A-F:]{95})")).match(QString::fromUtf8(out));
        QVERIFY(ca.hasMatch());
        served.caSha = ca.captured(1);
    }

    void stopServe(QProcess &p)
    {
        p.terminate(); // SIGTERM
        QVERIFY(QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("Stopped."));
    }

private slots:
    void servesHealthAndStopsOnSigterm()
    {
        QProcess p;
        Served served;
        startServe(p, served);
        if (QTest::currentTestFailed())
            return;

        // The CA it serves is the one it printed; with it, the TLS certificate verifies.
        HttpsTestClient anyone;
        QVERIFY(anyone.connectTo(served.port));
        anyone.send(HttpsTestClient::get("/ca.crt"));
        HttpsTestClient::Response r;
        QVERIFY(anyone.read(r));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("application/x-x509-ca-cert"));
        CertificateInfo ca;
        QVERIFY(CertificateInfo::fromBytes(r.body, ca).ok());
        QCOMPARE(ca.sha256Hex(), served.caSha);

        HttpsTestClient verified(QSslCertificate(r.body, QSsl::Der).toPem());
        QVERIFY(verified.connectTo(served.port, QStringLiteral("localhost")));
        verified.send(HttpsTestClient::get("/health"));
        QVERIFY(verified.read(r));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{\"status\":\"ok\"}\n"));

        stopServe(p);
        QVERIFY(verified.waitClosed());

        // Started again on the same database: the same CA (its key came back from the secret file).
        QProcess again;
        Served second;
        startServe(again, second);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(second.caSha, served.caSha);
        stopServe(again);
    }

    // Issue 14: audit/checkpointEvery does something while serve runs: the entries serve writes get
    // a checkpoint signed with the audit key, without anyone running `audit verify`.
    void signsAuditCheckpointsWhileServing()
    {
        {
            Database db;
            QVERIFY(db.openSqlite(m_dir.filePath(QStringLiteral("fleet.sqlite"))).ok());
            QVERIFY(SettingsRepository(db).setValue(Setting::AuditCheckpointInterval, 1).ok());
            QCOMPARE(AuditCheckpointRepository(db).all().size(), 0);
        }
        QProcess p;
        Served served;
        startServe(p, served);
        if (QTest::currentTestFailed())
            return;
        Database db;
        QVERIFY(db.openSqlite(m_dir.filePath(QStringLiteral("fleet.sqlite"))).ok());
        QVERIFY(QTest::qWaitFor([&db] { return !AuditCheckpointRepository(db).all().isEmpty(); }, 30000));
        const AuditCheckpoint c = AuditCheckpointRepository(db).all().first();
        QVERIFY(AuditSigningKey::verify(AuditPublicKeys(db).current(), c.signedMessage(), c.signature));
        db.close();
        stopServe(p);
    }

    void refusesABadListenAddress()
    {
        QProcess p;
        p.start(qEnvironmentVariable("CLINICMDM_BINARY"),
                {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("other.sqlite")), QStringLiteral("serve"),
                 QStringLiteral("--listen"), QStringLiteral("nowhere")});
        QVERIFY(QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 20000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--listen"));
    }
};

QTEST_GUILESS_MAIN(TestServeVerb)
#include "test_serve_verb.moc"
