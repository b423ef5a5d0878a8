// The clinical app catalog: validation of apps and managed configuration (an EHR client's FHIR
// endpoint must be https), installs queued per platform in Apple's and the agent's terms, install
// state from what devices report, roles, audit — through the engine and the real command line.
#include "audit/AuditLog.h"
#include "catalog/AppCatalogService.h"
#include "catalog/AppInstallCommand.h"
#include "catalog/CatalogRepository.h"
#include "catalog/ClinicalAppTemplates.h"
#include "commands/CommandRepository.h"
#include "fleet/DeviceAppRepository.h"
#include "fleet/DeviceRepository.h"
#include "secrets/SecretStore.h"

#include "CliRunner.h"
#include "TestAdmin.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

namespace {
int countActions(Database &db, const QString &action)
{
    int n = 0;
    for (const AuditEvent &e : AuditLog(db).events(0, 100000))
        n += e.action == action ? 1 : 0;
    return n;
}

qint64 addDevice(Database &db, const QString &name, Platform platform, Ownership ownership)
{
    Device d;
    d.name = name;
    d.serial = name.toUpper().remove(QLatin1Char(' '));
    d.platform = platform;
    d.ownership = ownership;
    d.state = EnrollmentState::Enrolled;
    return DeviceRepository(db).insert(d) ? d.id : 0;
}

CatalogApp ehrApp()
{
    CatalogApp app;
    app.platform = CatalogApp::Platform::Apple;
    app.identifier = QStringLiteral("org.example.ehr");
    app.storeId = QStringLiteral("1234567");
    ClinicalAppTemplates::apply(QStringLiteral("ehr"), app);
    app.configValues = {{QStringLiteral("fhir_base_url"), QStringLiteral("https://fhir.stmary.example/r4")},
                        {QStringLiteral("sso_issuer"), QStringLiteral("https://sso.stmary.example")},
                        {QStringLiteral("tenant"), QStringLiteral("stmary")}};
    return app;
}
} // namespace

