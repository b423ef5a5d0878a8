#include "android/UsbEnrollmentRepository.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const char *kColumns = "id, batch_id, serial, model, state, progress, reason, ownership, department, policy_id, apk_path, "
                       "apk_sha256, enrollment_id, device_id, attempts, created_by, created_at, updated_at";
QVariant idOrNull(qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); }
QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }
} // namespace

UsbEnrollmentRepository::UsbEnrollmentRepository(Database &db) : m_db(db) {}

Status UsbEnrollmentRepository::insert(UsbEnrollmentJob &j)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO usb_enrollment_jobs (batch_id, serial, model, state, progress, reason, ownership, "
                             "department, policy_id, apk_path, apk_sha256, enrollment_id, device_id, attempts, created_by, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") + m_db.returningId());
    for (const QVariant &v : QVariantList{j.batchId, j.serial, text(j.model), UsbEnrollmentJob::toDb(j.state), j.progress,
                                          text(j.reason), DeviceTypes::toDb(j.ownership), text(j.department),
                                          idOrNull(j.policyId), j.apkPath, j.apkSha256, idOrNull(j.enrollmentId),
                                          idOrNull(j.deviceId), j.attempts, text(j.createdBy), j.createdAt, j.updatedAt})
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    j.id = m_db.insertedId(q);
    return Status::success();
}

Status UsbEnrollmentRepository::update(const UsbEnrollmentJob &j)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE usb_enrollment_jobs SET model = ?, state = ?, progress = ?, reason = ?, enrollment_id = ?, "
                             "device_id = ?, attempts = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant &v : QVariantList{text(j.model), UsbEnrollmentJob::toDb(j.state), j.progress, text(j.reason),
                                          idOrNull(j.enrollmentId), idOrNull(j.deviceId), j.attempts, j.updatedAt, j.id})
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    return Status::success();
}

QList<UsbEnrollmentJob> UsbEnrollmentRepository::select(const QString &where, const QVariantList &values) const
{
    QList<UsbEnrollmentJob> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM usb_enrollment_jobs WHERE %2 ORDER BY id").arg(QLatin1String(kColumns), where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next()) {
        UsbEnrollmentJob j;
        j.id = q.value(0).toLongLong();
        j.batchId = q.value(1).toString();
        j.serial = q.value(2).toString();
        j.model = q.value(3).toString();
        j.state = UsbEnrollmentJob::stateFromDb(q.value(4).toString());
        j.progress = q.value(5).toInt();
        j.reason = q.value(6).toString();
        j.ownership = DeviceTypes::ownershipFromDb(q.value(7).toString()).value_or(Ownership::COPE);
        j.department = q.value(8).toString();
        j.policyId = q.value(9).toLongLong();
        j.apkPath = q.value(10).toString();
        j.apkSha256 = q.value(11).toString();
        j.enrollmentId = q.value(12).toLongLong();
        j.deviceId = q.value(13).toLongLong();
        j.attempts = q.value(14).toInt();
        j.createdBy = q.value(15).toString();
        j.createdAt = q.value(16).toLongLong();
        j.updatedAt = q.value(17).toLongLong();
        out.append(j);
    }
    return out;
}

QList<UsbEnrollmentJob> UsbEnrollmentRepository::batch(const QString &batchId) const
{
    return select(QStringLiteral("batch_id = ?"), {batchId});
}

QString UsbEnrollmentRepository::latestBatch() const
{
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT batch_id FROM usb_enrollment_jobs ORDER BY id DESC LIMIT 1"));
    return q.next() ? q.value(0).toString() : QString();
}

QList<UsbEnrollmentJob> UsbEnrollmentRepository::unfinished() const
{
    return select(QStringLiteral("state NOT IN ('enrolled', 'failed')"), {});
}
