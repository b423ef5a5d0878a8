// Issue 14, first run: the setup assistant after the first Administrator (public URL and its
// reachability self-check against the console's own running endpoint, push and FCM pages, MFA shown
// as done), enrollment links carrying the public URL, the dashboard's Getting started checklist
// ticking from the database, Help > About, File > Quit, the window fitting a small screen, and the
// adb server: the one the console started ends with it, someone else's is left running.
#include "CliRunner.h"
#include "ConsoleDriver.h"
#include "TestAdmin.h"
#include "TestDatabase.h"

#include "HelpMenu.h"
#include "MainWindow.h"
#include "android/AdbClient.h"
#include "android/AdbHostQueryJob.h"
#include "audit/AuditLog.h"
#include "core/AppInfo.h"
#include "dialogs/AboutDialog.h"
#include "endpoint/EndpointAddress.h"
#include "endpoint/EndpointSelfCheck.h"
#include "endpoint/EndpointService.h"
#include "endpoint/SelfCheckResult.h"
#include "pages/AppleEnrollmentTab.h"
#include "pki/ConsolePki.h"
#include "pages/EnrollmentPage.h"
#include "pages/PushCredentialsPanel.h"
#include "pages/SettingsPage.h"
#include "pages/QrProvisioningTab.h"
#include "pages/UsbEnrollmentTab.h"
#include "push/PushCredentialNames.h"
#include "push/PushCredentialRepository.h"
#include "secrets/PassphraseFileSecretBackend.h"
#include "secrets/SecretStore.h"
#include "security/FieldCipher.h"
#include "settings/SettingsRepository.h"
#include "settings/SettingsService.h"
#include "setup/GettingStartedStatus.h"
#include "setup/SetupAssistant.h"
#include "widgets/EndpointAddressForm.h"
#include "widgets/GettingStartedWidget.h"

#include <QAction>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {
const QString kPassword = QStringLiteral("console admin password");

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

bool answers(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(1000);
}

void putPushCertificate(Database &db, qint64 notAfter)
{
    QVERIFY(PushCredentialRepository(db).put(QString::fromLatin1(PushCredentialNames::ApnsCertificate),
                                             QJsonObject{{QStringLiteral("topic"), QStringLiteral("com.apple.mgmt.External.t")},
                                                         {QStringLiteral("not_after"), double(notAfter)}},
                                             QDateTime::currentSecsSinceEpoch()));
}

int auditCount(Database &db, const QString &action, const QString &detail = {})
{
    int n = 0;
    for (const AuditEvent &e : AuditLog(db).events())
        n += e.action == action && e.details.contains(detail) ? 1 : 0;
    return n;
}

// CLINICMDM_SCREENSHOT_QM loads a translation (to look at the pages in Spanish); the checks of
// English wording are then left out, the behaviour is checked all the same.
bool english() { return qEnvironmentVariableIsEmpty("CLINICMDM_SCREENSHOT_QM"); }

// Writes a PNG of `w` to CLINICMDM_SCREENSHOT_DIR when set (for looking at the pages by eye).
void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLINICMDM_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
} // namespace

