#include "audit/AuditLog.h"
#include "pages/PushCredentialsPanel.h"
#include "push/PushCertificateService.h"
#include "security/AuthService.h"
#include "security/FieldCipher.h"
#include "security/ReauthDialog.h"
#include "security/ReauthGate.h"

#include "AuditTestSupport.h"
#include "PushTestPki.h"
#include "TestAdmin.h"
#include "TestDatabase.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {
int countAudit(Database &db, const QString &action, const QString &outcome)
{
    int n = 0;
    for (const AuditEvent &e : AuditLog(db).events())
        n += e.action == action && e.outcome == outcome;
    return n;
}
} // namespace

// The Settings page's Push tab, driven as an admin would: every action asks for the password again,
// a certificate request is saved, Apple's certificate imported, a certificate of another topic only
// after the admin accepted that every Apple device enrolls again.
class TestPushCredentialsPanel : public QObject
{
    Q_OBJECT
private:
    struct Fixture {
        TestDatabase tdb;
        std::unique_ptr<SecretStore> store;
        std::unique_ptr<AuthService> auth;
        AdminSession session;
        std::unique_ptr<ReauthGate> gate;
        std::unique_ptr<PushCredentialsPanel> panel;

        explicit Fixture(Role role = Role::Administrator)
        {
            TestAdmin::create(tdb.db(), QStringLiteral("pat"), role);
            store = fileSecretStore(tdb.dir());
            auth = std::make_unique<AuthService>(tdb.db(), FieldCipher::generateKey());
            session = AdminSession(&tdb.db(), 2, QStringLiteral("pat"), role, true);
            gate = std::make_unique<ReauthGate>(*auth, session);
            panel = std::make_unique<PushCredentialsPanel>(tdb.db(), *store, session, *gate);
            panel->show();
        }
        QPushButton *button(const char *name) { return panel->findChild<QPushButton *>(QLatin1String(name)); }
        // Clicks the button, confirms the password, then picks `path` in the file dialog.
        void run(const char *buttonName, const QString &path)
        {
            QTest::mouseClick(button(buttonName), Qt::LeftButton);
            QTRY_VERIFY(gate->openDialog() && gate->openDialog()->isVisible());
            QTest::keyClicks(gate->openDialog()->findChild<QLineEdit *>(QStringLiteral("password")), TestAdmin::password());
            QTest::mouseClick(gate->openDialog()->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
            QTRY_VERIFY(panel->fileDialog() && panel->fileDialog()->isVisible());
            emit panel->fileDialog()->fileSelected(path);
            panel->fileDialog()->close();
        }
    };

