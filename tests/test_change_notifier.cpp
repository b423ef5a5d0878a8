// The engine's change notifier (ChangeNotifier, SchemaV25's counters and triggers), on SQLite and,
// as test_change_notifier_pg, on PostgreSQL: a write by another connection (as an endpoint worker,
// the command line or a second console makes) is reported for its subject only, once per check,
// without any call from the writer; an idle check reads no counters.
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "changes/ChangeNotifier.h"
#include "commands/CommandRepository.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "fleet/DeviceRepository.h"
#include "security/Actor.h"
#include "settings/SettingsRepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class TestChangeNotifier : public QObject
{
    Q_OBJECT

    static QList<ChangeSubject> subjects(const QSignalSpy &spy)
    {
        QList<ChangeSubject> out;
        for (const QList<QVariant> &args : spy)
            out << args.at(0).value<ChangeSubject>();
        return out;
    }

    static qint64 addDevice(Database &db, const QString &serial)
    {
        Device d;
        d.name = QStringLiteral("Cart tablet ") + serial;
        d.serial = serial;
        d.platform = Platform::Android;
        d.state = EnrollmentState::Enrolled;
        return DeviceRepository(db).insert(d) ? d.id : 0;
    }

private slots:
    void anotherConnectionsWritesAreReportedPerSubject()
    {
        TestDatabase t;
        ChangeNotifier notifier(t.db());
        QVERIFY(notifier.start(20));
        QSignalSpy changed(&notifier, &ChangeNotifier::changed);

        // Another connection, as an endpoint worker thread or a second console has.
        Database other;
        QVERIFY(other.openAnother(t.db()).ok());

        const qint64 id = addDevice(other, QStringLiteral("N-1"));
        QVERIFY(id > 0);
        QTRY_VERIFY(subjects(changed).contains(ChangeSubject::Devices));
        QCOMPARE(subjects(changed), QList<ChangeSubject>{ChangeSubject::Devices});
        changed.clear();

        DeviceCommand c;
        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.deviceId = id;
        c.requestType = QStringLiteral("LOCK");
        c.queuedBy = QStringLiteral("root");
        QVERIFY(CommandRepository(other).enqueue(c).ok());
        QTRY_VERIFY(subjects(changed).contains(ChangeSubject::Commands));
        QVERIFY(!subjects(changed).contains(ChangeSubject::Devices));
        changed.clear();

        QVERIFY(AuditLog(other).record(Actor{QStringLiteral("root"), QStringLiteral("Administrator")},
                                       QStringLiteral("device.lock"), QStringLiteral("success"))
                    .ok());
        QTRY_VERIFY(subjects(changed).contains(ChangeSubject::Audit));
        changed.clear();

        // A reported fact changes what the device's details and verdict show.
        QVERIFY(DeviceFactRepository(other).record(id, {{DeviceFact::Encrypted, QStringLiteral("true")}}, 1'800'000'000).ok());
        QTRY_VERIFY(subjects(changed).contains(ChangeSubject::Devices));
        changed.clear();

        QVERIFY(SettingsRepository(other).setValue(Setting::UnknownAfterDays, 9).ok());
        QTRY_VERIFY(subjects(changed).contains(ChangeSubject::Settings));
        changed.clear();

        // Nothing written: nothing reported, and (SQLite) the counters are not even read.
        const qint64 readsBefore = notifier.counterReads();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(notifier.checkNow(), 0);
        QCOMPARE(changed.count(), 0);
        if (!t.isPostgres())
            QCOMPARE(notifier.counterReads(), readsBefore);
    }

    void aBurstOfWritesIsOneSignal()
    {
        TestDatabase t;
        ChangeNotifier notifier(t.db());
        QVERIFY(notifier.start(60'000)); // no tick during the burst: only the check below
        QSignalSpy changed(&notifier, &ChangeNotifier::changed);
        Database other;
        QVERIFY(other.openAnother(t.db()).ok());
        for (int i = 0; i < 50; ++i)
            QVERIFY(addDevice(other, QStringLiteral("B-%1").arg(i)) > 0);
        if (notifier.isListening()) {
            QTRY_VERIFY(changed.count() >= 1);
        } else {
            QCOMPARE(notifier.checkNow(), 1);
        }
        QCOMPARE(subjects(changed).count(ChangeSubject::Devices), 1);
    }

    void thisConsolesOwnWritesAreSeenToo()
    {
        // The notifier has a connection of its own, so the console's main connection is "another".
        TestDatabase t;
        ChangeNotifier notifier(t.db());
        QVERIFY(notifier.start(20));
        QSignalSpy changed(&notifier, &ChangeNotifier::changed);
        QVERIFY(addDevice(t.db(), QStringLiteral("OWN-1")) > 0);
        notifier.poke(); // what an in-process writer may do to be shown before the next tick
        QTRY_VERIFY(subjects(changed).contains(ChangeSubject::Devices));
    }

    void idleCheckCost()
    {
        // The figure for the report: one idle check (SQLite: PRAGMA data_version).
        TestDatabase t;
        ChangeNotifier notifier(t.db());
        QVERIFY(notifier.start(60'000));
        QElapsedTimer clock;
        clock.start();
        constexpr int kChecks = 2000;
        for (int i = 0; i < kChecks; ++i)
            notifier.checkNow();
        const double usPerCheck = double(clock.nsecsElapsed()) / 1000.0 / kChecks;
        qInfo("idle check: %.1f us (%s)", usPerCheck, t.isPostgres() ? "postgresql" : "sqlite");
        // Generous bound: four checks a second must cost nothing noticeable.
        QVERIFY2(usPerCheck < (t.isPostgres() ? 5000.0 : 500.0), qPrintable(QString::number(usPerCheck)));
    }
};

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "test_change_notifier.moc"
