// Shared clinical tablets end to end: an Android agent reports sign-ins and sign-outs (one at a
// time and as a replayed batch, never half a malformed batch), "reset for next patient" reaches
// the agent as CLEAR_APP_DATA, a Shared iPad's user session runs from its user-channel TokenUpdate
// to LogOutUser, schedules reset tablets on their own (once per slot, catching up once), and
// sessions left open past the policy's timeout are closed.
#include "AppleMdmFixture.h"
#include "AppleSchemaChecker.h"
#include "AppleSpec.h"
#include "sim/AndroidAgentSimulator.h"

#include "android/AgentProtocol.h"
#include "android/AndroidAgentRouter.h"
#include "android/AndroidEnrollmentTokenRepository.h"
#include "android/JsonSchemaValidator.h"
#include "apple/Plist.h"
#include "audit/AuditLog.h"
#include "catalog/AppCatalogService.h"
#include "commands/CommandRepository.h"
#include "fleet/DeviceGroupRepository.h"
#include "fleet/DeviceRepository.h"
#include "policy/AndroidPolicyCompiler.h"
#include "policy/AppleProfileCompiler.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyRepository.h"
#include "shared/DeviceSessionRepository.h"
#include "shared/ResetScheduleRepository.h"
#include "shared/ResetScheduleService.h"
#include "shared/ResetScheduleTiming.h"
#include "shared/ResetScheduler.h"
#include "shared/SessionTimeoutSweep.h"
#include "shared/SharedSessionService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

namespace {

int rows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
}

int auditCount(Database &db, const QString &action, qint64 deviceId = 0)
{
    int n = 0;
    for (const AuditEvent &e : AuditLog(db).events(0, 100000))
        n += e.action == action && (deviceId == 0 || (e.deviceId && *e.deviceId == deviceId)) ? 1 : 0;
    return n;
}

QJsonObject body(const HttpResponse &r) { return QJsonDocument::fromJson(r.body).object(); }

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

qint64 addGroup(Database &db, const QString &name, const QList<qint64> &members)
{
    DeviceGroup g;
    g.name = name;
    if (!DeviceGroupRepository(db).create(g, 1) || !DeviceGroupRepository(db).addDevices(g.id, members))
        return 0;
    return g.id;
}

QDateTime local(int day, int hour, int minute = 0)
{
    // November 2026: the 23rd is a Monday.
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::LocalTime);
}

} // namespace

class TestSharedTablets : public QObject
{
    Q_OBJECT

    CertificateAuthority m_ca;

    QString newToken(Database &db, Ownership ownership)
    {
        AndroidEnrollmentToken t;
        t.method = QStringLiteral("token");
        t.ownership = ownership;
        t.department = QStringLiteral("Ward 3");
        t.createdAt = QDateTime::currentSecsSinceEpoch();
        t.expiresAt = t.createdAt + 3600;
        QString clear;
        [&] { QVERIFY(AndroidEnrollmentTokenRepository(db).create(t, QStringLiteral("admin"), &clear).ok()); }();
        return clear;
    }