class TestAppCatalog : public QObject
{
    Q_OBJECT
    AdminSession admin(Database &db, Role role = Role::Administrator)
    {
        return AdminSession(&db, 1, QStringLiteral("test-root"), role, true);
    }

private slots:
    void invalidAppsAndConfigurationsAreRefusedAndChangeNothing()
    {
        TestDatabase tdb;
        AppCatalogService service(tdb.db());
        const AdminSession root = admin(tdb.db());

        CatalogApp plainHttp = ehrApp();
        plainHttp.configValues.insert(QStringLiteral("fhir_base_url"), QStringLiteral("http://fhir.stmary.example/r4"));
        Status s = service.add(root, plainHttp);
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
        QVERIFY2(s.message().contains(QLatin1String("https")), qPrintable(s.message()));


        CatalogApp unknownKey = ehrApp();
        unknownKey.configValues.insert(QStringLiteral("debug"), true);
        QCOMPARE(service.add(root, unknownKey).code(), ErrorCode::InvalidInput);

        CatalogApp wrongType = ehrApp();
        wrongType.configValues.insert(QStringLiteral("offline_cache_days"), QStringLiteral("seven"));
        QCOMPARE(service.add(root, wrongType).code(), ErrorCode::InvalidInput);

        CatalogApp badId = ehrApp();
        badId.identifier = QStringLiteral("ehr app");
        QCOMPARE(service.add(root, badId).code(), ErrorCode::InvalidInput);

        CatalogApp noStoreId = ehrApp();
        noStoreId.storeId.clear();
        QCOMPARE(service.add(root, noStoreId).code(), ErrorCode::InvalidInput);

        CatalogApp apkWithoutHash;
        apkWithoutHash.name = QStringLiteral("Agent");
        apkWithoutHash.platform = CatalogApp::Platform::Android;
        apkWithoutHash.identifier = QStringLiteral("org.example.agent");
        apkWithoutHash.source = CatalogApp::Source::Apk;
        QCOMPARE(service.add(root, apkWithoutHash).code(), ErrorCode::InvalidInput);

        QVERIFY(CatalogRepository(tdb.db()).all().isEmpty());
        QCOMPARE(countActions(tdb.db(), QStringLiteral("app.add")), 0);

        // A Technician may not change the catalog at all.
        CatalogApp good = ehrApp();
        QCOMPARE(service.add(admin(tdb.db(), Role::Technician), good).code(), ErrorCode::PermissionDenied);
        QVERIFY(CatalogRepository(tdb.db()).all().isEmpty());

        QVERIFY(service.add(root, good).ok());
        CatalogApp twice = ehrApp();
        QCOMPARE(service.add(root, twice).code(), ErrorCode::Conflict);
        QCOMPARE(CatalogRepository(tdb.db()).all().size(), 1);

        // Configuring keeps the stored values when the new ones are refused.
        QCOMPARE(service.configure(root, good.id, {{QStringLiteral("fhir_base_url"), QStringLiteral("ftp://x")}}).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(CatalogRepository(tdb.db()).findById(good.id)->configValues.value(QStringLiteral("fhir_base_url")).toString(),
                 QStringLiteral("https://fhir.stmary.example/r4"));
        QVERIFY(service.configure(root, good.id, {{QStringLiteral("offline_cache_days"), 0}}).ok());
        QCOMPARE(CatalogRepository(tdb.db()).findById(good.id)->configValues.value(QStringLiteral("offline_cache_days")).toInt(), 0);
        QCOMPARE(countActions(tdb.db(), QStringLiteral("app.configure")), 1);

        // An app may be added before its configuration is complete, but it is installed on no
        // device until every required key has a value.
        CatalogApp partial = ehrApp();
        partial.identifier = QStringLiteral("org.example.ehr2");
        partial.configValues.remove(QStringLiteral("tenant"));
        QVERIFY(service.add(root, partial).ok());
        Device d;
        d.name = QStringLiteral("iPad");
        d.serial = QStringLiteral("IPAD1");
        d.platform = Platform::iPadOS;
        QVERIFY(DeviceRepository(tdb.db()).insert(d).ok());
        AppCatalogService::Outcome outcome;
        const Status refused = service.install(root, partial.id, {d.id}, outcome);
        QCOMPARE(refused.code(), ErrorCode::InvalidInput);
        QVERIFY2(refused.message().contains(QLatin1String("tenant")), qPrintable(refused.message()));
        QVERIFY(CommandRepository(tdb.db()).list().isEmpty());
    }

    void installReachesTheRightPlatformWithItsConfiguration()
    {
        TestDatabase tdb;
        AppCatalogService service(tdb.db());
        const AdminSession root = admin(tdb.db());
        const qint64 ipad = addDevice(tdb.db(), QStringLiteral("Ward 3 iPad"), Platform::iPadOS, Ownership::Shared);
        const qint64 phone = addDevice(tdb.db(), QStringLiteral("Dr Lee iPhone"), Platform::iOS, Ownership::BYOD);
        const qint64 tablet = addDevice(tdb.db(), QStringLiteral("Lobby Tab"), Platform::Android, Ownership::COSU);
        CatalogApp ehr = ehrApp();
        ehr.vpnUuid = QStringLiteral("6F1C8C2A-7E0B-4C1B-9F3A-1D2E3F405060");
        QVERIFY(service.add(root, ehr).ok());

        AppCatalogService::Outcome outcome;
        QVERIFY(service.install(root, ehr.id, {ipad, phone, tablet}, outcome).ok());
        QCOMPARE(outcome.queued, 2);
        QCOMPARE(outcome.skipped.size(), 1);
        QVERIFY(outcome.skipped.first().startsWith(QLatin1String("Lobby Tab")));
        QVERIFY(CommandRepository(tdb.db()).list(tablet).isEmpty());

        const DeviceCommand c = CommandRepository(tdb.db()).list(ipad).first();
        QCOMPARE(c.requestType, QStringLiteral("InstallApplication"));
        const QJsonObject payload = QJsonDocument::fromJson(c.payload).object();
        QCOMPARE(payload.value(QStringLiteral("iTunesStoreID")).toInteger(), 1234567);
        QCOMPARE(payload.value(QStringLiteral("Identifier")).toString(), QStringLiteral("org.example.ehr"));
        QCOMPARE(payload.value(QStringLiteral("ManagementFlags")).toInt(), 1);
        QCOMPARE(payload.value(QStringLiteral("Configuration")).toObject().value(QStringLiteral("fhir_base_url")).toString(),
                 QStringLiteral("https://fhir.stmary.example/r4"));
        QCOMPARE(payload.value(QStringLiteral("Attributes")).toObject().value(QStringLiteral("VPNUUID")).toString(), ehr.vpnUuid);
        QCOMPARE(countActions(tdb.db(), QStringLiteral("app.install")), 2);

        // Install state: pending until the device reports it; then installed with its version.
        QList<AppInstallState> states = CatalogRepository(tdb.db()).installStates(ehr);
        QCOMPARE(states.size(), 2);
        for (const AppInstallState &s : states)
            QCOMPARE(s.state, QStringLiteral("pending"));
        QVERIFY(DeviceAppRepository(tdb.db()).replace(ipad, {{QStringLiteral("org.example.ehr"), QStringLiteral("EHR"),
                                                              QStringLiteral("5.2"), true, 0}}, 1000).ok());
        states = CatalogRepository(tdb.db()).installStates(ehr);
        for (const AppInstallState &s : states) {
            QCOMPARE(s.state, s.deviceId == ipad ? QStringLiteral("installed") : QStringLiteral("pending"));
            if (s.deviceId == ipad)
                QCOMPARE(s.installedVersion, QStringLiteral("5.2"));
        }
        // A refusal from the device shows as failed with its answer.
        QSqlQuery q(tdb.db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE commands SET status = 'error' WHERE device_id = %1").arg(phone)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO command_results (command_id, status, error_chain, received_at) "
                                      "SELECT id, 'Error', 'App Store not reachable', 1 FROM commands WHERE device_id = %1")
                           .arg(phone)));
        for (const AppInstallState &s : CatalogRepository(tdb.db()).installStates(ehr))
            if (s.deviceId == phone) {
                QCOMPARE(s.state, QStringLiteral("failed"));
                QCOMPARE(s.detail, QStringLiteral("App Store not reachable"));
            }

