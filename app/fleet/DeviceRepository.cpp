#include "fleet/DeviceRepository.h"

#include "db/Database.h"
#include "fleet/DeviceWhereClause.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const char *kColumns = "id, name, platform, udid, serial, imei, model, os_version, ownership, department, "
                       "assigned_to, enrollment_state, last_seen, created_at, updated_at, compliance, policy_label";

QString sortColumn(DeviceField f)
{
    switch (f) {
    case DeviceField::Name: return QStringLiteral("name");
    case DeviceField::Platform: return QStringLiteral("platform");
    case DeviceField::Model: return QStringLiteral("model");
    case DeviceField::OsVersion: return QStringLiteral("os_version_key");
    case DeviceField::Ownership: return QStringLiteral("ownership");
    case DeviceField::Department: return QStringLiteral("department");
    case DeviceField::AssignedTo: return QStringLiteral("assigned_to");
    case DeviceField::State: return QStringLiteral("enrollment_state");
    case DeviceField::LastSeen: return QStringLiteral("last_seen");
    case DeviceField::Serial: return QStringLiteral("serial");
    case DeviceField::Compliance: return QStringLiteral("compliance");
    case DeviceField::Policy: return QStringLiteral("policy_label");
    }
    return QStringLiteral("name");
}

QVariant timeValue(const QDateTime &t) { return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>()); }
// A null QString binds as SQL NULL; NOT NULL text columns want ''.
QString notNull(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }
QVariant textOrNull(const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); }

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Device deviceFrom(const QSqlQuery &q)
{
    Device d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    d.platform = DeviceTypes::platformFromDb(q.value(2).toString()).value_or(Platform::iOS);
    d.udid = q.value(3).toString();
    d.serial = q.value(4).toString();
    d.imei = q.value(5).toString();
    d.model = q.value(6).toString();
    d.osVersion = q.value(7).toString();
    d.ownership = DeviceTypes::ownershipFromDb(q.value(8).toString()).value_or(Ownership::COPE);
    d.department = q.value(9).toString();
    d.assignedTo = q.value(10).toString();
    d.state = DeviceTypes::stateFromDb(q.value(11).toString()).value_or(EnrollmentState::Pending);
    d.lastSeen = timeFrom(q.value(12));
    d.createdAt = timeFrom(q.value(13));
    d.updatedAt = timeFrom(q.value(14));
    d.compliance = ComplianceStateInfo::fromId(q.value(15).toString()).value_or(ComplianceState::Unknown);
    d.policyLabel = q.value(16).toString();
    return d;
}

// Bulk inserts of at least this many rows refresh the planner's statistics.
constexpr int kAnalyzeAfter = 1000;

// How many rows, in sort order, a text search first looks through (see page()).
constexpr int kSearchWindow = 5000;

// What a text search looks through (see SchemaV4): lower-cased, one field per line.
QString searchTextFor(const Device &d)
{
    return QStringList{d.name, d.serial, d.model, d.imei, d.udid, d.department, d.assignedTo}
        .join(QLatin1Char('\n'))
        .toLower();
}

// Binds by position (0..13), so one prepared statement serves any number of rows.
void bindDevice(QSqlQuery &q, const Device &d)
{
    const QVariant values[] = {notNull(d.name),
                               DeviceTypes::toDb(d.platform),
                               textOrNull(d.udid),
                               textOrNull(d.serial),
                               textOrNull(d.imei),
                               notNull(d.model),
                               notNull(d.osVersion),
                               notNull(DeviceTypes::osVersionSortKey(d.osVersion)),
                               DeviceTypes::toDb(d.ownership),
                               notNull(d.department),
                               notNull(d.assignedTo),
                               DeviceTypes::toDb(d.state),
                               timeValue(d.lastSeen),
                               searchTextFor(d)};
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
}

const char *kInsert = "INSERT INTO devices (name, platform, udid, serial, imei, model, os_version, os_version_key, "
                      "ownership, department, assigned_to, enrollment_state, last_seen, search_text, created_at, updated_at) "
                      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

Status execInsert(const Database &db, QSqlQuery &q, Device &device, const QDateTime &now)
{
    device.createdAt = device.createdAt.isValid() ? device.createdAt : now;
    device.updatedAt = now;
    bindDevice(q, device);
    q.bindValue(14, device.createdAt.toSecsSinceEpoch());
    q.bindValue(15, device.updatedAt.toSecsSinceEpoch());
    if (!q.exec()) {
        const QString why = q.lastError().text();
        const bool duplicate = why.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)
            || why.contains(QLatin1String("duplicate"), Qt::CaseInsensitive);
        return Status::failure(duplicate ? ErrorCode::Conflict : ErrorCode::Failure,
                               QCoreApplication::translate("DeviceRepository", "Cannot save device %1: %2")
                                   .arg(device.serial.isEmpty() ? device.name : device.serial, why));
    }
    device.id = db.insertedId(q);
    return Status::success();
}

} // namespace