class TestSetupAssistant : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        // QSettings (window geometry, the hidden checklist) goes to a throwaway folder.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("ClinicMDM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("test_setup_assistant"));
        if (!english()) {
            auto *translator = new QTranslator(this);
            QVERIFY(translator->load(qEnvironmentVariable("CLINICMDM_SCREENSHOT_QM")));
            QCoreApplication::installTranslator(translator);
        }
    }

    void publicUrlIsValidatedAndUsedEverywhere()
    {
        TestDatabase tdb;
        QVERIFY(TestAdmin::create(tdb.db(), QStringLiteral("test-root"), Role::Administrator));
        AdminSession root(&tdb.db(), 1, QStringLiteral("test-root"), Role::Administrator, true);
        SettingsService settings(tdb.db());
        for (const QString &bad : {QStringLiteral("http://mdm.clinic.example"), QStringLiteral("https://"),
                                   QStringLiteral("https://mdm.clinic.example:70000"), QStringLiteral("https://a b.example"),
                                   QStringLiteral("https://user@mdm.clinic.example"), QStringLiteral("https://mdm.clinic.example/x")}) {
            const Status s = settings.change(root, Setting::EndpointPublicUrl, bad);
            QVERIFY2(!s, qPrintable(bad));
            QCOMPARE(s.code(), ErrorCode::InvalidInput);
        }
        QCOMPARE(EndpointAddress::publicUrl(tdb.db()), QStringLiteral("https://localhost:8443"));
        QCOMPARE(auditCount(tdb.db(), QStringLiteral("settings.change")), 0);
        QVERIFY(settings.change(root, Setting::EndpointPublicUrl, QStringLiteral(" https://MDM.Clinic.Example:9443/ ")));
        QCOMPARE(EndpointAddress::publicUrl(tdb.db()), QStringLiteral("https://mdm.clinic.example:9443"));
        QCOMPARE(auditCount(tdb.db(), QStringLiteral("settings.change"), QStringLiteral("key=endpoint/publicUrl")), 1);
        // The TLS certificate the console issues names the public host too.
        QStringList dns;
        QList<QHostAddress> ips;
        ConsolePki::configuredNames(tdb.db(), dns, ips);
        QVERIFY2(dns.contains(QStringLiteral("mdm.clinic.example")), qPrintable(dns.join(',')));
        // Apple links, the Android QR and USB tabs all hand devices the public URL.
        putPushCertificate(tdb.db(), QDateTime::currentSecsSinceEpoch() + 86400 * 300);
        AppleEnrollmentTab apple(tdb.db(), root);
        apple.createLinks();
        auto *links = apple.findChild<QListWidget *>(QStringLiteral("appleLinks"));
        QCOMPARE(links->count(), 1);
        QVERIFY2(links->item(0)->text().startsWith(QLatin1String("https://mdm.clinic.example:9443/enroll/")),
                 qPrintable(links->item(0)->text()));
        // The command line's enrollment helpers read the same address.
        QCOMPARE(EndpointAddress::publicUrl(tdb.db()), QStringLiteral("https://mdm.clinic.example:9443"));
        QVERIFY(settings.change(root, Setting::EndpointPublicUrl, QString()));
        QCOMPARE(EndpointAddress::publicUrl(tdb.db()), QStringLiteral("https://localhost:8443"));

        // The command line: the same validation, and its links carry the public URL too.
        if (CliRunner::binary().isEmpty())
            QFAIL("CLINICMDM_BINARY is not set (tests/CMakeLists.txt sets it)");
        const CliRunner cli(tdb.db().path());
        const QHash<QString, QString> env{{QStringLiteral("CLINICMDM_PASSWORD"), TestAdmin::password()}};
        const QStringList set{QStringLiteral("--user"), QStringLiteral("test-root"), QStringLiteral("settings"), QStringLiteral("set"),
                              QStringLiteral("endpoint/publicUrl")};
        CliRunner::Result r = cli.run(set + QStringList{QStringLiteral("http://cli.clinic.example")}, env);
        QVERIFY2(r.exitCode != 0 && r.err.contains(QLatin1String("https://")), qPrintable(r.err));
        r = cli.run(set + QStringList{QStringLiteral("https://cli.clinic.example:9000")}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli.run({QStringLiteral("--user"), QStringLiteral("test-root"), QStringLiteral("enroll"), QStringLiteral("create"),
                     QStringLiteral("--ownership"), QStringLiteral("cope")}, env);
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("https://cli.clinic.example:9000/enroll/")), qPrintable(r.out + r.err));
    }

    // The assistant after the first Administrator, at 1280x720, against the console's own endpoint.
    void firstRunAssistantChecksReachability()
    {
        TestDatabase tdb;
        const quint16 port = freePort();
        SettingsRepository repo(tdb.db());
        QVERIFY(repo.setValue(Setting::EndpointPort, port));
        QVERIFY(repo.setValue(Setting::EndpointHost, QStringLiteral("127.0.0.1")));
        QVERIFY(repo.setValue(Setting::EndpointListenAddress, QStringLiteral("127.0.0.1")));
        QTemporaryDir secrets;
        SecretStore store(QStringLiteral("ClinicMDM:assistant"),
                          std::make_unique<PassphraseFileSecretBackend>(secrets.filePath(QStringLiteral("s.bin")), "assistant test"));
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        console.setSecretStore(&store);
        QSignalSpy shown(&console, &SecureConsole::setupAssistantShown);
        QVERIFY(ConsoleDriver::createFirstAdmin(console, QStringLiteral("root"), kPassword));
        console.window()->resize(1280, 720);
        QTRY_COMPARE(shown.count(), 1);
        auto *assistant = qobject_cast<SetupAssistant *>(shown.at(0).at(0).value<QWidget *>());
        QVERIFY(assistant);
        QTRY_VERIFY(assistant->isVisible());
        QVERIFY(assistant->isModal() || assistant->windowModality() != Qt::NonModal);
        QVERIFY(assistant->width() <= 1280 && assistant->height() <= 720);
        shoot(assistant, QStringLiteral("assistant-1-organisation"));

        // Organisation: saved through SettingsService (audited).
        auto *clinic = assistant->findChild<QLineEdit *>(QStringLiteral("assistantClinicName"));
        clinic->setText(QStringLiteral("Clínica Norte"));
        assistant->next();
        QCOMPARE(assistant->currentId(), int(SetupAssistant::EndpointPage));
        QCOMPARE(repo.stringValue(Setting::ClinicName), QStringLiteral("Clínica Norte"));

        // Endpoint: the public name differs from the host the certificate was issued for, so the
        // certificate is re-issued and the endpoint restarts before the check passes.
        EndpointService *endpoint = console.endpoint();
        QTRY_VERIFY_WITH_TIMEOUT(endpoint->state() == EndpointService::State::Running, 60000);
        EndpointAddressForm *form = assistant->addressForm();
        auto *url = form->findChild<QLineEdit *>(QStringLiteral("publicUrl"));
        auto *check = form->findChild<QPushButton *>(QStringLiteral("checkReachability"));
        url->setText(QStringLiteral("http://localhost:%1").arg(port));
        QTest::mouseClick(check, Qt::LeftButton);
        if (english())
            QVERIFY2(form->resultText().contains(QLatin1String("https://")), qPrintable(form->resultText()));
        QVERIFY(repo.stringValue(Setting::EndpointPublicUrl).isEmpty());

        QSignalSpy checked(form, &EndpointAddressForm::checked);
        url->setText(QStringLiteral("https://localhost:%1").arg(port));
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(checked.wait(60000));
        QVERIFY2(checked.at(0).at(0).toBool(), qPrintable(form->resultText()));
        if (english())
            QVERIFY2(form->resultText().startsWith(QLatin1String("Reachable")), qPrintable(form->resultText()));
        QVERIFY(SelfCheckResult::load(tdb.db()).ok);
        QCOMPARE(SelfCheckResult::load(tdb.db()).url, QStringLiteral("https://localhost:%1").arg(port));
        QVERIFY(GettingStartedStatus(tdb.db()).isDone(GettingStartedStatus::Step::EndpointReachable, 0));
        QVERIFY(endpoint->pki().tlsInfo().dnsNames().contains(QStringLiteral("localhost")));
        QCOMPARE(auditCount(tdb.db(), QStringLiteral("endpoint.selfcheck"), QStringLiteral("outcome=reachable")), 1);
        shoot(assistant, QStringLiteral("assistant-2-endpoint"));

        // The same endpoint checked without the console CA: its certificate is not trusted.
        EndpointSelfCheck wrongCa(QStringLiteral("https://localhost:%1").arg(port), QByteArray(), 10000);
        QSignalSpy wrongCaDone(&wrongCa, &EndpointSelfCheck::finished);
        wrongCa.start();
        QVERIFY(wrongCaDone.wait(30000));
        QCOMPARE(wrongCa.outcome(), EndpointSelfCheck::Outcome::TlsUntrusted);
        // A server that accepts but never answers: the check gives up after its timeout.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        EndpointSelfCheck slow(QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort()),
                               endpoint->pki().certificateAuthority().certificatePem(), 1000);
        QSignalSpy slowDone(&slow, &EndpointSelfCheck::finished);
        slow.start();
        QVERIFY(slowDone.wait(30000));
        QCOMPARE(slow.outcome(), EndpointSelfCheck::Outcome::Timeout);
        if (english())
            QVERIFY2(slow.explanation().contains(QLatin1String("within 1 second")), qPrintable(slow.explanation()));

        // A port nothing listens on: the explanation says "refused" in plain words.
        const quint16 closed = freePort();
        checked.clear();
        url->setText(QStringLiteral("https://localhost:%1").arg(closed));
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(checked.wait(30000));
        QVERIFY(!checked.at(0).at(0).toBool());
        if (english())
            QVERIFY2(form->resultText().contains(QStringLiteral("nothing accepts connections on port %1").arg(closed)),
                 qPrintable(form->resultText()));
        QVERIFY(!GettingStartedStatus(tdb.db()).isDone(GettingStartedStatus::Step::EndpointReachable, 0));
        shoot(assistant, QStringLiteral("assistant-2b-refused"));
        checked.clear();
        url->setText(QStringLiteral("https://localhost:%1").arg(port));
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(checked.wait(30000));
        QVERIFY2(checked.at(0).at(0).toBool(), qPrintable(form->resultText()));

        // The enrollment pages now hand devices the public URL (USB provisioning, the QR payload).
        QCOMPARE(endpoint->publicUrl(), QStringLiteral("https://localhost:%1").arg(port));
        auto *usbConsole = console.window()->findChild<UsbEnrollmentTab *>()->findChild<QLabel *>(QStringLiteral("usbConsole"));
        if (english())
            QVERIFY2(usbConsole->text().startsWith(QStringLiteral("https://localhost:%1 (CA SHA-256").arg(port)),
                 qPrintable(usbConsole->text()));

        // Push: the Settings panel's Apple part, with where to send the request.
        assistant->next();
        QCOMPARE(assistant->currentId(), int(SetupAssistant::PushPage));
        auto *apple = assistant->findChild<PushCredentialsPanel *>(QStringLiteral("assistantApplePush"));
        QVERIFY(apple && apple->isVisible());
        QVERIFY(apple->findChild<QPushButton *>(QStringLiteral("pushCreateRequest"))->isVisible());
        QVERIFY(!apple->findChild<QPushButton *>(QStringLiteral("pushImportFcm"))->isVisible());
        shoot(assistant, QStringLiteral("assistant-3-push"));
        assistant->next(); // skipped
        QCOMPARE(assistant->currentId(), int(SetupAssistant::FcmPage));
        auto *fcm = assistant->findChild<PushCredentialsPanel *>(QStringLiteral("assistantFcm"));
        QVERIFY(fcm->findChild<QPushButton *>(QStringLiteral("pushImportFcm"))->isVisible());
        QVERIFY(!fcm->findChild<QPushButton *>(QStringLiteral("pushCreateRequest"))->isVisible());
        shoot(assistant, QStringLiteral("assistant-4-fcm"));
        assistant->next();
        QCOMPARE(assistant->currentId(), int(SetupAssistant::MfaPage));
        if (english())
            QVERIFY2(assistant->findChild<QLabel *>(QStringLiteral("assistantMfaState"))->text().contains(QLatin1String("Done")),
                 qPrintable(assistant->findChild<QLabel *>(QStringLiteral("assistantMfaState"))->text()));
        shoot(assistant, QStringLiteral("assistant-5-mfa"));
        assistant->next();
        shoot(assistant, QStringLiteral("assistant-6-done"));
        assistant->accept();

        // The dashboard's checklist: the endpoint ticked, the rest open with their buttons.
        console.window()->showSection(QStringLiteral("dashboard"));
        auto *list = console.window()->findChild<GettingStartedWidget *>();
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible());
        QVERIFY(list->isTicked(GettingStartedStatus::Step::EndpointReachable));
        QVERIFY(!list->isTicked(GettingStartedStatus::Step::PushCertificate));
        shoot(console.window(), QStringLiteral("dashboard-getting-started"));
        QTest::mouseClick(list->findChild<QPushButton *>(QStringLiteral("gettingStarted_push")), Qt::LeftButton);
        auto *pages = console.window()->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        QCOMPARE(pages->currentWidget(), console.window()->sectionPage(QStringLiteral("settings")));
        QVERIFY(console.window()->sectionPage(QStringLiteral("settings"))->findChild<QWidget *>(QStringLiteral("settingsPush"))->isVisible());

        shoot(console.window(), QStringLiteral("settings-push"));
        qobject_cast<SettingsPage *>(console.window()->sectionPage(QStringLiteral("settings")))->showTab(QStringLiteral("settingsEndpoint"));
        shoot(console.window(), QStringLiteral("settings-endpoint"));
        // No push certificate: the Apple tab warns and offers the way to Settings > Push.
        console.window()->showSection(QStringLiteral("enrollment"));
        auto *appleTab = console.window()->findChild<AppleEnrollmentTab *>();
        QTRY_VERIFY(appleTab->isVisible());
        QVERIFY(!appleTab->pushWarningText().isEmpty());
        shoot(console.window(), QStringLiteral("enrollment-apple-warning"));
        QTest::mouseClick(appleTab->findChild<QPushButton *>(QStringLiteral("applePushSetup")), Qt::LeftButton);
        QCOMPARE(pages->currentWidget(), console.window()->sectionPage(QStringLiteral("settings")));

        // Help > Setup assistant opens it again (one at a time).
        auto *again = console.window()->findChild<QAction *>(QStringLiteral("actionSetupAssistant"));
        QVERIFY(again && again->isVisible());
        again->trigger();
        QTRY_COMPARE(shown.count(), 2);
    }

    // A real TLS peer (openssl s_server) whose certificate names localhost, reached as 127.0.0.1:
    // the self-check says the certificate does not name the host.
    void selfCheckExplainsATlsNameMismatch()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not installed");
        QTemporaryDir dir;
        QProcess req;
        req.setWorkingDirectory(dir.path());
        req.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                              QStringLiteral("-keyout"), QStringLiteral("k.pem"), QStringLiteral("-out"), QStringLiteral("c.pem"),
                                              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                              QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost")});
        QVERIFY(req.waitForFinished(60000) && req.exitCode() == 0);
        const quint16 port = freePort();
        QProcess server;
        server.setWorkingDirectory(dir.path());
        server.start(QStringLiteral("openssl"), {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                                                 QStringLiteral("-cert"), QStringLiteral("c.pem"), QStringLiteral("-key"), QStringLiteral("k.pem"),
                                                 QStringLiteral("-www"), QStringLiteral("-quiet")});
        const auto stop = qScopeGuard([&] {
            server.kill();
            server.waitForFinished(5000);
        });
        QTRY_VERIFY_WITH_TIMEOUT(answers(port), 20000);
        QFile cert(dir.filePath(QStringLiteral("c.pem")));
        QVERIFY(cert.open(QIODevice::ReadOnly));
        EndpointSelfCheck check(QStringLiteral("https://127.0.0.1:%1").arg(port), cert.readAll(), 10000);
        QSignalSpy done(&check, &EndpointSelfCheck::finished);
        check.start();
        QVERIFY(done.wait(30000));
        QCOMPARE(check.outcome(), EndpointSelfCheck::Outcome::TlsNameMismatch);
        if (english())
            QVERIFY2(check.explanation().contains(QLatin1String("does not name 127.0.0.1")), qPrintable(check.explanation()));
    }

    void checklistTicksFromTheDatabase()
    {
        TestDatabase tdb;
        QVERIFY(TestAdmin::create(tdb.db(), QStringLiteral("test-root"), Role::Administrator));
        QSettings().remove(GettingStartedWidget::settingsKey());
        GettingStartedWidget list(tdb.db());
        QSignalSpy requested(&list, &GettingStartedWidget::stepRequested);
        list.resize(1000, 300);
        list.show();
        const auto ticked = [&](GettingStartedStatus::Step s) { return list.isTicked(s); };
        for (GettingStartedStatus::Step s : GettingStartedStatus::steps())
            QVERIFY(!ticked(s));
        auto *hide = list.findChild<QPushButton *>(QStringLiteral("hideGettingStarted"));
        QVERIFY(!hide->isVisible());
        QTest::mouseClick(list.findChild<QPushButton *>(QStringLiteral("gettingStarted_baseline")), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).value<GettingStartedStatus::Step>(), GettingStartedStatus::Step::BaselineAssigned);

        // Reachable, but for an address devices are no longer told: not ticked.
        QVERIFY((SelfCheckResult{EndpointAddress::publicUrl(tdb.db()), QStringLiteral("reachable"), 1, true}.store(tdb.db())));
        list.refresh();
        QVERIFY(ticked(GettingStartedStatus::Step::EndpointReachable));
        QVERIFY(SettingsRepository(tdb.db()).setValue(Setting::EndpointPublicUrl, QStringLiteral("https://mdm.clinic.example")));
        list.refresh();
        QVERIFY(!ticked(GettingStartedStatus::Step::EndpointReachable));
        QVERIFY((SelfCheckResult{EndpointAddress::publicUrl(tdb.db()), QStringLiteral("reachable"), 2, true}.store(tdb.db())));

        // An expired push certificate does not count; a valid one does.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        putPushCertificate(tdb.db(), now - 60);
        list.refresh();
        QVERIFY(!ticked(GettingStartedStatus::Step::PushCertificate));
        putPushCertificate(tdb.db(), now + 86400 * 300);
        list.refresh();
        QVERIFY(ticked(GettingStartedStatus::Step::PushCertificate));

        // A device enrolled through an Android agent, a policy assigned, a report exported.
        QSqlQuery q(tdb.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO devices (id, name, platform, ownership, enrollment_state, created_at, updated_at) "
                                      "VALUES (1, 'Tab', 'android', 'COPE', 'enrolled', 1, 1)")));
        list.refresh();
        QVERIFY(!ticked(GettingStartedStatus::Step::FirstDevice)); // a device row alone (demo data) is not an enrollment
        QVERIFY(q.exec(QStringLiteral("INSERT INTO android_agents (device_id, cert_sha256, cert_not_after, management_mode, enrolled_at) "
                                      "VALUES (1, 'aa', 0, 'device_owner', 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO policies (id, name, ownership, created_at, updated_at) VALUES (1, 'COPE', 'COPE', 1, 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO policy_assignments (policy_id, device_id, created_at) VALUES (1, 1, 1)")));
        list.hide();
        list.show(); // it looks again when shown (the dashboard is opened)
        QVERIFY(ticked(GettingStartedStatus::Step::FirstDevice));
        QVERIFY(ticked(GettingStartedStatus::Step::BaselineAssigned));
        QVERIFY(!ticked(GettingStartedStatus::Step::ReportExported));
        QVERIFY(AuditLog(tdb.db()).record(Actor{}, QStringLiteral("report.export"), QStringLiteral("failure"), {}));
        list.refresh();
        QVERIFY(!ticked(GettingStartedStatus::Step::ReportExported));
        QVERIFY(AuditLog(tdb.db()).record(Actor{}, QStringLiteral("report.export"), QStringLiteral("success"), {}));
        list.refresh();
        QVERIFY(ticked(GettingStartedStatus::Step::ReportExported));
        QVERIFY(GettingStartedStatus(tdb.db()).allDone(now));

        // All done: it can be hidden, and stays hidden.
        QVERIFY(hide->isVisible());
        QTest::mouseClick(hide, Qt::LeftButton);
        QVERIFY(!list.isVisible());
        QVERIFY(QSettings().value(GettingStartedWidget::settingsKey()).toBool());
        QSettings().remove(GettingStartedWidget::settingsKey());
    }

    void helpAboutQuitAndWindowSize()
    {
        TestDatabase tdb;
        QVERIFY(TestAdmin::create(tdb.db(), QStringLiteral("test-root"), Role::Administrator));
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        QVERIFY(ConsoleDriver::signIn(console, QStringLiteral("test-root"), TestAdmin::password()));
        MainWindow *window = console.window();
        // The offscreen screen is 800x800: the window takes it, no more than its layout's minimum.
        const QSize screen = window->screen()->availableGeometry().size();
        const QSize minimum = window->minimumSizeHint();
        QString widest;
        auto *stack = window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        for (int i = 0; i < stack->count(); ++i)
            if (stack->widget(i)->minimumSizeHint().width() > 1000)
                widest += QStringLiteral(" %1=%2").arg(stack->widget(i)->objectName()).arg(stack->widget(i)->minimumSizeHint().width());
        QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 720,
                 qPrintable(QStringLiteral("minimum %1x%2, wide pages:%3").arg(minimum.width()).arg(minimum.height()).arg(widest)));
        QVERIFY2(window->width() <= qMax(screen.width(), minimum.width()) && window->height() <= qMax(screen.height(), minimum.height()),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(window->width()).arg(window->height()).arg(screen.width()).arg(screen.height())));
        // A geometry saved on a big screen opens at most as big as a 1280x720 one.
        const QRect small(0, 0, 1280, 720);
        QVERIFY(small.contains(MainWindow::fittedGeometry(QRect(100, 100, 1600, 1000), small)));
        QVERIFY(small.contains(MainWindow::fittedGeometry(QRect(), small)));
        QCOMPARE(MainWindow::fittedGeometry(QRect(10, 20, 900, 600), small), QRect(10, 20, 900, 600));

        auto *quit = window->findChild<QAction *>(QStringLiteral("actionQuit"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        if (english())
            QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        if (english())
            QCOMPARE(window->menuBar()->actions().last()->text(), QStringLiteral("&Help"));

        auto *about = window->findChild<QAction *>(QStringLiteral("actionAbout"));
        QVERIFY(about);
        about->trigger();
        AboutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<AboutDialog *>()) && dialog->isVisible());
        const QString text = dialog->text();
        QVERIFY2(text.contains(AppInfo::version()), qPrintable(text));
        QVERIFY(text.contains(QDir::toNativeSeparators(tdb.db().path())));
        for (const char *expected : {"LGPL-3.0", "OpenSSL", "Apache-2.0", "libplist", "libimobiledevice", "libqrencode",
                                     "LGPL-2.1", "Argon2", "CC0", "QtKeychain", "BSD", "nghttp2", "MIT", "Qt Charts", "GPL-3.0"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        shoot(dialog, QStringLiteral("about"));
        dialog->close();
        // README: the local copy when there is one, else the project's page.
        const QUrl readme = HelpMenu::readmeUrl();
        QVERIFY(readme.isLocalFile() ? readme.toLocalFile().endsWith(QLatin1String("README.md")) : readme.toString() == AppInfo::homepage());
    }

    void adbServerStartedByTheConsoleStopsWithIt()
    {
        const QString adb = QStandardPaths::findExecutable(QStringLiteral("adb"));
        if (adb.isEmpty())
            QSKIP("adb is not on PATH: install Debian's adb package (packaging/install-deps.sh --with-tests).");
        enum class Exit { AfterStart, WhileStarting, UserServer };
        for (Exit when : {Exit::AfterStart, Exit::WhileStarting, Exit::UserServer}) {
            const bool startedByUser = when == Exit::UserServer;
            const quint16 port = freePort();
            // Whatever a failed check leaves running on this port is stopped (a no-op when none is).
            const auto stopLeftovers = qScopeGuard([&] {
                QProcess kill;
                kill.start(adb, {QStringLiteral("-P"), QString::number(port), QStringLiteral("kill-server")});
                kill.waitForFinished(10000);
            });
            qputenv("ANDROID_ADB_SERVER_PORT", QByteArray::number(port));
            // While starting: an adb whose start-server lingers a second after the server is up, so the
            // console surely exits while `adb start-server` still runs (the daemon already forked).
            QTemporaryDir bin;
            const QString slowAdb = bin.filePath(QStringLiteral("adb"));
            QFile script(slowAdb);
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write("#!/bin/sh\n'" + adb.toUtf8() + "' \"$@\" && sleep 1\n");
            script.close();
            script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("CLINICMDM_ADB", (when == Exit::WhileStarting ? slowAdb : adb).toUtf8());
            if (startedByUser)
                QCOMPARE(QProcess::execute(adb, {QStringLiteral("-P"), QString::number(port), QStringLiteral("start-server")}), 0);
            QCOMPARE(answers(port), startedByUser);
            {
                TestDatabase tdb;
                QVERIFY(TestAdmin::create(tdb.db(), QStringLiteral("test-root"), Role::Administrator));
                SecureConsole console(tdb.db(), FieldCipher::generateKey());
                QVERIFY(ConsoleDriver::signIn(console, QStringLiteral("test-root"), TestAdmin::password()));
                console.window()->show();
                console.window()->showSection(QStringLiteral("enrollment"));
                auto *usb = console.window()->findChild<UsbEnrollmentTab *>();
                QVERIFY(usb);
                console.window()->findChild<QTabWidget *>(QStringLiteral("enrollmentTabs"))->setCurrentWidget(usb);
                auto *status = usb->findChild<QLabel *>(QStringLiteral("adbStatus"));
                // The tab contacted (and if need be started) the server; the tracker is attached.
                const QString contacting = QCoreApplication::translate("UsbEnrollmentTab", "Contacting the adb server…");
                if (when == Exit::WhileStarting) // the console quits while `adb start-server` still runs
                    QTRY_VERIFY_WITH_TIMEOUT(!usb->findChildren<QProcess *>().isEmpty()
                                                 && usb->findChildren<QProcess *>().first()->state() == QProcess::Running
                                                 && answers(port), 30000);
                else
                    QTRY_VERIFY_WITH_TIMEOUT(answers(port) && status->text() != contacting, 30000);
            } // the console exits
            if (startedByUser) {
                QVERIFY2(answers(port), "the user's adb server was stopped");
                QProcess::execute(adb, {QStringLiteral("-P"), QString::number(port), QStringLiteral("kill-server")});
            } else {
                QTRY_VERIFY_WITH_TIMEOUT(!answers(port), 10000);
            }
        }
        qunsetenv("ANDROID_ADB_SERVER_PORT");
    }
};

QTEST_MAIN(TestSetupAssistant)
#include "test_setup_assistant.moc"
