// Kiosk maintenance end to end with the device simulators: the Android agent fetches its kiosk
// policy (lock task, branding), receives STOP_KIOSK when an admin takes it out of kiosk mode and
// START_KIOSK when the window has ended; the iPad installs the policy and its separate kiosk
// profile, and RemoveProfile takes away exactly the kiosk profile until the window ends.
#include "AppleMdmFixture.h"
#include "DiscoverySchemaChecker.h"
#include "sim/AndroidAgentSimulator.h"

#include "android/AgentProtocol.h"
#include "android/AndroidAgentRouter.h"
#include "android/AndroidEnrollmentTokenRepository.h"
#include "android/JsonSchemaValidator.h"
#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "kiosk/KioskMaintenanceScheduler.h"
#include "kiosk/KioskMaintenanceService.h"
#include "policy/AndroidPolicyCompiler.h"
#include "policy/AppleProfileCompiler.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

int auditCount(Database &db, const QString &action, const QString &outcome = QStringLiteral("success"))
{
    int n = 0;
    for (const AuditEvent &e : AuditLog(db).events(0, 10000))
        n += e.action == action && e.outcome == outcome ? 1 : 0;
    return n;
}

QJsonObject appOf(const QJsonObject &policy, const QString &package)
{
    for (const QJsonValue &a : policy.value(QStringLiteral("applications")).toArray())
        if (a.toObject().value(QStringLiteral("packageName")) == package)
            return a.toObject();
    return {};
}

PolicyRecord kioskPolicy(AppleMdmFixture &f, qint64 deviceId)
{
    PolicyRecord p;
    PolicyService policies(f.db());
    [&] {
        QVERIFY(policies.createFromBaseline(f.admin, QStringLiteral("cosu"), QStringLiteral("Check-in kiosk"), &p).ok());
        QVERIFY(policies.assignToDevice(f.admin, p.id, deviceId).ok());
    }();
    return p;
}

} // namespace