DeviceRepository::DeviceRepository(Database &db) : m_db(db) {}

Status DeviceRepository::insert(Device &device)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kInsert) + m_db.returningId());
    return execInsert(m_db, q, device, QDateTime::currentDateTimeUtc());
}

Status DeviceRepository::insertAll(QList<Device> &devices, const Progress &progress, const BeforeCommit &beforeCommit)
{
    const Status s = insertEach(int(devices.size()), [&](int i) -> Device & { return devices[i]; }, progress,
                                beforeCommit);
    if (!s)
        for (Device &d : devices)
            d.id = 0;
    return s;
}

Status DeviceRepository::insertGenerated(int total, const std::function<Device(int)> &make, const Progress &progress,
                                         const BeforeCommit &beforeCommit)
{
    Device current;
    return insertEach(total, [&](int i) -> Device & { return current = make(i); }, progress, beforeCommit);
}

Status DeviceRepository::insertEach(int total, const std::function<Device &(int)> &at, const Progress &progress,
                                    const BeforeCommit &beforeCommit)
{
    QSqlDatabase conn = m_db.connection();
    if (!m_db.beginTransaction())
        return Status::failure(ErrorCode::DatabaseRefused, conn.lastError().text());
    QSqlQuery q(conn);
    // Prepared once: re-preparing per row costs more than the insert itself at 100,000 rows.
    if (!q.prepare(QString::fromLatin1(kInsert) + m_db.returningId())) {
        const QString why = q.lastError().text();
        m_db.rollbackTransaction();
        return Status::failure(ErrorCode::Failure, why);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int step = qMax(1, qMin(500, total / 100));
    for (int i = 0; i < total; ++i) {
        if (Status s = execInsert(m_db, q, at(i), now); !s) {
            q.finish();
            m_db.rollbackTransaction();
            return s;
        }
        if (progress && (i % step == 0 || i + 1 == total))
            progress(i + 1, total);
    }
    q.finish();
    if (beforeCommit) {
        if (Status s = beforeCommit(); !s) {
            m_db.rollbackTransaction();
            return s;
        }
    }
    if (!m_db.commitTransaction()) {
        const QString why = conn.lastError().text();
        m_db.rollbackTransaction();
        return Status::failure(ErrorCode::DatabaseRefused, why);
    }
    // Fresh statistics after a big import, so the planner picks the selective index for combined
    // filters (a department rather than "enrolled", which is most of the fleet). Best effort.
    if (total >= kAnalyzeAfter)
        QSqlQuery(conn).exec(QStringLiteral("ANALYZE devices"));
    return Status::success();
}

Status DeviceRepository::update(const Device &d)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE devices SET name=?, platform=?, udid=?, serial=?, imei=?, model=?, os_version=?, "
                             "os_version_key=?, ownership=?, department=?, assigned_to=?, enrollment_state=?, "
                             "last_seen=?, search_text=?, updated_at=? WHERE id=?"));
    bindDevice(q, d);
    q.bindValue(14, QDateTime::currentSecsSinceEpoch());
    q.bindValue(15, d.id);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    if (q.numRowsAffected() == 0)
        return Status::failure(ErrorCode::NotFound,
                               QCoreApplication::translate("DeviceRepository", "No device with id %1").arg(d.id));
    return Status::success();
}

Status DeviceRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM devices WHERE id=?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    if (q.numRowsAffected() == 0)
        return Status::failure(ErrorCode::NotFound,
                               QCoreApplication::translate("DeviceRepository", "No device with id %1").arg(id));
    return Status::success();
}

std::optional<Device> DeviceRepository::findById(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM devices WHERE id=?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return deviceFrom(q);
    m_lastError = q.lastError().text();
    return std::nullopt;
}

std::optional<Device> DeviceRepository::findBySerial(const QString &serial) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM devices WHERE serial=?").arg(QLatin1String(kColumns)));
    q.addBindValue(serial);
    if (q.exec() && q.next())
        return deviceFrom(q);
    m_lastError = q.lastError().text();
    return std::nullopt;
}

QStringList DeviceRepository::existingSerials(const QStringList &serials) const
{
    QStringList found;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM devices WHERE serial=?"));
    for (const QString &s : serials) {
        q.addBindValue(s);
        if (q.exec() && q.next())
            found << s;
        q.finish();
    }
    return found;
}

QList<Device> DeviceRepository::select(const QString &sql, const QVariantList &values, int expected) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<Device> out;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    out.reserve(expected);
    while (q.next())
        out << deviceFrom(q);
    return out;
}

