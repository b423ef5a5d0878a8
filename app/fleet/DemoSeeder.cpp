#include "fleet/DemoSeeder.h"

#include "audit/AuditLog.h"
#include "fleet/DemoCatalog.h"
#include "compliance/ComplianceService.h"
#include "fleet/DemoFactSeeder.h"
#include "fleet/DeviceRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

namespace {

using DemoCatalog::Kind;
using DemoCatalog::Model;
using DemoCatalog::SerialShape;


constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Makes one device after another from one random stream, so a seed always gives the same fleet.
class DeviceFactory
{
public:
    DeviceFactory(quint32 seed, const QDateTime &now) : m_rng(seed), m_now(now.toSecsSinceEpoch()) {}

    Device make()
    {
        Device d;
        d.ownership = weighted<Ownership>({{Ownership::BYOD, 30}, {Ownership::COPE, 35}, {Ownership::Shared, 25},
                                           {Ownership::COSU, 10}});
        const Model &m = model(kindFor(d.ownership));
        d.platform = m.platform;
        d.model = QLatin1String(m.name);
        d.osVersion = QLatin1String(pick(m.osVersions));
        d.serial = uniqueSerial(m.serial);
        if (m.kind != Kind::Tablet)
            d.imei = imei();
        if (m.platform != Platform::Android)
            d.udid = udid();
        describe(d, m);
        setTimes(d);
        return d;
    }

private:
    int below(int n) { return int(m_rng.bounded(n)); }
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(m_rng.bounded(quint64(hi - lo + 1))); }
    template <typename T> const T &pick(const QList<T> &list) { return list[below(int(list.size()))]; }

    template <typename T> T weighted(std::initializer_list<std::pair<T, int>> choices)
    {
        int total = 0;
        for (const auto &c : choices)
            total += c.second;
        int r = below(total);
        for (const auto &c : choices) {
            if (r < c.second)
                return c.first;
            r -= c.second;
        }
        return choices.begin()->first;
    }

    Kind kindFor(Ownership o)
    {
        switch (o) {
        case Ownership::BYOD: return Kind::Phone;
        case Ownership::COPE: return weighted<Kind>({{Kind::Phone, 65}, {Kind::Rugged, 15}, {Kind::Tablet, 20}});
        case Ownership::Shared: return weighted<Kind>({{Kind::Tablet, 60}, {Kind::Rugged, 40}});
        case Ownership::COSU: return Kind::Tablet;
        }
        return Kind::Phone;
    }

    const Model &model(Kind kind)
    {
        int total = 0;
        for (const Model &m : DemoCatalog::models())
            total += m.kind == kind ? m.weight : 0;
        int r = below(total);
        for (const Model &m : DemoCatalog::models()) {
            if (m.kind != kind)
                continue;
            if (r < m.weight)
                return m;
            r -= m.weight;
        }
        return DemoCatalog::models().first();
    }

    QString chars(const char *alphabet, int count)
    {
        const int n = int(qstrlen(alphabet));
        QString s;
        s.reserve(count);
        for (int i = 0; i < count; ++i)
            s += QLatin1Char(alphabet[below(n)]);
        return s;
    }

