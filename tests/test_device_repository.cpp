#include "TestDatabase.h"
#include "fleet/DemoSeeder.h"
#include "fleet/DeviceRepository.h"

#include <QTest>

namespace {
Device makeDevice(const QString &serial, Platform p, Ownership o, const QString &dept, const QString &os,
                  const QString &name = {})
{
    Device d;
    d.serial = serial;
    d.name = name.isEmpty() ? QStringLiteral("Tablet ") + serial : name;
    d.platform = p;
    d.ownership = o;
    d.department = dept;
    d.osVersion = os;
    d.model = p == Platform::Android ? QStringLiteral("Galaxy Tab A8") : QStringLiteral("iPad (10th generation)");
    return d;
}
} // namespace

class TestDeviceRepository : public QObject
{
    Q_OBJECT
private slots:
    void insertFindUpdateRemove()
    {
        TestDatabase t;
        DeviceRepository repo(t.db());
        Device d = makeDevice(QStringLiteral("SN-1"), Platform::Android, Ownership::Shared, QStringLiteral("ICU"),
                              QStringLiteral("14"));
        d.lastSeen = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        { const Status s = repo.insert(d); QVERIFY2(s.ok(), qPrintable(s.message())); }
        QVERIFY(d.id > 0);

        auto found = repo.findById(d.id);
        QVERIFY(found);
        QCOMPARE(found->serial, QStringLiteral("SN-1"));
        QCOMPARE(found->platform, Platform::Android);
        QCOMPARE(found->ownership, Ownership::Shared);
        QCOMPARE(found->lastSeen, d.lastSeen);
        QVERIFY(found->createdAt.isValid());

        found->assignedTo = QStringLiteral("Dr. Rivera");
        found->state = EnrollmentState::Enrolled;
        QVERIFY(repo.update(*found).ok());
        auto again = repo.findBySerial(QStringLiteral("SN-1"));
        QVERIFY(again);
        QCOMPARE(again->assignedTo, QStringLiteral("Dr. Rivera"));
        QCOMPARE(again->state, EnrollmentState::Enrolled);

        QVERIFY(repo.remove(d.id).ok());
        QVERIFY(!repo.findById(d.id));
        QCOMPARE(repo.remove(d.id).code(), ErrorCode::NotFound);
    }

    void deviceWithoutOsVersionCanBeSaved()
    {
        // Inventory imports and pending enrollments often know no OS version yet.
        TestDatabase t;
        DeviceRepository repo(t.db());
        Device d;
        d.serial = QStringLiteral("NO-OS");
        { const Status s = repo.insert(d); QVERIFY2(s.ok(), qPrintable(s.message())); }
        QVERIFY(repo.update(d).ok());
        QCOMPARE(repo.findById(d.id)->osVersion, QString());
    }

    void duplicateSerialIsAConflict()
    {
        TestDatabase t;
        DeviceRepository repo(t.db());
        Device a = makeDevice(QStringLiteral("DUP"), Platform::iOS, Ownership::COPE, {}, QStringLiteral("17.1"));
        Device b = a;
        QVERIFY(repo.insert(a).ok());
        const Status s = repo.insert(b);
        QCOMPARE(s.code(), ErrorCode::Conflict);
        QCOMPARE(repo.countAll(), 1);
    }

    void insertAllIsAllOrNothing()
    {
        TestDatabase t;
        DeviceRepository repo(t.db());
        QList<Device> list;
        for (int i = 0; i < 10; ++i)
            list << makeDevice(QStringLiteral("S%1").arg(i), Platform::iOS, Ownership::COPE, {}, QStringLiteral("17"));
        list << makeDevice(QStringLiteral("S3"), Platform::iOS, Ownership::COPE, {}, QStringLiteral("17"));
        QVERIFY(!repo.insertAll(list).ok());
        QCOMPARE(repo.countAll(), 0);
        list.removeLast();
        int lastProgress = 0;
        QVERIFY(repo.insertAll(list, [&](int done, int total) {
            QCOMPARE(total, 10);
            lastProgress = done;
        }).ok());
        QCOMPARE(lastProgress, 10);
        QCOMPARE(repo.countAll(), 10);
    }

    void filterSortAndPage()
    {
        TestDatabase t;
        DeviceRepository repo(t.db());
        QList<Device> list{
            makeDevice(QStringLiteral("A1"), Platform::Android, Ownership::Shared, QStringLiteral("ICU"), QStringLiteral("13")),
            makeDevice(QStringLiteral("A2"), Platform::Android, Ownership::COSU, QStringLiteral("Front desk"), QStringLiteral("14")),
            makeDevice(QStringLiteral("I1"), Platform::iOS, Ownership::BYOD, QStringLiteral("ICU"), QStringLiteral("17.10")),
            makeDevice(QStringLiteral("I2"), Platform::iPadOS, Ownership::COPE, QStringLiteral("Pediatrics"), QStringLiteral("17.9")),
        };
        list[2].assignedTo = QStringLiteral("Nurse O'Brien 100%_sure");
        QVERIFY(repo.insertAll(list).ok());

        DeviceQuery q;
        q.department = QStringLiteral("ICU");
        QCOMPARE(repo.count(q), 2);
        q.platform = Platform::Android;
        QCOMPARE(repo.count(q), 1);
        QCOMPARE(repo.page(q, 0, 10).first().serial, QStringLiteral("A1"));

        DeviceQuery text;
        text.text = QStringLiteral("o'brien 100%_");
        QCOMPARE(repo.count(text), 1);
        text.text = QStringLiteral("100%x");
        QCOMPARE(repo.count(text), 0); // % is literal, not a wildcard
        text.text = QStringLiteral("front");
        QCOMPARE(repo.page(text, 0, 10).first().serial, QStringLiteral("A2"));

        DeviceQuery byOs;
        byOs.sortField = DeviceField::OsVersion;
        byOs.sortOrder = Qt::DescendingOrder;
        const QList<Device> sorted = repo.page(byOs, 0, 10);
        QCOMPARE(sorted.size(), 4);
        QCOMPARE(sorted[0].osVersion, QStringLiteral("17.10")); // numeric, not text order
        QCOMPARE(sorted[1].osVersion, QStringLiteral("17.9"));

        DeviceQuery paged;
        paged.sortField = DeviceField::Serial;
        QCOMPARE(repo.page(paged, 0, 3).size(), 3);
        const QList<Device> rest = repo.page(paged, 3, 3);
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest.first().serial, QStringLiteral("I2"));