QList<Device> DeviceRepository::page(const DeviceQuery &query, int offset, int limit) const
{
    if (Status s = query.validate(); !s) {
        m_lastError = s.message();
        return {};
    }
    const QString dir = query.sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString column = sortColumn(query.sortField);
    const QString order = QStringLiteral("%1 %2, id %2").arg(column, dir);
    if (query.text.trimmed().isEmpty()) {
        const DeviceWhereClause w(query);
        return select(QStringLiteral("SELECT %1 FROM devices%2 ORDER BY %3 LIMIT ? OFFSET ?")
                          .arg(QLatin1String(kColumns), w.sql, order),
                      w.values + QVariantList{limit, offset}, limit);
    }
    // A text search cannot use an index to find matches, and there is no one plan that is fast both
    // for common words (20% of the fleet matches "ipad") and rare ones (a serial). So: first look
    // only at the first rows in sort order (a short index walk); when they hold the whole page,
    // done. Otherwise matches are sparse, and few: take them from the search index and sort them.
    if (offset + limit <= kSearchWindow && firstRowsMayHold(query, offset + limit)) {
        const DeviceWhereClause w(query);
        const QList<Device> out =
            select(QStringLiteral("SELECT %1 FROM (SELECT * FROM devices ORDER BY %3 LIMIT ?) AS first_rows%2 "
                                  "ORDER BY %3 LIMIT ? OFFSET ?")
                       .arg(QLatin1String(kColumns), w.sql, order),
                   QVariantList{kSearchWindow} + w.values + QVariantList{limit, offset}, limit);
        if (out.size() == limit)
            return out;
    }
    const DeviceWhereClause w(query, {true, m_db.backend() == Database::Backend::SQLite});
    // A leading + keeps SQLite from walking the sort column's index instead of sorting the matches.
    const QString unindexed = m_db.backend() == Database::Backend::SQLite ? QStringLiteral("+") : QString();
    return select(QStringLiteral("SELECT %1 FROM devices%2 ORDER BY %3%4 %5, id %5 LIMIT ? OFFSET ?")
                      .arg(QLatin1String(kColumns), w.sql, unindexed, column, dir),
                  w.values + QVariantList{limit, offset}, limit);
}

int DeviceRepository::count(const DeviceQuery &query) const
{
    if (Status s = query.validate(); !s) {
        m_lastError = s.message();
        return 0;
    }
    // Text alone: counted from the narrow search index. Text and filters: on SQLite, one scan of
    // the search-and-filters index decides everything; elsewhere the matching ids come from the
    // search index and the other filters' indexes do the rest.
    const bool textOnly = !query.platform && !query.ownership && !query.state && query.department.isEmpty()
        && !query.compliance;
    const bool sqlite = m_db.backend() == Database::Backend::SQLite;
    const DeviceWhereClause w(query, {!textOnly && !sqlite, sqlite});
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM devices") + w.sql);
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    const int matches = q.value(0).toInt();
    if (!textOnly && !query.text.trimmed().isEmpty()) {
        const DeviceWhereClause plain(query);
        m_lastCount = {plain.sql, plain.values, matches};
    }
    return matches;
}

bool DeviceRepository::firstRowsMayHold(const DeviceQuery &query, int rows) const
{
    // Filters besides the text often leave too few matches among the first rows in sort order for
    // a page ("kiosk" + COSU + Front desk; "dr." + iOS by OS version, whose first rows are all
    // Android), and a walk through them that comes back short wastes a fifth of the time. The count
    // the table asked for just before tells how many matches to expect there; below three times
    // the rows wanted (matches cluster in sort order), go straight to the matches.
    const DeviceWhereClause w(query);
    if (m_lastCount.matches < 0 || m_lastCount.where != w.sql || m_lastCount.values != w.values)
        return true;
    return qint64(m_lastCount.matches) * kSearchWindow >= 3 * qint64(rows) * countAll();
}

int DeviceRepository::countAll() const { return count(DeviceQuery{}); }

QStringList DeviceRepository::departments() const
{
    QStringList out;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT DISTINCT department FROM devices WHERE department <> '' ORDER BY department")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QList<Device> DeviceRepository::inGroup(qint64 groupId, int limit) const
{
    return select(QStringLiteral("SELECT %1 FROM devices WHERE id IN (SELECT device_id FROM group_members WHERE group_id = ?) "
                                 "ORDER BY name, id LIMIT ?")
                      .arg(QLatin1String(kColumns)),
                  {groupId, limit}, qMin(limit, 1000));
}

std::optional<Device> DeviceRepository::findByIdOrSerial(const QString &key) const
{
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    std::optional<Device> device = isNumber ? findById(id) : std::nullopt;
    return device ? device : findBySerial(key);
}