    QString serial(SerialShape shape)
    {
        static const char *digits = "0123456789";
        static const char *alnum = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
        switch (shape) {
        case SerialShape::Apple: return chars("0123456789CDFGHJKLMNPQRTVWXY", 10);   // e.g. F4GXK29LQ7
        case SerialShape::Samsung: return QStringLiteral("R5") + chars("28CF", 1) + chars("MNRT", 1) + chars(alnum, 7);
        case SerialShape::Pixel: return chars(digits, 5) + QStringLiteral("FD") + chars("CDHJ", 1) + chars(digits, 4)
                                            + chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 2);
        case SerialShape::Zebra: return QStringLiteral("2") + chars("123", 1) + chars(digits, 12);
        case SerialShape::Lenovo: return QStringLiteral("HA") + chars(alnum, 6);
        }
        return chars(alnum, 10);
    }

    QString uniqueSerial(SerialShape shape)
    {
        QString s = serial(shape);
        while (m_serials.contains(s))
            s = serial(shape);
        m_serials.insert(s);
        return s;
    }

    QString imei()
    {
        // 35 (the GSMA reporting body most phone makers use) + 12 digits + the Luhn check digit.
        QString body = QStringLiteral("35") + chars("0123456789", 12);
        int sum = 0;
        for (int i = 0; i < body.size(); ++i) {
            int digit = body.at(i).digitValue();
            if (i % 2 == 1)
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            sum += digit;
        }
        return body + QString::number((10 - sum % 10) % 10);
    }

    QString udid()
    {
        // The shape of A12-and-later devices: 8 hex digits naming the chip, a dash, 16 hex digits.
        static const QList<const char *> chips = {"00008030", "00008101", "00008110", "00008120", "00008027"};
        return QLatin1String(pick(chips)) + QLatin1Char('-') + chars("0123456789ABCDEF", 16);
    }

    QString clinician(QString *firstName = nullptr)
    {
        const QString first = QLatin1String(pick(DemoCatalog::firstNames()));
        const QString last = QString::fromUtf8(pick(DemoCatalog::lastNames()));
        const QString title = QLatin1String(pick(DemoCatalog::titles()));
        if (firstName)
            *firstName = first;
        return (title.isEmpty() ? QString() : title + QLatin1Char(' ')) + first + QLatin1Char(' ') + last;
    }

    QString number(const QString &department, Ownership o)
    {
        const int n = ++m_counters[department + DeviceTypes::toDb(o)];
        return QString::number(n).rightJustified(3, QLatin1Char('0'));
    }

    void describe(Device &d, const Model &m)
    {
        const QString family = d.model.section(QLatin1Char(' '), 0, 0); // iPhone, iPad, Galaxy, Zebra, ...
        switch (d.ownership) {
        case Ownership::BYOD: {
            QString first;
            d.department = QLatin1String(pick(DemoCatalog::departments()));
            d.assignedTo = clinician(&first);
            d.name = QCoreApplication::translate("DemoSeeder", "%1's %2").arg(first, m.platform == Platform::iOS ? family : d.model);
            break;
        }
        case Ownership::COPE:
            d.department = QLatin1String(pick(DemoCatalog::departments()));
            d.assignedTo = clinician();
            d.name = QStringLiteral("%1 %2 %3").arg(d.department, family, number(d.department, d.ownership));
            break;
        case Ownership::Shared:
            d.department = QLatin1String(pick(DemoCatalog::departments()));
            d.name = QCoreApplication::translate("DemoSeeder", "%1 shared %2 %3").arg(d.department, family, number(d.department, d.ownership));
            break;
        case Ownership::COSU:
            d.department = QLatin1String(pick(DemoCatalog::kioskDepartments()));
            d.name = QCoreApplication::translate("DemoSeeder", "%1 check-in kiosk %2").arg(d.department, number(d.department, d.ownership));
            break;
        }
    }

    void setTimes(Device &d)
    {
        d.state = weighted<EnrollmentState>({{EnrollmentState::Enrolled, 82}, {EnrollmentState::Pending, 6},
                                             {EnrollmentState::Unreachable, 6}, {EnrollmentState::Unenrolled, 3},
                                             {EnrollmentState::Wiped, 3}});
        qint64 age = 0; // seconds since the last check-in
        switch (d.state) {
        case EnrollmentState::Pending: // enrolment started, the device never checked in
            d.createdAt = QDateTime::fromSecsSinceEpoch(m_now - between(kHour, 14 * kDay), Qt::UTC);
            return;
        case EnrollmentState::Enrolled: {
            const int r = below(100);
            age = r < 55 ? between(kMinute, kHour) : r < 85 ? between(kHour, kDay) : between(kDay, 7 * kDay);
            break;
        }
        case EnrollmentState::Unreachable: age = between(8 * kDay, 45 * kDay); break;
        case EnrollmentState::Unenrolled:
        case EnrollmentState::Wiped: age = between(10 * kDay, 180 * kDay); break;
        }
        d.lastSeen = QDateTime::fromSecsSinceEpoch(m_now - age, Qt::UTC);
        d.createdAt = QDateTime::fromSecsSinceEpoch(m_now - age - between(kDay, 730 * kDay), Qt::UTC);
    }

    QRandomGenerator m_rng;
    qint64 m_now;
    QSet<QString> m_serials;
    QHash<QString, int> m_counters;
};

} // namespace

DemoSeeder::DemoSeeder(Database &db, const Actor &actor) : m_db(db), m_actor(actor) {}

Status DemoSeeder::seed(int count)
{
    if (count < 1 || count > kMaxCount)
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("DemoSeeder", "The number of demo devices must be between 1 and %1.").arg(kMaxCount));
    DeviceRepository repo(m_db);
    const int existing = repo.countAll();
    if (existing > 0 && !m_force)
        return Status::failure(ErrorCode::Conflict,
                               QCoreApplication::translate("DemoSeeder", "The database already holds %1 device(s); demo devices are only added to an "
                                  "empty fleet unless forced.").arg(existing));
    // A second forced run must not repeat the serials of the first one.
    const quint32 stream = existing > 0 ? m_seed ^ (quint32(existing) * 2654435761u) : m_seed;
    DeviceFactory factory(stream, m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
    AuditLog audit(m_db);
    const qint64 now = (m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    const Status inserted = repo.insertGenerated(count, [&](int) { return factory.make(); }, m_progress, [&] {
        // What the devices reported at their last check-in, in the same transaction.
        if (Status s = DemoFactSeeder(m_db, stream).seed(now); !s)
            return s;
        return audit.record(m_actor, QStringLiteral("demo.seed"), QStringLiteral("success"),
                            QStringLiteral("%1 demo devices, seed %2").arg(count).arg(m_seed));
    });
    if (!inserted)
        return inserted;
    // The device table's compliance and policy columns show the stored verdicts.
    return ComplianceService(m_db).storeVerdicts(now);
}