        // Android Play app: no INSTALL_APP (the agent's INSTALL_APP is for APKs only); the device's
        // policy lists it with its managed configuration, so only devices of an assigned group get it.
        CatalogApp agentApp;
        agentApp.name = QStringLiteral("EHR for Android");
        agentApp.platform = CatalogApp::Platform::Android;
        agentApp.identifier = QStringLiteral("org.example.ehr.android");
        agentApp.configSchema = ehr.configSchema;
        agentApp.configValues = ehr.configValues;
        QVERIFY(service.add(root, agentApp).ok());
        outcome = {};
        QVERIFY(service.install(root, agentApp.id, {tablet}, outcome).ok());
        QCOMPARE(outcome.queued, 0);
        QCOMPARE(outcome.viaPolicy, 0);
        QCOMPARE(outcome.skipped.size(), 1);
        QVERIFY2(outcome.skipped.first().contains(QLatin1String("policy")), qPrintable(outcome.skipped.first()));
        QVERIFY(CatalogRepository(tdb.db()).policyAppsForDevice(tablet).isEmpty());
        QSqlQuery g(tdb.db().connection());
        QVERIFY(g.exec(QStringLiteral("INSERT INTO device_groups (name, created_at) VALUES ('Lobby', 1)")));
        QVERIFY(g.exec(QStringLiteral("INSERT INTO group_members (group_id, device_id) VALUES (%1, %2)").arg(g.lastInsertId().toLongLong()).arg(tablet)));
        QVERIFY(service.assignToGroup(root, agentApp.id, QStringLiteral("Lobby")).ok());
        outcome = {};
        QVERIFY(service.install(root, agentApp.id, {}, outcome).ok());
        QCOMPARE(outcome.viaPolicy, 1);
        QVERIFY(CommandRepository(tdb.db()).list(tablet).isEmpty());
        const QList<CatalogApp> inPolicy = CatalogRepository(tdb.db()).policyAppsForDevice(tablet);
        QCOMPARE(inPolicy.size(), 1);
        const QJsonObject ap = AppInstallCommand::policyApplication(inPolicy.first());
        QCOMPARE(ap.value(QStringLiteral("packageName")).toString(), agentApp.identifier);
        QCOMPARE(ap.value(QStringLiteral("installType")).toString(), QStringLiteral("FORCE_INSTALLED"));
        QCOMPARE(ap.value(QStringLiteral("managedConfiguration")).toObject().value(QStringLiteral("tenant")).toString(),
                 QStringLiteral("stmary"));
        for (const AppInstallState &s : CatalogRepository(tdb.db()).installStates(agentApp))
            QCOMPARE(s.state, QStringLiteral("pending"));
        // Removed from the device: REMOVE_APP, and the policy no longer lists it there.
        outcome = {};
        QVERIFY(service.removeFromDevices(root, agentApp.id, {tablet}, outcome).ok());
        QCOMPARE(CommandRepository(tdb.db()).list(tablet).first().requestType, QStringLiteral("REMOVE_APP"));
        QVERIFY(CatalogRepository(tdb.db()).policyAppsForDevice(tablet).isEmpty());

