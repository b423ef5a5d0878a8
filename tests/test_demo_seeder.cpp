#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "fleet/DemoSeeder.h"
#include "fleet/DeviceRepository.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1'780'000'000, Qt::UTC);

Status seed(Database &db, int count, quint32 seedValue, bool force = false)
{
    DemoSeeder seeder(db, Actor::system());
    seeder.setSeed(seedValue);
    seeder.setForce(force);
    seeder.setReferenceTime(kNow);
    return seeder.seed(count);
}

QList<Device> all(Database &db)
{
    DeviceQuery byId;
    byId.sortField = DeviceField::Serial;
    return DeviceRepository(db).page(byId, 0, 1'000'000);
}

QString fingerprint(const Device &d)
{
    return QStringList{d.serial, d.name, d.model, d.osVersion, DeviceTypes::toDb(d.platform),
                       DeviceTypes::toDb(d.ownership), d.department, d.assignedTo, DeviceTypes::toDb(d.state),
                       d.imei, d.udid, QString::number(d.lastSeen.isValid() ? d.lastSeen.toSecsSinceEpoch() : -1),
                       QString::number(d.createdAt.toSecsSinceEpoch())}
        .join(QLatin1Char('|'));
}

bool luhnValid(const QString &digits)
{
    int sum = 0;
    for (int i = 0; i < digits.size(); ++i) {
        int d = digits.at(digits.size() - 1 - i).digitValue();
        if (i % 2 == 1)
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    return sum % 10 == 0;
}

} // namespace

class TestDemoSeeder : public QObject
{
    Q_OBJECT
private slots:
    void seedsTheRequestedNumberWithProgressAndAudit()
    {
        TestDatabase t;
        DemoSeeder seeder(t.db(), Actor{QStringLiteral("alice"), QStringLiteral("Administrator")});
        int lastDone = 0;
        seeder.setProgress([&](int done, int total) {
            QCOMPARE(total, 750);
            QVERIFY(done >= lastDone);
            lastDone = done;
        });
        const Status s = seeder.seed(750);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(lastDone, 750);
        QCOMPARE(DeviceRepository(t.db()).countAll(), 750);
        const QList<AuditEvent> events = AuditLog(t.db()).events();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].action, QStringLiteral("demo.seed"));
        QCOMPARE(events[0].actor, QStringLiteral("alice"));
        QVERIFY(events[0].details.contains(QLatin1String("750")));
    }

    void theSameSeedGivesTheSameFleet()
    {
        TestDatabase a, b, c;
        QVERIFY(seed(a.db(), 300, 42).ok());
        QVERIFY(seed(b.db(), 300, 42).ok());
        QVERIFY(seed(c.db(), 300, 43).ok());
        const QList<Device> da = all(a.db()), db = all(b.db()), dc = all(c.db());
        QCOMPARE(da.size(), 300);
        QStringList fa, fb, fc;
        for (int i = 0; i < 300; ++i) {
            fa << fingerprint(da[i]);
            fb << fingerprint(db[i]);
            fc << fingerprint(dc[i]);
        }
        QCOMPARE(fa, fb);
        QVERIFY(fa != fc);
    }

    void theFleetLooksLikeAClinic()
    {
        TestDatabase t;
        QVERIFY(seed(t.db(), 3000, 7).ok());
        const QList<Device> devices = all(t.db());
        QCOMPARE(devices.size(), 3000);

        QHash<Platform, int> platforms;
        QHash<Ownership, int> ownerships;
        QHash<EnrollmentState, int> states;
        QSet<QString> departments, serials, models;
        int neverSeen = 0, seenWithinHour = 0, seenWeeksAgo = 0;
        static const QRegularExpression appleSerial(QStringLiteral("^[0-9A-Z]{10}$"));
        static const QRegularExpression udid(QStringLiteral("^0000[0-9A-F]{4}-[0-9A-F]{16}$"));
        static const QRegularExpression appleOs(QStringLiteral("^1[5-7](\\.\\d+){1,2}$"));
        for (const Device &d : devices) {
            ++platforms[d.platform];
            ++ownerships[d.ownership];
            ++states[d.state];
            departments << d.department;
            serials << d.serial;
            models << d.model;
            QVERIFY(!d.name.isEmpty());
            if (d.platform == Platform::Android) {
                QVERIFY(d.udid.isEmpty());
                QVERIFY2(QStringList({"12", "13", "14", "11"}).contains(d.osVersion), qPrintable(d.osVersion));
            } else {
                QVERIFY2(appleSerial.match(d.serial).hasMatch(), qPrintable(d.serial));
                QVERIFY2(udid.match(d.udid).hasMatch(), qPrintable(d.udid));
                QVERIFY2(appleOs.match(d.osVersion).hasMatch(), qPrintable(d.osVersion));
            }
            if (!d.imei.isEmpty()) {
                QCOMPARE(d.imei.size(), 15);
                QVERIFY2(luhnValid(d.imei), qPrintable(d.imei));
            }
            if (d.ownership == Ownership::BYOD || d.ownership == Ownership::COPE)
                QVERIFY2(!d.assignedTo.isEmpty(), qPrintable(d.name));
            if (d.ownership == Ownership::COSU)
                QVERIFY(d.assignedTo.isEmpty());
            if (d.state == EnrollmentState::Pending)
                QVERIFY(!d.lastSeen.isValid());
            if (!d.lastSeen.isValid()) {
                ++neverSeen;
                continue;
            }
            const qint64 age = d.lastSeen.secsTo(kNow);
            QVERIFY(age >= 0);
            QVERIFY(d.createdAt <= d.lastSeen);
            seenWithinHour += age < 3600 ? 1 : 0;
            seenWeeksAgo += age > 14 * 86400 ? 1 : 0;
        }
        QCOMPARE(platforms.size(), 3);
        QCOMPARE(ownerships.size(), 4);
        QCOMPARE(states.size(), 5);
        QVERIFY(states[EnrollmentState::Enrolled] > 3000 / 2);
        QVERIFY(departments.size() >= 10);
        QVERIFY(departments.contains(QStringLiteral("ICU")));
        QVERIFY(models.size() >= 15);
        QCOMPARE(serials.size(), 3000);
        QVERIFY(neverSeen > 0);
        QVERIFY(seenWithinHour > 0);
        QVERIFY(seenWeeksAgo > 0);
    }

    void refusesAFleetThatHasDevicesUnlessForced()
    {
        TestDatabase t;
        QVERIFY(seed(t.db(), 20, 1).ok());
        const Status again = seed(t.db(), 20, 1);
        QCOMPARE(again.code(), ErrorCode::Conflict);
        QCOMPARE(DeviceRepository(t.db()).countAll(), 20);
        QCOMPARE(AuditLog(t.db()).events().size(), 1);
        const Status forced = seed(t.db(), 20, 1, true); // same seed: must not repeat serials
        QVERIFY2(forced.ok(), qPrintable(forced.message()));
        QCOMPARE(DeviceRepository(t.db()).countAll(), 40);
        QCOMPARE(AuditLog(t.db()).events().size(), 2);
    }

    void refusesSillyCounts()
    {
        TestDatabase t;
        QCOMPARE(seed(t.db(), 0, 1).code(), ErrorCode::InvalidInput);
        QCOMPARE(seed(t.db(), DemoSeeder::kMaxCount + 1, 1).code(), ErrorCode::InvalidInput);
        QCOMPARE(DeviceRepository(t.db()).countAll(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "test_demo_seeder.moc"