    bool makePki(PushTestPki &pki)
    {
        if (!pki.create()) {
            qWarning("openssl could not make the test certificates");
            return false;
        }
        // One file holding Apple's certificate and the key, as some vendors hand it over.
        QFile combined(pki.path(QStringLiteral("push-combined.pem")));
        QFile other(pki.path(QStringLiteral("push-other-combined.pem")));
        return combined.open(QIODevice::WriteOnly) && combined.write(pki.read(QStringLiteral("push.pem")) + pki.read(QStringLiteral("push.key"))) > 0
               && other.open(QIODevice::WriteOnly)
               && other.write(pki.read(QStringLiteral("push-other.pem")) + pki.read(QStringLiteral("push-other.key"))) > 0;
    }

private slots:
    void requestThenImportThenReplace()
    {
        Fixture f;
        PushTestPki pki(f.tdb.dir());
        QVERIFY(makePki(pki));
        QSignalSpy changed(f.panel.get(), &PushCredentialsPanel::credentialsChanged);

        const QString csrPath = f.tdb.dir() + QStringLiteral("/console-request.csr");
        f.run("pushCreateRequest", csrPath);
        QTRY_VERIFY2(QFile::exists(csrPath), qPrintable(f.panel->messageText()));
        QFile csr(csrPath);
        QVERIFY(csr.open(QIODevice::ReadOnly));
        QVERIFY(csr.readAll().startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
        QVERIFY2(PushCertificateService(f.tdb.db()).pendingRequest(), qPrintable(f.panel->messageText()));
        QCOMPARE(countAudit(f.tdb.db(), QStringLiteral("push.certificate.csr"), QStringLiteral("success")), 1);

        f.run("pushImportCertificate", pki.path(QStringLiteral("push-combined.pem")));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(PushCertificateService(f.tdb.db()).current()->topic, pki.topic());
        QVERIFY(f.panel->messageText().contains(pki.topic()));

        // Another topic: nothing changes until the admin accepts re-enrolling every Apple device.
        f.run("pushImportCertificate", pki.path(QStringLiteral("push-other-combined.pem")));
        QTRY_VERIFY(f.panel->reenrollDialog() && f.panel->reenrollDialog()->isVisible());
        QCOMPARE(PushCertificateService(f.tdb.db()).current()->topic, pki.topic());
        QCOMPARE(countAudit(f.tdb.db(), QStringLiteral("push.certificate.replace"), QStringLiteral("refused")), 1);
        f.panel->reenrollDialog()->findChild<QPushButton *>(QStringLiteral("acceptReenroll"))->click();
        QTRY_COMPARE(changed.count(), 2);
        QCOMPARE(PushCertificateService(f.tdb.db()).current()->topic, pki.otherTopic());
        QCOMPARE(countAudit(f.tdb.db(), QStringLiteral("push.certificate.replace"), QStringLiteral("accepted")), 1);
    }

    void pkcs12AsksForItsPassword()
    {
        Fixture f;
        PushTestPki pki(f.tdb.dir());
        QVERIFY(makePki(pki));
        QVERIFY(pki.pkcs12(QStringLiteral("push"), QStringLiteral("bundle secret")));
        QSignalSpy changed(f.panel.get(), &PushCredentialsPanel::credentialsChanged);
        f.run("pushImportCertificate", pki.path(QStringLiteral("push.p12")));
        QTRY_VERIFY(f.panel->passwordDialog() && f.panel->passwordDialog()->isVisible());
        f.panel->passwordDialog()->setTextValue(QStringLiteral("wrong"));
        f.panel->passwordDialog()->accept();
        QTRY_VERIFY(!f.panel->messageText().isEmpty());
        QVERIFY(!PushCertificateService(f.tdb.db()).current());
        QCOMPARE(changed.count(), 0);

        f.run("pushImportCertificate", pki.path(QStringLiteral("push.p12")));
        QTRY_VERIFY(f.panel->passwordDialog() && f.panel->passwordDialog()->isVisible());
        f.panel->passwordDialog()->setTextValue(QStringLiteral("bundle secret"));
        f.panel->passwordDialog()->accept();
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(PushCertificateService(f.tdb.db()).current()->topic, pki.topic());
    }

    void badFilesChangeNothing()
    {
        Fixture f;
        const QString junk = f.tdb.dir() + QStringLiteral("/junk.pem");
        QFile j(junk);
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nAA==\n-----END PRIVATE KEY-----\n");
        j.close();
        f.run("pushImportCertificate", junk);
        QTRY_VERIFY(!f.panel->messageText().isEmpty());
        QVERIFY(!PushCertificateService(f.tdb.db()).current());

        const QString json = f.tdb.dir() + QStringLiteral("/sa.json");
        QFile s(json);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write("{\"type\": \"service_account\"");
        s.close();
        const QString before = f.panel->messageText();
        f.run("pushImportFcm", json);
        QTRY_VERIFY(f.panel->messageText() != before);
        QCOMPARE(countAudit(f.tdb.db(), QStringLiteral("push.fcm.import"), QStringLiteral("success")), 0);
    }

    void technicianCannotTouchCertificates()
    {
        Fixture f(Role::Technician);
        for (const char *name : {"pushCreateRequest", "pushImportCertificate", "pushImportFcm", "pushSaveAppleId"})
            QVERIFY2(!f.button(name)->isEnabled(), name);
    }
};

QTEST_MAIN(TestPushCredentialsPanel)
#include "test_push_credentials_panel.moc"
