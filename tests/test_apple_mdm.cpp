// The Apple MDM protocol end to end, in process: an enrollment link, the simulated iPad enrolls
// (profile, SCEP, Authenticate, TokenUpdate), its inventory arrives, a lock queued by the admin reaches
// it and is acknowledged — and every kind of bad request is answered as specified with nothing
// written but the audit entry.

#include "AppleMdmFixture.h"
#include "AppleSpec.h"

#include "apple/AppleCommandBuilder.h"
#include "apple/AppleCommandCodec.h"
#include "apple/AppleCommandQueueRepository.h"
#include "apple/AppleCommandService.h"
#include "apple/Plist.h"
#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "commands/DeviceCommandService.h"
#include "fleet/DeviceAppRepository.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "fleet/DeviceRepository.h"
#include "push/PushTokenRepository.h"

#include <QtTest>

namespace {

QStringList auditActions(Database &db)
{
    QStringList actions;
    for (const AuditEvent &e : AuditLog(db).events(0, 10000))
        actions << e.action;
    return actions;
}

qint64 onlyDeviceId(AppleMdmFixture &f)
{
    return f.scalar(QStringLiteral("SELECT id FROM devices")).toLongLong();
}

} // namespace

class TestAppleMdm : public QObject
{
    Q_OBJECT

private slots:
    void wholeCycle()
    {
        AppleMdmFixture f;
        const QString link = f.createLink(Ownership::COPE);
        QVERIFY(link.startsWith(QLatin1String("https://mdm.clinic.test:8443/enroll/")));
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(1));
        const QString error = ipad.enroll(link);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // Authenticate + TokenUpdate: the device exists, bound, with its push channel.
        QCOMPARE(f.rows(QStringLiteral("devices")), 1);
        const qint64 id = onlyDeviceId(f);
        std::optional<Device> device = DeviceRepository(f.db()).findById(id);
        QVERIFY(device);
        QCOMPARE(device->udid, AppleMdmFixture::identity(1).udid);
        QCOMPARE(device->ownership, Ownership::COPE);
        QCOMPARE(device->state, EnrollmentState::Enrolled);
        QCOMPARE(device->platform, Platform::iPadOS);
        QCOMPARE(f.scalar(QStringLiteral("SELECT state FROM enrollments")), QStringLiteral("used"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT identity_cert_sha256 FROM enrollments")),
                 QString::fromLatin1(QCryptographicHash::hash(ipad.identityCertificateDer(), QCryptographicHash::Sha256).toHex()));
        const std::optional<PushToken> push = PushTokenRepository(f.db()).find(id);
        QVERIFY(push);
        QCOMPARE(push->topic, QString::fromLatin1(AppleMdmFixture::Topic));
        QCOMPARE(push->token.size(), 64);
        // The UnlockToken is sealed: its bytes appear nowhere in the database file's table.
        const QByteArray sealed = f.scalar(QStringLiteral("SELECT hex(unlock_token) FROM apple_device_secrets")).toLatin1();
        QVERIFY(!sealed.isEmpty());
        QVERIFY(!QByteArray::fromHex(sealed).contains(ipad.unlockToken()));

        // The first poll delivers the automatic inventory queries; the answers fill the inventory.
        QCOMPARE(ipad.poll(), 2);
        QCOMPARE(ipad.received().at(0).requestType, QStringLiteral("DeviceInformation"));
        QCOMPARE(ipad.received().at(1).requestType, QStringLiteral("SecurityInfo"));
        device = DeviceRepository(f.db()).findById(id);
        QCOMPARE(device->serial, AppleMdmFixture::identity(1).serial);
        QCOMPARE(device->imei, AppleMdmFixture::identity(1).imei);
        QCOMPARE(device->osVersion, QStringLiteral("17.4.1"));
        QCOMPARE(device->model, QStringLiteral("iPad13,18"));
        const QHash<QString, ReportedFact> facts = DeviceFactRepository(f.db()).facts(id);
        QCOMPARE(facts.value(DeviceFact::CapacityBytes).value, QStringLiteral("64000000000"));
        QCOMPARE(facts.value(DeviceFact::Encrypted).value, QStringLiteral("true"));
        QCOMPARE(facts.value(DeviceFact::PasscodePresent).value, QStringLiteral("true"));
        QCOMPARE(facts.value(DeviceFact::PasscodeCompliant).value, QStringLiteral("true"));
        QCOMPARE(facts.value(DeviceFact::Supervised).value, QStringLiteral("false"));
        QVERIFY(f.runtime->lastSeen().flush(f.db()));
        QVERIFY(DeviceRepository(f.db()).findById(id)->lastSeen.isValid());

        // The admin locks the device; the next poll delivers it and the acknowledgement lands.
        DeviceCommand lock;
        QVERIFY(DeviceCommandService(f.db()).lock(f.admin, id, QStringLiteral("Return to IT"), QStringLiteral("555-0100"), &lock).ok());
        QCOMPARE(ipad.poll(), 1);
        QCOMPARE(ipad.received().last().requestType, QStringLiteral("DeviceLock"));
        QCOMPARE(ipad.received().last().uuid, lock.uuid);
        QCOMPARE(ipad.received().last().command.value(QStringLiteral("Message")).toString(), QStringLiteral("Return to IT"));
        QCOMPARE(CommandRepository(f.db()).findByUuid(lock.uuid)->status, QStringLiteral("acknowledged"));
        const auto results = AppleCommandQueueRepository(f.db()).results(lock.id);
        QCOMPARE(results.size(), 1);
        QCOMPARE(AppleCommandCodec::fromJsonBytes(results.first().payload).value(QStringLiteral("MessageResult")).toString(),
                 QStringLiteral("Success"));

        const QStringList actions = auditActions(f.db());
        for (const char *expected : {"enrollment.create", "enrollment.profile", "scep.issued", "device.authenticate",
                                     "device.enrolled", "command.queue", "command.acknowledged"})
            QVERIFY2(actions.contains(QLatin1String(expected)), expected);
        QVERIFY(!actions.contains(QStringLiteral("apple.request.rejected")));
    }

