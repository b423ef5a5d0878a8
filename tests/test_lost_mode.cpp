// Lost Mode end to end: the engine's refusals (BYOD, Android, unsupervised, unenrolled, Technician,
// stale re-authentication), the command payloads against Apple's schema, a supervised iPhone that
// answers as a real one (AppleDeviceSimulator), the location stored and shown by the command line,
// and the privacy boundary where a location enters (dropped for BYOD or a device not in Lost Mode,
// never in command_results nor in the audit trail).

#include "AppleMdmFixture.h"
#include "AppleSpec.h"
#include "CliRunner.h"

#include "apple/AppleCommandQueuer.h"
#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "fleet/DeviceRepository.h"
#include "lost/LocationRepository.h"
#include "lost/LostModeIngester.h"
#include "lost/LostModeService.h"
#include "secrets/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

qint64 addDevice(Database &db, const QString &serial, Platform platform, Ownership ownership, EnrollmentState state,
                 bool supervised)
{
    Device d;
    d.name = QStringLiteral("Device ") + serial;
    d.serial = serial;
    d.platform = platform;
    d.ownership = ownership;
    d.state = state;
    if (!DeviceRepository(db).insert(d))
        return 0;
    DeviceFactRepository(db).record(d.id, {{DeviceFact::Supervised, supervised ? QStringLiteral("true") : QStringLiteral("false")}}, 100);
    return d.id;
}

QList<AuditEvent> eventsFor(Database &db, const QString &action)
{
    QList<AuditEvent> out;
    for (const AuditEvent &e : AuditLog(db).events())
        if (e.action == action)
            out << e;
    return out;
}

QString fact(Database &db, qint64 deviceId, const QString &key)
{
    return DeviceFactRepository(db).facts(deviceId).value(key).value;
}

// The spec's payload keys (or none) for a request type; problems as text.
QStringList specProblems(const QString &requestType, const QVariantMap &command)
{
    const QVariantMap spec = AppleSpec::command(requestType);
    if (spec.isEmpty())
        return {QStringLiteral("no schema for %1").arg(requestType)};
    QVariantMap payload = command;
    payload.remove(QStringLiteral("RequestType"));
    return AppleSpec::checkMap(payload, spec.value(QStringLiteral("payloadkeys")).toList(), requestType + QLatin1Char('.'));
}

} // namespace

