#include "DeviceTableModel.h"
#include "FilterOptionsModel.h"
#include "RelativeTime.h"
#include "TestDatabase.h"
#include "fleet/DeviceRepository.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>

namespace {

const QStringList kDepartments = {QStringLiteral("ICU"), QStringLiteral("Pediatrics"), QStringLiteral("Radiology"),
                                  QStringLiteral("Front desk"), QString()};
const QStringList kClinicians = {QStringLiteral("Dr. Rivera"), QStringLiteral("Nurse Okafor"), QStringLiteral("Dr. Chen"),
                                 QString()};
const QStringList kModels = {QStringLiteral("iPhone 15"), QStringLiteral("iPad (10th generation)"),
                             QStringLiteral("Galaxy Tab A8"), QStringLiteral("Pixel 8")};
const QStringList kOsVersions = {QStringLiteral("9.1"), QStringLiteral("17.4.1"), QStringLiteral("14"),
                                 QStringLiteral("10.0"), QStringLiteral("17.10")};

// A varied fleet whose insertion order has nothing to do with any sort order.
QList<Device> makeFleet(int n)
{
    QRandomGenerator rng(20261128);
    const QDateTime base = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    QList<Device> out;
    for (int i = 0; i < n; ++i) {
        Device d;
        d.name = QStringLiteral("Device %1").arg(rng.bounded(400), 3, 10, QLatin1Char('0')); // duplicates on purpose
        d.platform = static_cast<Platform>(rng.bounded(3));
        d.ownership = static_cast<Ownership>(rng.bounded(4));
        d.state = static_cast<EnrollmentState>(rng.bounded(5));
        d.department = kDepartments.at(rng.bounded(int(kDepartments.size())));
        d.assignedTo = kClinicians.at(rng.bounded(int(kClinicians.size())));
        d.model = kModels.at(rng.bounded(int(kModels.size())));
        d.osVersion = kOsVersions.at(rng.bounded(int(kOsVersions.size())));
        d.serial = QStringLiteral("SN%1-%2").arg(rng.bounded(100000), 5, 10, QLatin1Char('0')).arg(i);
        d.imei = QStringLiteral("35%1").arg(i, 13, 10, QLatin1Char('0'));
        if (rng.bounded(5) != 0)
            d.lastSeen = base.addSecs(rng.bounded(2'000'000));
        out << d;
    }
    return out;
}

// The order SQLite must produce, computed independently in C++: field ascending, then id ascending;
// descending is the exact reverse.
QList<qint64> expectedOrder(QList<Device> devices, DeviceField field, Qt::SortOrder order)
{
    auto key = [field](const Device &d) -> QVariant {
        switch (field) {
        case DeviceField::Name: return d.name;
        case DeviceField::Platform: return DeviceTypes::toDb(d.platform);
        case DeviceField::Model: return d.model;
        case DeviceField::OsVersion: return DeviceTypes::osVersionSortKey(d.osVersion);
        case DeviceField::Ownership: return DeviceTypes::toDb(d.ownership);
        case DeviceField::Department: return d.department;
        case DeviceField::AssignedTo: return d.assignedTo;
        case DeviceField::State: return DeviceTypes::toDb(d.state);
        case DeviceField::LastSeen: return d.lastSeen.isValid() ? d.lastSeen.toSecsSinceEpoch() : -1; // NULL first
        case DeviceField::Serial: return d.serial;
        case DeviceField::Compliance: return ComplianceStateInfo::id(d.compliance);
        case DeviceField::Policy: return d.policyLabel;
        }
        return {};
    };
    std::sort(devices.begin(), devices.end(), [&](const Device &a, const Device &b) {
        const QVariant ka = key(a), kb = key(b);
        const int c = ka.typeId() == QMetaType::QString ? ka.toString().compare(kb.toString())
                                                        : (ka.toLongLong() < kb.toLongLong() ? -1 : ka.toLongLong() > kb.toLongLong());
        return c != 0 ? c < 0 : a.id < b.id;
    });
    QList<qint64> ids;
    for (const Device &d : devices)
        ids << d.id;
    if (order == Qt::DescendingOrder)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

QList<qint64> allIds(DeviceTableModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(DeviceTableModel::DeviceIdRole).toLongLong();
    return ids;
}

QList<qint64> idsWhere(const QList<Device> &fleet, const std::function<bool(const Device &)> &pred)
{
    QList<Device> matching;
    for (const Device &d : fleet)
        if (pred(d))
            matching << d;
    return expectedOrder(matching, DeviceField::Name, Qt::AscendingOrder);
}

} // namespace

class TestDeviceModel : public QObject
{
    Q_OBJECT

