#include "TestDatabase.h"

#include "audit/AuditLog.h"
#include "pki/CertificateAuthority.h"
#include "pki/ConsolePki.h"
#include "secrets/PassphraseFileSecretBackend.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "settings/SettingsRepository.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>

// The console's PKI as it persists: CA created once with its key in the secret store, endpoint TLS
// certificate issued for the configured names, re-issued when they change, or imported.
class TestConsolePki : public QObject
{
    Q_OBJECT

    std::unique_ptr<SecretStore> secretStore(const QTemporaryDir &dir)
    {
        return std::make_unique<SecretStore>(QStringLiteral("ClinicMDM:test"),
                                             std::make_unique<PassphraseFileSecretBackend>(
                                                 dir.filePath(QStringLiteral("secrets.bin")), "test passphrase"));
    }

    static bool load(ConsolePki &pki, QString *failure = nullptr)
    {
        QSignalSpy ready(&pki, &ConsolePki::ready);
        QSignalSpy failed(&pki, &ConsolePki::failed);
        pki.load();
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 60000))
            return false;
        if (failure && !failed.isEmpty())
            *failure = failed.first().first().toString();
        return !ready.isEmpty();
    }

    static QByteArray x509Text(const QByteArray &pem)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text")});
        p.write(pem);
        p.closeWriteChannel();
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 20000))
            return {};
        return p.readAllStandardOutput();
    }

    static int auditCount(Database &db, const QString &action)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = ?"));
        q.addBindValue(action);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void createsTheCaOnceAndKeepsItAcrossRestarts()
    {
        TestDatabase t;
        QTemporaryDir secrets;
        SettingsRepository settings(t.db());
        QVERIFY(settings.setValue(Setting::EndpointHost, QStringLiteral("mdm.clinic.test")).ok());
        QVERIFY(settings.setValue(Setting::EndpointHostNames, QStringLiteral("10.1.2.3, alt.clinic.test")).ok());
        QByteArray caSha, tlsSha;
        {
            auto store = secretStore(secrets);
            ConsolePki pki(t.db(), *store);
            QString why;
            QVERIFY2(load(pki, &why), qPrintable(why));
            QVERIFY(pki.caInfo().isCertificateAuthority());
            QVERIFY(!pki.tlsImported());
            caSha = pki.caInfo().sha256();
            tlsSha = pki.tlsInfo().sha256();
            // Private keys never reach the database.
            QSqlQuery q(t.db().connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE '%PRIVATE KEY%'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QCOMPARE(auditCount(t.db(), QStringLiteral("pki.ca.create")), 1);
            QCOMPARE(auditCount(t.db(), QStringLiteral("endpoint.tls.issue")), 1);

            const QByteArray text = x509Text(pki.tlsIdentity().certificatePem);
            QVERIFY2(text.contains("DNS:mdm.clinic.test"), text.constData());
            QVERIFY(text.contains("DNS:alt.clinic.test"));
            QVERIFY(text.contains("IP Address:10.1.2.3"));
            QVERIFY(text.contains("TLS Web Server Authentication"));
            QVERIFY(text.contains("ASN1 OID: prime256v1"));
            QVERIFY(text.contains("Issuer: ") && pki.tlsInfo().issuer() == pki.caInfo().subject());
            QVERIFY(pki.tlsInfo().daysUntilExpiry() > 390);
        }
        {
            // A new process: another connection, another store object on the same secrets.
            Database again;
            QVERIFY(again.openSqlite(t.path()).ok());
            auto store = secretStore(secrets);
            ConsolePki pki(again, *store);
            QVERIFY(load(pki));
            QCOMPARE(pki.caInfo().sha256(), caSha);
            QCOMPARE(pki.tlsInfo().sha256(), tlsSha); // still valid for the same names: not re-issued
            QCOMPARE(auditCount(again, QStringLiteral("pki.ca.create")), 1);
            // The key from the secret store really is the CA's: it can still issue.
            TlsIdentity extra;
            QVERIFY(pki.certificateAuthority().issueTlsCertificate({QStringLiteral("x.test")}, {}, 10, extra).ok());

            // New names: the TLS certificate follows, the CA stays.
            QVERIFY(SettingsRepository(again).setValue(Setting::EndpointHostNames, QStringLiteral("192.168.7.7")).ok());
            ConsolePki renamed(again, *store);
            QVERIFY(load(renamed));
            QCOMPARE(renamed.caInfo().sha256(), caSha);
            QVERIFY(renamed.tlsInfo().sha256() != tlsSha);
            QCOMPARE(renamed.tlsInfo().ipAddresses(), QStringList{QStringLiteral("192.168.7.7")});
            QCOMPARE(renamed.tlsInfo().dnsNames(), QStringList{QStringLiteral("mdm.clinic.test")});
        }
    }

    void refusesToReplaceACaWhoseKeyIsMissing()
    {
        TestDatabase t;
        QTemporaryDir secrets, otherSecrets;
        {
            auto store = secretStore(secrets);
            ConsolePki pki(t.db(), *store);
            QVERIFY(load(pki));
        }
        const QString caPem = SettingsRepository(t.db()).stringValue(Setting::EndpointCaCertificate);
        auto emptyStore = secretStore(otherSecrets);
        ConsolePki pki(t.db(), *emptyStore);
        QString why;
        QVERIFY(!load(pki, &why));
        QVERIFY2(why.contains(QStringLiteral("missing")), qPrintable(why));
        QCOMPARE(SettingsRepository(t.db()).stringValue(Setting::EndpointCaCertificate), caPem);
    }

    void importsATlsCertificateAndKeepsIt()
    {
        TestDatabase t;
        QTemporaryDir secrets;
        auto store = secretStore(secrets);
        // Stands in for a public CA (the importer also accepts extra roots, e.g. an enterprise CA).
        CertificateAuthority publicCa;
        QVERIFY(CertificateAuthority::create(QStringLiteral("Public Root"), QString(), KeyAlgorithm::Rsa2048, 30, publicCa).ok());
        TlsIdentity bought;
        QVERIFY(publicCa.issueTlsCertificate({QStringLiteral("mdm.example.org")}, {}, 90, bought).ok());
        ConsolePki pki(t.db(), *store);
        pki.setExtraTrustAnchors(publicCa.certificatePem());
        QVERIFY(load(pki));

        // A key that does not belong to the certificate: refused, nothing changed.
        TlsIdentity other;
        QVERIFY(publicCa.issueTlsCertificate({QStringLiteral("other.example.org")}, {}, 90, other).ok());
        const QByteArray before = pki.tlsInfo().sha256();
        QSignalSpy failed(&pki, &ConsolePki::failed);
        pki.importTlsPem(Actor::system(), bought.certificatePem, other.privateKeyPem, {});
        QCOMPARE(failed.size(), 1);
        QCOMPARE(pki.tlsInfo().sha256(), before);

        QSignalSpy changed(&pki, &ConsolePki::tlsIdentityChanged);
        pki.importTlsPem(Actor{QStringLiteral("admin"), QStringLiteral("Administrator")},
                         bought.certificatePem + bought.chainPem, bought.privateKeyPem, {});
        QVERIFY(changed.wait(20000));
        QVERIFY(pki.tlsImported());
        QCOMPARE(pki.tlsInfo().dnsNames(), QStringList{QStringLiteral("mdm.example.org")});
        QCOMPARE(auditCount(t.db(), QStringLiteral("endpoint.tls.import")), 2); // the refusal and the import

        // Reloaded: the imported certificate stays (it is not re-issued for the configured names).
        ConsolePki reloaded(t.db(), *store);
        reloaded.setExtraTrustAnchors(publicCa.certificatePem());
        QVERIFY(load(reloaded));
        QVERIFY(reloaded.tlsImported());
        QCOMPARE(reloaded.tlsInfo().sha256(), pki.tlsInfo().sha256());

        // Back to a console-issued certificate.
        QSignalSpy changedAgain(&reloaded, &ConsolePki::tlsIdentityChanged);
        reloaded.reissueTlsCertificate(Actor::system());
        QVERIFY(changedAgain.wait(20000));
        QVERIFY(!reloaded.tlsImported());
        QCOMPARE(reloaded.tlsInfo().issuer(), reloaded.caInfo().subject());
    }
};

QTEST_GUILESS_MAIN(TestConsolePki)
#include "test_console_pki.moc"