class TestLostMode : public QObject
{
    Q_OBJECT
private slots:
    void refusalsAreByConstructionAndAudited()
    {
        TestDatabase tdb;
        Database &db = tdb.db();
        QVERIFY(TestAdmin::create(db, QStringLiteral("tina"), Role::Technician));
        const AdminSession admin(&db, 1, QStringLiteral("test-root"), Role::Administrator, true);
        const AdminSession tech(&db, 2, QStringLiteral("tina"), Role::Technician, true);
        const qint64 good = addDevice(db, QStringLiteral("GOOD"), Platform::iOS, Ownership::COPE, EnrollmentState::Enrolled, true);
        const qint64 byod = addDevice(db, QStringLiteral("BYOD"), Platform::iOS, Ownership::BYOD, EnrollmentState::Enrolled, true);
        const qint64 android = addDevice(db, QStringLiteral("DROID"), Platform::Android, Ownership::COPE, EnrollmentState::Enrolled, true);
        const qint64 unsup = addDevice(db, QStringLiteral("UNSUP"), Platform::iPadOS, Ownership::Shared, EnrollmentState::Enrolled, false);
        const qint64 wiped = addDevice(db, QStringLiteral("WIPED"), Platform::iOS, Ownership::COPE, EnrollmentState::Wiped, true);
        const qint64 gone = addDevice(db, QStringLiteral("GONE"), Platform::iOS, Ownership::COPE, EnrollmentState::Unenrolled, true);
        LostModeService service(db);
        const QString msg = QStringLiteral("Please return to Ward 3");

        struct Case {
            qint64 device;
            const AdminSession *session;
            ErrorCode code;
            const char *reason;
        };
        const Case cases[] = {{byod, &admin, ErrorCode::PermissionDenied, "byod"},
                              {byod, &tech, ErrorCode::PermissionDenied, "byod"},
                              {android, &admin, ErrorCode::InvalidInput, "android"},
                              {unsup, &admin, ErrorCode::Conflict, "unsupervised"},
                              {wiped, &admin, ErrorCode::Conflict, "not-enrolled"},
                              {gone, &admin, ErrorCode::Conflict, "not-enrolled"},
                              {good, &tech, ErrorCode::PermissionDenied, "not-permitted"}};
        for (const Case &c : cases) {
            for (int action = 0; action < 4; ++action) {
                Status s;
                switch (action) {
                case 0: s = service.enable(*c.session, c.device, msg, {}, {}); break;
                case 1: s = service.locate(*c.session, c.device); break;
                case 2: s = service.playSound(*c.session, c.device); break;
                default: s = service.disable(*c.session, c.device); break;
                }
                QVERIFY2(!s.ok(), c.reason);
                QCOMPARE(s.code(), c.code);
                QVERIFY(!s.message().isEmpty());
            }
        }
        QVERIFY2(CommandRepository(db).list().isEmpty(), "no refused request reaches the queue");
        const QList<AuditEvent> refused = eventsFor(db, QStringLiteral("lostmode.enable"));
        QCOMPARE(refused.size(), int(std::size(cases)));
        for (const AuditEvent &e : refused)
            QCOMPARE(e.outcome, QStringLiteral("refused"));
        QVERIFY(eventsFor(db, QStringLiteral("lostmode.locate")).first().details.contains(QLatin1String("reason=byod")));
        QCOMPARE(eventsFor(db, QStringLiteral("lostmode.sound")).size(), int(std::size(cases)));
        QCOMPARE(eventsFor(db, QStringLiteral("lostmode.disable")).size(), int(std::size(cases)));
        QVERIFY2(!eventsFor(db, QStringLiteral("access.denied")).isEmpty(), "the Technician's attempt is an access denial too");

        // The eligible device: a stale confirmation, no message, or no Lost Mode yet are refused too.
        AdminSession stale = admin;
        stale.setAuthenticatedAt(QDateTime::currentSecsSinceEpoch() - 3600);
        QCOMPARE(service.enable(stale, good, msg, {}, {}).code(), ErrorCode::AuthenticationFailed);
        QVERIFY(eventsFor(db, QStringLiteral("lostmode.enable")).last().details.contains(QLatin1String("no-reauthentication")));
        QCOMPARE(service.enable(admin, good, QStringLiteral("  "), {}, QStringLiteral("footnote only")).code(), ErrorCode::InvalidInput);
        QCOMPARE(service.enable(admin, good, {}, QStringLiteral("call me maybe"), {}).code(), ErrorCode::InvalidInput);
        QCOMPARE(service.locate(admin, good).code(), ErrorCode::Conflict);
        QCOMPARE(service.playSound(admin, good).code(), ErrorCode::Conflict);
        QCOMPARE(service.enable(admin, 9999, msg, {}, {}).code(), ErrorCode::NotFound);
        QVERIFY(CommandRepository(db).list().isEmpty());

        // And what is allowed is queued with a wake, and audited without the message text.
        DeviceCommand queued;
        QVERIFY(service.enable(admin, good, msg, QStringLiteral("+1 555 0100"), {}, &queued).ok());
        QCOMPARE(queued.requestType, QStringLiteral("EnableLostMode"));
        QCOMPARE(queued.status, QStringLiteral("queued"));
        const AuditEvent ok = eventsFor(db, QStringLiteral("lostmode.enable")).last();
        QCOMPARE(ok.outcome, QStringLiteral("success"));
        QVERIFY(ok.details.contains(queued.uuid));
        QVERIFY2(!ok.details.contains(msg) && !ok.details.contains(QLatin1String("555")), qPrintable(ok.details));
        QVERIFY(service.disable(admin, good).ok());
    }

