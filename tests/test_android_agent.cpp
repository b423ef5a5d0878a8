// The Android agent protocol, in-process: the simulator enrolls with a one-time token, checks in,
// receives its policy and acknowledges a LOCK; every message is checked against the protocol's
// schemas and the policy against schemas.Policy of the Android Management API discovery document.
#include "TestDatabase.h"
#include "TestEndpointContext.h"
#include "sim/AndroidAgentSimulator.h"

#include "android/AgentProtocol.h"
#include "android/AndroidAgentRepository.h"
#include "android/AndroidEnrollmentTokenRepository.h"
#include "android/AndroidPolicyBuilder.h"
#include "android/AndroidAgentRouter.h"
#include "android/JsonSchemaValidator.h"
#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "fleet/DeviceAppRepository.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "fleet/DeviceRepository.h"
#include "push/PushTokenRepository.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace {
QString specPath()
{
    return qEnvironmentVariable("CLINICMDM_SHARED_DIR") + QStringLiteral("/spec/android/androidmanagement.v1.json");
}

int auditCount(Database &db, const QString &action)
{
    AuditQuery q;
    q.action = action;
    return AuditLog(db).count(q);
}

int rows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestAndroidAgent : public QObject
{
    Q_OBJECT

    CertificateAuthority m_ca;

    QString newToken(Database &db, Ownership ownership, qint64 lifetime = 3600)
    {
        AndroidEnrollmentToken t;
        t.method = QStringLiteral("token");
        t.ownership = ownership;
        t.department = QStringLiteral("Cardiology");
        t.createdAt = QDateTime::currentSecsSinceEpoch();
        t.expiresAt = t.createdAt + lifetime;
        QString clear;
        [&] { QVERIFY(AndroidEnrollmentTokenRepository(db).create(t, QStringLiteral("admin"), &clear).ok()); }();
        return clear;
    }

    static void verifyProtocolMessages(const AndroidAgentSimulator &sim)
    {
        const JsonSchemaValidator protocol(AgentProtocol::schemas());
        for (const AndroidAgentSimulator::Message &m : sim.messages()) {
            if (m.schema == QLatin1String("Policy"))
                continue; // checked against the Android Management API schema
            // The privacy fields a test sends on purpose are outside the protocol (the console drops them).
            QJsonObject body = m.body;
            for (const QString &field : AgentProtocol::privacyFields())
                body.remove(field);
            const QStringList problems = protocol.validate(body, m.schema);
            QVERIFY2(problems.isEmpty(), qPrintable(m.schema + QLatin1String(": ") + problems.join(QLatin1String("; "))));
        }
    }

    DeviceCommand queue(Database &db, qint64 deviceId, const QString &type, const QJsonObject &payload, int priority = 10)
    {
        DeviceCommand c;
        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
        c.deviceId = deviceId;
        c.requestType = type;
        c.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        c.priority = priority;
        c.queuedBy = QStringLiteral("admin");
        c.queuedAt = QDateTime::currentSecsSinceEpoch();
        [&] { QVERIFY(CommandRepository(db).enqueue(c).ok()); }();
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!AgentProtocol::schemas().isEmpty());
        QVERIFY(CertificateAuthority::create(QStringLiteral("Clinic CA"), QStringLiteral("Clinic"), KeyAlgorithm::Rsa2048, 365, m_ca).ok());
    }

    // The whole round: enroll, check in, policy, a LOCK acknowledged.
    void enrollCheckInPolicyAndLock()
    {
        TestDatabase t;
        TestEndpointContext ctx(t.db());
        AndroidAgentRouter router(m_ca);
        AndroidAgentSimulator sim(router, ctx, QStringLiteral("R52T30ABCDE"));
        const QString token = newToken(t.db(), Ownership::COPE);

        QCOMPARE(sim.enroll(token).status, 200);
        std::optional<Device> d = DeviceRepository(t.db()).findBySerial(QStringLiteral("R52T30ABCDE"));
        QVERIFY(d);
        QCOMPARE(d->platform, Platform::Android);
        QCOMPARE(d->state, EnrollmentState::Pending);
        QCOMPARE(d->department, QStringLiteral("Cardiology"));
        QCOMPARE(AndroidEnrollmentTokenRepository(t.db()).findByToken(token)->state, QStringLiteral("used"));
        // The token is one-time.
        AndroidAgentSimulator again(router, ctx, QStringLiteral("OTHER1"));
        const HttpResponse reused = again.enroll(token);
        QCOMPARE(reused.status, 403);
        QCOMPARE(QJsonDocument::fromJson(reused.body).object().value(QLatin1String("error")).toString(), QStringLiteral("token_used"));

        const HttpResponse checkIn = sim.checkIn();
        QCOMPARE(checkIn.status, 200);
        QVERIFY(QJsonDocument::fromJson(checkIn.body).object().value(QLatin1String("policyChanged")).toBool());
        d = DeviceRepository(t.db()).findById(d->id);
        QCOMPARE(d->state, EnrollmentState::Enrolled);
        QVERIFY(d->lastSeen.isValid());
        const auto facts = DeviceFactRepository(t.db()).facts(d->id);
        QCOMPARE(facts.value(DeviceFact::SecurityPatch).value, QStringLiteral("2026-10-05"));
        QCOMPARE(facts.value(DeviceFact::Encrypted).value, QStringLiteral("true"));
        QCOMPARE(facts.value(DeviceFact::ManagementMode).value, QStringLiteral("device_owner"));
        QCOMPARE(DeviceAppRepository(t.db()).apps(d->id).size(), 2);
        const std::optional<PushToken> push = PushTokenRepository(t.db()).find(d->id);
        QVERIFY(push);
        QCOMPARE(push->service, PushToken::Service::Fcm);
        QCOMPARE(push->token, sim.fcmToken());
        QCOMPARE(auditCount(t.db(), QStringLiteral("android.enrolled")), 1);

        QCOMPARE(sim.fetchPolicy().status, 200);
        QVERIFY(!sim.policy().value(QLatin1String("version")).toString().isEmpty());
        QCOMPARE(sim.acknowledgePolicy().status, 200);
        // The console's own policy version, not the content hash the agent acknowledges: 0 here,
        // the ownership's baseline (no policy assigned) (issue 21).
        QCOMPARE(DeviceFactRepository(t.db()).facts(d->id).value(DeviceFact::PolicyVersion).value, QStringLiteral("0"));
        QCOMPARE(DeviceFactRepository(t.db()).facts(d->id).value(DeviceFact::AutoLockSeconds).value, QStringLiteral("300"));
        QVERIFY(!QJsonDocument::fromJson(sim.checkIn().body).object().value(QLatin1String("policyChanged")).toBool());

        const DeviceCommand lock = queue(t.db(), d->id, QStringLiteral("LOCK"),
                                         {{QStringLiteral("Message"), QStringLiteral("Return to the nurses' station")}});
        QCOMPARE(sim.nextCommand().status, 200);
        QCOMPARE(sim.lastCommand().value(QLatin1String("type")).toString(), QStringLiteral("LOCK"));
        QCOMPARE(sim.lastCommand().value(QLatin1String("uuid")).toString(), lock.uuid);
        QCOMPARE(CommandRepository(t.db()).findByUuid(lock.uuid)->status, QStringLiteral("sent"));
        QCOMPARE(sim.nextCommand().status, 204); // nothing else waits
        QCOMPARE(sim.sendResult(lock.uuid).status, 200);
        QCOMPARE(CommandRepository(t.db()).findByUuid(lock.uuid)->status, QStringLiteral("acknowledged"));
        QCOMPARE(sim.sendResult(lock.uuid).status, 409); // a result is recorded once
        QCOMPARE(auditCount(t.db(), QStringLiteral("command.result")), 1);
        verifyProtocolMessages(sim);
        // Payload of the command against its own schema.
        const JsonSchemaValidator protocol(AgentProtocol::schemas());
        QVERIFY(protocol.validate(sim.lastCommand().value(QLatin1String("payload")), QStringLiteral("LOCKPayload")).isEmpty());
    }

    // Bad input gets 400 with a reason, and nothing is written.
    void badInputIsRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expectedCode");
        QTest::newRow("not json") << QByteArray("{\"protocolVersion\":1,") << QStringLiteral("invalid_json");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("invalid_json");
        QTest::newRow("unknown field") << QByteArray(R"({"protocolVersion":1,"token":"x","csr":"y","managementMode":"device_owner","device":{},"extra":1})")
                                       << QStringLiteral("invalid_message");
        QTest::newRow("missing token") << QByteArray(R"({"protocolVersion":1,"csr":"AAAA","managementMode":"device_owner","device":{"serial":"A","model":"m","androidVersion":"13"}})")
                                       << QStringLiteral("invalid_message");
        QTest::newRow("wrong version") << QByteArray(R"({"protocolVersion":2})") << QStringLiteral("invalid_message");
        QTest::newRow("bad mode") << QByteArray(R"({"protocolVersion":1,"token":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","csr":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","managementMode":"root","device":{"serial":"A","model":"m","androidVersion":"13"}})")
                                  << QStringLiteral("invalid_message");
    }
    void badInputIsRefusedAndNothingWritten()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expectedCode);
        TestDatabase t;
        TestEndpointContext ctx(t.db());
        AndroidAgentRouter router(m_ca);
        const QString token = newToken(t.db(), Ownership::COPE);
        const int auditBefore = rows(t.db(), QStringLiteral("audit_events"));
        AndroidAgentSimulator sim(router, ctx, QStringLiteral("BAD1"));
        const HttpResponse r = sim.raw("POST", AgentProtocol::EnrollPath, body);
        QCOMPARE(r.status, 400);
        const QJsonObject error = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(error.value(QLatin1String("error")).toString(), expectedCode);
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(JsonSchemaValidator(AgentProtocol::schemas()).validate(error, QStringLiteral("Error")).isEmpty());
        QCOMPARE(rows(t.db(), QStringLiteral("devices")), 0);
        QCOMPARE(rows(t.db(), QStringLiteral("audit_events")), auditBefore);
        QCOMPARE(AndroidEnrollmentTokenRepository(t.db()).findByToken(token)->state, QStringLiteral("open"));
    }

    void checkInValidationAndAuthentication()
    {
        TestDatabase t;
        TestEndpointContext ctx(t.db());
        AndroidAgentRouter router(m_ca);
        AndroidAgentSimulator sim(router, ctx, QStringLiteral("AUTH1"));
        // Before enrollment there is no certificate: 401.
        QCOMPARE(sim.checkIn().status, 401);
        QCOMPARE(sim.enroll(newToken(t.db(), Ownership::Shared)).status, 200);
        // A wrong type in a check-in: 400, the device stays pending and no fact is stored.
        QCOMPARE(sim.checkIn({{QStringLiteral("encrypted"), QStringLiteral("yes")}}).status, 400);
        QCOMPARE(DeviceRepository(t.db()).findById(sim.deviceId())->state, EnrollmentState::Pending);
        QVERIFY(DeviceFactRepository(t.db()).facts(sim.deviceId()).isEmpty());
        QCOMPARE(sim.checkIn({{QStringLiteral("securityPatch"), QStringLiteral("October")}}).status, 400);
        QCOMPARE(sim.checkIn({{QStringLiteral("serial"), QStringLiteral("SOMEONE-ELSE")}}).status, 409);
        // A certificate the console never issued: 403, audited.
        AndroidAgentSimulator forger(router, ctx, QStringLiteral("AUTH1"));
        forger.setCertificateDer(m_ca.certificateDer());
        QCOMPARE(forger.checkIn().status, 403);
        QVERIFY(auditCount(t.db(), QStringLiteral("android.auth")) >= 1);
        // Expired tokens and wrong routes.
        AndroidAgentSimulator late(router, ctx, QStringLiteral("LATE1"));
        QCOMPARE(late.enroll(newToken(t.db(), Ownership::COPE, -10)).status, 403);
        QCOMPARE(sim.raw("POST", "nowhere", "{}").status, 404);
        QCOMPARE(sim.raw("POST", AgentProtocol::PolicyPath, "{}").status, 405);
        QCOMPARE(sim.checkIn().status, 200);
    }

    // BYOD: only a work profile, never personal apps or location, never a full wipe.
    void byodPrivacyBoundary()
    {
        TestDatabase t;
        TestEndpointContext ctx(t.db());
        AndroidAgentRouter router(m_ca);
        AndroidAgentSimulator owner(router, ctx, QStringLiteral("BYOD1"), QStringLiteral("device_owner"));
        const HttpResponse refused = owner.enroll(newToken(t.db(), Ownership::BYOD));
        QCOMPARE(refused.status, 403);
        QCOMPARE(QJsonDocument::fromJson(refused.body).object().value(QLatin1String("error")).toString(),
                 QStringLiteral("management_mode_not_allowed"));

        AndroidAgentSimulator sim(router, ctx, QStringLiteral("BYOD1"), QStringLiteral("work_profile"));
        QCOMPARE(sim.enroll(newToken(t.db(), Ownership::BYOD)).status, 200);
        const QJsonObject spy{
            {QStringLiteral("location"), QJsonObject{{QStringLiteral("lat"), 40.1}, {QStringLiteral("lon"), -3.7}}},
            {QStringLiteral("personalApps"), QJsonArray{QStringLiteral("com.whatsapp"), QStringLiteral("com.instagram.android"),
                                                        QStringLiteral("com.tinder")}}};
        const HttpResponse r = sim.checkIn(spy);
        QCOMPARE(r.status, 200);
        const QJsonArray dropped = QJsonDocument::fromJson(r.body).object().value(QLatin1String("droppedFields")).toArray();
        QCOMPARE(dropped.size(), 2);
        QVERIFY(dropped.contains(QStringLiteral("location")));
        QVERIFY(dropped.contains(QStringLiteral("personalApps")));
        for (const DeviceApp &a : DeviceAppRepository(t.db()).apps(sim.deviceId()))
            QVERIFY2(a.managed && !a.identifier.contains(QLatin1String("whatsapp")), qPrintable(a.identifier));
        AuditQuery q;
        q.action = QStringLiteral("privacy.dropped");
        const QList<AuditEvent> events = AuditLog(t.db()).page(q, 0, 10);
        QCOMPARE(events.size(), 1);
        QVERIFY(events.first().details.contains(QLatin1String("personalApps[3]")));
        QVERIFY(!events.first().details.contains(QLatin1String("whatsapp")));
        QVERIFY(!events.first().details.contains(QLatin1String("40.1")));
        QVERIFY(!DeviceFactRepository(t.db()).facts(sim.deviceId()).contains(QStringLiteral("location")));

        // A WIPE that reached the queue anyway is refused at delivery; the selective wipe goes out.
        const DeviceCommand wipe = queue(t.db(), sim.deviceId(), QStringLiteral("WIPE"), {}, 20);
        const DeviceCommand remove = queue(t.db(), sim.deviceId(), QStringLiteral("REMOVE_WORK_PROFILE"),
                                           {{QStringLiteral("scope"), QStringLiteral("managed-data")}}, 20);
        QCOMPARE(sim.nextCommand().status, 200);
        QCOMPARE(sim.lastCommand().value(QLatin1String("type")).toString(), QStringLiteral("REMOVE_WORK_PROFILE"));
        QCOMPARE(CommandRepository(t.db()).findByUuid(wipe.uuid)->status, QStringLiteral("error"));
        QCOMPARE(auditCount(t.db(), QStringLiteral("command.refused")), 1);
        QCOMPARE(sim.sendResult(remove.uuid, QStringLiteral("NOT_NOW")).status, 200);
        QCOMPARE(CommandRepository(t.db()).findByUuid(remove.uuid)->status, QStringLiteral("notnow"));
        QCOMPARE(sim.nextCommand().status, 204); // not offered again at once
        verifyProtocolMessages(sim);
    }

    void policyAcknowledgementMustMatch()
    {
        TestDatabase t;
        TestEndpointContext ctx(t.db());
        AndroidAgentRouter router(m_ca);
        AndroidAgentSimulator sim(router, ctx, QStringLiteral("ACK1"));
        QCOMPARE(sim.enroll(newToken(t.db(), Ownership::COSU)).status, 200);
        QCOMPARE(sim.raw("POST", AgentProtocol::PolicyAckPath,
                         R"({"protocolVersion":1,"version":"12345","state":"APPLIED"})").status, 409);
        QCOMPARE(sim.fetchPolicy().status, 200);
        QCOMPARE(sim.acknowledgePolicy(QStringLiteral("FAILED")).status, 200);
        QCOMPARE(AndroidAgentRepository(t.db()).findByDevice(sim.deviceId())->policyVersionApplied, QString());
        QCOMPARE(sim.acknowledgePolicy().status, 200);
        QCOMPARE(AndroidAgentRepository(t.db()).findByDevice(sim.deviceId())->policyVersionApplied,
                 sim.policy().value(QLatin1String("version")).toString());
    }

    // Every policy the console emits conforms to schemas.Policy of the Android Management API.
    void policyMatchesAndroidManagementApi()
    {
        QFile spec(specPath());
        if (!spec.open(QIODevice::ReadOnly))
            QSKIP(qPrintable(QStringLiteral("The Android Management API discovery document %1 is absent (set CLINICMDM_SHARED_DIR "
                                            "to the shared folder holding spec/android/).").arg(specPath())));
        const JsonSchemaValidator amapi(QJsonDocument::fromJson(spec.readAll()).object().value(QLatin1String("schemas")).toObject());
        QVERIFY(amapi.hasSchema(QStringLiteral("Policy")));
        AndroidPolicyRepository::Row kiosk{7, QStringLiteral("Lobby kiosk"), 3,
                                           QStringLiteral(R"({"android":{"applications":[{"packageName":"org.clinic.checkin","installType":"KIOSK"}],"kioskCustomLauncherEnabled":false}})")};
        for (Ownership o : {Ownership::BYOD, Ownership::COPE, Ownership::COSU, Ownership::Shared}) {
            for (const auto &assigned : {std::optional<AndroidPolicyRepository::Row>(), std::optional(kiosk)}) {
                const QJsonObject p = AndroidPolicyBuilder::build(o, assigned);
                const QStringList problems = amapi.validate(p, QStringLiteral("Policy"));
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
            }
        }
        // The validator is strict: a made-up field or a wrong enum is caught.
        QJsonObject wrong = AndroidPolicyBuilder::baseline(Ownership::COPE);
        wrong.insert(QStringLiteral("encryptionPolicy"), QStringLiteral("SOMETIMES"));
        wrong.insert(QStringLiteral("wipeOnTuesdays"), true);
        QCOMPARE(amapi.validate(wrong, QStringLiteral("Policy")).size(), 2);
        // And the policy the simulator received is one of them.
        TestDatabase t;
        TestEndpointContext ctx(t.db());
        AndroidAgentRouter router(m_ca);
        AndroidAgentSimulator sim(router, ctx, QStringLiteral("SPEC1"));
        QCOMPARE(sim.enroll(newToken(t.db(), Ownership::COPE)).status, 200);
        QCOMPARE(sim.fetchPolicy().status, 200);
        QVERIFY(amapi.validate(sim.policy(), QStringLiteral("Policy")).isEmpty());
        QCOMPARE(sim.policy().value(QLatin1String("maximumTimeToLock")).toString(), QStringLiteral("300000"));
        QCOMPARE(sim.policy().value(QLatin1String("encryptionPolicy")).toString(), QStringLiteral("ENABLED_WITH_PASSWORD"));
    }
};

QTEST_GUILESS_MAIN(TestAndroidAgent)
#include "test_android_agent.moc"