        QCOMPARE(repo.departments(), (QStringList{QStringLiteral("Front desk"), QStringLiteral("ICU"), QStringLiteral("Pediatrics")}));
    }

    // A text search pages with one of two plans (first rows in sort order, or matches then sort);
    // both must give exactly what filtering the unsearched, sorted fleet would give.
    void textSearchPagesAgreeWithBruteForce()
    {
        TestDatabase t;
        DemoSeeder seeder(t.db(), Actor::system());
        seeder.setSeed(3);
        QVERIFY(seeder.seed(12000).ok());
        DeviceRepository repo(t.db());
        const QString rareSerial = repo.page(DeviceQuery{}, 777, 1).value(0).serial;
        struct Case {
            QString text;
            DeviceField sort;
            Qt::SortOrder order;
            std::optional<Platform> platform;
            int offset;
            std::optional<Ownership> ownership = {};
            QString department = {};
            std::optional<EnrollmentState> state = {};
        };
        const QList<Case> cases = {
            {QStringLiteral("ipad"), DeviceField::Name, Qt::AscendingOrder, {}, 0},         // common: first rows
            {QStringLiteral("iPad"), DeviceField::LastSeen, Qt::DescendingOrder, {}, 200},  // common, 2nd page
            {QStringLiteral("chen"), DeviceField::Department, Qt::AscendingOrder, {}, 0},   // sparse: sorted matches
            {rareSerial.toLower(), DeviceField::Serial, Qt::AscendingOrder, {}, 0},          // one match
            {QStringLiteral("dr."), DeviceField::OsVersion, Qt::AscendingOrder, Platform::iOS, 0}, // skewed order
            {QStringLiteral("icu"), DeviceField::Model, Qt::DescendingOrder, Platform::Android, 4900},
            {QStringLiteral("no such device"), DeviceField::Name, Qt::AscendingOrder, {}, 0},
            // Text and several filters: decided by one scan on SQLite, first rows or sorted matches.
            {QStringLiteral("kiosk"), DeviceField::Name, Qt::AscendingOrder, {}, 0, Ownership::COSU,
             QStringLiteral("Front desk")},
            {QStringLiteral("ipad"), DeviceField::Name, Qt::AscendingOrder, {}, 0, {}, {}, EnrollmentState::Enrolled},
            {QStringLiteral("dr."), DeviceField::LastSeen, Qt::DescendingOrder, Platform::iOS, 200, Ownership::COPE,
             {}, EnrollmentState::Enrolled},
            {QStringLiteral("a"), DeviceField::Department, Qt::DescendingOrder, Platform::Android, 0, Ownership::BYOD,
             QStringLiteral("ICU"), EnrollmentState::Enrolled},
            {QStringLiteral("no such device"), DeviceField::Serial, Qt::AscendingOrder, Platform::iPadOS, 0,
             Ownership::Shared},
        };
        for (const Case &c : cases) {
            DeviceQuery plain;
            plain.sortField = c.sort;
            plain.sortOrder = c.order;
            plain.platform = c.platform;
            plain.ownership = c.ownership;
            plain.department = c.department;
            plain.state = c.state;
            QList<qint64> expected;
            for (const Device &d : repo.page(plain, 0, 100000)) {
                const QString haystack = QStringList{d.name, d.serial, d.model, d.imei, d.udid, d.department, d.assignedTo}
                                             .join(QLatin1Char('\n'));
                if (haystack.contains(c.text, Qt::CaseInsensitive))
                    expected << d.id;
            }
            DeviceQuery searched = plain;
            searched.text = c.text;
            QCOMPARE(repo.count(searched), int(expected.size()));
            QList<qint64> got;
            for (const Device &d : repo.page(searched, c.offset, 200))
                got << d.id;
            QCOMPARE(got, expected.mid(c.offset, 200));
            // The same page without the count just before, which steers the plan (see page()).
            DeviceRepository fresh(t.db());
            got.clear();
            for (const Device &d : fresh.page(searched, c.offset, 200))
                got << d.id;
            QCOMPARE(got, expected.mid(c.offset, 200));
            QVERIFY2(!expected.isEmpty() || c.text == QLatin1String("no such device"), qPrintable(c.text));
        }
    }

    void osVersionKey()
    {
        QCOMPARE(DeviceTypes::osVersionSortKey(QStringLiteral("17.4.1")), QStringLiteral("00017.00004.00001"));
        QVERIFY(DeviceTypes::osVersionSortKey(QStringLiteral("17.10")) > DeviceTypes::osVersionSortKey(QStringLiteral("17.9")));
        QCOMPARE(DeviceTypes::osVersionSortKey(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestDeviceRepository)
#include "test_device_repository.moc"
