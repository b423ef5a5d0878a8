// Issue "Clinical workflows" end to end: an EHR client with its FHIR endpoint, SSO issuer and
// tenant reaches an enrolled iPad (InstallApplication, checked against Apple's schema) and an
// enrolled Android device (its policy's applications[], checked against the Android Management API
// schema; an APK through INSTALL_APP); the devices report it and the console shows "installed" with
// the version, in the engine and on the command line; removal shows "removed". Selective wipe of a
// BYOD iPhone (RemoveProfile of the enrollment profile, then CheckOut) and of a BYOD work profile
// (REMOVE_WORK_PROFILE) leaves the device unenrolled, audited; a full wipe is refused. Failures
// from devices show as "failed" with the device's reason.
#include "AppleMdmFixture.h"
#include "AppleSpec.h"
#include "CliRunner.h"
#include "DiscoverySchemaChecker.h"
#include "sim/AndroidAgentSimulator.h"

#include "android/AgentProtocol.h"
#include "android/AndroidAgentRouter.h"
#include "android/AndroidEnrollmentTokenRepository.h"
#include "android/JsonSchemaValidator.h"
#include "apple/Plist.h"
#include "audit/AuditLog.h"
#include "catalog/AppCatalogService.h"
#include "catalog/CatalogRepository.h"
#include "catalog/ClinicalAppTemplates.h"
#include "commands/CommandRepository.h"
#include "commands/DeviceCommandService.h"
#include "fleet/DeviceAppRepository.h"
#include "fleet/DeviceRepository.h"
#include "policy/AppleProfileCompiler.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyRepository.h"
#include "push/PushOutboxRepository.h"
#include "secrets/SecretStore.h"
#include "security/SignInResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString kFhir = QStringLiteral("https://fhir.stmary.example/r4");

int auditCount(Database &db, const QString &action, qint64 deviceId = 0)
{
    int n = 0;
    for (const AuditEvent &e : AuditLog(db).events(0, 100000))
        n += e.action == action && (deviceId == 0 || e.deviceId.value_or(0) == deviceId) ? 1 : 0;
    return n;
}

CatalogApp ehrClient(CatalogApp::Platform platform, const QString &identifier)
{
    CatalogApp app;
    app.platform = platform;
    app.identifier = identifier;
    app.storeId = platform == CatalogApp::Platform::Apple ? QStringLiteral("1234567") : QString();
    ClinicalAppTemplates::apply(QStringLiteral("ehr"), app);
    app.configValues = {{QStringLiteral("fhir_base_url"), kFhir},
                        {QStringLiteral("sso_issuer"), QStringLiteral("https://sso.stmary.example")},
                        {QStringLiteral("tenant"), QStringLiteral("stmary")}};
    return app;
}

qint64 putInGroup(Database &db, const QString &group, const QList<qint64> &devices)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("INSERT INTO device_groups (name, created_at) VALUES ('%1', 1)").arg(group)))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    for (qint64 d : devices)
        if (!q.exec(QStringLiteral("INSERT INTO group_members (group_id, device_id) VALUES (%1, %2)").arg(id).arg(d)))
            return 0;
    return id;
}

AppInstallState stateOf(Database &db, const CatalogApp &app, qint64 deviceId)
{
    for (const AppInstallState &s : CatalogRepository(db).installStates(app))
        if (s.deviceId == deviceId)
            return s;
    return {};
}

QStringList appleErrors(const AppleDeviceSimulator::ReceivedCommand &r, const QByteArray &answerBody)
{
    const QVariantMap spec = AppleSpec::command(r.requestType);
    if (spec.isEmpty())
        return {QStringLiteral("no schema for ") + r.requestType};
    QVariantMap payload = r.command;
    payload.remove(QStringLiteral("RequestType"));
    QStringList errors = AppleSpec::checkMap(payload, spec.value(QStringLiteral("payloadkeys")).toList(), r.requestType + QLatin1Char('.'));
    QVariant answer;
    if (!Plist::parse(answerBody, answer))
        return errors << QStringLiteral("unparsable answer");
    QVariantMap response = answer.toMap();
    for (const char *k : {"Status", "UDID", "CommandUUID"})
        response.remove(QLatin1String(k));
    return errors + AppleSpec::checkMap(response, spec.value(QStringLiteral("responsekeys")).toList(),
                                        r.requestType + QStringLiteral(" response."));
}

} // namespace

