// Kiosk maintenance in the engine: leaving kiosk mode needs KioskMaintenance, a kiosk policy and a
// reason; Android gets STOP_KIOSK / START_KIOSK, Apple RemoveProfile / InstallProfile of exactly the
// kiosk profile; the window is stored and ends by itself (scheduler tick, also after a restart);
// every exit, resume and refusal is audited.
#include "apple/AppleCommandCodec.h"
#include "apple/Plist.h"
#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "fleet/DeviceRepository.h"
#include "kiosk/KioskMaintenanceRepository.h"
#include "kiosk/KioskMaintenanceScheduler.h"
#include "kiosk/KioskMaintenanceService.h"
#include "policy/AppleProfileCompiler.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyRepository.h"
#include "policy/PolicyService.h"

#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestKioskMaintenance : public QObject
{
    Q_OBJECT

    TestDatabase *m_tdb = nullptr;
    AdminSession m_admin, m_tech;
    qint64 m_ipad = 0, m_tablet = 0, m_office = 0;
    PolicyRecord m_kiosk;
    static constexpr qint64 Now = 1'900'000'000; // after the real clock of the policy deliveries

    Database &db() { return m_tdb->db(); }

    qint64 addDevice(const QString &name, Platform platform)
    {
        Device d;
        d.name = name;
        d.serial = name.toUpper().remove(QLatin1Char(' '));
        d.platform = platform;
        d.ownership = Ownership::COSU;
        d.state = EnrollmentState::Enrolled;
        return DeviceRepository(db()).insert(d) ? d.id : 0;
    }
    QList<DeviceCommand> commands(qint64 deviceId, const QString &type)
    {
        QList<DeviceCommand> out;
        for (const DeviceCommand &c : CommandRepository(db()).list(deviceId))
            if (c.requestType == type)
                out << c;
        return out;
    }
    QList<AuditEvent> audit(const QString &action)
    {
        QList<AuditEvent> out;
        for (const AuditEvent &e : AuditLog(db()).events(0, 10000))
            if (e.action == action)
                out << e;
        return out;
    }
    KioskMaintenanceService service()
    {
        KioskMaintenanceService s(db());
        s.setClock([] { return Now; });
        return s;
    }

private slots:
    void init()
    {
        m_tdb = new TestDatabase;
        m_admin = AdminSession(&db(), 1, QStringLiteral("alice"), Role::Administrator, true);
        m_tech = AdminSession(&db(), 2, QStringLiteral("tom"), Role::Technician, true);
        m_ipad = addDevice(QStringLiteral("Lobby iPad"), Platform::iPadOS);
        m_tablet = addDevice(QStringLiteral("Lobby Tab"), Platform::Android);
        m_office = addDevice(QStringLiteral("Office iPad"), Platform::iPadOS);
        PolicyService policies(db());
        QVERIFY(policies.createFromBaseline(m_admin, QStringLiteral("cosu"), QStringLiteral("Check-in kiosk"), &m_kiosk).ok());
        QVERIFY(policies.assignToDevice(m_admin, m_kiosk.id, m_ipad).ok());
        QVERIFY(policies.assignToDevice(m_admin, m_kiosk.id, m_tablet).ok());
        PolicyRecord office;
        QVERIFY(policies.createFromBaseline(m_admin, QStringLiteral("cope"), QStringLiteral("Office"), &office).ok());
        QVERIFY(policies.assignToDevice(m_admin, office.id, m_office).ok());
    }
    void cleanup()
    {
        delete m_tdb;
        m_tdb = nullptr;
    }

    void policyDeliveryPutsTheAppLockInItsOwnProfile()
    {
        // The kiosk iPad got three profiles: the policy, its supervised-only settings (issue 21)
        // and, separately, the App Lock.
        const QList<DeviceCommand> installs = commands(m_ipad, QStringLiteral("InstallProfile"));
        QCOMPARE(installs.size(), 3);
        QStringList identifiers;
        for (const DeviceCommand &c : installs) {
            QVariant profile;
            QVERIFY(Plist::parse(AppleCommandCodec::fromJsonBytes(c.payload).value(QStringLiteral("Payload")).toByteArray(), profile).ok());
            identifiers << profile.toMap().value(QStringLiteral("PayloadIdentifier")).toString();
        }
        QVERIFY(identifiers.contains(AppleProfileCompiler::kioskProfileIdentifier(m_kiosk.id)));
        // The office iPad has no kiosk: no App Lock, only the policy and its supervised-only
        // settings (the COPE baseline's always-on VPN).
        QCOMPARE(commands(m_office, QStringLiteral("InstallProfile")).size(), 2);
    }

    void androidKioskLeavesAndComesBackWhenTheWindowEnds()
    {
        KioskMaintenanceService s = service();
        KioskMaintenanceWindow w;
        QVERIFY(s.exitKiosk(m_admin, m_tablet, QStringLiteral("replace the card reader"), 20, &w).ok());
        QCOMPARE(w.endsAt, Now + 20 * 60);
        QCOMPARE(commands(m_tablet, QStringLiteral("STOP_KIOSK")).size(), 1);
        QCOMPARE(KioskMaintenanceRepository(db()).openWindow(m_tablet)->reason, QStringLiteral("replace the card reader"));
        const QList<AuditEvent> exits = audit(QStringLiteral("kiosk.exit"));
        QCOMPARE(exits.size(), 1);
        QCOMPARE(exits[0].outcome, QStringLiteral("success"));
        QVERIFY(exits[0].details.contains(QLatin1String("reason=\"replace the card reader\"")));
        QVERIFY(exits[0].details.contains(QLatin1String("minutes=20")));
        QCOMPARE(*exits[0].deviceId, m_tablet);
        // Twice is a conflict, and audited.
        QCOMPARE(s.exitKiosk(m_admin, m_tablet, QStringLiteral("again"), 20).code(), ErrorCode::Conflict);
        QCOMPARE(commands(m_tablet, QStringLiteral("STOP_KIOSK")).size(), 1);

        // A tick before the end changes nothing; after it, START_KIOSK with the kiosk's package.
        KioskMaintenanceScheduler scheduler(db());
        QSignalSpy resumed(&scheduler, &KioskMaintenanceScheduler::resumed);
        QCOMPARE(scheduler.tick(Now + 19 * 60), 0);
        QVERIFY(commands(m_tablet, QStringLiteral("START_KIOSK")).isEmpty());
        QCOMPARE(scheduler.tick(Now + 20 * 60), 1);
        QCOMPARE(resumed.count(), 1);
        const QList<DeviceCommand> start = commands(m_tablet, QStringLiteral("START_KIOSK"));
        QCOMPARE(start.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(start[0].payload).object().value(QStringLiteral("packageName")).toString(),
                 QStringLiteral("com.example.clinic.checkin"));
        QVERIFY(!KioskMaintenanceRepository(db()).openWindow(m_tablet));
        QCOMPARE(KioskMaintenanceRepository(db()).history(m_tablet).first().resumedBy, QStringLiteral("system"));
        const QList<AuditEvent> resumes = audit(QStringLiteral("kiosk.resume"));
        QCOMPARE(resumes.size(), 1);
        QCOMPARE(resumes[0].actor, QStringLiteral("system"));
        QVERIFY(resumes[0].details.contains(QLatin1String("trigger=window-ended")));
        QVERIFY(resumes[0].details.contains(QLatin1String("minutes=20")));
        // Nothing more to do on the next tick.
        QCOMPARE(scheduler.tick(Now + 60 * 60), 0);
    }

    void appleKioskRemovesExactlyTheKioskProfile()
    {
        KioskMaintenanceService s = service();
        QVERIFY(s.exitKiosk(m_admin, m_ipad, QStringLiteral("iPadOS update"), 45).ok());
        const QList<DeviceCommand> removes = commands(m_ipad, QStringLiteral("RemoveProfile"));
        QCOMPARE(removes.size(), 1);
        QCOMPARE(AppleCommandCodec::fromJsonBytes(removes[0].payload).value(QStringLiteral("Identifier")).toString(),
                 AppleProfileCompiler::kioskProfileIdentifier(m_kiosk.id));
        QCOMPARE(AppleCommandCodec::fromJsonBytes(removes[0].payload).size(), 1);

        const int installsBefore = commands(m_ipad, QStringLiteral("InstallProfile")).size();
        QVERIFY(s.resumeKiosk(m_admin, m_ipad).ok());
        const QList<DeviceCommand> installs = commands(m_ipad, QStringLiteral("InstallProfile"));
        QCOMPARE(installs.size(), installsBefore + 1);
        QVariant profile;
        QVERIFY(Plist::parse(AppleCommandCodec::fromJsonBytes(installs.first().payload).value(QStringLiteral("Payload")).toByteArray(), profile).ok());
        QCOMPARE(profile.toMap().value(QStringLiteral("PayloadIdentifier")).toString(), AppleProfileCompiler::kioskProfileIdentifier(m_kiosk.id));
        const QVariantList content = profile.toMap().value(QStringLiteral("PayloadContent")).toList();
        QCOMPARE(content.size(), 1);
        QCOMPARE(content[0].toMap().value(QStringLiteral("PayloadType")).toString(), QStringLiteral("com.apple.app.lock"));
        const QList<AuditEvent> resumes = audit(QStringLiteral("kiosk.resume"));
        QCOMPARE(resumes.size(), 1);
        QCOMPARE(resumes[0].actor, QStringLiteral("alice"));
        QVERIFY(resumes[0].details.contains(QLatin1String("trigger=admin")));
        // Resuming what is not in maintenance is refused (and audited).
        QCOMPARE(s.resumeKiosk(m_admin, m_ipad).code(), ErrorCode::Conflict);
        QCOMPARE(audit(QStringLiteral("kiosk.resume")).last().outcome, QStringLiteral("refused"));
    }

    void refusals()
    {
        KioskMaintenanceService s = service();
        // A Technician may not; the refusal is audited as access.denied.
        const int denied = audit(QStringLiteral("access.denied")).size();
        QCOMPARE(s.exitKiosk(m_tech, m_tablet, QStringLiteral("repair"), 10).code(), ErrorCode::PermissionDenied);
        QCOMPARE(audit(QStringLiteral("access.denied")).size(), denied + 1);
        QCOMPARE(s.resumeKiosk(m_tech, m_tablet).code(), ErrorCode::PermissionDenied);
        // No reason, a bad duration, no kiosk in the policy: refused with the reason, audited.
        QCOMPARE(s.exitKiosk(m_admin, m_tablet, QStringLiteral("   "), 10).code(), ErrorCode::InvalidInput);
        QCOMPARE(s.exitKiosk(m_admin, m_tablet, QStringLiteral("repair"), 0).code(), ErrorCode::InvalidInput);
        QCOMPARE(s.exitKiosk(m_admin, m_tablet, QStringLiteral("repair"), KioskMaintenanceService::MaxMinutes + 1).code(), ErrorCode::InvalidInput);
        const Status noKiosk = s.exitKiosk(m_admin, m_office, QStringLiteral("repair"), 10);
        QCOMPARE(noKiosk.code(), ErrorCode::InvalidInput);
        QVERIFY2(noKiosk.message().contains(QLatin1String("not a kiosk")), qPrintable(noKiosk.message()));
        QCOMPARE(s.exitKiosk(m_admin, 9999, QStringLiteral("repair"), 10).code(), ErrorCode::NotFound);
        const QList<AuditEvent> refused = audit(QStringLiteral("kiosk.exit"));
        QCOMPARE(refused.size(), 4);
        for (const AuditEvent &e : refused)
            QCOMPARE(e.outcome, QStringLiteral("refused"));
        QVERIFY(refused[0].details.contains(QLatin1String("refused=no-reason")));
        QVERIFY(refused[3].details.contains(QLatin1String("refused=no-kiosk")));
        // Nothing was queued or opened.
        QVERIFY(commands(m_tablet, QStringLiteral("STOP_KIOSK")).isEmpty());
        QVERIFY(KioskMaintenanceRepository(db()).openWindows().isEmpty());
        QVERIFY(!s.hasKiosk(m_office));
        QVERIFY(s.hasKiosk(m_tablet));
    }

    void windowSurvivesARestart()
    {
        {
            KioskMaintenanceService s = service();
            QVERIFY(s.exitKiosk(m_admin, m_tablet, QStringLiteral("clean the screen"), 5).ok());
        }
        // A new console on the same database file, started after the window ended.
        const QString path = m_tdb->path();
        Database reopened;
        QVERIFY(reopened.openSqlite(path).ok());
        KioskMaintenanceScheduler scheduler(reopened);
        QCOMPARE(KioskMaintenanceRepository(reopened).openWindows().size(), 1);
        QCOMPARE(scheduler.tick(Now + 6 * 60), 1);
        QCOMPARE(commands(m_tablet, QStringLiteral("START_KIOSK")).size(), 1);
        QVERIFY(KioskMaintenanceRepository(db()).openWindows().isEmpty());
    }

    void aNewPolicyVersionLeavesAKioskInMaintenanceAlone()
    {
        KioskMaintenanceService s = service();
        QVERIFY(s.exitKiosk(m_admin, m_ipad, QStringLiteral("repair"), 30).ok());
        const int before = commands(m_ipad, QStringLiteral("InstallProfile")).size();
        PolicySettings settings;
        QVERIFY(PolicyJson::fromJson(m_kiosk.body, &settings).ok());
        settings.kiosk.branding.department = QStringLiteral("Emergency");
        QVERIFY(PolicyService(db()).update(m_admin, m_kiosk.id, settings).ok());
        // Only the policy's profiles (main and supervised-only); the App Lock comes back when the window ends.
        QCOMPARE(commands(m_ipad, QStringLiteral("InstallProfile")).size(), before + 2);
        // Dropping the kiosk from the policy removes the App Lock from devices that had it.
        QVERIFY(s.resumeKiosk(m_admin, m_ipad).ok());
        settings.kiosk.enabled = false;
        QVERIFY(PolicyService(db()).update(m_admin, m_kiosk.id, settings).ok());
        QCOMPARE(commands(m_ipad, QStringLiteral("RemoveProfile")).size(), 2);
        QVERIFY(!s.hasKiosk(m_ipad));
    }
};

QTEST_GUILESS_MAIN(TestKioskMaintenance)
#include "test_kiosk_maintenance.moc"
