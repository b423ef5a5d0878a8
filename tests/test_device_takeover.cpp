// Device takeover through Authenticate (issue 13, section 1), performed as the red team ran it: an
// identity issued for an unused enrollment link claims an enrolled device's UDID or serial number
// and must be refused (400, audited with both identities, nothing changed), on Apple and on Android;
// a bound identity claiming another device's UDID gets 400, not a 500 from a constraint; the
// legitimate path is an Administrator's time-limited "expect re-enrollment", after which the old
// identity's secrets and queued commands never reach the new one; inventory rows imported from CSV
// are matched only when of the same platform.

#include "AppleMdmFixture.h"
#include "sim/AndroidAgentSimulator.h"

#include "android/AndroidAgentRouter.h"
#include "android/AndroidEnrollmentTokenRepository.h"
#include "apple/AppleCommandService.h"
#include "apple/Plist.h"
#include "audit/AuditLog.h"
#include "audit/AuditQuery.h"
#include "commands/CommandRepository.h"
#include "fleet/DeviceCsvImporter.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "fleet/DeviceRepository.h"
#include "fleet/ReenrollmentService.h"
#include "lost/LocationRepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

QString sha(const QByteArray &der) { return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()); }

AppleDeviceSimulator::Identity iPhone(int n)
{
    AppleDeviceSimulator::Identity id = AppleMdmFixture::identity(n);
    id.deviceName = QStringLiteral("Dr. Ortiz's iPhone");
    id.productName = QStringLiteral("iPhone14,2");
    id.modelName = QStringLiteral("iPhone");
    id.model = QStringLiteral("MLPF3LL/A");
    return id;
}

QList<AuditEvent> events(Database &db, const QString &action)
{
    AuditQuery q;
    q.action = action;
    q.newestFirst = false;
    return AuditLog(db).page(q, 0, 1000);
}

// Everything about a device record an attacker could change, in one comparable string.
QString recordOf(AppleMdmFixture &f, qint64 id)
{
    return f.scalar(QStringLiteral("SELECT name || '|' || platform || '|' || coalesce(udid, '') || '|' || coalesce(serial, '') || '|' || "
                                   "ownership || '|' || department || '|' || enrollment_state FROM devices WHERE id = %1")
                        .arg(id));
}

QString identitiesOf(AppleMdmFixture &f)
{
    return f.scalar(QStringLiteral("SELECT group_concat(cert_sha256 || ':' || coalesce(device_id, 0) || ':' || state, ',') FROM "
                                   "(SELECT * FROM apple_identities ORDER BY cert_sha256)"));
}

QByteArray authenticateBody(const AppleDeviceSimulator &sim, const QString &udid, const QString &serial)
{
    QVariant parsed;
    Plist::parse(sim.authenticateBody(), parsed);
    QVariantMap m = parsed.toMap();
    m.insert(QStringLiteral("UDID"), udid);
    m.insert(QStringLiteral("SerialNumber"), serial);
    QByteArray out;
    Plist::toXml(m, out);
    return out;
}

} // namespace

class TestDeviceTakeover : public QObject
{
    Q_OBJECT

    CertificateAuthority m_ca;