class TestAppDelivery : public QObject
{
    Q_OBJECT

    CertificateAuthority m_ca;

    QString newToken(Database &db, Ownership ownership)
    {
        AndroidEnrollmentToken t;
        t.method = QStringLiteral("token");
        t.ownership = ownership;
        t.department = QStringLiteral("Cardiology");
        t.createdAt = QDateTime::currentSecsSinceEpoch();
        t.expiresAt = t.createdAt + 3600;
        QString clear;
        [&] { QVERIFY(AndroidEnrollmentTokenRepository(db).create(t, QStringLiteral("admin"), &clear).ok()); }();
        return clear;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(CertificateAuthority::create(QStringLiteral("Clinic CA"), QStringLiteral("Clinic"), KeyAlgorithm::Rsa2048, 365, m_ca).ok());
    }

    void appleInstallReportsInstalledThenRemoved()
    {
        if (AppleSpec::root().isEmpty())
            QSKIP("CLINICMDM_SHARED_DIR/spec/apple/mdm is not available: cannot check InstallApplication against Apple's schema");
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(7));
        QVERIFY(ipad.enroll(f.createLink()).isEmpty());
        QVERIFY(ipad.poll() >= 0);
        const qint64 id = f.scalar(QStringLiteral("SELECT id FROM devices")).toLongLong();
        QVERIFY(putInGroup(f.db(), QStringLiteral("Clinicians"), {id}) > 0);

        CatalogApp ehr = ehrClient(CatalogApp::Platform::Apple, QStringLiteral("org.example.ehr"));
        ehr.vpnUuid = QStringLiteral("6F1C8C2A-7E0B-4C1B-9F3A-1D2E3F405060");
        AppCatalogService service(f.db());
        QVERIFY(service.add(f.admin, ehr).ok());
        QVERIFY(service.assignToGroup(f.admin, ehr.id, QStringLiteral("Clinicians")).ok());
        // Another app the device reported earlier: the answer about the EHR client must keep it.
        QVERIFY(DeviceAppRepository(f.db()).replace(id, {{QStringLiteral("org.clinic.charting"), QStringLiteral("Charting"),
                                                          QStringLiteral("4.2"), true, 0}}, 1).ok());
        AppCatalogService::Outcome outcome;
        QVERIFY(service.install(f.admin, ehr.id, {}, outcome).ok());
        QCOMPARE(outcome.queued, 1);
        QCOMPARE(stateOf(f.db(), ehr, id).state, QStringLiteral("pending"));

        ipad.setAppVersion(ehr.identifier, QStringLiteral("5.2"));
        const int before = int(ipad.received().size());
        QCOMPARE(ipad.poll(), 2); // InstallApplication, then the console asks what the device has
        const AppleDeviceSimulator::ReceivedCommand install = ipad.received().at(before);
        QCOMPARE(install.requestType, QStringLiteral("InstallApplication"));
        QCOMPARE(install.command.value(QStringLiteral("iTunesStoreID")).toLongLong(), 1234567);
        QCOMPARE(install.command.value(QStringLiteral("ManagementFlags")).toInt(), 1);
        QCOMPARE(install.command.value(QStringLiteral("Attributes")).toMap().value(QStringLiteral("VPNUUID")).toString(), ehr.vpnUuid);
        QCOMPARE(ipad.appConfiguration(ehr.identifier).value(QStringLiteral("fhir_base_url")).toString(), kFhir);
        QCOMPARE(ipad.appConfiguration(ehr.identifier).value(QStringLiteral("tenant")).toString(), QStringLiteral("stmary"));
        const AppleDeviceSimulator::ReceivedCommand query = ipad.received().at(before + 1);
        QCOMPARE(query.requestType, QStringLiteral("InstalledApplicationList"));
        QCOMPARE(query.command.value(QStringLiteral("Identifiers")).toList(), QVariantList{ehr.identifier});
        for (const AppleDeviceSimulator::ReceivedCommand &r : {install, query}) {
            const QStringList errors = appleErrors(r, ipad.answerBody(r, QStringLiteral("Acknowledged")));
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        }

