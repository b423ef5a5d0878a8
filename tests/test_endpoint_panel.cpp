#include "HttpsTestClient.h"
#include "TestAdmin.h"
#include "TestDatabase.h"

#include "android/AndroidProvisioningPayload.h"
#include "endpoint/EndpointService.h"
#include "pages/EndpointPanel.h"
#include "pki/ConsolePki.h"
#include "secrets/PassphraseFileSecretBackend.h"
#include "secrets/SecretStore.h"

#include <QCryptographicHash>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>

// The Settings page's Endpoint tab drives the real endpoint in the console process: certificates
// shown, start and stop without blocking, devices served meanwhile, actions audited and RBAC-checked.
class TestEndpointPanel : public QObject
{
    Q_OBJECT

    static int auditCount(Database &db, const QString &action)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = ?"));
        q.addBindValue(action);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    // The console once handed the QR and USB tabs the colon-separated fingerprint people read
    // (95 characters), which the provisioning check refused as "missing": QR enrollment always failed.
    void handsAgentsTheFingerprintTheirProtocolWants()
    {
        TestDatabase t;
        QTemporaryDir secrets;
        SecretStore store(QStringLiteral("ClinicMDM:panel-fp"), std::make_unique<PassphraseFileSecretBackend>(
                                                                   secrets.filePath(QStringLiteral("s.bin")), "panel test"));
        EndpointService service(t.db(), store);
        QVERIFY(service.caSha256ForAgents().isEmpty()); // nothing to hand out before the CA exists
        service.pki().load();
        QTRY_VERIFY_WITH_TIMEOUT(service.pki().isReady(), 60000);
        const QString forAgents = service.caSha256ForAgents();
        QCOMPARE(forAgents, QString::fromLatin1(QCryptographicHash::hash(service.pki().certificateAuthority().certificateDer(),
                                                                         QCryptographicHash::Sha256).toHex()));
        AndroidProvisioningPayload payload;
        payload.downloadUrl = QStringLiteral("https://mdm.clinic.example/agent.apk");
        payload.signatureChecksum = QStringLiteral("gJD2YwtOiWJHkSMkkIfLRlj-quNqG1fb6v100QmzM9w");
        payload.consoleUrl = service.publicUrl();
        payload.enrollToken = QStringLiteral("token");
        payload.caSha256 = forAgents;
        const Status ok = payload.validate();
        QVERIFY2(ok, qPrintable(ok.message()));
        payload.caSha256 = service.pki().caInfo().sha256Hex(); // the human form is refused, and says why
        const Status refused = payload.validate();
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(QLatin1String("without colons")), qPrintable(refused.message()));
    }

    void startsServesAndStopsFromTheConsole()
    {
        TestDatabase t;
        QVERIFY(TestAdmin::create(t.db(), QStringLiteral("test-root"), Role::Administrator));
        AdminSession admin(&t.db(), 1, QStringLiteral("test-root"), Role::Administrator, true);
        QTemporaryDir secrets;
        SecretStore store(QStringLiteral("ClinicMDM:panel"), std::make_unique<PassphraseFileSecretBackend>(
                                                                 secrets.filePath(QStringLiteral("s.bin")), "panel test"));
        EndpointService service(t.db(), store);
        service.setListenOverride(QHostAddress::LocalHost, 0);
        EndpointPanel panel(service, admin);
        panel.show();

        auto *tlsSha = panel.findChild<QLabel *>(QStringLiteral("tlsSha256"));
        auto *caSha = panel.findChild<QLabel *>(QStringLiteral("caSha256"));
        auto *state = panel.findChild<QLabel *>(QStringLiteral("endpointState"));
        auto *start = panel.findChild<QPushButton *>(QStringLiteral("startEndpoint"));
        auto *stop = panel.findChild<QPushButton *>(QStringLiteral("stopEndpoint"));
        QVERIFY(tlsSha && caSha && state && start && stop);
        // The certificates appear without starting anything (the CA is created on first use).
        QTRY_VERIFY_WITH_TIMEOUT(service.pki().isReady(), 60000);
        QTRY_COMPARE(tlsSha->text(), service.pki().tlsInfo().sha256Hex());
        QCOMPARE(caSha->text(), service.pki().caInfo().sha256Hex());
        QVERIFY(start->isEnabled());
        QVERIFY(!stop->isEnabled());

        start->click();
        QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QStringLiteral("Listening on 127.0.0.1")), 20000);
        QVERIFY(stop->isEnabled());
        HttpsTestClient client(service.pki().certificateAuthority().certificatePem());
        QVERIFY(client.connectTo(service.port(), QStringLiteral("localhost")));
        client.send(HttpsTestClient::get("/health"));
        HttpsTestClient::Response r;
        QVERIFY(client.read(r));
        QCOMPARE(r.status, 200);

        stop->click();
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Stopped"), 20000);
        QVERIFY(client.waitClosed());
        QCOMPARE(auditCount(t.db(), QStringLiteral("endpoint.start")), 1);
        QCOMPARE(auditCount(t.db(), QStringLiteral("endpoint.stop")), 1);
    }

    void onlySettingsManagersControlTheEndpoint()
    {
        TestDatabase t;
        QVERIFY(TestAdmin::create(t.db(), QStringLiteral("tech"), Role::Technician));
        AdminSession technician(&t.db(), 2, QStringLiteral("tech"), Role::Technician, true);
        QTemporaryDir secrets;
        SecretStore store(QStringLiteral("ClinicMDM:panel2"), std::make_unique<PassphraseFileSecretBackend>(
                                                                  secrets.filePath(QStringLiteral("s.bin")), "panel test"));
        EndpointService service(t.db(), store);
        QCOMPARE(service.startAs(technician).code(), ErrorCode::PermissionDenied);
        QCOMPARE(service.importTlsPem(technician, "x", "y", {}).code(), ErrorCode::PermissionDenied);
        QCOMPARE(service.state(), EndpointService::State::Stopped);
    }
};

QTEST_MAIN(TestEndpointPanel)
#include "test_endpoint_panel.moc"
