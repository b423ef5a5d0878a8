// Issue 14's headline journey, driven through the console window only, offscreen at 1280x720:
// the first Administrator (with MFA) -> the setup assistant (organisation, the endpoint's public URL
// and its self-check against the console's own endpoint, the push certificate imported) -> 20 iPads
// enroll from links made on the Apple tab (the Apple device simulator over TLS to the console's
// endpoint) and 20 Android agents from QR payloads made on the QR tab -> a group filled by rule on
// the Groups page -> a policy from the COPE baseline assigned to it on the Policies page -> every
// device receives it (InstallProfile acknowledged, the agent's policy applied) -> the dashboard
// counts them -> Reports exports the PDF, and pdftotext finds the 40 devices and the policy.
#include "AppleDeviceSimulator.h"
#include "ConsoleDriver.h"
#include "PushTestPki.h"
#include "TestDatabase.h"
#include "TestEndpointContext.h"
#include "TlsTransport.h"
#include "sim/AndroidAgentSimulator.h"

#include "MainWindow.h"
#include "android/AgentProtocol.h"
#include "android/AndroidAgentRouter.h"
#include "security/Base32.h"
#include "endpoint/EndpointService.h"
#include "fleet/DeviceRepository.h"
#include "pages/AppleEnrollmentTab.h"
#include "pages/DashboardPage.h"
#include "pages/GroupsPage.h"
#include "pages/PoliciesPage.h"
#include "pages/PushCredentialsPanel.h"
#include "pages/QrProvisioningTab.h"
#include "pages/ReportsPage.h"
#include "pki/ConsolePki.h"
#include "policy/PolicyRepository.h"
#include "push/PushCertificateService.h"
#include "secrets/PassphraseFileSecretBackend.h"
#include "secrets/SecretStore.h"
#include "security/FieldCipher.h"
#include "security/FirstAdminDialog.h"
#include "security/MfaSetupWidget.h"
#include "security/ReauthDialog.h"
#include "security/ReauthGate.h"
#include "security/Totp.h"
#include "settings/SettingsRepository.h"
#include "setup/SetupAssistant.h"
#include "widgets/EndpointAddressForm.h"

#include <QComboBox>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

#include <memory>
#include <vector>

namespace {
const QString kPassword = QStringLiteral("journey admin password 2026");
constexpr int kEach = 20;

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

template <typename T> T *visible()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    return nullptr;
}
} // namespace