    static void verifyMessages(const AndroidAgentSimulator &sim, int upTo)
    {
        const JsonSchemaValidator protocol(AgentProtocol::schemas());
        for (int i = 0; i < upTo && i < sim.messages().size(); ++i) {
            const AndroidAgentSimulator::Message &m = sim.messages().at(i);
            if (m.schema == QLatin1String("Policy"))
                continue;
            const QStringList problems = protocol.validate(m.body, m.schema);
            QVERIFY2(problems.isEmpty(), qPrintable(m.schema + QLatin1String(": ") + problems.join(QLatin1String("; "))));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(CertificateAuthority::create(QStringLiteral("Clinic CA"), QStringLiteral("Clinic"), KeyAlgorithm::Rsa2048, 365, m_ca).ok());
    }

    void androidTabletReportsSessions()
    {
        TestDatabase t;
        TestEndpointContext ctx(t.db());
        AndroidAgentRouter router(m_ca);
        AndroidAgentSimulator tablet(router, ctx, QStringLiteral("R52SHARED01"));
        QCOMPARE(tablet.enroll(newToken(t.db(), Ownership::Shared)).status, 200);
        QCOMPARE(tablet.checkIn().status, 200);
        const qint64 id = tablet.deviceId();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 t0 = now - 8 * 3600;
        SharedSessionService sessions(t.db());

        HttpResponse r = tablet.signIn(QStringLiteral("rn.garcia"), t0);
        QCOMPARE(r.status, 200);
        QCOMPARE(body(r).value(QStringLiteral("recorded")).toInt(), 1);
        QCOMPARE(sessions.whoHeld(id, t0 + 60)->userName, QStringLiteral("rn.garcia"));
        QCOMPARE(sessions.whoHeld(id, t0 + 60)->source, QStringLiteral("agent"));
        QCOMPARE(tablet.signOut(QStringLiteral("rn.garcia"), t0 + 3000).status, 200);
        QVERIFY(!DeviceSessionRepository(t.db()).openSession(id));
        QCOMPARE(DeviceSessionRepository(t.db()).latest(id)->endReason, QStringLiteral("signout"));

        // Offline for a while: the tablet replays what it kept, in order, in one batch.
        const QJsonArray batch{AndroidAgentSimulator::sessionEvent(QStringLiteral("signin"), QStringLiteral("rn.okafor"), t0 + 3600),
                               AndroidAgentSimulator::sessionEvent(QStringLiteral("signout"), QStringLiteral("rn.okafor"), t0 + 5400,
                                                                   QStringLiteral("timeout")),
                               AndroidAgentSimulator::sessionEvent(QStringLiteral("signin"), QStringLiteral("dr.patel"), t0 + 6000)};
        r = tablet.sendSessions(batch);
        QCOMPARE(r.status, 200);
        QCOMPARE(body(r).value(QStringLiteral("recorded")).toInt(), 3);
        // Our answer was lost: the same batch again stores nothing twice.
        r = tablet.sendSessions(batch);
        QCOMPARE(r.status, 200);
        QCOMPARE(body(r).value(QStringLiteral("recorded")).toInt(), 0);
        QCOMPARE(body(r).value(QStringLiteral("ignored")).toInt(), 3);
        QCOMPARE(DeviceSessionRepository(t.db()).list(id).size(), 3);
        QCOMPARE(sessions.whoHeld(id, t0 + 4000)->userName, QStringLiteral("rn.okafor"));
        QCOMPARE(sessions.whoHeld(id, t0 + 4000)->endReason, QStringLiteral("timeout"));
        QCOMPARE(DeviceSessionRepository(t.db()).openSession(id)->userName, QStringLiteral("dr.patel"));
        QCOMPARE(auditCount(t.db(), QStringLiteral("session.signin"), id), 3);
        QCOMPARE(auditCount(t.db(), QStringLiteral("session.replay"), id), 1);
        verifyMessages(tablet, int(tablet.messages().size()));

        // Bad batches: a clear 400 and nothing of them stored — not even their valid events.
        const int sessionsBefore = rows(t.db(), QStringLiteral("device_sessions"));
        const int auditBefore = rows(t.db(), QStringLiteral("audit_events"));
        const QJsonObject good = AndroidAgentSimulator::sessionEvent(QStringLiteral("signin"), QStringLiteral("rn.lee"), now - 60);
        r = tablet.raw("POST", AgentProtocol::SessionsPath, "{\"protocolVersion\":1,\"events\":[");
        QCOMPARE(r.status, 400);
        QCOMPARE(body(r).value(QStringLiteral("error")).toString(), QStringLiteral("invalid_json"));
        const QList<QJsonArray> refused{
            {good, AndroidAgentSimulator::sessionEvent(QStringLiteral("badge-tap"), QStringLiteral("rn.lee"), now - 30)}, // unknown event
            {good, AndroidAgentSimulator::sessionEvent(QStringLiteral("signin"), QStringLiteral("rn.kim"), now - 30, QStringLiteral("signout"))},
            {good, AndroidAgentSimulator::sessionEvent(QStringLiteral("signout"), QStringLiteral("rn.lee"), now - 90)}, // out of order
            {good, AndroidAgentSimulator::sessionEvent(QStringLiteral("signout"), QStringLiteral("rn.lee"), now - 30, QStringLiteral("stolen"))},
            {good, AndroidAgentSimulator::sessionEvent(QStringLiteral("signin"), QStringLiteral("   "), now - 30)},
            {good, QJsonObject{{QStringLiteral("event"), QStringLiteral("signin")}, {QStringLiteral("user"), QStringLiteral("x")},
                               {QStringLiteral("at"), now}, {QStringLiteral("badge"), QStringLiteral("42")}}}, // unknown field
            {good, AndroidAgentSimulator::sessionEvent(QStringLiteral("signin"), QStringLiteral("rn.kim"), now + 86400)}, // future
            {},
        };
        for (const QJsonArray &events : refused) {
            r = tablet.sendSessions(events);
            QCOMPARE(r.status, 400);
            QVERIFY2(!body(r).value(QStringLiteral("message")).toString().isEmpty(), r.body.constData());
        }
        QCOMPARE(rows(t.db(), QStringLiteral("device_sessions")), sessionsBefore);
        QCOMPARE(rows(t.db(), QStringLiteral("audit_events")), auditBefore);
        QCOMPARE(DeviceSessionRepository(t.db()).openSession(id)->userName, QStringLiteral("dr.patel"));
        QCOMPARE(tablet.raw("GET", AgentProtocol::SessionsPath, {}).status, 405);

        // Another device's certificate, or none, is refused before anything is read.
        const QByteArray cert = tablet.certificateDer();
        tablet.setCertificateDer({});
        QCOMPARE(tablet.signIn(QStringLiteral("rn.lee"), now).status, 401);
        tablet.setCertificateDer(cert);

        // A device not marked Shared keeps no sessions: a clear refusal.
        AndroidAgentSimulator office(router, ctx, QStringLiteral("R52COPE0001"));
        QCOMPARE(office.enroll(newToken(t.db(), Ownership::COPE)).status, 200);
        QCOMPARE(office.checkIn().status, 200);
        r = office.signIn(QStringLiteral("rn.garcia"), now - 10);
        QCOMPARE(r.status, 409);
        QCOMPARE(body(r).value(QStringLiteral("error")).toString(), QStringLiteral("not_shared_device"));
        QVERIFY(DeviceSessionRepository(t.db()).list(office.deviceId()).isEmpty());
    }

    void resetForNextPatientReachesTheAgent()
    {
        TestDatabase t;
        TestEndpointContext ctx(t.db());
        AndroidAgentRouter router(m_ca);
        AndroidAgentSimulator tablet(router, ctx, QStringLiteral("R52SHARED02"));
        QCOMPARE(tablet.enroll(newToken(t.db(), Ownership::Shared)).status, 200);
        QCOMPARE(tablet.checkIn().status, 200);
        const qint64 id = tablet.deviceId();
        QVERIFY(addGroup(t.db(), QStringLiteral("Patient bays"), {id}) > 0);
        const AdminSession root(&t.db(), 1, QStringLiteral("root"), Role::Administrator, true);
        CatalogApp app;
        app.platform = CatalogApp::Platform::Android;
        app.name = QStringLiteral("Patient education");
        app.identifier = QStringLiteral("org.example.education");
        app.storeId = QStringLiteral("org.example.education");
        QVERIFY(AppCatalogService(t.db()).add(root, app).ok());
        QVERIFY(AppCatalogService(t.db()).assignToGroup(root, app.id, QStringLiteral("Patient bays")).ok());
        // Drain what enrollment queued, if anything.
        while (tablet.nextCommand().status == 200)
            QCOMPARE(tablet.sendResult(tablet.lastCommand().value(QStringLiteral("uuid")).toString()).status, 200);

        QCOMPARE(tablet.signIn(QStringLiteral("rn.garcia"), QDateTime::currentSecsSinceEpoch() - 600).status, 200);
        const AdminSession tech(&t.db(), 2, QStringLiteral("tech"), Role::Technician, true);
        SharedSessionService::ResetOutcome outcome;
        QVERIFY(SharedSessionService(t.db()).resetForNextPatient(tech, id, outcome).ok());
        QCOMPARE(outcome.endedSession->userName, QStringLiteral("rn.garcia"));

        QCOMPARE(tablet.nextCommand().status, 200);
        const QJsonObject command = tablet.lastCommand();
        QCOMPARE(command.value(QStringLiteral("type")).toString(), QStringLiteral("CLEAR_APP_DATA"));
        QCOMPARE(command.value(QStringLiteral("payload")).toObject().value(QStringLiteral("packageName")).toString(), app.identifier);
        const QStringList payloadProblems =
            JsonSchemaValidator(AgentProtocol::schemas()).validate(command.value(QStringLiteral("payload")), QStringLiteral("CLEAR_APP_DATAPayload"));
        QVERIFY2(payloadProblems.isEmpty(), qPrintable(payloadProblems.join(QLatin1String("; "))));
        const QString uuid = command.value(QStringLiteral("uuid")).toString();
        QCOMPARE(tablet.sendResult(uuid).status, 200);
        QCOMPARE(CommandRepository(t.db()).findByUuid(uuid.toUpper())->status, QStringLiteral("acknowledged"));
        QCOMPARE(tablet.nextCommand().status, 204);
        QCOMPARE(DeviceSessionRepository(t.db()).latest(id)->endReason, QStringLiteral("reset"));
        // The clinician's late sign-out (the tablet was offline) no longer changes anything.
        const HttpResponse late = tablet.signOut(QStringLiteral("rn.garcia"), QDateTime::currentSecsSinceEpoch() - 5);
        QCOMPARE(late.status, 200);
        QCOMPARE(body(late).value(QStringLiteral("ignored")).toInt(), 1);
        verifyMessages(tablet, int(tablet.messages().size()));
    }

    void sharedIpadSessionFromTokenUpdateToLogOutUser()
    {
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(11));
        QVERIFY(ipad.enroll(f.createLink(Ownership::Shared)).isEmpty());
        QCOMPARE(ipad.poll(), 2);
        const qint64 id = f.scalar(QStringLiteral("SELECT id FROM devices")).toLongLong();
        const QString pushTokenBefore = f.scalar(QStringLiteral("SELECT token FROM push_tokens"));

        const QString user = QStringLiteral("rn.garcia@clinic.appleid.example");
        QCOMPARE(ipad.signInSharedUser(user).status, 200);
        std::optional<DeviceSession> open = DeviceSessionRepository(f.db()).openSession(id);
        QVERIFY(open);
        QCOMPARE(open->userName, user);
        QCOMPARE(open->source, QStringLiteral("apple"));
        // The user channel's token never replaces the device's wake channel.
        QCOMPARE(f.scalar(QStringLiteral("SELECT token FROM push_tokens")), pushTokenBefore);
        // The user channel sends its TokenUpdate again: still one session.
        QCOMPARE(ipad.signInSharedUser(user).status, 200);
        QCOMPARE(DeviceSessionRepository(f.db()).list(id).size(), 1);

        SharedSessionService service(f.db());
        QCOMPARE(service.requestSignOut(f.admin, id, QStringLiteral("rn.okafor@clinic.appleid.example")).code(), ErrorCode::Conflict);
        const AdminSession auditor(&f.db(), 9, QStringLiteral("aud"), Role::Auditor, true);
        QCOMPARE(service.requestSignOut(auditor, id, user).code(), ErrorCode::PermissionDenied);
        DeviceCommand logout;
        QVERIFY(service.requestSignOut(f.admin, id, user, &logout).ok());
        QCOMPARE(logout.requestType, QStringLiteral("LogOutUser"));
        QCOMPARE(auditCount(f.db(), QStringLiteral("session.signout.requested"), id), 1);

        // The user channel polls too; LogOutUser is a device-channel command and is not handed to it.
        QByteArray userIdle;
        QVERIFY(Plist::toXml(QVariantMap{{QStringLiteral("Status"), QStringLiteral("Idle")},
                                         {QStringLiteral("UDID"), AppleMdmFixture::identity(11).udid},
                                         {QStringLiteral("UserID"), QStringLiteral("FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")},
                                         {QStringLiteral("UserShortName"), user}},
                             userIdle).ok());
        const HttpResponse userPoll = ipad.put(ipad.serverUrl(), userIdle, ipad.sign(userIdle));
        QCOMPARE(userPoll.status, 200);
        QVERIFY(userPoll.body.isEmpty());
        QCOMPARE(CommandRepository(f.db()).findByUuid(logout.uuid)->status, QStringLiteral("queued"));
        QVERIFY(DeviceSessionRepository(f.db()).openSession(id));

        // The device channel gets it, the iPad signs the user out and acknowledges: the session ends.
        QCOMPARE(ipad.poll(), 1);
        QCOMPARE(ipad.received().last().requestType, QStringLiteral("LogOutUser"));
        QVERIFY(ipad.signedInUser().isEmpty());
        QCOMPARE(CommandRepository(f.db()).findByUuid(logout.uuid)->status, QStringLiteral("acknowledged"));
        QVERIFY(!DeviceSessionRepository(f.db()).openSession(id));
        const DeviceSession ended = DeviceSessionRepository(f.db()).latest(id).value();
        QCOMPARE(ended.endReason, QStringLiteral("signout"));
        QVERIFY(ended.endedAt >= ended.startedAt);
        QCOMPARE(service.whoHeld(id, ended.startedAt)->userName, user);
        QCOMPARE(service.requestSignOut(f.admin, id, {}).code(), ErrorCode::Conflict); // nobody left

        // An iPad that is not shared: its user channel starts nothing.
        AppleDeviceSimulator office(f.transport, AppleMdmFixture::identity(12));
        QVERIFY(office.enroll(f.createLink(Ownership::COPE)).isEmpty());
        QCOMPARE(office.signInSharedUser(user).status, 200);
        const qint64 officeId = DeviceRepository(f.db()).findBySerial(AppleMdmFixture::identity(12).serial)->id;
        QVERIFY(DeviceSessionRepository(f.db()).list(officeId).isEmpty());
        QCOMPARE(service.requestSignOut(f.admin, officeId, {}).code(), ErrorCode::InvalidInput);
    }