    TestDatabase *m_t = nullptr;
    QList<Device> m_fleet;

private slots:
    void init()
    {
        m_t = new TestDatabase;
        m_fleet = makeFleet(1000);
        const Status s = DeviceRepository(m_t->db()).insertAll(m_fleet);
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }
    void cleanup()
    {
        delete m_t;
        m_t = nullptr;
    }

    void pagesInAsTheViewAsks()
    {
        DeviceTableModel model(m_t->db());
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.columnCount(), DeviceFieldCount);
        QCOMPARE(model.totalCount(), 1000);
        QCOMPARE(model.fleetCount(), 1000);
        QVERIFY(model.canFetchMore({}));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        int previous = model.rowCount();
        QVERIFY(previous >= 200);
        while (model.canFetchMore({})) {
            QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
            model.fetchMore({});
            QCOMPARE(model.rowCount(), qMin(previous + 200, 1000));
            QCOMPARE(inserted.count(), 1);
            previous = model.rowCount();
        }
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.canFetchMore(model.index(0, 0)));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.totalCount(), 1000);
        // Every device exactly once.
        QList<qint64> ids = allIds(model);
        std::sort(ids.begin(), ids.end());
        QVERIFY(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
        QCOMPARE(ids.size(), 1000);
    }

    void sortsEveryColumnInSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        for (int c = 0; c < DeviceFieldCount; ++c) {
            const QByteArray name = DeviceTableModel::headerTitle(static_cast<DeviceField>(c)).toUtf8();
            QTest::newRow(name + " asc") << c << Qt::AscendingOrder;
            QTest::newRow(name + " desc") << c << Qt::DescendingOrder;
        }
    }
    void sortsEveryColumnInSql()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        DeviceTableModel model(m_t->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(column, order);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 200); // back to the first page, sorted
        QCOMPARE(model.query().sortField, static_cast<DeviceField>(column));
        QCOMPARE(model.query().sortOrder, order);
        QCOMPARE(allIds(model), expectedOrder(m_fleet, static_cast<DeviceField>(column), order));
    }

    void filtersAndSearchNarrowRowsAndTotal()
    {
        DeviceTableModel model(m_t->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy totals(&model, &DeviceTableModel::totalCountChanged);

        DeviceQuery q;
        q.platform = Platform::Android;
        model.setQuery(q);
        const auto android = idsWhere(m_fleet, [](const Device &d) { return d.platform == Platform::Android; });
        QVERIFY(android.size() > 100 && android.size() < 900);
        QCOMPARE(model.totalCount(), int(android.size()));
        QCOMPARE(totals.count(), 1);
        QCOMPARE(totals.last().at(0).toInt(), int(android.size()));
        QCOMPARE(model.fleetCount(), 1000);
        QCOMPARE(allIds(model), android);
        for (int row = 0; row < model.rowCount(); row += 37)
            QCOMPARE(model.index(row, int(DeviceField::Platform)).data().toString(), QStringLiteral("Android"));

        q = {};
        q.ownership = Ownership::BYOD;
        q.department = QStringLiteral("Pediatrics");
        q.state = EnrollmentState::Enrolled;
        model.setQuery(q);
        const auto narrow = idsWhere(m_fleet, [](const Device &d) {
            return d.ownership == Ownership::BYOD && d.department == QLatin1String("Pediatrics")
                && d.state == EnrollmentState::Enrolled;
        });
        QVERIFY(!narrow.isEmpty());
        QCOMPARE(model.totalCount(), int(narrow.size()));
        QCOMPARE(allIds(model), narrow);

        q = {};
        q.text = QStringLiteral("  RIVERA "); // trimmed, case-insensitive, matches the clinician
        model.setQuery(q);
        const auto rivera = idsWhere(m_fleet, [](const Device &d) { return d.assignedTo == QLatin1String("Dr. Rivera"); });
        QCOMPARE(model.totalCount(), int(rivera.size()));
        QCOMPARE(allIds(model), rivera);

        q.text = m_fleet.at(123).serial;
        model.setQuery(q);
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.deviceAt(0)->id, m_fleet.at(123).id);
        QVERIFY(!model.canFetchMore({}));

        q.text = QStringLiteral("no such device 100%_");
        model.setQuery(q);
        QCOMPARE(model.totalCount(), 0);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.fleetCount(), 1000);
        QVERIFY(!model.canFetchMore({}));

        model.setQuery({});
        QCOMPARE(model.totalCount(), 1000);
    }

    void sortSurvivesAFilterAndAFilterSurvivesASort()
    {
        DeviceTableModel model(m_t->db());
        model.sort(int(DeviceField::Serial), Qt::DescendingOrder);
        DeviceQuery q = model.query();
        q.platform = Platform::iOS;
        model.setQuery(q);
        model.sort(int(DeviceField::LastSeen), Qt::AscendingOrder);
        QCOMPARE(model.query().platform, std::optional<Platform>(Platform::iOS));
        QList<Device> ios;
        for (const Device &d : m_fleet)
            if (d.platform == Platform::iOS)
                ios << d;
        QCOMPARE(allIds(model), expectedOrder(ios, DeviceField::LastSeen, Qt::AscendingOrder));
    }

    void refreshKeepsTheQueryAndSeesNewRows()
    {
        DeviceTableModel model(m_t->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        DeviceQuery q;
        q.platform = Platform::Android;
        model.setQuery(q);
        const int before = model.totalCount();
        QSignalSpy totals(&model, &DeviceTableModel::totalCountChanged);
        QSignalSpy fleet(&model, &DeviceTableModel::fleetCountChanged);

        DeviceRepository repo(m_t->db());
        Device newest;
        newest.name = QStringLiteral("AAA first tablet");
        newest.platform = Platform::Android;
        newest.serial = QStringLiteral("NEW-1");
        { const Status s = repo.insert(newest); QVERIFY2(s.ok(), qPrintable(s.message())); }
        QCOMPARE(model.totalCount(), before); // nothing changes until asked

        model.refresh();
        QCOMPARE(model.query(), q);
        QCOMPARE(model.totalCount(), before + 1);
        QCOMPARE(model.fleetCount(), 1001);
        QCOMPARE(totals.count(), 1);
        QCOMPARE(fleet.count(), 1);
        QCOMPARE(model.deviceAt(0)->serial, QStringLiteral("NEW-1"));
        QCOMPARE(model.rowOfDevice(newest.id), 0);

        Device other;
        other.name = QStringLiteral("AAA an iPhone");
        other.platform = Platform::iOS;
        other.serial = QStringLiteral("NEW-2");
        QVERIFY(repo.insert(other).ok());
        model.refresh();
        QCOMPARE(model.totalCount(), before + 1); // filtered out
        QCOMPARE(model.fleetCount(), 1002);
        QCOMPARE(totals.count(), 1);
        QCOMPARE(fleet.count(), 2);
        QCOMPARE(model.rowOfDevice(other.id), -1);
    }

    void rowsDeletedBehindTheModelStopFetching()
    {
        DeviceTableModel model(m_t->db());
        QSignalSpy totals(&model, &DeviceTableModel::totalCountChanged);
        DeviceRepository repo(m_t->db());
        for (int i = 0; i < 900; ++i)
            QVERIFY(repo.remove(m_fleet.at(i).id).ok());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(model.rowCount() <= 200);
        QCOMPARE(model.totalCount(), model.rowCount());
        QCOMPARE(totals.count(), 1);
    }

    void backgroundLoadingKeepsTheWindowResponsive()
    {
        DeviceTableModel model(m_t->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setBackgroundLoading(true);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy loading(&model, &DeviceTableModel::loadingChanged);

        DeviceQuery q;
        q.platform = Platform::Android;
        model.setQuery(q);
        // The call returns at once: old rows stay, no half-loaded paging in between.
        QVERIFY(model.isLoading());
        QCOMPARE(model.totalCount(), 1000);
        QVERIFY(!model.canFetchMore({}));
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(loading.count(), 2);
        const auto android = idsWhere(m_fleet, [](const Device &d) { return d.platform == Platform::Android; });
        QCOMPARE(model.totalCount(), int(android.size()));
        QCOMPARE(allIds(model), android);

        // Typing fast: only the last query's answer is shown.
        resets.clear();
        for (const char *text : {"r", "ri", "riv", "rivera"}) {
            DeviceQuery typed;
            typed.text = QString::fromLatin1(text);
            model.setQuery(typed);
        }
        model.sort(int(DeviceField::Serial), Qt::DescendingOrder);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(resets.count(), 1);
        QList<Device> rivera;
        for (const Device &d : m_fleet)
            if (d.assignedTo == QLatin1String("Dr. Rivera"))
                rivera << d;
        QCOMPARE(model.query().text, QStringLiteral("rivera"));
        QCOMPARE(allIds(model), expectedOrder(rivera, DeviceField::Serial, Qt::DescendingOrder));

        // Back to answering at once.
        model.setBackgroundLoading(false);
        model.setQuery({});
        QVERIFY(!model.isLoading());
        QCOMPARE(model.totalCount(), 1000);
    }

    void destroyedWhileLoading()
    {
        auto *model = new DeviceTableModel(m_t->db());
        model->setBackgroundLoading(true);
        model->refresh();
        QVERIFY(model->isLoading());
        delete model; // must neither crash nor leave the worker's connection behind
        DeviceTableModel again(m_t->db());
        QCOMPARE(again.totalCount(), 1000);
    }

    void showsWhatTheAdminReads()
    {
        DeviceRepository repo(m_t->db());
        Device d;
        d.name = QStringLiteral("000 Nurses station");
        d.platform = Platform::iPadOS;
        d.ownership = Ownership::Shared;
        d.state = EnrollmentState::Unreachable;
        d.serial = QStringLiteral("DISPLAY-1");
        d.lastSeen = QDateTime::currentDateTimeUtc().addSecs(-5 * 60 - 10);
        QVERIFY(repo.insert(d).ok());
        Device never = d;
        never.name = QStringLiteral("001 Spare");
        never.serial = QStringLiteral("DISPLAY-2");
        never.lastSeen = {};
        QVERIFY(repo.insert(never).ok());

        DeviceTableModel model(m_t->db());
        const int row = model.rowOfDevice(d.id);
        QCOMPARE(row, 0);
        auto cell = [&](int r, DeviceField f, int role = Qt::DisplayRole) { return model.index(r, int(f)).data(role); };
        QCOMPARE(cell(row, DeviceField::Name).toString(), d.name);
        QCOMPARE(cell(row, DeviceField::Platform).toString(), DeviceTypes::displayName(Platform::iPadOS));
        QCOMPARE(cell(row, DeviceField::Ownership).toString(), DeviceTypes::displayName(Ownership::Shared));
        QCOMPARE(cell(row, DeviceField::Ownership, Qt::ToolTipRole).toString(),
                 DeviceTypes::ownershipDescription(Ownership::Shared));
        QCOMPARE(cell(row, DeviceField::State).toString(), DeviceTypes::displayName(EnrollmentState::Unreachable));
        QVERIFY2(cell(row, DeviceField::LastSeen).toString().startsWith(QLatin1String("5 ")),
                 qPrintable(cell(row, DeviceField::LastSeen).toString()));
        QCOMPARE(cell(row, DeviceField::LastSeen, Qt::ToolTipRole).toString(), RelativeTime::exactUtc(d.lastSeen));
        QVERIFY(cell(row, DeviceField::LastSeen, Qt::ToolTipRole).toString().endsWith(QLatin1String(" UTC")));
        QCOMPARE(cell(1, DeviceField::LastSeen).toString(), QStringLiteral("never"));
        QCOMPARE(cell(row, DeviceField::Serial).toString(), QStringLiteral("DISPLAY-1"));
        QCOMPARE(model.deviceAt(row)->id, d.id);
        QVERIFY(!model.deviceAt(-1));
        QVERIFY(!model.deviceAt(model.rowCount()));
        for (int c = 0; c < DeviceFieldCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(model.headerData(int(DeviceField::AssignedTo), Qt::Horizontal).toString(), QStringLiteral("Clinician"));
    }

    void relativeTimes()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        QCOMPARE(RelativeTime::describe({}, now), QStringLiteral("never"));
        QCOMPARE(RelativeTime::describe(now.addSecs(-20), now), QStringLiteral("just now"));
        QVERIFY(RelativeTime::describe(now.addSecs(-2 * 3600 - 5), now).startsWith(QLatin1String("2 ")));
        QVERIFY(RelativeTime::describe(now.addDays(-3), now).startsWith(QLatin1String("3 ")));
        QCOMPARE(RelativeTime::describe(now.addDays(-30), now), RelativeTime::localDateTime(now.addDays(-30)));
        QCOMPARE(RelativeTime::describe(now.addSecs(3600), now), RelativeTime::localDateTime(now.addSecs(3600)));
        QCOMPARE(RelativeTime::exactUtc(now), QStringLiteral("2027-01-15 08:00:00 UTC"));
    }

    void filterOptions()
    {
        FilterOptionsModel departments(FilterOptionsModel::Kind::Department, m_t->db());
        QAbstractItemModelTester tester(&departments, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(departments.rowCount(), 5); // "All" + four named departments; the empty one is not a choice
        QCOMPARE(departments.valueAt(0), QString());
        QCOMPARE(departments.index(0).data().toString(), QStringLiteral("All departments"));
        QCOMPARE(departments.valueAt(1), QStringLiteral("Front desk"));
        QCOMPARE(departments.rowOfValue(QStringLiteral("Radiology")), 4);
        QCOMPARE(departments.rowOfValue(QStringLiteral("Gone")), 0);

        Device d;
        d.serial = QStringLiteral("ONC-1");
        d.department = QStringLiteral("Oncology");
        QVERIFY(DeviceRepository(m_t->db()).insert(d).ok());
        QSignalSpy reset(&departments, &QAbstractItemModel::modelReset);
        departments.reload();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(departments.rowOfValue(QStringLiteral("Oncology")), 3);
        departments.reload();
        QCOMPARE(reset.count(), 1); // nothing new: no reset

        FilterOptionsModel ownership(FilterOptionsModel::Kind::Ownership, m_t->db());
        QCOMPARE(ownership.rowCount(), 5);
        QCOMPARE(ownership.valueAt(1), QStringLiteral("BYOD"));
        QCOMPARE(ownership.index(1).data(Qt::ToolTipRole).toString(), DeviceTypes::ownershipDescription(Ownership::BYOD));
        FilterOptionsModel platforms(FilterOptionsModel::Kind::Platform, m_t->db());
        QCOMPARE(platforms.rowCount(), 4);
        FilterOptionsModel states(FilterOptionsModel::Kind::State, m_t->db());
        QCOMPARE(states.rowCount(), 6);
        QCOMPARE(states.index(2).data(FilterOptionsModel::ValueRole).toString(), QStringLiteral("enrolled"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceModel)
#include "test_device_model.moc"