class TestHeadlineJourney : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;
    QByteArray m_totpSecret;
    qint64 m_totpStep = 0;

    // The next one-time code the authenticator app would show (each step signs in only once).
    QString nextCode()
    {
        m_totpStep = qMax(m_totpStep + 1, Totp::stepAt(QDateTime::currentSecsSinceEpoch()));
        // Verification accepts one step of drift; wait (event-driven) for the clock when needed.
        (void)QTest::qWaitFor([this] { return Totp::stepAt(QDateTime::currentSecsSinceEpoch()) + 1 >= m_totpStep; }, 65000);
        return Totp::codeForStep(m_totpSecret, m_totpStep);
    }

    // First run: the first Administrator, with MFA set up from the QR code's secret.
    bool createFirstAdmin(SecureConsole &console)
    {
        console.start();
        if (!QTest::qWaitFor([] { return visible<FirstAdminDialog>() != nullptr; }))
            return false;
        FirstAdminDialog *dialog = visible<FirstAdminDialog>();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("username")), QStringLiteral("maria"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("password")), kPassword);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("repeat")), kPassword);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("create")), Qt::LeftButton);
        auto *mfa = dialog->findChild<MfaSetupWidget *>();
        if (!mfa || !QTest::qWaitFor([&] { return mfa->isVisible(); }))
            return false;
        const auto secret = Base32::decode(QUrlQuery(QUrl(mfa->provisioningUri())).queryItemValue(QStringLiteral("secret")));
        if (!secret)
            return false;
        m_totpSecret = *secret;
        m_totpStep = Totp::stepAt(QDateTime::currentSecsSinceEpoch()) - 1;
        QTest::keyClicks(mfa->findChild<QLineEdit *>(QStringLiteral("firstCode")), nextCode());
        QTest::mouseClick(mfa->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
        return QTest::qWaitFor([&] { return console.window() != nullptr; }, 30000);
    }

    // The password and a fresh code, as the re-authentication dialog asks before a sensitive action.
    bool reauthenticate(ReauthGate *gate)
    {
        if (!QTest::qWaitFor([gate] { return gate->openDialog() && gate->openDialog()->isVisible(); }))
            return false;
        ReauthDialog *dialog = gate->openDialog();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("password")), kPassword);
        if (auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("code")); code && code->isVisible())
            QTest::keyClicks(code, nextCode());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
        return QTest::qWaitFor([gate] { return !gate->openDialog() || !gate->openDialog()->isVisible(); });
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); // window geometry, column layouts
        QCoreApplication::setOrganizationName(QStringLiteral("ClinicMDM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("test_headline_journey"));
    }

    void clinicAdminsWholeJobThroughTheWindow()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed: packaging/install-deps.sh --with-tests installs it");
        TestDatabase tdb;
        PushTestPki pki(tdb.dir());
        QVERIFY2(pki.create(), "openssl could not make the stand-in Apple push certificate");
        QFile combined(pki.path(QStringLiteral("push-combined.pem")));
        QVERIFY(combined.open(QIODevice::WriteOnly));
        combined.write(pki.read(QStringLiteral("push.pem")) + pki.read(QStringLiteral("push.key")));
        combined.close();

        // Where this console listens is the test's choice (a free loopback port); everything else
        // is set through the window.
        const quint16 port = freePort();
        SettingsRepository settings(tdb.db());
        QVERIFY(settings.setValue(Setting::EndpointPort, port));
        QVERIFY(settings.setValue(Setting::EndpointHost, QStringLiteral("127.0.0.1")));
        QVERIFY(settings.setValue(Setting::EndpointListenAddress, QStringLiteral("127.0.0.1")));
        QTemporaryDir secrets;
        SecretStore store(QStringLiteral("ClinicMDM:journey"),
                          std::make_unique<PassphraseFileSecretBackend>(secrets.filePath(QStringLiteral("s.bin")), "journey test"));
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        console.setSecretStore(&store);
        QSignalSpy assistantShown(&console, &SecureConsole::setupAssistantShown);

        // 1. First run: the first Administrator, then the setup assistant.
        QVERIFY(createFirstAdmin(console));
        MainWindow *window = console.window();
        window->resize(1280, 720);
        QTRY_COMPARE(assistantShown.count(), 1);
        auto *assistant = qobject_cast<SetupAssistant *>(assistantShown.at(0).at(0).value<QWidget *>());
        QVERIFY(assistant);
        QTRY_VERIFY(assistant->isVisible());
        assistant->findChild<QLineEdit *>(QStringLiteral("assistantClinicName"))->setText(QStringLiteral("Riverside Family Clinic"));
        assistant->next();
        QCOMPARE(assistant->currentId(), int(SetupAssistant::EndpointPage));
        EndpointService *endpoint = console.endpoint();
        QTRY_VERIFY_WITH_TIMEOUT(endpoint->state() == EndpointService::State::Running, 60000);
        EndpointAddressForm *address = assistant->addressForm();
        const QString publicUrl = QStringLiteral("https://localhost:%1").arg(port);
        address->findChild<QLineEdit *>(QStringLiteral("publicUrl"))->setText(publicUrl);
        QSignalSpy checked(address, &EndpointAddressForm::checked);
        QTest::mouseClick(address->findChild<QPushButton *>(QStringLiteral("checkReachability")), Qt::LeftButton);
        QVERIFY(checked.wait(60000));
        QVERIFY2(checked.at(0).at(0).toBool(), qPrintable(address->resultText()));
        assistant->next();
        QCOMPARE(assistant->currentId(), int(SetupAssistant::PushPage));
        auto *apple = assistant->findChild<PushCredentialsPanel *>(QStringLiteral("assistantApplePush"));
        QVERIFY(apple);
        QTest::mouseClick(apple->findChild<QPushButton *>(QStringLiteral("pushImportCertificate")), Qt::LeftButton);
        QVERIFY(reauthenticate(console.reauthGate()));
        QTRY_VERIFY(apple->fileDialog() && apple->fileDialog()->isVisible());
        emit apple->fileDialog()->fileSelected(combined.fileName());
        apple->fileDialog()->close();
        QTRY_VERIFY2(PushCertificateService(tdb.db()).current().has_value(), qPrintable(apple->messageText()));
        QCOMPARE(PushCertificateService(tdb.db()).current()->topic, pki.topic());
        // The endpoint restarts with the new topic in its enrollment profiles.
        QTRY_VERIFY_WITH_TIMEOUT(endpoint->state() == EndpointService::State::Running, 60000);
        assistant->next(); // FCM: optional, skipped
        assistant->next(); // MFA: done at the first Administrator
        assistant->next();
        assistant->accept();
        QTRY_VERIFY(!assistant->isVisible());

        // 2. Twenty iPads from links: Enrollment > Apple, one link each, opened by each device.
        window->showSection(QStringLiteral("enrollment"));
        auto *appleTab = window->findChild<AppleEnrollmentTab *>();
        QTRY_VERIFY(appleTab->isVisible());
        QTRY_VERIFY2(appleTab->pushWarningText().isEmpty(), qPrintable(appleTab->pushWarningText()));
        auto *appleOwnership = appleTab->findChild<QComboBox *>(QStringLiteral("appleOwnership"));
        appleOwnership->setCurrentIndex(appleOwnership->findData(int(Ownership::COPE)));
        appleTab->findChild<QSpinBox *>(QStringLiteral("appleCount"))->setValue(kEach);
        QTest::mouseClick(appleTab->findChild<QPushButton *>(QStringLiteral("createAppleLinks")), Qt::LeftButton);
        auto *links = appleTab->findChild<QListWidget *>(QStringLiteral("appleLinks"));
        QTRY_COMPARE(links->count(), kEach);
        const QByteArray caPem = endpoint->pki().certificateAuthority().certificatePem();
        std::vector<std::unique_ptr<TlsTransport>> transports;
        std::vector<std::unique_ptr<AppleDeviceSimulator>> ipads;
        for (int i = 0; i < kEach; ++i) {
            const QString link = links->item(i)->text();
            QVERIFY2(link.startsWith(publicUrl + QLatin1Char('/')), qPrintable(link));
            AppleDeviceSimulator::Identity id;
            id.udid = QStringLiteral("00008103-JOURNEY%1").arg(i, 8, 10, QLatin1Char('0'));
            id.serial = QStringLiteral("JRNIPAD%1").arg(i, 3, 10, QLatin1Char('0'));
            id.deviceName = QStringLiteral("Cart iPad %1").arg(i + 1, 2, 10, QLatin1Char('0'));
            transports.push_back(std::make_unique<TlsTransport>(port, caPem));
            ipads.push_back(std::make_unique<AppleDeviceSimulator>(*transports.back(), id));
            const QString failed = ipads.back()->enroll(link);
            QVERIFY2(failed.isEmpty(), qPrintable(id.deviceName + QStringLiteral(": ") + failed));
            QVERIFY(ipads.back()->poll() >= 0); // answers the inventory queries queued at enrollment
        }

        // 3. Twenty Android agents from QR payloads: Enrollment > QR code, one code per tablet.
        auto *qr = window->findChild<QrProvisioningTab *>();
        QVERIFY(qr);
        qr->findChild<QLineEdit *>(QStringLiteral("qrDownloadUrl"))->setText(QStringLiteral("https://downloads.riverside.example/agent.apk"));
        qr->findChild<QLineEdit *>(QStringLiteral("qrChecksum"))->setText(QStringLiteral("gJD2YwtOiWJHkSMkkIfLRlj-quNqG1fb6v100QmzM9w"));
        auto *qrOwnership = qr->findChild<QComboBox *>(QStringLiteral("qrOwnership"));
        qrOwnership->setCurrentIndex(qrOwnership->findData(QStringLiteral("COPE")));
        AndroidAgentRouter router(endpoint->pki().certificateAuthority());
        TestEndpointContext context(tdb.db());
        std::vector<std::unique_ptr<AndroidAgentSimulator>> tablets;
        for (int i = 0; i < kEach; ++i) {
            QTest::mouseClick(qr->findChild<QPushButton *>(QStringLiteral("qrGenerate")), Qt::LeftButton);
            const QJsonObject payload = QJsonDocument::fromJson(qr->payloadJson().toUtf8()).object();
            const QJsonObject extras = payload.value(QLatin1String("android.app.extra.PROVISIONING_ADMIN_EXTRAS_BUNDLE")).toObject();
            QVERIFY2(!extras.isEmpty(), qPrintable(qr->statusText()));
            QCOMPARE(extras.value(QLatin1String(AgentProtocol::ExtraConsoleUrl)).toString(), publicUrl);
            tablets.push_back(std::make_unique<AndroidAgentSimulator>(router, context, QStringLiteral("JRNTAB%1").arg(i, 3, 10, QLatin1Char('0'))));
            const HttpResponse enrolled = tablets.back()->enroll(extras.value(QLatin1String(AgentProtocol::ExtraEnrollToken)).toString());
            QVERIFY2(enrolled.status == 200, enrolled.body.constData());
            QCOMPARE(tablets.back()->checkIn().status, 200);
        }
        DeviceRepository devices(tdb.db());
        QTRY_COMPARE(devices.countAll(), 2 * kEach);

        // 4. A group, filled by rule on the Groups page: every clinic-owned (COPE) device.
        window->showSection(QStringLiteral("groups"));
        auto *groups = qobject_cast<GroupsPage *>(window->sectionPage(QStringLiteral("groups")));
        QVERIFY(groups);
        QTRY_VERIFY(groups->isVisible());
        groups->findChild<QLineEdit *>(QStringLiteral("newGroupName"))->setText(QStringLiteral("Ward carts"));
        QTest::mouseClick(groups->findChild<QPushButton *>(QStringLiteral("createGroupButton")), Qt::LeftButton);
        QTRY_VERIFY(groups->currentGroupId() > 0);
        auto *ruleOwnership = groups->findChild<QComboBox *>(QStringLiteral("ruleOwnership"));
        ruleOwnership->setCurrentIndex(ruleOwnership->findData(DeviceTypes::toDb(Ownership::COPE)));
        QVERIFY(ruleOwnership->currentIndex() > 0);
        QTest::mouseClick(groups->findChild<QPushButton *>(QStringLiteral("addByRuleButton")), Qt::LeftButton);
        auto *members = groups->findChild<QTreeWidget *>(QStringLiteral("groupMembers"));
        QTRY_COMPARE(members->topLevelItemCount(), 2 * kEach);

        // 5. The COPE baseline as a policy, assigned to the group on the Policies page.
        window->showSection(QStringLiteral("policies"));
        auto *policies = qobject_cast<PoliciesPage *>(window->sectionPage(QStringLiteral("policies")));
        QVERIFY(policies);
        QTRY_VERIFY(policies->isVisible());
        auto *baseline = policies->findChild<QComboBox *>(QStringLiteral("policyBaseline"));
        baseline->setCurrentIndex(baseline->findData(QStringLiteral("cope")));
        QVERIFY2(baseline->currentIndex() >= 0, "no COPE baseline on the Policies page");
        policies->findChild<QLineEdit *>(QStringLiteral("policyName"))->setText(QStringLiteral("Riverside COPE"));
        QTest::mouseClick(policies->findChild<QPushButton *>(QStringLiteral("createPolicyButton")), Qt::LeftButton);
        QTRY_VERIFY2(PolicyRepository(tdb.db()).findByName(QStringLiteral("Riverside COPE")).has_value(), qPrintable(policies->statusText()));
        auto *assignGroup = policies->findChild<QComboBox *>(QStringLiteral("assignGroup"));
        QTRY_VERIFY(assignGroup->findText(QStringLiteral("Ward carts"), Qt::MatchStartsWith) >= 0);
        assignGroup->setCurrentIndex(assignGroup->findText(QStringLiteral("Ward carts"), Qt::MatchStartsWith));
        QTest::mouseClick(policies->findChild<QPushButton *>(QStringLiteral("assignToGroupButton")), Qt::LeftButton);
        QTRY_VERIFY2(policies->statusText().contains(QStringLiteral("queued for %1 device").arg(2 * kEach)), qPrintable(policies->statusText()));

        // 6. The devices receive it: each iPad installs the profile, each agent applies the policy.
        for (auto &ipad : ipads) {
            QVERIFY(ipad->poll() > 0);
            bool installed = false;
            for (const auto &c : ipad->received())
                installed |= c.requestType == QLatin1String("InstallProfile") && c.answeredStatus == QLatin1String("Acknowledged");
            QVERIFY2(installed, "an iPad received no InstallProfile");
        }
        for (auto &tablet : tablets) {
            QCOMPARE(tablet->fetchPolicy().status, 200);
            QCOMPARE(tablet->acknowledgePolicy().status, 200);
            QCOMPARE(tablet->checkIn().status, 200);
        }

        // 7. The dashboard counts them: 40 managed devices, none without an assigned policy.
        window->showSection(QStringLiteral("dashboard"));
        auto *dashboard = qobject_cast<DashboardPage *>(window->sectionPage(QStringLiteral("dashboard")));
        QVERIFY(dashboard);
        dashboard->refresh();
        const FleetCompliance &fleet = dashboard->data()->compliance();
        QCOMPARE(int(fleet.devices.size()), 2 * kEach);
        QCOMPARE(fleet.devicesWithoutPolicy, 0);
        for (const DeviceCompliance &d : fleet.devices)
            QVERIFY2(d.policyShort.startsWith(QLatin1String("Riverside COPE")), qPrintable(d.policyShort));

        // 8. Reports: the compliance PDF of the whole fleet, read back with pdftotext.
        window->showSection(QStringLiteral("reports"));
        auto *reports = qobject_cast<ReportsPage *>(window->sectionPage(QStringLiteral("reports")));
        QVERIFY(reports);
        const QString pdf = tdb.dir() + QStringLiteral("/riverside-compliance.pdf");
        reports->setFileChooser([pdf](QWidget *, const QString &, ReportFormat, std::function<void(const QString &)> done) { done(pdf); });
        QSignalSpy exported(reports, &ReportsPage::exportFinished);
        QTest::mouseClick(reports->findChild<QPushButton *>(QStringLiteral("reportExport")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
        QVERIFY2(exported.at(0).at(0).value<Status>().ok(), qPrintable(exported.at(0).at(0).value<Status>().message()));
        const QString text = pdfText(pdf);
        for (int i = 0; i < kEach; ++i) {
            const QString ipadName = QStringLiteral("Cart iPad %1").arg(i + 1, 2, 10, QLatin1Char('0'));
            QVERIFY2(text.contains(ipadName), qPrintable(ipadName));
            const QString tabletSerial = QStringLiteral("JRNTAB%1").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY2(text.contains(tabletSerial), qPrintable(tabletSerial));
        }
        QVERIFY(text.contains(QLatin1String("Riverside COPE")));
        QVERIFY(text.contains(QLatin1String("Riverside Family Clinic")));
    }
};

QTEST_MAIN(TestHeadlineJourney)
#include "test_headline_journey.moc"