    void sharedIpadMessagesFollowApplesSchema()
    {
        if (AppleSpec::root().isEmpty())
            QSKIP("CLINICMDM_SHARED_DIR/spec/apple/mdm is not available: cannot check the Shared iPad messages against Apple's schema");
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(13));
        QVERIFY(ipad.enroll(f.createLink(Ownership::Shared)).isEmpty());
        // The user-channel TokenUpdate: every key declared for it, typed as declared, and the keys
        // a Shared iPad must send present.
        QVariant parsed;
        QVERIFY(Plist::parse(ipad.userTokenUpdateBody(QStringLiteral("rn.garcia")), parsed));
        const QVariantMap message = parsed.toMap();
        const QVariantList keys = AppleSpec::load(QStringLiteral("checkin/tokenupdate.yaml")).value(QStringLiteral("payloadkeys")).toList();
        QVERIFY(!keys.isEmpty());
        QStringList sharedRequired;
        for (const QVariant &k : keys) {
            const QVariantMap key = k.toMap();
            const QString name = key.value(QStringLiteral("key")).toString();
            const QVariantMap ios = key.value(QStringLiteral("supportedOS")).toMap().value(QStringLiteral("iOS")).toMap();
            if (ios.value(QStringLiteral("sharedipad")).toMap().value(QStringLiteral("mode")).toString() == QLatin1String("required"))
                sharedRequired << name;
            if (!message.contains(name))
                continue;
            QVERIFY2(ios.value(QStringLiteral("introduced")).toString() != QLatin1String("n/a"), qPrintable(name + QStringLiteral(" is not for iOS")));
            QVERIFY2(ios.value(QStringLiteral("sharedipad")).toMap().value(QStringLiteral("mode")).toString() != QLatin1String("forbidden"),
                     qPrintable(name + QStringLiteral(" is forbidden on Shared iPad")));
            const QStringList errors = AppleSpec::check(message.value(name), key, name);
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        }
        QCOMPARE(sharedRequired.size(), 2); // UserShortName, UserID
        for (const QString &name : sharedRequired)
            QVERIFY2(message.contains(name), qPrintable(name));
        for (auto it = message.cbegin(); it != message.cend(); ++it) {
            bool declared = false;
            for (const QVariant &k : keys)
                declared = declared || k.toMap().value(QStringLiteral("key")).toString() == it.key();
            QVERIFY2(declared, qPrintable(it.key()));
        }
        // LogOutUser as the iPad receives it, and its answer.
        QCOMPARE(ipad.poll(), 2);
        QCOMPARE(ipad.signInSharedUser(QStringLiteral("rn.garcia")).status, 200);
        const qint64 id = f.scalar(QStringLiteral("SELECT id FROM devices")).toLongLong();
        QVERIFY(SharedSessionService(f.db()).requestSignOut(f.admin, id, {}).ok());
        QCOMPARE(ipad.poll(), 1);
        const AppleDeviceSimulator::ReceivedCommand &r = ipad.received().last();
        const QVariantMap spec = AppleSpec::command(QStringLiteral("LogOutUser"));
        QVERIFY(!spec.isEmpty());
        QVariantMap payload = r.command;
        QCOMPARE(payload.take(QStringLiteral("RequestType")).toString(), QStringLiteral("LogOutUser"));
        QStringList errors = AppleSpec::checkMap(payload, spec.value(QStringLiteral("payloadkeys")).toList(), QStringLiteral("LogOutUser."));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(Plist::parse(ipad.answerBody(r, QStringLiteral("Acknowledged")), parsed));
        QVariantMap answer = parsed.toMap();
        for (const char *k : {"Status", "UDID", "CommandUUID"})
            answer.remove(QLatin1String(k));
        errors = AppleSpec::checkMap(answer, spec.value(QStringLiteral("responsekeys")).toList(), QStringLiteral("LogOutUser response."));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void compiledPoliciesCarryTheSessionTimeout()
    {
        PolicySettings s;
        s.sharedDevice.enabled = true;
        s.sharedDevice.sessionTimeoutMinutes = 15;
        const QJsonObject android = AndroidPolicyCompiler(Ownership::Shared).compile(s, 1);
        QJsonObject agentConfig;
        for (const QJsonValue &a : android.value(QStringLiteral("applications")).toArray())
            if (a.toObject().value(QStringLiteral("packageName")).toString() == QLatin1String(AndroidPolicyCompiler::AgentPackage))
                agentConfig = a.toObject().value(QStringLiteral("managedConfiguration")).toObject();
        QCOMPARE(agentConfig.value(QStringLiteral("sessionTimeoutMinutes")).toInt(), 15);
        QCOMPARE(agentConfig.value(QStringLiteral("sharedDevice")).toBool(), true);
        AppleCompiledPolicy apple;
        QVERIFY(AppleProfileCompiler(1, QStringLiteral("Shared"), 1, {}).compile(s, &apple).ok());
        QVariantMap shared;
        for (const QVariant &i : apple.settingsItems)
            if (i.toMap().value(QStringLiteral("Item")) == QLatin1String("SharedDeviceConfiguration"))
                shared = i.toMap();
        // Apple: Settings > SharedDeviceConfiguration > UserSessionTimeout, in seconds (>= 30).
        QCOMPARE(shared.value(QStringLiteral("UserSessionTimeout")).toInt(), 900);
        if (AppleSpec::root().isEmpty())
            QSKIP("CLINICMDM_SHARED_DIR/spec/apple/mdm is not available: the values were checked, not Apple's schema");
        AppleSchemaChecker checker(AppleSchemaChecker::specDir());
        const QStringList problems = checker.checkSettingsItems({shared});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The profile payload com.apple.shareddeviceconfiguration has no timeout key: the timeout
        // belongs to the Settings command, which is where the compiler puts it.
        bool profileKey = false;
        for (const QVariant &k : checker.keysOf(QStringLiteral("profiles/com.apple.shareddeviceconfiguration.yaml")))
            profileKey = profileKey || k.toMap().value(QStringLiteral("key")).toString().contains(QLatin1String("Timeout"));
        QVERIFY(!profileKey);
    }