    // An enrolled COPE iPhone with a ClearPasscode queued (its UnlockToken sealed), the inventory
    // queries already answered.
    qint64 enrollVictim(AppleMdmFixture &f, AppleDeviceSimulator &victim, DeviceCommand *clearPasscode)
    {
        const QString error = victim.enroll(f.createLink(Ownership::COPE));
        [&] { QVERIFY2(error.isEmpty(), qPrintable(error)); }();
        [&] { QCOMPARE(victim.poll(), 2); }();
        const qint64 id = f.scalar(QStringLiteral("SELECT device_id FROM apple_identities WHERE cert_sha256 = '%1'")
                                       .arg(sha(victim.identityCertificateDer())))
                              .toLongLong();
        [&] { QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM apple_device_secrets WHERE device_id = %1").arg(id)), QStringLiteral("1")); }();
        if (clearPasscode)
            [&] { QVERIFY(AppleCommandService(f.db()).queue(f.admin, id, QStringLiteral("ClearPasscode"), {}, clearPasscode).ok()); }();
        return id;
    }

    QString androidToken(Database &db, Ownership ownership)
    {
        AndroidEnrollmentToken t;
        t.method = QStringLiteral("token");
        t.ownership = ownership;
        t.department = QStringLiteral("Oncology");
        t.createdAt = QDateTime::currentSecsSinceEpoch();
        t.expiresAt = t.createdAt + 3600;
        QString clear;
        [&] { QVERIFY(AndroidEnrollmentTokenRepository(db).create(t, QStringLiteral("admin"), &clear).ok()); }();
        return clear;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(CertificateAuthority::create(QStringLiteral("Takeover CA"), QStringLiteral("Clinic"), KeyAlgorithm::Rsa2048, 365, m_ca).ok());
    }

    // (a) Two iPhones; the second, holding an unused BYOD link, claims the first's UDID, then its serial.
    void byodLinkCannotTakeOverAnEnrolledIphone()
    {
        AppleMdmFixture f(&m_ca);
        AppleDeviceSimulator victim(f.transport, iPhone(1));
        DeviceCommand clear;
        const qint64 victimId = enrollVictim(f, victim, &clear);
        const QString victimSha = sha(victim.identityCertificateDer());
        const QString recordBefore = recordOf(f, victimId);
        QVERIFY(recordBefore.contains(QLatin1String("|ios|")) && recordBefore.contains(QLatin1String("|COPE|")));

        AppleDeviceSimulator::Identity stolen = AppleMdmFixture::identity(2);
        stolen.udid = iPhone(1).udid; // the attacker's iPad says it is the iPhone
        AppleDeviceSimulator attacker(f.transport, stolen);
        QVERIFY(attacker.fetchProfile(f.createLink(Ownership::BYOD)).isEmpty());
        QCOMPARE(attacker.runScep().pkiStatus, 0);
        const QString attackerSha = sha(attacker.identityCertificateDer());
        QMap<QString, int> before = f.snapshot();
        const QString identitiesBefore = identitiesOf(f);

        QCOMPARE(attacker.authenticate().status, 400);
        // Then the serial number, with the attacker's own UDID.
        const QByteArray bySerial = authenticateBody(attacker, AppleMdmFixture::identity(2).udid, iPhone(1).serial);
        QCOMPARE(attacker.put(attacker.checkInUrl(), bySerial, attacker.sign(bySerial)).status, 400);

        QMap<QString, int> after = f.snapshot();
        QCOMPARE(after.value(QStringLiteral("audit_events")), before.value(QStringLiteral("audit_events")) + 2);
        after.remove(QStringLiteral("audit_events"));
        before.remove(QStringLiteral("audit_events"));
        QVERIFY(after == before);
        QCOMPARE(recordOf(f, victimId), recordBefore);
        QCOMPARE(identitiesOf(f), identitiesBefore);
        QCOMPARE(f.scalar(QStringLiteral("SELECT state FROM apple_identities WHERE cert_sha256 = '%1'").arg(attackerSha)), QStringLiteral("issued"));
        const QList<AuditEvent> refused = events(f.db(), QStringLiteral("security.identity_claim_refused"));
        QCOMPARE(refused.size(), 2);
        for (const AuditEvent &e : refused) {
            QVERIFY2(e.details.contains(QStringLiteral("cert_sha256=") + attackerSha), qPrintable(e.details));
            QVERIFY2(e.details.contains(QStringLiteral("claimed_device_cert_sha256=") + victimSha), qPrintable(e.details));
            QVERIFY2(e.details.contains(QStringLiteral("claimed_device=%1").arg(victimId)), qPrintable(e.details));
            QVERIFY2(e.details.contains(QLatin1String("reason=")), qPrintable(e.details));
            QCOMPARE(e.deviceId.value_or(0), victimId);
            QCOMPARE(e.outcome, QStringLiteral("refused"));
        }

        // The attacker gets nothing: no push channel, no commands.
        QCOMPARE(attacker.tokenUpdate().status, 400);
        QCOMPARE(attacker.poll(), -1);
        QVERIFY(attacker.received().isEmpty());
        QCOMPARE(attacker.checkOut().status, 400);
        // The iPhone keeps working: its ClearPasscode arrives with its own token, acknowledged.
        QCOMPARE(victim.poll(), 1);
        QCOMPARE(victim.received().last().requestType, QStringLiteral("ClearPasscode"));
        QCOMPARE(victim.received().last().answeredStatus, QStringLiteral("Acknowledged"));
        QCOMPARE(CommandRepository(f.db()).findByUuid(clear.uuid)->status, QStringLiteral("acknowledged"));
        QCOMPARE(victim.tokenUpdate().status, 200);
        QCOMPARE(recordOf(f, victimId), recordBefore);
    }

    // (c) A bound identity whose Authenticate carries another enrolled device's UDID: 400, not 500.
    void boundIdentityClaimingAnotherUdidIsRefused()
    {
        AppleMdmFixture f(&m_ca);
        AppleDeviceSimulator first(f.transport, iPhone(3));
        const qint64 firstId = enrollVictim(f, first, nullptr);
        AppleDeviceSimulator second(f.transport, iPhone(4));
        const qint64 secondId = enrollVictim(f, second, nullptr);
        QVERIFY(firstId != secondId);
        const QString firstRecord = recordOf(f, firstId), secondRecord = recordOf(f, secondId);

        const QByteArray body = authenticateBody(second, iPhone(3).udid, iPhone(4).serial);
        QCOMPARE(second.put(second.checkInUrl(), body, second.sign(body)).status, 400);
        const QByteArray serialBody = authenticateBody(second, iPhone(4).udid, iPhone(3).serial);
        QCOMPARE(second.put(second.checkInUrl(), serialBody, second.sign(serialBody)).status, 400);
        QCOMPARE(recordOf(f, firstId), firstRecord);
        QCOMPARE(recordOf(f, secondId), secondRecord);
        const QList<AuditEvent> refused = events(f.db(), QStringLiteral("security.identity_claim_refused"));
        QCOMPARE(refused.size(), 2);
        QVERIFY2(refused.first().details.contains(QLatin1String("reason=bound-identity-claims-another-device")), qPrintable(refused.first().details));
        QVERIFY(refused.first().details.contains(QStringLiteral("claimed_device_cert_sha256=") + sha(first.identityCertificateDer())));
        // Its own Authenticate still works, and both devices still poll.
        QCOMPARE(second.authenticate().status, 200);
        QCOMPARE(first.poll(), 0);
        QCOMPARE(second.poll(), 0);
    }

    // (b) Android: a second enrollment token claiming the first agent's serial.
    void androidTokenCannotTakeOverAnEnrolledAgent()
    {
        AppleMdmFixture f(&m_ca);
        AndroidAgentRouter router(m_ca);
        const QString serial = QStringLiteral("R52T30TAKE1");
        AndroidAgentSimulator real(router, f.context, serial);
        QCOMPARE(real.enroll(androidToken(f.db(), Ownership::COPE)).status, 200);
        QCOMPARE(real.checkIn().status, 200);
        const qint64 id = DeviceRepository(f.db()).findBySerial(serial)->id;
        const QString before = recordOf(f, id);
        const QString agentBefore = f.scalar(QStringLiteral("SELECT cert_sha256 FROM android_agents WHERE device_id = %1").arg(id));

        for (const Ownership ownership : {Ownership::COPE, Ownership::BYOD}) {
            AndroidAgentSimulator attacker(router, f.context, serial,
                                           ownership == Ownership::BYOD ? QStringLiteral("work_profile") : QStringLiteral("device_owner"));
            const QString token = androidToken(f.db(), ownership);
            const HttpResponse r = attacker.enroll(token);
            QCOMPARE(r.status, 409);
            QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toString(), QStringLiteral("serial_claimed"));
            QCOMPARE(AndroidEnrollmentTokenRepository(f.db()).findByToken(token)->state, QStringLiteral("open"));
            QCOMPARE(attacker.checkIn().status, 401); // no certificate was handed out
        }
        QCOMPARE(recordOf(f, id), before);
        QCOMPARE(f.scalar(QStringLiteral("SELECT cert_sha256 FROM android_agents WHERE device_id = %1").arg(id)), agentBefore);
        QCOMPARE(f.rows(QStringLiteral("devices")), 1);
        const QList<AuditEvent> refused = events(f.db(), QStringLiteral("security.identity_claim_refused"));
        QCOMPARE(refused.size(), 2);
        QVERIFY2(refused.first().details.contains(QStringLiteral("claimed_device_cert_sha256=") + agentBefore), qPrintable(refused.first().details));
        QCOMPARE(real.checkIn().status, 200); // not 403

        // Android's legitimate path: the factory-reset tablet enrolls again once it is expected.
        DeviceCommand wipeEra;
        wipeEra.uuid = QStringLiteral("A1B2C3D4-0000-4000-8000-00000000BEEF");
        wipeEra.deviceId = id;
        wipeEra.requestType = QStringLiteral("LOCK");
        wipeEra.payload = "{}";
        wipeEra.queuedBy = QStringLiteral("admin");
        wipeEra.queuedAt = QDateTime::currentSecsSinceEpoch();
        QVERIFY(CommandRepository(f.db()).enqueue(wipeEra).ok());
        f.admin.setAuthenticatedAt(QDateTime::currentSecsSinceEpoch());
        QVERIFY(ReenrollmentService(f.db()).expect(f.admin, id, 24).ok());
        AndroidAgentSimulator reset(router, f.context, serial);
        QCOMPARE(reset.enroll(androidToken(f.db(), Ownership::COPE)).status, 200);
        QCOMPARE(reset.deviceId(), id);
        QCOMPARE(reset.checkIn().status, 200);
        QCOMPARE(real.checkIn().status, 403); // the old credential is gone
        QCOMPARE(CommandRepository(f.db()).findByUuid(wipeEra.uuid)->status, QStringLiteral("cancelled"));
        QCOMPARE(reset.nextCommand().status, 204);
    }