    void statusShowsLocationsOnlyToWhoMaySee()
    {
        TestDatabase tdb;
        Database &db = tdb.db();
        const qint64 good = addDevice(db, QStringLiteral("GOOD"), Platform::iOS, Ownership::COPE, EnrollmentState::Enrolled, true);
        const qint64 byod = addDevice(db, QStringLiteral("BYOD"), Platform::iOS, Ownership::BYOD, EnrollmentState::Enrolled, true);
        for (qint64 id : {good, byod})
            QVERIFY(DeviceFactRepository(db).record(id, {{DeviceFact::LostMode, QStringLiteral("true")}}, 200));
        DeviceLocation l;
        l.deviceId = good;
        l.latitude = 1.5;
        l.longitude = 2.5;
        l.locatedAt = l.receivedAt = 300;
        QVERIFY(LocationRepository(db).record(l));
        const AdminSession admin(&db, 1, QStringLiteral("root"), Role::Administrator, true);
        const AdminSession tech(&db, 2, QStringLiteral("tina"), Role::Technician, true);
        const Device goodDevice = *DeviceRepository(db).findById(good);
        const LostModeStatus a = LostModeService(db).status(admin, goodDevice);
        QVERIFY(a.eligible && a.inLostMode && a.locationVisible && a.lastLocation);
        QCOMPARE(a.lastLocation->latitude, 1.5);
        const LostModeStatus t = LostModeService(db).status(tech, goodDevice);
        QVERIFY(t.eligible && t.inLostMode && !t.locationVisible && !t.lastLocation);
        const LostModeStatus b = LostModeService(db).status(admin, *DeviceRepository(db).findById(byod));
        QVERIFY(!b.eligible && !b.inLostMode && !b.lastLocation);
        QCOMPARE(b.whyNot.code(), ErrorCode::PermissionDenied);
    }