    void schedulesRunDueResetsOnceAndCatchUpOnce()
    {
        TestDatabase t;
        const qint64 tablet = addDevice(t.db(), QStringLiteral("Bay 1 tablet"), Platform::Android, Ownership::Shared);
        const qint64 tablet2 = addDevice(t.db(), QStringLiteral("Bay 2 tablet"), Platform::Android, Ownership::Shared);
        const qint64 office = addDevice(t.db(), QStringLiteral("Office phone"), Platform::Android, Ownership::COPE);
        const qint64 group = addGroup(t.db(), QStringLiteral("Night ward"), {tablet2, office});
        QVERIFY(group > 0);
        const AdminSession root(&t.db(), 1, QStringLiteral("root"), Role::Administrator, true);
        const AdminSession tech(&t.db(), 2, QStringLiteral("tech"), Role::Technician, true);
        ResetScheduleService schedules(t.db());
        schedules.setClock([] { return local(23, 6).toSecsSinceEpoch(); }); // Monday 06:00

        // Who may, and what is refused.
        QCOMPARE(schedules.set(tech, tablet, 0, QStringLiteral("07:00"), 0x7f, true).code(), ErrorCode::PermissionDenied);
        QCOMPARE(schedules.set(root, tablet, 0, QStringLiteral("25:00"), 0x7f, true).code(), ErrorCode::InvalidInput);
        QCOMPARE(schedules.set(root, tablet, 0, QStringLiteral("07:00"), 0, true).code(), ErrorCode::InvalidInput);
        QCOMPARE(schedules.set(root, office, 0, QStringLiteral("07:00"), 0x7f, true).code(), ErrorCode::InvalidInput);
        QCOMPARE(schedules.set(root, tablet, group, QStringLiteral("07:00"), 0x7f, true).code(), ErrorCode::InvalidInput);
        QCOMPARE(rows(t.db(), QStringLiteral("reset_schedules")), 0);

        QVERIFY(SharedSessionService(t.db()).signIn(tablet, QStringLiteral("rn.garcia"), local(23, 5).toSecsSinceEpoch(), QStringLiteral("agent")).ok());
        ResetSchedule daily;
        bool created = false;
        QVERIFY(schedules.set(root, tablet, 0, QStringLiteral("07:00"), 0x7f, true, &daily, &created).ok());
        QVERIFY(created);
        ResetSchedule weekdays;
        QVERIFY(schedules.set(root, 0, group, QStringLiteral("19:30"), *ResetScheduleTiming::parseDays(QStringLiteral("weekdays")), true, &weekdays).ok());
        QCOMPARE(weekdays.targetName, QStringLiteral("Night ward"));
        QList<ResetSchedule> listed;
        QVERIFY(schedules.list(tech, listed).ok()); // technicians may read them
        QCOMPARE(listed.size(), 2);
        QVERIFY(schedules.forDevice(tech, tablet2, listed).ok());
        QCOMPARE(listed.size(), 1); // through its group

        ResetScheduler scheduler(t.db());
        QSignalSpy rounds(&scheduler, &ResetScheduler::roundDone);
        QCOMPARE(scheduler.tick(local(23, 6, 59)).schedulesRun, 0);
        ResetScheduler::Round round = scheduler.tick(local(23, 7, 0));
        QCOMPARE(round.schedulesRun, 1);
        QCOMPARE(round.devicesReset, 1);
        QCOMPARE(rounds.count(), 2);
        QCOMPARE(auditCount(t.db(), QStringLiteral("device.reset"), tablet), 1);
        QCOMPARE(DeviceSessionRepository(t.db()).latest(tablet)->endReason, QStringLiteral("reset"));
        QCOMPARE(ResetScheduleRepository(t.db()).findById(daily.id)->lastRunAt, local(23, 7).toSecsSinceEpoch());
        QCOMPARE(scheduler.tick(local(23, 7, 1)).schedulesRun, 0); // once per slot
        QCOMPARE(scheduler.tick(local(23, 12, 0)).schedulesRun, 0);

        // 19:30 on a weekday: the group's shared tablet only, never its corporate phone.
        round = scheduler.tick(local(23, 19, 30));
        QCOMPARE(round.schedulesRun, 1);
        QCOMPARE(round.devicesReset, 1);
        QCOMPARE(auditCount(t.db(), QStringLiteral("device.reset"), tablet2), 1);
        QCOMPARE(auditCount(t.db(), QStringLiteral("device.reset"), office), 0);

        // The console was off from Monday night to Thursday noon: each schedule catches up ONCE.
        round = scheduler.tick(local(26, 12, 0));
        QCOMPARE(round.schedulesRun, 2);
        QCOMPARE(auditCount(t.db(), QStringLiteral("device.reset"), tablet), 2);
        QCOMPARE(auditCount(t.db(), QStringLiteral("device.reset"), tablet2), 2);
        QCOMPARE(scheduler.tick(local(26, 12, 1)).schedulesRun, 0);
        // Friday evening both run; on Saturday the weekday schedule stays quiet, the daily one runs.
        QCOMPARE(scheduler.tick(local(27, 19, 31)).schedulesRun, 2);
        round = scheduler.tick(local(28, 20, 0));
        QCOMPARE(round.schedulesRun, 1);
        QCOMPARE(auditCount(t.db(), QStringLiteral("device.reset"), tablet), 4);
        QCOMPARE(auditCount(t.db(), QStringLiteral("device.reset"), tablet2), 3);

        // Changed (disabled), then removed: audited, and a disabled schedule never runs.
        QVERIFY(schedules.set(root, tablet, 0, QStringLiteral("07:00"), 0x7f, false, nullptr, &created).ok());
        QVERIFY(!created);
        QCOMPARE(scheduler.tick(local(29, 8, 0)).schedulesRun, 0);
        QCOMPARE(schedules.remove(tech, daily.id).code(), ErrorCode::PermissionDenied);
        QVERIFY(schedules.remove(root, daily.id).ok());
        QCOMPARE(schedules.remove(root, daily.id).code(), ErrorCode::NotFound);
        QCOMPARE(auditCount(t.db(), QStringLiteral("reset_schedule.create")), 2);
        QCOMPARE(auditCount(t.db(), QStringLiteral("reset_schedule.change")), 1);
        QCOMPARE(auditCount(t.db(), QStringLiteral("reset_schedule.delete")), 1);
        QCOMPARE(auditCount(t.db(), QStringLiteral("reset_schedule.run")), 7);
        for (const AuditEvent &e : AuditLog(t.db()).events(0, 100000))
            if (e.action == QLatin1String("device.reset") && e.details.contains(QLatin1String("schedule=")))
                QCOMPARE(e.actor, QStringLiteral("system"));
    }