    // (d) The legitimate re-enrollment of a wiped iPhone, and what is refused around it.
    void expectedReenrollmentRebindsWithoutTheOldSecrets()
    {
        AppleMdmFixture f(&m_ca);
        AppleDeviceSimulator before(f.transport, iPhone(5));
        DeviceCommand clear;
        const qint64 id = enrollVictim(f, before, &clear);
        const QString oldSha = sha(before.identityCertificateDer());
        DeviceLocation where;
        where.deviceId = id;
        where.commandUuid = QStringLiteral("LOC-1");
        where.latitude = 40.1;
        where.longitude = -3.7;
        where.locatedAt = where.receivedAt = 100;
        QVERIFY(LocationRepository(f.db()).record(where).ok());
        QVERIFY(DeviceFactRepository(f.db()).record(id, {{DeviceFact::LostMode, QStringLiteral("true")}}, 100).ok());

        // Technicians and Auditors may not open the door.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const Role role : {Role::Technician, Role::Auditor}) {
            AdminSession other(&f.db(), 7, QStringLiteral("someone"), role, true);
            other.setAuthenticatedAt(now);
            QCOMPARE(ReenrollmentService(f.db()).expect(other, id, 24).code(), ErrorCode::PermissionDenied);
        }
        QCOMPARE(events(f.db(), QStringLiteral("access.denied")).size(), 2);
        QCOMPARE(events(f.db(), QStringLiteral("device.expect_reenrollment")).size(), 2);
        QCOMPARE(f.rows(QStringLiteral("reenrollment_expectations")), 0);
        // An Administrator whose sign-in is stale must confirm again.
        f.admin.setAuthenticatedAt(now - 3600);
        QCOMPARE(ReenrollmentService(f.db()).expect(f.admin, id, 24).code(), ErrorCode::AuthenticationFailed);
        QCOMPARE(f.rows(QStringLiteral("reenrollment_expectations")), 0);