    void locationsEnterOnlyFromEligibleDevicesInLostMode()
    {
        TestDatabase tdb;
        Database &db = tdb.db();
        const qint64 good = addDevice(db, QStringLiteral("GOOD"), Platform::iOS, Ownership::COPE, EnrollmentState::Enrolled, true);
        const qint64 byod = addDevice(db, QStringLiteral("BYOD"), Platform::iOS, Ownership::BYOD, EnrollmentState::Enrolled, true);
        const QVariantMap answer{{QStringLiteral("Latitude"), 48.8584}, {QStringLiteral("Longitude"), 2.2945},
                                 {QStringLiteral("HorizontalAccuracy"), 20.0}, {QStringLiteral("VerticalAccuracy"), 5.0},
                                 {QStringLiteral("Altitude"), 35.0}, {QStringLiteral("Speed"), 0.0},
                                 {QStringLiteral("Course"), -1.0}, {QStringLiteral("Timestamp"), QStringLiteral("2026-11-28T10:00:00Z")}};
        LostModeIngester ingester(db);
        LostModeIngester::Outcome out;
        // BYOD, even when it claims to be in Lost Mode.
        QVERIFY(DeviceFactRepository(db).record(byod, {{DeviceFact::LostMode, QStringLiteral("true")}}, 1));
        QVERIFY(ingester.ingest(byod, Ownership::BYOD, QStringLiteral("DeviceLocation"), QStringLiteral("U1"), answer, 1000, out));
        QCOMPARE(out.dropped, 1);
        QVERIFY(out.summary.contains(QLatin1String("reason=byod")));
        QVERIFY(LocationRepository(db).list(byod).isEmpty());
        // A corporate device the console does not know to be in Lost Mode.
        out = {};
        QVERIFY(ingester.ingest(good, Ownership::COPE, QStringLiteral("DeviceLocation"), QStringLiteral("U2"), answer, 1000, out));
        QCOMPARE(out.dropped, 1);
        QVERIFY(out.summary.contains(QLatin1String("not-in-lost-mode")));
        QVERIFY(LocationRepository(db).list(good).isEmpty());
        // In Lost Mode (acknowledged EnableLostMode): stored, with every reported value.
        out = {};
        QVERIFY(ingester.ingest(good, Ownership::COPE, QStringLiteral("EnableLostMode"), QStringLiteral("U3"), {}, 1000, out));
        QCOMPARE(fact(db, good, DeviceFact::LostMode), QStringLiteral("true"));
        out = {};
        QVERIFY(ingester.ingest(good, Ownership::COPE, QStringLiteral("DeviceLocation"), QStringLiteral("U4"), answer, 1001, out));
        QVERIFY(out.stored);
        QCOMPARE(out.summary, QStringLiteral("location received"));
        const std::optional<DeviceLocation> l = LocationRepository(db).latest(good);
        QVERIFY(l);
        QCOMPARE(l->latitude, 48.8584);
        QCOMPARE(l->longitude, 2.2945);
        QCOMPARE(l->horizontalAccuracy, 20.0);
        QCOMPARE(l->verticalAccuracy, 5.0);
        QCOMPARE(l->altitude, 35.0);
        QCOMPARE(l->speed, 0.0);
        QCOMPARE(l->course, -1.0);
        QCOMPARE(l->locatedAt, QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(l->commandUuid, QStringLiteral("U4"));
        QVERIFY(l->mapUrl().toString().startsWith(QLatin1String("https://www.openstreetmap.org/?mlat=48.858400&mlon=2.294500")));
        // Only the newest few are kept.
        for (int i = 0; i < LocationRepository::kKeptPerDevice + 5; ++i) {
            out = {};
            QVERIFY(ingester.ingest(good, Ownership::COPE, QStringLiteral("DeviceLocation"), QStringLiteral("N%1").arg(i), answer, 2000 + i, out));
        }
        const QList<DeviceLocation> kept = LocationRepository(db).list(good);
        QCOMPARE(kept.size(), LocationRepository::kKeptPerDevice);
        QCOMPARE(kept.first().commandUuid, QStringLiteral("N%1").arg(LocationRepository::kKeptPerDevice + 4));
        // Garbage coordinates are not a location.
        out = {};
        QVERIFY(ingester.ingest(good, Ownership::COPE, QStringLiteral("DeviceLocation"), QStringLiteral("BAD"),
                                {{QStringLiteral("Latitude"), 123.0}, {QStringLiteral("Longitude"), 2.0}}, 3000, out));
        QVERIFY(!out.stored);
        // Disabled: the state follows.
        out = {};
        QVERIFY(ingester.ingest(good, Ownership::COPE, QStringLiteral("DisableLostMode"), QStringLiteral("U5"), {}, 3001, out));
        QCOMPARE(fact(db, good, DeviceFact::LostMode), QStringLiteral("false"));
    }

    void supervisedIPhoneEndToEnd()
    {
        if (AppleSpec::root().isEmpty())
            QSKIP("CLINICMDM_SHARED_DIR/spec/apple/mdm is absent: the command payloads cannot be checked against Apple's schema");
        QVERIFY2(QFile::exists(CliRunner::binary()), "CLINICMDM_BINARY does not name the built clinicmdm");
        AppleMdmFixture f;
        AppleDeviceSimulator::Identity id = AppleMdmFixture::identity(7);
        id.supervised = true;
        id.deviceName = QStringLiteral("Ward 3 iPhone");
        id.productName = QStringLiteral("iPhone15,2");
        id.modelName = QStringLiteral("iPhone");
        AppleDeviceSimulator phone(f.transport, id);
        AppleDeviceSimulator::Location where;
        where.latitude = 40.7484;
        where.longitude = -73.9857;
        where.horizontalAccuracy = 35;
        phone.setLocation(where);
        QVERIFY(phone.enroll(f.createLink()).isEmpty());
        QCOMPARE(phone.poll(), 2);
        const qint64 deviceId = DeviceRepository(f.db()).findBySerial(id.serial)->id;
        QCOMPARE(fact(f.db(), deviceId, DeviceFact::Supervised), QStringLiteral("true"));
        QCOMPARE(fact(f.db(), deviceId, DeviceFact::LostMode), QStringLiteral("false"));

        LostModeService service(f.db());
        DeviceCommand c;
        QVERIFY(service.enable(f.admin, deviceId, QStringLiteral("Please return to Ward 3"), QStringLiteral("+1 555 0100"),
                               QStringLiteral("Reward offered"), &c));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM push_outbox")).toInt() > 0, true);
        QCOMPARE(phone.poll(), 1);
        const AppleDeviceSimulator::ReceivedCommand enable = phone.received().last();
        QCOMPARE(enable.requestType, QStringLiteral("EnableLostMode"));
        QCOMPARE(enable.answeredStatus, QStringLiteral("Acknowledged"));
        QCOMPARE(enable.command.value(QStringLiteral("Message")).toString(), QStringLiteral("Please return to Ward 3"));
        QCOMPARE(enable.command.value(QStringLiteral("PhoneNumber")).toString(), QStringLiteral("+1 555 0100"));
        QCOMPARE(enable.command.value(QStringLiteral("Footnote")).toString(), QStringLiteral("Reward offered"));
        QCOMPARE(specProblems(QStringLiteral("EnableLostMode"), enable.command), QStringList());
        QVERIFY(phone.inLostMode());
        QCOMPARE(fact(f.db(), deviceId, DeviceFact::LostMode), QStringLiteral("true"));

        QVERIFY(service.locate(f.admin, deviceId, &c));
        QVERIFY(service.playSound(f.admin, deviceId));
        QCOMPARE(phone.poll(), 2);
        QCOMPARE(specProblems(QStringLiteral("DeviceLocation"), phone.received().at(phone.received().size() - 2).command), QStringList());
        QCOMPARE(specProblems(QStringLiteral("PlayLostModeSound"), phone.received().last().command), QStringList());
        QVERIFY(phone.playingSound());
        const std::optional<DeviceLocation> l = LocationRepository(f.db()).latest(deviceId);
        QVERIFY(l);
        QCOMPARE(l->latitude, 40.7484);
        QCOMPARE(l->longitude, -73.9857);
        QCOMPARE(l->commandUuid, c.uuid);
        // Coordinates live in device_locations only: not in command_results, not in the audit trail.
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM command_results WHERE CAST(payload AS TEXT) LIKE '%40.74%'")), QStringLiteral("0"));
        bool received = false;
        for (const AuditEvent &e : AuditLog(f.db()).events()) {
            QVERIFY2(!e.details.contains(QLatin1String("40.74")) && !e.details.contains(QLatin1String("73.98")), qPrintable(e.details));
            received = received || (e.details.contains(c.uuid) && e.details.contains(QLatin1String("location received")));
        }
        QVERIFY2(received, "the answer is audited as 'location received' with its command uuid");

        // The command line shows the state and the last location with a map link.
        QHash<QString, QString> env = TestAdmin::signInEnv();
        env.insert(QLatin1String(SecretStore::FileEnv), f.database.dir() + QStringLiteral("/secrets.bin"));
        env.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("lost mode test passphrase"));
        const CliRunner::Result shown = CliRunner(f.database.path())
                                            .run(TestAdmin::signInArgs(QStringLiteral("test-root"))
                                                     + QStringList{QStringLiteral("devices"), QStringLiteral("lost"), id.serial, QStringLiteral("show")},
                                                 env);
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(QLatin1String("Lost Mode:     on")), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QLatin1String("40.748400, -73.985700")), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QLatin1String("35 m")), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QLatin1String("2026-11-28 14:03:05 UTC")), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QLatin1String("https://www.openstreetmap.org/?mlat=40.748400&mlon=-73.985700")), qPrintable(shown.out));

        QVERIFY(service.disable(f.admin, deviceId));
        QCOMPARE(phone.poll(), 1);
        QCOMPARE(specProblems(QStringLiteral("DisableLostMode"), phone.received().last().command), QStringList());
        QVERIFY(!phone.inLostMode());
        QCOMPARE(fact(f.db(), deviceId, DeviceFact::LostMode), QStringLiteral("false"));
        QCOMPARE(service.locate(f.admin, deviceId).code(), ErrorCode::Conflict);
        // The inventory query reports the state too.
        AppleCommandBuilder::Built info;
        QVERIFY(AppleCommandBuilder::build(QStringLiteral("DeviceInformation"), {}, Ownership::COPE, info));
        QVERIFY(info.payload.value(QStringLiteral("Queries")).toStringList().contains(QStringLiteral("IsMDMLostModeEnabled")));
        QCOMPARE(specProblems(QStringLiteral("DeviceInformation"), info.payload), QStringList());
    }

    void aDeviceAnswersLocationOnlyInLostModeAndPersonalLocationsAreDropped()
    {
        AppleMdmFixture f;
        AppleDeviceSimulator::Identity cid = AppleMdmFixture::identity(8);
        cid.supervised = true;
        AppleDeviceSimulator corporate(f.transport, cid);
        QVERIFY(corporate.enroll(f.createLink()).isEmpty());
        QCOMPARE(corporate.poll(), 2);
        const qint64 corporateId = DeviceRepository(f.db()).findBySerial(cid.serial)->id;
        auto queueRaw = [&](qint64 deviceId, const char *type) {
            AppleCommandBuilder::Built b;
            b.requestType = QLatin1String(type);
            return AppleCommandQueuer::enqueue(f.db(), deviceId, b, QStringLiteral("test-root"), f.runtime->now()).ok();
        };
        // Not in Lost Mode: a real device refuses to say where it is.
        QVERIFY(queueRaw(corporateId, "DeviceLocation"));
        QCOMPARE(corporate.poll(), 1);
        QCOMPARE(corporate.received().last().answeredStatus, QStringLiteral("Error"));
        QVERIFY(LocationRepository(f.db()).list(corporateId).isEmpty());

        // In Lost Mode on the device, but the console knows otherwise: the answer is dropped.
        QVERIFY(LostModeService(f.db()).enable(f.admin, corporateId, QStringLiteral("Return me"), {}, {}));
        QCOMPARE(corporate.poll(), 1);
        QVERIFY(LostModeService(f.db()).locate(f.admin, corporateId));
        QVERIFY(DeviceFactRepository(f.db()).record(corporateId, {{DeviceFact::LostMode, QStringLiteral("false")}}, f.runtime->now()));
        QCOMPARE(corporate.poll(), 1);
        QCOMPARE(corporate.received().last().answeredStatus, QStringLiteral("Acknowledged"));
        QVERIFY(LocationRepository(f.db()).list(corporateId).isEmpty());
        QVERIFY(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE details LIKE '%location dropped reason=not-in-lost-mode locations_dropped=1%'")).toInt() == 1);

        // A personal phone, even supervised and in Lost Mode by some other route: never stored.
        AppleDeviceSimulator::Identity pid = AppleMdmFixture::identity(9);
        pid.supervised = true;
        AppleDeviceSimulator personal(f.transport, pid);
        QVERIFY(personal.enroll(f.createLink(Ownership::BYOD)).isEmpty());
        QCOMPARE(personal.poll(), 2);
        const qint64 personalId = DeviceRepository(f.db()).findBySerial(pid.serial)->id;
        QCOMPARE(LostModeService(f.db()).enable(f.admin, personalId, QStringLiteral("Return me"), {}, {}).code(), ErrorCode::PermissionDenied);
        QVERIFY(queueRaw(personalId, "EnableLostMode"));
        QVERIFY(queueRaw(personalId, "DeviceLocation"));
        QCOMPARE(personal.poll(), 2);
        QCOMPARE(personal.received().last().answeredStatus, QStringLiteral("Acknowledged"));
        QVERIFY(LocationRepository(f.db()).list(personalId).isEmpty());
        QVERIFY(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE details LIKE '%location dropped reason=byod%'")).toInt() == 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM command_results WHERE CAST(payload AS TEXT) LIKE '%Latitude%'")), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestLostMode)
#include "test_lost_mode.moc"