    void sweepClosesSessionsLeftOpenPastTheTimeout()
    {
        TestDatabase t;
        const qint64 tablet = addDevice(t.db(), QStringLiteral("Ward tablet"), Platform::Android, Ownership::Shared);
        const qint64 other = addDevice(t.db(), QStringLiteral("Lab tablet"), Platform::Android, Ownership::Shared);
        PolicySettings settings;
        settings.sharedDevice.enabled = true;
        settings.sharedDevice.sessionTimeoutMinutes = 15;
        PolicyRecord policy;
        policy.name = QStringLiteral("Ward tablets");
        policy.ownership = Ownership::Shared;
        policy.body = PolicyJson::toJson(settings);
        QVERIFY(PolicyRepository(t.db()).insert(policy, QStringLiteral("root"), 1).ok());
        QVERIFY(PolicyRepository(t.db()).assignDevice(policy.id, tablet, 1).ok());

        const qint64 start = local(24, 9).toSecsSinceEpoch();
        SharedSessionService sessions(t.db());
        QVERIFY(sessions.signIn(tablet, QStringLiteral("rn.garcia"), start, QStringLiteral("agent")).ok());
        QVERIFY(sessions.signIn(other, QStringLiteral("rn.okafor"), start, QStringLiteral("agent")).ok());
        ResetScheduler scheduler(t.db());
        const qint64 deadline = start + 15 * 60 + SessionTimeoutSweep::GraceSeconds;
        QCOMPARE(scheduler.tick(QDateTime::fromSecsSinceEpoch(deadline - 60)).sessionsTimedOut, 0);
        QVERIFY(DeviceSessionRepository(t.db()).openSession(tablet));
        QCOMPARE(scheduler.tick(QDateTime::fromSecsSinceEpoch(deadline + 60)).sessionsTimedOut, 1);
        const DeviceSession ended = DeviceSessionRepository(t.db()).latest(tablet).value();
        QCOMPARE(ended.endReason, QStringLiteral("timeout"));
        QCOMPARE(ended.endedAt, deadline);
        QVERIFY(!sessions.whoHeld(tablet, deadline + 1));
        // No timeout in its policy (it has none): left open however long.
        QVERIFY(DeviceSessionRepository(t.db()).openSession(other));
        QCOMPARE(scheduler.tick(QDateTime::fromSecsSinceEpoch(deadline + 86400)).sessionsTimedOut, 0);
        bool audited = false;
        for (const AuditEvent &e : AuditLog(t.db()).events(0, 100000))
            audited = audited || (e.action == QLatin1String("session.signout") && e.details.contains(QLatin1String("reason=timeout"))
                                  && e.actor == QLatin1String("system"));
        QVERIFY(audited);
    }