class TestKioskE2e : public QObject
{
    Q_OBJECT
private slots:
    void androidAgentLeavesAndReturnsToLockTask()
    {
        AppleMdmFixture f;
        AndroidAgentRouter router(f.ca);
        AndroidAgentSimulator agent(router, f.context, QStringLiteral("R52KIOSK01"));
        AndroidEnrollmentToken t;
        t.method = QStringLiteral("token");
        t.ownership = Ownership::COSU;
        t.department = QStringLiteral("Front desk");
        t.createdAt = QDateTime::currentSecsSinceEpoch();
        t.expiresAt = t.createdAt + 3600;
        QString token;
        QVERIFY(AndroidEnrollmentTokenRepository(f.db()).create(t, QStringLiteral("admin"), &token).ok());
        QCOMPARE(agent.enroll(token).status, 200);
        QCOMPARE(agent.checkIn().status, 200);
        const qint64 id = agent.deviceId();
        QVERIFY(id > 0);
        const PolicyRecord record = kioskPolicy(f, id);

        // The policy the agent applies: lock task on the check-in app, no way out, branding.
        QCOMPARE(agent.fetchPolicy().status, 200);
        const QJsonObject policy = agent.policy();
        QCOMPARE(appOf(policy, QStringLiteral("com.example.clinic.checkin")).value(QStringLiteral("installType")).toString(), QStringLiteral("KIOSK"));
        QCOMPARE(policy.value(QStringLiteral("kioskCustomization")).toObject().value(QStringLiteral("systemNavigation")).toString(),
                 QStringLiteral("NAVIGATION_DISABLED"));
        QCOMPARE(policy.value(QStringLiteral("factoryResetDisabled")).toBool(), true);
        QVERIFY(policy.value(QStringLiteral("deviceOwnerLockScreenInfo")).toObject().value(QStringLiteral("defaultMessage")).toString()
                    .contains(QLatin1String("Front desk")));
        QCOMPARE(appOf(policy, QLatin1String(AndroidPolicyCompiler::AgentPackage)).value(QStringLiteral("managedConfiguration")).toObject()
                     .value(QStringLiteral("kioskBranding")).toObject().value(QStringLiteral("supportContact")).toString(),
                 QStringLiteral("IT help desk, ext. 4357"));
        const DiscoverySchemaChecker schema(DiscoverySchemaChecker::androidManagementPath());
        if (schema.isLoaded()) {
            // The keys the kiosk policy set (the agent's own baseline underneath is checked by its tests).
            PolicySettings settings;
            QVERIFY(PolicyJson::fromJson(record.body, &settings).ok());
            const QJsonObject compiled = AndroidPolicyCompiler(Ownership::COSU).compile(settings, record.version);
            QStringList problems;
            for (const QString &p : schema.check(policy, QStringLiteral("Policy")))
                if (compiled.contains(p.section(QLatin1Char('.'), 1, 1).section(QLatin1Char(':'), 0, 0).section(QLatin1Char('['), 0, 0)))
                    problems << p;
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
        QCOMPARE(agent.acknowledgePolicy().status, 200);

        // Maintenance: STOP_KIOSK reaches the agent.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(KioskMaintenanceService(f.db()).exitKiosk(f.admin, id, QStringLiteral("replace the card reader"), 15).ok());
        QCOMPARE(agent.nextCommand().status, 200);
        QCOMPARE(agent.lastCommand().value(QStringLiteral("type")).toString(), QStringLiteral("STOP_KIOSK"));
        QVERIFY(JsonSchemaValidator(AgentProtocol::schemas()).validate(agent.lastCommand().value(QStringLiteral("payload")), QStringLiteral("STOP_KIOSKPayload")).isEmpty());
        QCOMPARE(agent.sendResult(agent.lastCommand().value(QStringLiteral("uuid")).toString()).status, 200);

        // The window has not ended: nothing; once it has, START_KIOSK with the kiosk's app.
        KioskMaintenanceScheduler scheduler(f.db());
        QCOMPARE(scheduler.tick(now + 5 * 60), 0);
        while (agent.nextCommand().status == 200)
            QVERIFY(agent.lastCommand().value(QStringLiteral("type")).toString() != QLatin1String("START_KIOSK"));
        QCOMPARE(scheduler.tick(now + 16 * 60), 1);
        QCOMPARE(agent.nextCommand().status, 200);
        QCOMPARE(agent.lastCommand().value(QStringLiteral("type")).toString(), QStringLiteral("START_KIOSK"));
        QCOMPARE(agent.lastCommand().value(QStringLiteral("payload")).toObject().value(QStringLiteral("packageName")).toString(),
                 QStringLiteral("com.example.clinic.checkin"));
        const QString uuid = agent.lastCommand().value(QStringLiteral("uuid")).toString();
        QCOMPARE(agent.sendResult(uuid).status, 200);
        QCOMPARE(CommandRepository(f.db()).findByUuid(uuid)->status, QStringLiteral("acknowledged"));
        QCOMPARE(auditCount(f.db(), QStringLiteral("kiosk.exit")), 1);
        QCOMPARE(auditCount(f.db(), QStringLiteral("kiosk.resume")), 1);
    }

    void ipadLosesExactlyTheKioskProfileDuringMaintenance()
    {
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(7));
        const QString error = ipad.enroll(f.createLink(Ownership::COSU));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(ipad.poll() >= 0);
        const qint64 id = f.scalar(QStringLiteral("SELECT id FROM devices")).toLongLong();
        const PolicyRecord policy = kioskPolicy(f, id);
        const QString kioskId = AppleProfileCompiler::kioskProfileIdentifier(policy.id);
        const QString policyId = QStringLiteral("%1.%2").arg(QLatin1String(AppleProfileCompiler::IdentifierPrefix)).arg(policy.id);

        QVERIFY(ipad.poll() >= 2);
        QVERIFY2(ipad.installedProfiles().contains(kioskId), qPrintable(ipad.installedProfiles().keys().join(QLatin1Char(' '))));
        QVERIFY(ipad.installedProfiles().contains(policyId));
        const QVariantList lock = ipad.installedProfiles().value(kioskId).value(QStringLiteral("PayloadContent")).toList();
        QCOMPARE(lock.size(), 1);
        QCOMPARE(lock[0].toMap().value(QStringLiteral("PayloadType")).toString(), QStringLiteral("com.apple.app.lock"));

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(KioskMaintenanceService(f.db()).exitKiosk(f.admin, id, QStringLiteral("iPadOS update"), 30).ok());
        const int before = int(ipad.received().size());
        QCOMPARE(ipad.poll(), 1);
        const AppleDeviceSimulator::ReceivedCommand remove = ipad.received().at(before);
        QCOMPARE(remove.requestType, QStringLiteral("RemoveProfile"));
        QCOMPARE(remove.command.value(QStringLiteral("Identifier")).toString(), kioskId);
        QCOMPARE(remove.answeredStatus, QStringLiteral("Acknowledged"));
        QVERIFY(!ipad.installedProfiles().contains(kioskId));
        QVERIFY(ipad.installedProfiles().contains(policyId)); // passcode, filter, restrictions stay

        QCOMPARE(KioskMaintenanceScheduler(f.db()).tick(now + 31 * 60), 1);
        QCOMPARE(ipad.poll(), 1);
        QCOMPARE(ipad.received().last().requestType, QStringLiteral("InstallProfile"));
        QVERIFY(ipad.installedProfiles().contains(kioskId));
        QCOMPARE(auditCount(f.db(), QStringLiteral("kiosk.resume")), 1);
    }
};

QTEST_GUILESS_MAIN(TestKioskE2e)
#include "test_kiosk_e2e.moc"