    void everyCommandRoundTripsAndMatchesTheSchema()
    {
        if (AppleSpec::root().isEmpty())
            QSKIP("CLINICMDM_SHARED_DIR/spec/apple/mdm is not available: cannot check commands against Apple's schema");
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(2));
        QVERIFY(ipad.enroll(f.createLink()).isEmpty());
        QCOMPARE(ipad.poll(), 2);
        const qint64 id = onlyDeviceId(f);
        AppleCommandService service(f.db());
        const QList<QPair<QString, QVariantMap>> commands{
            {QStringLiteral("InstalledApplicationList"), {}},
            {QStringLiteral("ProfileList"), {}},
            {QStringLiteral("InstallProfile"), {{QStringLiteral("Payload"), QByteArray("<plist/>")}}},
            {QStringLiteral("RemoveProfile"), {{QStringLiteral("Identifier"), QStringLiteral("org.clinic.wifi")}}},
            {QStringLiteral("ClearPasscode"), {}},
            {QStringLiteral("RestartDevice"), {{QStringLiteral("NotifyUser"), QStringLiteral("true")}}},
            {QStringLiteral("Settings"), {{QStringLiteral("DeviceName"), QStringLiteral("Ward 3 iPad")}}},
            {QStringLiteral("InstallApplication"), {{QStringLiteral("iTunesStoreID"), QStringLiteral("361309726")}}},
            {QStringLiteral("InstallApplication"), {{QStringLiteral("ManifestURL"), QStringLiteral("https://apps.clinic.test/charting.plist")}}},
            {QStringLiteral("RemoveApplication"), {{QStringLiteral("Identifier"), QStringLiteral("org.clinic.old")}}},
            {QStringLiteral("DeviceInformation"), {{QStringLiteral("Queries"), QStringLiteral("SerialNumber,OSVersion")}}},
        };
        for (const auto &c : commands) {
            DeviceCommand queued;
            const Status s = service.queue(f.admin, id, c.first, c.second, &queued);
            QVERIFY2(s.ok(), qPrintable(c.first + QStringLiteral(": ") + s.message()));
        }
        const int before = int(ipad.received().size());
        QCOMPARE(ipad.poll(), int(commands.size()));
        for (int i = before; i < ipad.received().size(); ++i) {
            const AppleDeviceSimulator::ReceivedCommand &r = ipad.received().at(i);
            QCOMPARE(r.answeredStatus, QStringLiteral("Acknowledged")); // ClearPasscode carried the right token
            const QVariantMap spec = AppleSpec::command(r.requestType);
            QVERIFY2(!spec.isEmpty(), qPrintable(r.requestType));
            QVariantMap payload = r.command;
            payload.remove(QStringLiteral("RequestType"));
            const QStringList errors = AppleSpec::checkMap(payload, spec.value(QStringLiteral("payloadkeys")).toList(), r.requestType + QLatin1Char('.'));
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
            // The simulator's answer is schema-valid as well.
            QVariant answer;
            QVERIFY(Plist::parse(ipad.answerBody(r, QStringLiteral("Acknowledged")), answer));
            QVariantMap response = answer.toMap();
            for (const char *k : {"Status", "UDID", "CommandUUID"})
                response.remove(QLatin1String(k));
            const QStringList answerErrors = AppleSpec::checkMap(response, spec.value(QStringLiteral("responsekeys")).toList(), r.requestType + QStringLiteral(" response."));
            QVERIFY2(answerErrors.isEmpty(), qPrintable(answerErrors.join(QLatin1Char('\n'))));
        }
        // Wholly corporate device: the full app list is kept; the rename reached the command.
        QCOMPARE(DeviceAppRepository(f.db()).apps(id).size(), 2);
    }

    void everyBuilderTypeMatchesTheSchema()
    {
        if (AppleSpec::root().isEmpty())
            QSKIP("CLINICMDM_SHARED_DIR/spec/apple/mdm is not available: cannot check commands against Apple's schema");
        const QHash<QString, QVariantMap> args{
            {QStringLiteral("InstallProfile"), {{QStringLiteral("Payload"), QByteArray("<plist/>")}}},
            {QStringLiteral("RemoveProfile"), {{QStringLiteral("Identifier"), QStringLiteral("org.clinic.wifi")}}},
            {QStringLiteral("RemoveApplication"), {{QStringLiteral("Identifier"), QStringLiteral("org.clinic.app")}}},
            {QStringLiteral("DeviceLock"), {{QStringLiteral("Message"), QStringLiteral("m")}, {QStringLiteral("PhoneNumber"), QStringLiteral("1")}}},
            {QStringLiteral("EraseDevice"), {{QStringLiteral("PreserveDataPlan"), QStringLiteral("true")}}},
            {QStringLiteral("Settings"), {{QStringLiteral("DeviceName"), QStringLiteral("n")}}},
            {QStringLiteral("InstallApplication"), {{QStringLiteral("iTunesStoreID"), QStringLiteral("42")}}},
            {QStringLiteral("RestartDevice"), {{QStringLiteral("NotifyUser"), QStringLiteral("false")}}},
        };
        for (const QString &type : AppleCommandBuilder::requestTypes()) {
            AppleCommandBuilder::Built built;
            // LogOutUser exists for Shared iPads only.
            const Ownership ownership = type == QLatin1String("LogOutUser") ? Ownership::Shared : Ownership::COPE;
            const Status s = AppleCommandBuilder::build(type, args.value(type), ownership, built);
            QVERIFY2(s.ok(), qPrintable(type + QStringLiteral(": ") + s.message()));
            QVariantMap command = AppleCommandBuilder::commandPlist(QStringLiteral("U"), type, built.payload)
                                      .value(QStringLiteral("Command")).toMap();
            QCOMPARE(command.take(QStringLiteral("RequestType")).toString(), type);
            if (type == QLatin1String("ClearPasscode")) // the token is filled in at delivery
                command.insert(QStringLiteral("UnlockToken"), QByteArray(16, 't'));
            const QVariantMap spec = AppleSpec::command(type);
            QVERIFY2(!spec.isEmpty(), qPrintable(type));
            const QStringList errors = AppleSpec::checkMap(command, spec.value(QStringLiteral("payloadkeys")).toList(), type + QLatin1Char('.'));
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        }
        AppleCommandBuilder::Built built;
        QCOMPARE(AppleCommandBuilder::build(QStringLiteral("EraseDevice"), {}, Ownership::BYOD, built).code(), ErrorCode::PermissionDenied);
        QVERIFY(AppleCommandBuilder::build(QStringLiteral("InstalledApplicationList"), {}, Ownership::BYOD, built).ok());
        QVERIFY(built.payload.value(QStringLiteral("ManagedAppsOnly")).toBool());
        QCOMPARE(AppleCommandBuilder::build(QStringLiteral("InstallApplication"), {}, Ownership::COPE, built).code(), ErrorCode::InvalidInput);
    }

    void byodKeepsPersonalAppsOutAndIsNeverErased()
    {
        AppleMdmFixture f;
        AppleDeviceSimulator phone(f.transport, AppleMdmFixture::identity(3));
        QVERIFY(phone.enroll(f.createLink(Ownership::BYOD)).isEmpty());
        QCOMPARE(phone.poll(), 2);
        const qint64 id = onlyDeviceId(f);
        AppleCommandService service(f.db());
        DeviceCommand queued;
        const Status erase = service.queue(f.admin, id, QStringLiteral("EraseDevice"), {}, &queued);
        QCOMPARE(erase.code(), ErrorCode::PermissionDenied);
        QCOMPARE(f.rows(QStringLiteral("commands")), 2);
        QVERIFY(service.queue(f.admin, id, QStringLiteral("InstalledApplicationList"), {}, &queued).ok());
        QCOMPARE(phone.poll(), 1);
        QVERIFY(phone.received().last().command.value(QStringLiteral("ManagedAppsOnly")).toBool());
        const QList<DeviceApp> apps = DeviceAppRepository(f.db()).apps(id);
        QCOMPARE(apps.size(), 1);
        QCOMPARE(apps.first().identifier, QStringLiteral("org.clinic.charting"));
        // A device that ignores ManagedAppsOnly: its personal apps are dropped and counted.
        phone.setStatusPolicy([](const AppleDeviceSimulator::ReceivedCommand &) { return QStringLiteral("Acknowledged"); });
        DeviceCommand lying;
        QVERIFY(service.queue(f.admin, id, QStringLiteral("InstalledApplicationList"), {}, &lying).ok());
        // Simulate the misbehaving device by stripping the flag from its copy before answering.
        QSqlQuery(f.db().connection()).exec(QStringLiteral("UPDATE commands SET payload = '{\"ManagedAppsOnly\":false}' WHERE uuid = '%1'").arg(lying.uuid));
        QCOMPARE(phone.poll(), 1);
        QVERIFY(!phone.received().last().command.value(QStringLiteral("ManagedAppsOnly")).toBool());
        QVERIFY(DeviceAppRepository(f.db()).apps(id).isEmpty()); // nothing it sent is known to be managed
        const QList<AuditEvent> events = AuditLog(f.db()).events(0, 1000);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const AuditEvent &e) {
            return e.details.contains(QLatin1String("personal_apps_dropped=2"));
        }));
    }

    void notNowIsKeptButNotResentInTheSameSession()
    {
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(4));
        QVERIFY(ipad.enroll(f.createLink()).isEmpty());
        QCOMPARE(ipad.poll(), 2);
        const qint64 id = onlyDeviceId(f);
        DeviceCommand restart, lock;
        AppleCommandService service(f.db());
        QVERIFY(service.queue(f.admin, id, QStringLiteral("RestartDevice"), {}, &restart).ok());
        QVERIFY(DeviceCommandService(f.db()).lock(f.admin, id, {}, {}, &lock).ok());
        ipad.setStatusPolicy([](const AppleDeviceSimulator::ReceivedCommand &c) {
            return c.requestType == QLatin1String("RestartDevice") ? QStringLiteral("NotNow") : QStringLiteral("Acknowledged");
        });
        // Priority first: the lock (10) before the restart (0); the NotNow'd restart is not offered
        // again in this session, so the session ends after two commands.
        QCOMPARE(ipad.poll(), 2);
        QCOMPARE(ipad.received().at(2).requestType, QStringLiteral("DeviceLock"));
        QCOMPARE(ipad.received().at(3).requestType, QStringLiteral("RestartDevice"));
        QCOMPARE(CommandRepository(f.db()).findByUuid(restart.uuid)->status, QStringLiteral("notnow"));
        // Next session: offered again, acknowledged this time.
        ipad.setStatusPolicy({});
        QCOMPARE(ipad.poll(), 1);
        QCOMPARE(ipad.received().last().uuid, restart.uuid);
        QCOMPARE(CommandRepository(f.db()).findByUuid(restart.uuid)->status, QStringLiteral("acknowledged"));
    }

    void errorChainIsStored()
    {
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(5));
        QVERIFY(ipad.enroll(f.createLink()).isEmpty());
        QCOMPARE(ipad.poll(), 2);
        DeviceCommand c;
        QVERIFY(AppleCommandService(f.db()).queue(f.admin, onlyDeviceId(f), QStringLiteral("RemoveProfile"),
                                                  {{QStringLiteral("Identifier"), QStringLiteral("x")}}, &c).ok());
        ipad.setStatusPolicy([](const AppleDeviceSimulator::ReceivedCommand &) { return QStringLiteral("Error"); });
        QCOMPARE(ipad.poll(), 1);
        QCOMPARE(CommandRepository(f.db()).findByUuid(c.uuid)->status, QStringLiteral("error"));
        const auto results = AppleCommandQueueRepository(f.db()).results(c.id);
        QCOMPARE(results.size(), 1);
        QVERIFY(results.first().errorChain.contains(QLatin1String("MCMDMErrorDomain")));
        QVERIFY(auditActions(f.db()).contains(QStringLiteral("command.error")));
    }

    void sha1SignaturesAndMissingOptionalKeysAreAccepted()
    {
        AppleMdmFixture f;
        AppleDeviceSimulator::Identity id = AppleMdmFixture::identity(6);
        id.omitOptionalKeys = true;
        AppleDeviceSimulator ipad(f.transport, id);
        ipad.setSha1Signatures(true);
        QVERIFY(ipad.enroll(f.createLink()).isEmpty());
        QCOMPARE(ipad.poll(), 2);
        QCOMPARE(f.rows(QStringLiteral("devices")), 1);
    }

    void badRequestsWriteNothingButTheAuditEntry()
    {
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(7));
        QVERIFY(ipad.enroll(f.createLink()).isEmpty());
        QCOMPARE(ipad.poll(), 2);
        DeviceCommand queued;
        QVERIFY(AppleCommandService(f.db()).queue(f.admin, onlyDeviceId(f), QStringLiteral("ProfileList"), {}, &queued).ok());

        auto expectRefused = [&](int expectedStatus, int auditRows, const std::function<HttpResponse()> &send, const char *what) {
            const QMap<QString, int> before = f.snapshot();
            const HttpResponse r = send();
            QVERIFY2(r.status == expectedStatus, qPrintable(QStringLiteral("%1: HTTP %2").arg(QLatin1String(what)).arg(r.status)));
            QVERIFY2(r.status != 401, what);
            QMap<QString, int> after = f.snapshot();
            QCOMPARE(after.value(QStringLiteral("audit_events")), before.value(QStringLiteral("audit_events")) + auditRows);
            after.insert(QStringLiteral("audit_events"), before.value(QStringLiteral("audit_events")));
            QVERIFY2(after == before, what);
            QCOMPARE(CommandRepository(f.db()).findByUuid(queued.uuid)->status, QStringLiteral("queued"));
        };
        const QByteArray idle = ipad.idleBody();
        // Wrong signature: a signature over other bytes.
        expectRefused(400, 1, [&] { return ipad.put(ipad.serverUrl(), idle, ipad.sign(idle + " ")); }, "wrong signature");
        expectRefused(400, 1, [&] { return ipad.put(ipad.checkInUrl(), ipad.authenticateBody(), QByteArray()); }, "no signature");
        // A certificate from the same CA that no enrollment is bound to.
        AppleDeviceSimulator stranger(f.transport, AppleMdmFixture::identity(8));
        QVERIFY(stranger.fetchProfile(f.createLink()).isEmpty());
        QCOMPARE(stranger.runScep().pkiStatus, 0);
        expectRefused(400, 1, [&] { return stranger.put(stranger.serverUrl(), stranger.idleBody(), stranger.sign(stranger.idleBody())); },
                      "unbound certificate (server)");
        expectRefused(400, 1, [&] {
            const QByteArray body = stranger.idleBody();
            QVariant v;
            Plist::parse(stranger.authenticateBody(), v);
            QByteArray token;
            QVariantMap m = v.toMap();
            m.insert(QStringLiteral("MessageType"), QStringLiteral("TokenUpdate"));
            m.insert(QStringLiteral("Token"), QByteArray(32, 'x'));
            m.insert(QStringLiteral("PushMagic"), QStringLiteral("magic"));
            Plist::toXml(m, token);
            return stranger.put(stranger.checkInUrl(), token, stranger.sign(token));
        }, "unbound certificate (TokenUpdate)");
        // Malformed and oversized bodies.
        const QByteArray garbage("<?xml version=\"1.0\"?><plist><dict><key>Status</key>");
        expectRefused(400, 1, [&] { return ipad.put(ipad.serverUrl(), garbage, ipad.sign(garbage)); }, "malformed plist");
        const QByteArray huge(int(f.runtime->options().maxCommandBytes) + 1, 'a');
        expectRefused(413, 0, [&] { return ipad.put(ipad.serverUrl(), huge, QByteArray("x")); }, "oversized command body");
        const QByteArray bigCheckIn(int(f.runtime->options().maxCheckInBytes) + 1, 'a');
        expectRefused(413, 0, [&] { return ipad.put(ipad.checkInUrl(), bigCheckIn, QByteArray("x")); }, "oversized check-in");
        // Unknown CommandUUID, and a UUID of a command that was never sent: 400, nothing at all written.
        AppleDeviceSimulator::ReceivedCommand ghost;
        ghost.uuid = QStringLiteral("6F9619FF-8B86-D011-B42D-00C04FC964FF");
        const QByteArray ack = ipad.answerBody(ghost, QStringLiteral("Acknowledged"));
        expectRefused(400, 0, [&] { return ipad.put(ipad.serverUrl(), ack, ipad.sign(ack)); }, "unknown CommandUUID");
        ghost.uuid = queued.uuid;
        const QByteArray early = ipad.answerBody(ghost, QStringLiteral("Acknowledged"));
        expectRefused(400, 0, [&] { return ipad.put(ipad.serverUrl(), early, ipad.sign(early)); }, "answer to an unsent command");
        // After all that, the real device still works.
        QCOMPARE(ipad.poll(), 1);
    }

    void aCrashBetweenQueueingAndAcknowledgementLosesNoCommand()
    {
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(9));
        QVERIFY(ipad.enroll(f.createLink()).isEmpty());
        QCOMPARE(ipad.poll(), 2);
        DeviceCommand lock;
        QVERIFY(DeviceCommandService(f.db()).lock(f.admin, onlyDeviceId(f), {}, {}, &lock).ok());
        // Delivered (marked sent), but the answer never arrives: the console goes down here.
        const QByteArray idle = ipad.idleBody();
        QVERIFY(ipad.put(ipad.serverUrl(), idle, ipad.sign(idle)).body.contains(lock.uuid.toLatin1()));
        QCOMPARE(CommandRepository(f.db()).findByUuid(lock.uuid)->status, QStringLiteral("sent"));
        f.db().close();
        QVERIFY(f.db().openSqlite(f.database.path()).ok());
        QCOMPARE(CommandRepository(f.db()).findByUuid(lock.uuid)->status, QStringLiteral("sent"));
        // The device's next session gets the lock again and acknowledges it.
        QCOMPARE(ipad.poll(), 1);
        QCOMPARE(ipad.received().last().uuid, lock.uuid);
        QCOMPARE(CommandRepository(f.db()).findByUuid(lock.uuid)->status, QStringLiteral("acknowledged"));
        QCOMPARE(CommandRepository(f.db()).findByUuid(lock.uuid)->attempts, 2);
    }
};

QTEST_MAIN(TestAppleMdm)
#include "test_apple_mdm.moc"