        // Without an expectation the wiped iPhone (same UDID and serial, new key) is refused.
        AppleDeviceSimulator wiped(f.transport, iPhone(5));
        QVERIFY(wiped.fetchProfile(f.createLink(Ownership::COPE)).isEmpty());
        QCOMPARE(wiped.runScep().pkiStatus, 0);
        QCOMPARE(wiped.authenticate().status, 400);

        f.admin.setAuthenticatedAt(now);
        ReenrollmentExpectation opened;
        QVERIFY(ReenrollmentService(f.db()).expect(f.admin, id, 24, &opened).ok());
        QVERIFY(opened.expiresAt >= now + 24 * 3600);
        const QList<AuditEvent> expected = events(f.db(), QStringLiteral("device.expect_reenrollment"));
        QCOMPARE(expected.last().outcome, QStringLiteral("success"));
        QVERIFY2(expected.last().details.contains(QLatin1String("by=test-root")) && expected.last().details.contains(QLatin1String("until=")),
                 qPrintable(expected.last().details));

        // The same identity tries again: now it becomes the record.
        QCOMPARE(wiped.authenticate().status, 200);
        QCOMPARE(f.rows(QStringLiteral("devices")), 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT device_id || ':' || state FROM apple_identities WHERE cert_sha256 = '%1'")
                              .arg(sha(wiped.identityCertificateDer()))),
                 QStringLiteral("%1:bound").arg(id));
        QCOMPARE(f.scalar(QStringLiteral("SELECT state FROM apple_identities WHERE cert_sha256 = '%1'").arg(oldSha)), QStringLiteral("retired"));
        QCOMPARE(f.rows(QStringLiteral("apple_device_secrets")), 0); // the old UnlockToken is purged
        QCOMPARE(f.rows(QStringLiteral("device_locations")), 0);
        QVERIFY(!DeviceFactRepository(f.db()).facts(id).contains(DeviceFact::LostMode));
        QCOMPARE(CommandRepository(f.db()).findByUuid(clear.uuid)->status, QStringLiteral("cancelled"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM reenrollment_expectations WHERE consumed_at IS NOT NULL AND consumed_by = '%1'")
                              .arg(sha(wiped.identityCertificateDer()))),
                 QStringLiteral("1"));
        const QList<AuditEvent> rebound = events(f.db(), QStringLiteral("device.reenrolled"));
        QCOMPARE(rebound.size(), 1);
        QVERIFY2(rebound.first().details.contains(QStringLiteral("previous_cert_sha256=") + oldSha), qPrintable(rebound.first().details));

        QCOMPARE(wiped.tokenUpdate().status, 200);
        QCOMPARE(wiped.poll(), 2); // the inventory queries for the new device, never the old ClearPasscode
        for (const AppleDeviceSimulator::ReceivedCommand &c : wiped.received())
            QVERIFY2(c.requestType != QLatin1String("ClearPasscode"), "a command queued before the rebind reached the new identity");
        // The old identity no longer speaks for the device.
        QCOMPARE(before.poll(), -1);
        QCOMPARE(before.checkOut().status, 400);
        QCOMPARE(DeviceRepository(f.db()).findById(id)->state, EnrollmentState::Enrolled);

        // The expectation was used once: the next newcomer is refused again.
        AppleDeviceSimulator third(f.transport, iPhone(5));
        QVERIFY(third.fetchProfile(f.createLink(Ownership::COPE)).isEmpty());
        QCOMPARE(third.runScep().pkiStatus, 0);
        QCOMPARE(third.authenticate().status, 400);

        // An expectation that has run out opens nothing.
        QVERIFY(ReenrollmentService(f.db()).expect(f.admin, id, 1).ok());
        f.runtime->setClock([now] { return now + 2 * 3600; });
        QCOMPARE(third.authenticate().status, 400);
        QCOMPARE(f.scalar(QStringLiteral("SELECT state FROM apple_identities WHERE cert_sha256 = '%1'").arg(sha(wiped.identityCertificateDer()))),
                 QStringLiteral("bound"));
        QCOMPARE(events(f.db(), QStringLiteral("security.identity_claim_refused")).size(), 3);
    }

    // (e) Inventory rows from a CSV import: matched by serial when of the same platform and
    // ownership, never across platforms.
    void csvRowsAreMatchedOnlyOnTheSamePlatform()
    {
        AppleMdmFixture f(&m_ca);
        const QByteArray csv = "serial,model,platform,ownership,department,assigned_to\n"
                               "CSVIPAD0001,iPad Air,ipados,COPE,Radiology,\n"
                               "CSVTAB00001,Galaxy Tab,android,COPE,Radiology,\n"
                               "CSVIPAD0002,iPad Air,ipados,Shared,Radiology,\n";
        const DeviceCsvImporter::Result imported = DeviceCsvImporter(f.db(), Actor::system()).importData(csv, QStringLiteral("inventory.csv"));
        QVERIFY2(imported.status.ok(), qPrintable(imported.status.message()));
        DeviceRepository devices(f.db());
        const qint64 ipadRow = devices.findBySerial(QStringLiteral("CSVIPAD0001"))->id;
        const qint64 tabletRow = devices.findBySerial(QStringLiteral("CSVTAB00001"))->id;

        AppleDeviceSimulator::Identity ipadId = AppleMdmFixture::identity(6);
        ipadId.serial = QStringLiteral("CSVIPAD0001");
        AppleDeviceSimulator ipad(f.transport, ipadId);
        QVERIFY(ipad.enroll(f.createLink(Ownership::COPE)).isEmpty());
        QCOMPARE(f.rows(QStringLiteral("devices")), 3);
        QCOMPARE(devices.findById(ipadRow)->udid, ipadId.udid);
        QCOMPARE(devices.findById(ipadRow)->department, QStringLiteral("Radiology"));

        // An iPad claiming the Android tablet's serial, or the COPE link claiming the Shared row.
        for (const QString &serial : {QStringLiteral("CSVTAB00001"), QStringLiteral("CSVIPAD0002")}) {
            AppleDeviceSimulator::Identity other = AppleMdmFixture::identity(serial.endsWith(QLatin1Char('1')) ? 7 : 8);
            other.serial = serial;
            AppleDeviceSimulator claimant(f.transport, other);
            QVERIFY(claimant.fetchProfile(f.createLink(Ownership::COPE)).isEmpty());
            QCOMPARE(claimant.runScep().pkiStatus, 0);
            QCOMPARE(claimant.authenticate().status, 400);
        }
        QCOMPARE(devices.findById(tabletRow)->platform, Platform::Android);
        QCOMPARE(devices.findById(tabletRow)->udid, QString());
        const QList<AuditEvent> refused = events(f.db(), QStringLiteral("security.identity_claim_refused"));
        QCOMPARE(refused.size(), 2);
        QVERIFY2(refused.first().details.contains(QLatin1String("reason=other-platform")), qPrintable(refused.first().details));
        QVERIFY2(refused.last().details.contains(QLatin1String("reason=other-ownership")), qPrintable(refused.last().details));

        // The Android tablet's own agent is matched to its row.
        AndroidAgentRouter router(m_ca);
        AndroidAgentSimulator tablet(router, f.context, QStringLiteral("CSVTAB00001"));
        QCOMPARE(tablet.enroll(androidToken(f.db(), Ownership::COPE)).status, 200);
        QCOMPARE(tablet.deviceId(), tabletRow);
        QCOMPARE(f.rows(QStringLiteral("devices")), 3);
    }
};

QTEST_GUILESS_MAIN(TestDeviceTakeover)
#include "test_device_takeover.moc"