        // Removal.
        outcome = {};
        QVERIFY(service.removeFromDevices(root, ehr.id, {ipad}, outcome).ok());
        QCOMPARE(CommandRepository(tdb.db()).list(ipad).first().requestType, QStringLiteral("RemoveApplication"));
    }

    void groupAssignmentTargetsItsMembers()
    {
        TestDatabase tdb;
        AppCatalogService service(tdb.db());
        const AdminSession root = admin(tdb.db());
        const qint64 a = addDevice(tdb.db(), QStringLiteral("Ward A"), Platform::iPadOS, Ownership::Shared);
        const qint64 b = addDevice(tdb.db(), QStringLiteral("Ward B"), Platform::iPadOS, Ownership::Shared);
        addDevice(tdb.db(), QStringLiteral("Office"), Platform::iPadOS, Ownership::COPE);
        QSqlQuery q(tdb.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO device_groups (name, created_at) VALUES ('Nursing tablets', 1)")));
        const qint64 group = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO group_members (group_id, device_id) VALUES (%1, %2), (%1, %3)")
                           .arg(group).arg(a).arg(b)));
        CatalogApp ehr = ehrApp();
        QVERIFY(service.add(root, ehr).ok());
        AppCatalogService::Outcome outcome;
        QCOMPARE(service.install(root, ehr.id, {}, outcome).code(), ErrorCode::InvalidInput); // nowhere to go yet
        QCOMPARE(service.assignToGroup(root, ehr.id, QStringLiteral("No such group")).code(), ErrorCode::NotFound);
        QVERIFY(service.assignToGroup(root, ehr.id, QStringLiteral("Nursing tablets")).ok());
        QCOMPARE(CatalogRepository(tdb.db()).installStates(ehr).size(), 2); // both members, not installed
        QVERIFY(service.install(root, ehr.id, {}, outcome).ok());
        QCOMPARE(outcome.queued, 2);
        QCOMPARE(CommandRepository(tdb.db()).list().size(), 2);
    }

    void commandLineAddsConfiguresInstallsAndReports()
    {
        QVERIFY2(QFile::exists(CliRunner::binary()), "CLINICMDM_BINARY does not name the built clinicmdm");
        TestDatabase tdb;
        QVERIFY(TestAdmin::create(tdb.db(), QStringLiteral("tech"), Role::Technician));
        const qint64 ipad = addDevice(tdb.db(), QStringLiteral("Ward 3 iPad"), Platform::iPadOS, Ownership::Shared);
        QHash<QString, QString> env = TestAdmin::signInEnv();
        env.insert(QLatin1String(SecretStore::FileEnv), tdb.dir() + QStringLiteral("/secrets.bin"));
        env.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("catalog test passphrase"));
        auto as = [&](const QString &user, const QStringList &args) {
            return CliRunner(tdb.path()).run(TestAdmin::signInArgs(user) + args, env);
        };
        const QStringList add = {QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--platform"), QStringLiteral("apple"),
                                 QStringLiteral("--identifier"), QStringLiteral("org.example.ehr"), QStringLiteral("--template"),
                                 QStringLiteral("ehr"), QStringLiteral("--store-id"), QStringLiteral("1234567"),
                                 QStringLiteral("--set"), QStringLiteral("fhir_base_url=http://fhir.example/r4"),
                                 QStringLiteral("--set"), QStringLiteral("sso_issuer=https://sso.example"),
                                 QStringLiteral("--set"), QStringLiteral("tenant=stmary")};
        CliRunner::Result r = as(QStringLiteral("test-root"), add);
        QCOMPARE(r.exitCode, int(ErrorCode::InvalidInput));
        QVERIFY2(r.err.contains(QLatin1String("https")), qPrintable(r.err));
        QStringList fixed = add;
        fixed[fixed.indexOf(QStringLiteral("fhir_base_url=http://fhir.example/r4"))] = QStringLiteral("fhir_base_url=https://fhir.example/r4");
        QCOMPARE(as(QStringLiteral("tech"), fixed).exitCode, int(ErrorCode::PermissionDenied));
        r = as(QStringLiteral("test-root"), fixed);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(QStringLiteral("test-root"), {QStringLiteral("apps"), QStringLiteral("configure"), QStringLiteral("org.example.ehr"),
                                             QStringLiteral("offline_cache_days=3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(QStringLiteral("test-root"), {QStringLiteral("apps"), QStringLiteral("install"), QStringLiteral("org.example.ehr"),
                                             QStringLiteral("--device"), QString::number(ipad)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject payload = QJsonDocument::fromJson(CommandRepository(tdb.db()).list(ipad).first().payload).object();
        QCOMPARE(payload.value(QStringLiteral("Configuration")).toObject().value(QStringLiteral("offline_cache_days")).toInt(), 3);
        r = as(QStringLiteral("tech"), {QStringLiteral("apps"), QStringLiteral("status"), QStringLiteral("org.example.ehr"),
                                        QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray states = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(states.size(), 1);
        QCOMPARE(states[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(as(QStringLiteral("test-root"), {QStringLiteral("apps"), QStringLiteral("bogus")}).exitCode, int(ErrorCode::Usage));
    }
};

QTEST_MAIN(TestAppCatalog)
#include "test_app_catalog.moc"