        AppInstallState s = stateOf(f.db(), ehr, id);
        QCOMPARE(s.state, QStringLiteral("installed"));
        QCOMPARE(s.installedVersion, QStringLiteral("5.2"));
        QVERIFY(s.reportedAt > 0);
        // The partial answer kept the rest of the device's app list.
        QCOMPARE(DeviceAppRepository(f.db()).apps(id).size(), 2);

        // The admin's view on the command line.
        QVERIFY2(QFile::exists(CliRunner::binary()), "CLINICMDM_BINARY does not name the built clinicmdm");
        QHash<QString, QString> env = TestAdmin::signInEnv();
        env.insert(QLatin1String(SecretStore::FileEnv), f.database.dir() + QStringLiteral("/secrets.bin"));
        env.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("delivery test passphrase"));
        CliRunner::Result r = CliRunner(f.database.path())
                                  .run(TestAdmin::signInArgs(QStringLiteral("test-root"))
                                           + QStringList{QStringLiteral("apps"), QStringLiteral("status"), ehr.identifier},
                                       env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("REPORTED AT")) && r.out.contains(QLatin1String("installed"))
                     && r.out.contains(QLatin1String("5.2")) && r.out.contains(QLatin1String(" UTC")),
                 qPrintable(r.out));

        outcome = {};
        QVERIFY(service.removeFromDevices(f.admin, ehr.id, {id}, outcome).ok());
        QCOMPARE(stateOf(f.db(), ehr, id).state, QStringLiteral("removing"));
        QCOMPARE(ipad.poll(), 2); // RemoveApplication, then the check
        QCOMPARE(ipad.received().at(ipad.received().size() - 2).requestType, QStringLiteral("RemoveApplication"));
        QVERIFY(ipad.installedApps().isEmpty());
        s = stateOf(f.db(), ehr, id);
        QCOMPARE(s.state, QStringLiteral("removed"));
        QVERIFY(s.installedVersion.isEmpty());
        QCOMPARE(auditCount(f.db(), QStringLiteral("app.install"), id), 1);
        QCOMPARE(auditCount(f.db(), QStringLiteral("app.remove"), id), 1);
        r = CliRunner(f.database.path())
                .run(TestAdmin::signInArgs(QStringLiteral("test-root"))
                         + QStringList{QStringLiteral("apps"), QStringLiteral("status"), ehr.identifier, QStringLiteral("--json")},
                     env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject row = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("removed"));
        QVERIFY(!row.value(QStringLiteral("reported_at")).toString().isEmpty());
    }

    // The device's policy asks for per-app VPN for the EHR client: InstallApplication maps the app to
    // the policy's com.apple.vpn.managed.applayer payload by its VPNUUID.
    void applePerAppVpnFollowsThePolicy()
    {
        if (AppleSpec::root().isEmpty())
            QSKIP("CLINICMDM_SHARED_DIR/spec/apple/mdm is not available: cannot check InstallApplication against Apple's schema");
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(10));
        QVERIFY(ipad.enroll(f.createLink()).isEmpty());
        QVERIFY(ipad.poll() >= 0);
        const qint64 id = f.scalar(QStringLiteral("SELECT id FROM devices")).toLongLong();
        const qint64 group = putInGroup(f.db(), QStringLiteral("Clinicians"), {id});
        QVERIFY(group > 0);
        PolicySettings settings;
        settings.vpn.server = QStringLiteral("vpn.stmary.example");
        settings.vpn.perAppVpn = true;
        AppAssignment ehrAssignment;
        ehrAssignment.name = QStringLiteral("EHR");
        ehrAssignment.appleBundleId = QStringLiteral("org.example.ehr");
        ehrAssignment.perAppVpn = true;
        settings.apps << ehrAssignment;
        PolicyRecord policy;
        policy.name = QStringLiteral("Clinicians");
        policy.platform = QStringLiteral("apple");
        policy.body = PolicyJson::toJson(settings);
        QVERIFY(PolicyRepository(f.db()).insert(policy, QStringLiteral("test-root"), 1).ok());
        QVERIFY(PolicyRepository(f.db()).assignGroup(policy.id, group, 1).ok());
        AppleCompiledPolicy compiled;
        QVERIFY(AppleProfileCompiler(policy.id, policy.name, 1, QStringLiteral("Test Clinic")).compile(settings, &compiled).ok());
        QString applayer;
        for (const QVariant &p : compiled.profile.value(QStringLiteral("PayloadContent")).toList())
            if (p.toMap().value(QStringLiteral("PayloadType")) == QLatin1String("com.apple.vpn.managed.applayer"))
                applayer = p.toMap().value(QStringLiteral("VPNUUID")).toString();
        QVERIFY(!applayer.isEmpty());

        CatalogApp ehr = ehrClient(CatalogApp::Platform::Apple, QStringLiteral("org.example.ehr"));
        CatalogApp other = ehrClient(CatalogApp::Platform::Apple, QStringLiteral("org.example.reference"));
        other.storeId = QStringLiteral("7654321");
        AppCatalogService service(f.db());
        QVERIFY(service.add(f.admin, ehr).ok());
        QVERIFY(service.add(f.admin, other).ok());
        AppCatalogService::Outcome outcome;
        QVERIFY(service.install(f.admin, ehr.id, {id}, outcome).ok());
        QVERIFY(service.install(f.admin, other.id, {id}, outcome).ok());
        const int before = int(ipad.received().size());
        QCOMPARE(ipad.poll(), 4);
        QHash<QString, QVariantMap> installs;
        for (int i = before; i < ipad.received().size(); ++i) {
            const AppleDeviceSimulator::ReceivedCommand &r = ipad.received().at(i);
            const QStringList errors = appleErrors(r, ipad.answerBody(r, QStringLiteral("Acknowledged")));
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
            if (r.requestType == QLatin1String("InstallApplication"))
                installs.insert(r.command.value(QStringLiteral("Identifier")).toString(), r.command);
        }
        QCOMPARE(installs.value(ehr.identifier).value(QStringLiteral("Attributes")).toMap().value(QStringLiteral("VPNUUID")).toString(),
                 applayer);
        QVERIFY(!installs.value(other.identifier).contains(QStringLiteral("Attributes"))); // not asked for: not tunnelled
    }

    void androidPolicyAndApkInstallReportInstalledThenRemoved()
    {
        const DiscoverySchemaChecker amapi(DiscoverySchemaChecker::androidManagementPath());
        if (!amapi.isLoaded())
            QSKIP("CLINICMDM_SHARED_DIR/spec/android/androidmanagement.v1.json is not available: cannot check the policy");
        TestDatabase t;
        TestEndpointContext ctx(t.db());
        AndroidAgentRouter router(m_ca);
        AndroidAgentSimulator tab(router, ctx, QStringLiteral("R52T30EHR01"));
        QCOMPARE(tab.enroll(newToken(t.db(), Ownership::COPE)).status, 200);
        QCOMPARE(tab.checkIn().status, 200);
        QCOMPARE(tab.fetchPolicy().status, 200);
        QCOMPARE(tab.acknowledgePolicy().status, 200);
        const qint64 id = tab.deviceId();
        QVERIFY(putInGroup(t.db(), QStringLiteral("Clinicians"), {id}) > 0);
        QVERIFY(TestAdmin::create(t.db(), QStringLiteral("test-root"), Role::Administrator));
        const AdminSession admin(&t.db(), 1, QStringLiteral("test-root"), Role::Administrator, true);

        // The EHR client from the Play store: it travels in the policy with its managed configuration.
        CatalogApp ehr = ehrClient(CatalogApp::Platform::Android, QStringLiteral("org.example.ehr.android"));
        AppCatalogService service(t.db());
        QVERIFY(service.add(admin, ehr).ok());
        QVERIFY(service.assignToGroup(admin, ehr.id, QStringLiteral("Clinicians")).ok());
        AppCatalogService::Outcome outcome;
        QCOMPARE(PushOutboxRepository(t.db()).count(id), 0);
        QVERIFY(service.install(admin, ehr.id, {}, outcome).ok());
        QCOMPARE(outcome.viaPolicy, 1);
        QCOMPARE(PushOutboxRepository(t.db()).count(id), 1); // the device is woken for its new policy
        QCOMPARE(stateOf(t.db(), ehr, id).state, QStringLiteral("pending"));

        QVERIFY(QJsonDocument::fromJson(tab.checkIn().body).object().value(QLatin1String("policyChanged")).toBool());
        QCOMPARE(tab.fetchPolicy().status, 200);
        const QStringList problems = amapi.check(tab.policy(), QStringLiteral("Policy"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QJsonObject listed;
        for (const QJsonValue &v : tab.policy().value(QLatin1String("applications")).toArray())
            if (v.toObject().value(QLatin1String("packageName")).toString() == ehr.identifier)
                listed = v.toObject();
        QCOMPARE(listed.value(QLatin1String("installType")).toString(), QStringLiteral("FORCE_INSTALLED"));
        QCOMPARE(listed.value(QLatin1String("managedConfiguration")).toObject().value(QLatin1String("fhir_base_url")).toString(), kFhir);
        tab.setAppVersion(ehr.identifier, QStringLiteral("9.1"));
        tab.applyPolicyApplications();
        QCOMPARE(tab.managedConfiguration(ehr.identifier).value(QLatin1String("sso_issuer")).toString(),
                 QStringLiteral("https://sso.stmary.example"));
        QCOMPARE(tab.acknowledgePolicy().status, 200);
        QCOMPARE(tab.checkIn().status, 200);
        AppInstallState s = stateOf(t.db(), ehr, id);
        QCOMPARE(s.state, QStringLiteral("installed"));
        QCOMPARE(s.installedVersion, QStringLiteral("9.1"));
        QVERIFY(s.reportedAt > 0);

        // An in-house APK goes through the agent's INSTALL_APP.
        CatalogApp scanner;
        scanner.name = QStringLiteral("Med scanner");
        scanner.platform = CatalogApp::Platform::Android;
        scanner.identifier = QStringLiteral("org.stmary.medscan");
        scanner.source = CatalogApp::Source::Apk;
        scanner.apkPath = QStringLiteral("https://mdm.stmary.example/apps/medscan.apk");
        scanner.apkSha256 = QString(64, QLatin1Char('a'));
        QVERIFY(service.add(admin, scanner).ok());
        outcome = {};
        QVERIFY(service.install(admin, scanner.id, {id}, outcome).ok());
        QCOMPARE(outcome.queued, 1);
        QCOMPARE(tab.runNextCommand().status, 200);
        const JsonSchemaValidator protocol(AgentProtocol::schemas());
        QCOMPARE(tab.lastCommand().value(QLatin1String("type")).toString(), QStringLiteral("INSTALL_APP"));
        QVERIFY(protocol.validate(tab.lastCommand().value(QLatin1String("payload")), QStringLiteral("INSTALL_APPPayload")).isEmpty());
        QCOMPARE(tab.checkIn().status, 200);
        QCOMPARE(stateOf(t.db(), scanner, id).state, QStringLiteral("installed"));

        // Removal of the EHR client: REMOVE_APP, the agent uninstalls, the policy stops listing it.
        outcome = {};
        QVERIFY(service.removeFromDevices(admin, ehr.id, {id}, outcome).ok());
        QCOMPARE(tab.runNextCommand().status, 200);
        QCOMPARE(tab.lastCommand().value(QLatin1String("type")).toString(), QStringLiteral("REMOVE_APP"));
        QVERIFY(protocol.validate(tab.lastCommand().value(QLatin1String("payload")), QStringLiteral("REMOVE_APPPayload")).isEmpty());
        QCOMPARE(tab.checkIn().status, 200);
        s = stateOf(t.db(), ehr, id);
        QCOMPARE(s.state, QStringLiteral("removed"));
        QCOMPARE(tab.fetchPolicy().status, 200);
        for (const QJsonValue &v : tab.policy().value(QLatin1String("applications")).toArray())
            QVERIFY(v.toObject().value(QLatin1String("packageName")).toString() != ehr.identifier);
        QCOMPARE(stateOf(t.db(), scanner, id).state, QStringLiteral("installed"));
    }

    void byodIphoneSelectiveWipeUnenrollsAndRefusesFullWipe()
    {
        if (AppleSpec::root().isEmpty())
            QSKIP("CLINICMDM_SHARED_DIR/spec/apple/mdm is not available: cannot check RemoveProfile against Apple's schema");
        AppleMdmFixture f;
        AppleDeviceSimulator::Identity who = AppleMdmFixture::identity(8);
        who.deviceName = QStringLiteral("Dr Lee iPhone");
        who.productName = QStringLiteral("iPhone15,2");
        who.modelName = QStringLiteral("iPhone");
        AppleDeviceSimulator phone(f.transport, who);
        QVERIFY(phone.enroll(f.createLink(Ownership::BYOD)).isEmpty());
        QVERIFY(phone.poll() >= 0);
        const qint64 id = f.scalar(QStringLiteral("SELECT id FROM devices")).toLongLong();
        f.admin.setAuthenticatedAt(QDateTime::currentSecsSinceEpoch());
        CatalogApp ehr = ehrClient(CatalogApp::Platform::Apple, QStringLiteral("org.example.ehr"));
        AppCatalogService::Outcome outcome;
        QVERIFY(AppCatalogService(f.db()).add(f.admin, ehr).ok());
        QVERIFY(AppCatalogService(f.db()).install(f.admin, ehr.id, {id}, outcome).ok());
        QVERIFY(phone.poll() >= 2);
        QCOMPARE(stateOf(f.db(), ehr, id).state, QStringLiteral("installed"));

        // Full wipe: refused for a personal device, nothing queued.
        SignInResult reauth;
        reauth.session = f.admin;
        const int commandsBefore = int(CommandRepository(f.db()).list(id).size());
        QCOMPARE(DeviceCommandService(f.db()).fullWipe(f.admin, id, who.deviceName, reauth).code(), ErrorCode::PermissionDenied);
        QCOMPARE(int(CommandRepository(f.db()).list(id).size()), commandsBefore);

        DeviceCommand wipe;
        QVERIFY(DeviceCommandService(f.db()).selectiveWipe(f.admin, id, &wipe).ok());
        QCOMPARE(wipe.requestType, QStringLiteral("RemoveProfile"));
        const int before = int(phone.received().size());
        QCOMPARE(phone.poll(), 1);
        const AppleDeviceSimulator::ReceivedCommand removal = phone.received().at(before);
        QCOMPARE(removal.command.value(QStringLiteral("Identifier")).toString(),
                 phone.profile().value(QStringLiteral("PayloadIdentifier")).toString());
        const QStringList errors = appleErrors(removal, phone.answerBody(removal, QStringLiteral("Acknowledged")));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(phone.mdmProfileRemoved());
        QVERIFY(phone.installedApps().isEmpty());
        QCOMPARE(phone.lastResponse().status, 200); // CheckOut accepted

        QCOMPARE(CommandRepository(f.db()).findByUuid(wipe.uuid)->status, QStringLiteral("acknowledged"));
        QCOMPARE(DeviceRepository(f.db()).findById(id)->state, EnrollmentState::Unenrolled);
        QVERIFY(DeviceAppRepository(f.db()).apps(id).isEmpty());
        QVERIFY(stateOf(f.db(), ehr, id).state != QLatin1String("installed"));
        QCOMPARE(auditCount(f.db(), QStringLiteral("wipe.selective.completed"), id), 1);
        QCOMPARE(auditCount(f.db(), QStringLiteral("device.checkout"), id), 1);
        QCOMPARE(auditCount(f.db(), QStringLiteral("wipe.refused"), id), 1);
    }

    void byodWorkProfileSelectiveWipe()
    {
        TestDatabase t;
        TestEndpointContext ctx(t.db());
        AndroidAgentRouter router(m_ca);
        AndroidAgentSimulator phone(router, ctx, QStringLiteral("BYODPIXEL1"), QStringLiteral("work_profile"));
        QCOMPARE(phone.enroll(newToken(t.db(), Ownership::BYOD)).status, 200);
        QCOMPARE(phone.checkIn().status, 200);
        const qint64 id = phone.deviceId();
        QCOMPARE(DeviceRepository(t.db()).findById(id)->state, EnrollmentState::Enrolled);
        QVERIFY(!DeviceAppRepository(t.db()).apps(id).isEmpty());
        QVERIFY(TestAdmin::create(t.db(), QStringLiteral("test-root"), Role::Administrator));
        AdminSession admin(&t.db(), 1, QStringLiteral("test-root"), Role::Administrator, true);
        admin.setAuthenticatedAt(QDateTime::currentSecsSinceEpoch());

        SignInResult reauth;
        reauth.session = admin;
        QCOMPARE(DeviceCommandService(t.db()).fullWipe(admin, id, DeviceRepository(t.db()).findById(id)->name, reauth).code(),
                 ErrorCode::PermissionDenied);
        DeviceCommand wipe;
        QVERIFY(DeviceCommandService(t.db()).selectiveWipe(admin, id, &wipe).ok());
        QCOMPARE(int(CommandRepository(t.db()).list(id).size()), 1);
        QCOMPARE(phone.runNextCommand().status, 200);
        QCOMPARE(phone.lastCommand().value(QLatin1String("type")).toString(), QStringLiteral("REMOVE_WORK_PROFILE"));
        QVERIFY(JsonSchemaValidator(AgentProtocol::schemas())
                    .validate(phone.lastCommand().value(QLatin1String("payload")), QStringLiteral("REMOVE_WORK_PROFILEPayload"))
                    .isEmpty());
        QVERIFY(phone.workProfileRemoved());
        QCOMPARE(CommandRepository(t.db()).findByUuid(wipe.uuid)->status, QStringLiteral("acknowledged"));
        QCOMPARE(DeviceRepository(t.db()).findById(id)->state, EnrollmentState::Unenrolled);
        QVERIFY(DeviceAppRepository(t.db()).apps(id).isEmpty());
        QCOMPARE(auditCount(t.db(), QStringLiteral("wipe.selective.completed"), id), 1);
        QCOMPARE(auditCount(t.db(), QStringLiteral("wipe.refused"), id), 1);
    }

    void deviceFailuresShowAsFailedWithTheReason()
    {
        // Apple: InstallApplication answered with Error and an ErrorChain.
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(9));
        QVERIFY(ipad.enroll(f.createLink()).isEmpty());
        QVERIFY(ipad.poll() >= 0);
        const qint64 id = f.scalar(QStringLiteral("SELECT id FROM devices")).toLongLong();
        CatalogApp ehr = ehrClient(CatalogApp::Platform::Apple, QStringLiteral("org.example.ehr"));
        AppCatalogService service(f.db());
        QVERIFY(service.add(f.admin, ehr).ok());
        AppCatalogService::Outcome outcome;
        QVERIFY(service.install(f.admin, ehr.id, {id}, outcome).ok());
        ipad.setStatusPolicy([](const AppleDeviceSimulator::ReceivedCommand &c) {
            return c.requestType == QLatin1String("InstallApplication") ? QStringLiteral("Error") : QStringLiteral("Acknowledged");
        });
        QCOMPARE(ipad.poll(), 1); // no follow-up query for a refused install
        AppInstallState s = stateOf(f.db(), ehr, id);
        QCOMPARE(s.state, QStringLiteral("failed"));
        QCOMPARE(s.detail, QStringLiteral("Invalid request (MCMDMErrorDomain 12021)"));
        QVERIFY(s.reportedAt > 0);

        // A malformed answer is refused (400, audited) and changes nothing: the install stays pending.
        outcome = {};
        QVERIFY(service.install(f.admin, ehr.id, {id}, outcome).ok());
        ipad.setStatusPolicy({});
        const QByteArray idle = ipad.idleBody();
        const HttpResponse first = ipad.put(ipad.serverUrl(), idle, ipad.sign(idle));
        QCOMPARE(first.status, 200);
        QVERIFY(first.body.contains("InstallApplication"));
        const QByteArray garbage("<?xml version=\"1.0\"?><plist><dict><key>Status</key><string>Acknowledged");
        QCOMPARE(ipad.put(ipad.serverUrl(), garbage, ipad.sign(garbage)).status, 400);
        QCOMPARE(stateOf(f.db(), ehr, id).state, QStringLiteral("pending"));
        QVERIFY(auditCount(f.db(), QStringLiteral("apple.request.rejected"), id) >= 1);

        // Android: the agent cannot find the package it was told to install.
        TestDatabase t;
        TestEndpointContext ctx(t.db());
        AndroidAgentRouter router(m_ca);
        AndroidAgentSimulator tab(router, ctx, QStringLiteral("R52T30FAIL1"));
        QCOMPARE(tab.enroll(newToken(t.db(), Ownership::COPE)).status, 200);
        QCOMPARE(tab.checkIn().status, 200);
        QVERIFY(TestAdmin::create(t.db(), QStringLiteral("test-root"), Role::Administrator));
        const AdminSession admin(&t.db(), 1, QStringLiteral("test-root"), Role::Administrator, true);
        CatalogApp scanner;
        scanner.name = QStringLiteral("Med scanner");
        scanner.platform = CatalogApp::Platform::Android;
        scanner.identifier = QStringLiteral("org.stmary.medscan");
        scanner.source = CatalogApp::Source::Apk;
        scanner.apkPath = QStringLiteral("https://mdm.stmary.example/apps/medscan.apk");
        scanner.apkSha256 = QString(64, QLatin1Char('b'));
        QVERIFY(AppCatalogService(t.db()).add(admin, scanner).ok());
        outcome = {};
        QVERIFY(AppCatalogService(t.db()).install(admin, scanner.id, {tab.deviceId()}, outcome).ok());
        QCOMPARE(tab.nextCommand().status, 200);
        QCOMPARE(tab.sendError(tab.lastCommand().value(QLatin1String("uuid")).toString(), QStringLiteral("PACKAGE_NOT_FOUND"),
                               QStringLiteral("The download has no package org.stmary.medscan"))
                     .status,
                 200);
        s = stateOf(t.db(), scanner, tab.deviceId());
        QCOMPARE(s.state, QStringLiteral("failed"));
        QCOMPARE(s.detail, QStringLiteral("PACKAGE_NOT_FOUND: The download has no package org.stmary.medscan"));
    }
};

QTEST_GUILESS_MAIN(TestAppDelivery)
#include "test_app_delivery.moc"