    void timingCatchesUpOnceAndParsesDays()
    {
        QCOMPARE(ResetScheduleTiming::parseDays(QStringLiteral("mon,wed,sun")).value(), 1 | 4 | 64);
        QCOMPARE(ResetScheduleTiming::parseDays(QStringLiteral("weekdays")).value(), 0x1f);
        QVERIFY(!ResetScheduleTiming::parseDays(QStringLiteral("mon,funday")));
        QVERIFY(!ResetScheduleTiming::parseDays(QString()));
        QCOMPARE(ResetScheduleTiming::daysText(1 | 4 | 64), QStringLiteral("mon,wed,sun"));
        QVERIFY(!ResetScheduleTiming::validTime(QStringLiteral("7:00")));
        ResetSchedule s;
        s.localTime = QStringLiteral("07:00");
        s.daysMask = 1; // Mondays
        s.createdAt = local(20, 12).toSecsSinceEpoch(); // Friday
        QCOMPARE(ResetScheduleTiming::latestSlot(s, local(26, 9)), local(23, 7));
        QVERIFY(ResetScheduleTiming::isDue(s, local(26, 9)));
        s.lastRunAt = local(23, 7).toSecsSinceEpoch();
        QVERIFY(!ResetScheduleTiming::isDue(s, local(29, 23)));
        QVERIFY(ResetScheduleTiming::isDue(s, local(30, 7)));
    }
};

QTEST_MAIN(TestSharedTablets)
#include "test_shared_tablets.moc"
